public import PrecisCore

/// Builds the ``IDFModel`` of one language from the texts of a background corpus: what
/// `precis idf build` does with the files it is given.
///
/// Each text is one document, or (with ``DocumentUnit/paragraphs``) each block of lines between
/// blank lines is. Every document is segmented and its keyword candidates are counted once, as
/// ``CorpusStatistics`` counts them. The language is the configuration's, or else the one
/// identified in the first document; every later document is read as that language.
///
/// ```swift
/// var builder = IDFModelBuilder(maxWords: 3, unit: .paragraphs)
/// for (name, text) in texts {
///     for skipped in try builder.add(text, name: name) { print(skipped) }
/// }
/// let model = builder.model?.pruned(minimumDocumentFrequency: 2)
/// ```
public struct IDFModelBuilder {
    /// What one document of the corpus is.
    public enum DocumentUnit: Sendable, Hashable {
        /// Each text added.
        case text
        /// Each block of lines separated by a blank line (see ``paragraphs(of:)``).
        case paragraphs
    }

    /// The language of the model, once known: the configuration's, or the first document's.
    public private(set) var language: Language?
    /// What one document is.
    public let unit: DocumentUnit
    private var configuration: Segmenter.Configuration
    private var segmenter: Segmenter
    private var statistics: CorpusStatistics

    /// A builder that segments with `configuration` and counts candidates of up to `maxWords`
    /// words.
    public init(configuration: Segmenter.Configuration = .init(), maxWords: Int = 3, unit: DocumentUnit = .text) {
        self.configuration = configuration
        self.unit = unit
        segmenter = Segmenter(configuration: configuration)
        statistics = CorpusStatistics(maxWords: maxWords)
        if case .fixed(let fixed) = configuration.language { language = fixed }
    }

    /// Counts the documents of `text`, named `name` in failures. Returns the documents that could
    /// not be segmented and were skipped (named `name`, or "name (document N)" for paragraphs).
    /// Throws when the language is still to be found and the first document's cannot be
    /// identified: nothing can be counted then.
    public mutating func add(_ text: String, name: String) throws(DocumentFailure) -> [DocumentFailure] {
        let units = unit == .text ? [text[...]] : Self.paragraphs(of: text)
        var skipped: [DocumentFailure] = []
        for (number, unit) in units.enumerated() {
            let document: Document
            do {
                document = try segmenter.segment(String(unit))
            } catch {
                let place = self.unit == .text ? name : "\(name) (document \(number + 1))"
                skipped.append(DocumentFailure(path: place, problem: "\(error)", kind: .processing))
                continue
            }
            if language == nil {
                // The first document sets the language of the model and of every later document.
                guard !document.language.isUndetermined else {
                    throw DocumentFailure(
                        path: name,
                        problem: "the language of the first document could not be identified; give it with --lang CODE")
                }
                language = document.language
                configuration.language = .fixed(document.language)
                segmenter = Segmenter(configuration: configuration)
            }
            statistics.add(document)
        }
        return skipped
    }

    /// The model counted so far; `nil` until a document has been counted.
    public var model: IDFModel? { language.flatMap { statistics.model(for: $0) } }

    /// The blocks of `text` separated by blank (or white-space-only) lines, without leading and
    /// trailing blank lines.
    public static func paragraphs(of text: String) -> [Substring] {
        var result: [Substring] = []
        var blockStart: String.Index?
        var blockEnd = text.startIndex
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: \.isNewline) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if line.allSatisfy(\.isWhitespace) {
                if let start = blockStart { result.append(text[start..<blockEnd]) }
                blockStart = nil
            } else {
                if blockStart == nil { blockStart = lineStart }
                blockEnd = lineEnd
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        if let start = blockStart { result.append(text[start..<blockEnd]) }
        return result
    }
}

extension IDFModelBuilder {
    /// A document left out of the count, and why.
    public enum Skipped: Sendable, Equatable, CustomStringConvertible {
        /// A file or record whose document could not be read, or a document that could not be
        /// segmented.
        case document(DocumentFailure)
        /// A line of records (its 1-based number) that is not a record.
        case line(Int, DocumentRecord.Failure)

        /// One line for a log: "PATH: problem", or "line N problem".
        public var description: String {
            switch self {
            case .document(let failure): failure.description
            case .line(let number, let failure): "line \(number) \(failure.problem)"
            }
        }
    }

    /// Reads the files at `paths` ("-" is standard input) one at a time and counts their
    /// documents: what `precis idf build FILE…` does. A file that cannot be read (missing, not
    /// text, empty) or a document that cannot be segmented is left out, and `skipped` is told of
    /// it at once; the rest are counted. Throws as ``add(_:name:)`` does.
    public mutating func add(files paths: [String], skipped: (Skipped) -> Void) throws(DocumentFailure) {
        for path in paths {
            let text: String
            do {
                text = try TextFile.read(path).text
            } catch {
                skipped(.document(error))
                continue
            }
            for failure in try add(text, name: path) { skipped(.document(failure)) }
        }
    }

    /// Counts the documents of the JSON Lines records in `lines` (see ``DocumentRecord``): what
    /// `precis idf build --stdin-jsonl` does. A line that is not a record, a record whose document
    /// cannot be read ("line N (id ID)") or a document that cannot be segmented ("id ID") is left
    /// out, and `skipped` is told of it at once. Throws as ``add(_:name:)`` does.
    public mutating func add(records lines: inout JSONLinesReader, skipped: (Skipped) -> Void) throws(DocumentFailure) {
        while let line = lines.next() {
            switch DocumentRecord.parse(line, maxBytes: Int.max) {
            case .success(let record):
                let id = record.id ?? ""
                let text: String
                do {
                    text = try TextFile.text(of: record).text
                } catch {
                    skipped(.document(DocumentFailure(path: "line \(line.number) (id \(id))", problem: error.problem, kind: error.kind)))
                    continue
                }
                for failure in try add(text, name: "id \(id)") { skipped(.document(failure)) }
            case .failure(let failure):
                skipped(.line(line.number, failure))
            }
        }
    }
}
