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
