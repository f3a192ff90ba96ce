#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Corpus statistics for TF-IDF: in how many documents of a background corpus each keyword key
/// occurs, for one language.
///
/// Keys are `KeywordCandidate.key`s: folded, stemmed words, and phrases of them joined by a space
/// (by nothing in languages written without spaces). Build a model by adding each document's set
/// of candidate keys (`precis idf build` does this for a folder of text), merge models built on
/// parts of a corpus, prune rare keys before shipping one, and save it with `serialized()`.
///
/// ```swift
/// var model = IDFModel(language: "en")
/// model.addDocument(keys: ["lake", "algae", "lake marrow"])
/// model.addDocument(keys: ["lake", "council"])
/// model.documentFrequency(of: "lake")   // 2
/// model.idf("lake") < model.idf("algae")   // true
/// ```
public struct IDFModel: Sendable, Hashable {
    /// The language of the documents the model was counted on.
    public let language: Language
    /// The number of documents counted.
    public private(set) var documentCount: Int
    /// The number of documents each key occurs in (keys that occur in none are absent).
    public private(set) var documentFrequencies: [String: Int]

    /// An empty model: no documents, no keys.
    public init(language: Language) {
        self.language = language
        documentCount = 0
        documentFrequencies = [:]
    }

    /// The number of keys with a document frequency.
    public var keyCount: Int { documentFrequencies.count }

    /// Counts one document: the document count goes up by one, and the document frequency of each
    /// distinct key in `keys` by one (a key repeated in `keys` still counts once).
    ///
    /// Empty keys and keys containing a tab, carriage return or line feed are skipped: candidate
    /// keys never contain them, and the file format could not store them.
    ///
    /// - Complexity: O(k) for k keys, on average.
    public mutating func addDocument(keys: some Sequence<String>) {
        documentCount += 1
        var seen: Set<String> = []
        for key in keys where Self.isStorable(key) && seen.insert(key).inserted {
            documentFrequencies[key, default: 0] += 1
        }
    }

    /// The number of documents `key` occurs in; 0 for a key the model has not seen (or has
    /// pruned).
    ///
    /// - Complexity: O(1) on average.
    public func documentFrequency(of key: String) -> Int {
        documentFrequencies[key] ?? 0
    }

    /// Whether the model has a document frequency for `key`.
    public func contains(_ key: String) -> Bool {
        documentFrequencies[key] != nil
    }

    /// The smoothed inverse document frequency of `key`:
    ///
    ///     idf(key) = ln((N + 1) / (df + 1)) + 1
    ///
    /// where `N` is `documentCount` and `df` the key's document frequency (the smoothing of
    /// scikit-learn's `TfidfVectorizer`, and of Precis's sentence graph). As if one more document
    /// contained every key: an unseen key (`df` = 0) gets the largest value, `ln(N + 1) + 1`, which
    /// is finite and positive; the value falls as `df` rises, and a key in every document gets 1,
    /// never 0. An empty model gives 1 for every key.
    ///
    /// - Complexity: O(1) on average.
    public func idf(_ key: String) -> Double {
        Self.idf(documentFrequency: documentFrequency(of: key), documentCount: documentCount)
    }

    /// The IDF of a key the model has not seen: the largest IDF it gives, `ln(N + 1) + 1`.
    public var unseenIDF: Double {
        Self.idf(documentFrequency: 0, documentCount: documentCount)
    }

    /// The smoothed IDF for a document frequency `df` among `documentCount` documents:
    /// `ln((N + 1) / (df + 1)) + 1`.
    public static func idf(documentFrequency df: Int, documentCount: Int) -> Double {
        log(Double(max(documentCount, 0) + 1) / Double(max(df, 0) + 1)) + 1
    }

    // MARK: Merging and pruning

    /// Adds the counts of `other`, a model of the same language counted on other documents: the
    /// document counts add up, and so do the document frequencies of each key. Merging the models
    /// of the parts of a corpus gives the model of the whole corpus, provided the parts were not
    /// pruned (prune after merging).
    ///
    /// - Throws: `Error.languageMismatch` if `other` is of another language; `self` is then
    ///   unchanged.
    /// - Complexity: O(k) for the k keys of `other`, on average.
    public mutating func merge(_ other: IDFModel) throws(IDFModel.Error) {
        guard other.language == language else {
            throw .languageMismatch(expected: language, found: other.language)
        }
        documentCount += other.documentCount
        documentFrequencies.merge(other.documentFrequencies, uniquingKeysWith: +)
    }

    /// This model with the counts of `other` added (see `merge(_:)`).
    ///
    /// - Throws: `Error.languageMismatch` if `other` is of another language.
    public func merging(_ other: IDFModel) throws(IDFModel.Error) -> IDFModel {
        var result = self
        try result.merge(other)
        return result
    }

    /// This model without the keys found in fewer than `minimumDocumentFrequency` documents; the
    /// document count stays.
    ///
    /// Rare keys are most of a model (most words and nearly all phrases occur in one document), so
    /// pruning keeps a shipped model small at little cost: a dropped key is then unseen and gets
    /// the largest IDF, `ln(N + 1) + 1`, which is what it would get with a document frequency of
    /// 0, and at most `ln(minimumDocumentFrequency)` more than it had (`ln 2` ≈ 0.69 for a key
    /// seen once, when the minimum is 2). Merge before pruning: the counts dropped from parts are
    /// lost to the whole.
    ///
    /// - Complexity: O(k) for k keys.
    public func pruned(minimumDocumentFrequency: Int) -> IDFModel {
        var result = self
        if minimumDocumentFrequency > 1 {
            result.documentFrequencies = documentFrequencies.filter { $0.value >= minimumDocumentFrequency }
        }
        return result
    }

    // MARK: Errors

    /// Why a model could not be read or merged.
    public enum Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        /// The text is not a Precis IDF file, or has a bad line: the line number (from 1) and what
        /// is wrong with it.
        case malformed(line: Int, problem: String)
        /// The file is in a version of the format this Precis does not read.
        case unsupportedVersion(String)
        /// Two models of different languages cannot be merged.
        case languageMismatch(expected: Language, found: Language)

        /// The problem, in one line.
        public var description: String {
            switch self {
            case .malformed(let line, let problem):
                "line \(line): \(problem)"
            case .unsupportedVersion(let version):
                "line 1: unsupported version \(version); this Precis reads version \(IDFModel.formatVersion) "
                    + "(rebuild the model with this Precis: precis idf build)"
            case .languageMismatch(let expected, let found):
                "cannot merge models of different languages ('\(expected.code)' and '\(found.code)'): "
                    + "build one model per language"
            }
        }
    }

    // MARK: The file format

    /// The first field of the header line.
    public static let formatMagic = "precis-idf"
    /// The version of the file format that `serialized()` writes and `init(parsing:)` reads.
    public static let formatVersion = 1

    /// The model as text, in the Precis IDF format, version 1:
    ///
    ///     precis-idf<TAB>1<TAB>language=en<TAB>documents=1775
    ///     algae<TAB>3
    ///     lake<TAB>12
    ///     lake marrow<TAB>1
    ///
    /// UTF-8 text with `\n` line ends. The first line is the header: the magic word `precis-idf`,
    /// the format version, the language code and the number of documents, separated by tabs.
    /// Then one line per key: the key, a tab, and its document frequency (a decimal integer from 1
    /// to the number of documents). Keys are sorted by their UTF-8 bytes, so the output is the same
    /// for the same counts and files diff well. Keys never contain tabs or line breaks. The last
    /// line ends with a line feed.
    ///
    /// - Complexity: O(k log k) for k keys.
    public func serialized() -> String {
        let entries = documentFrequencies.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var text = "\(Self.formatMagic)\t\(Self.formatVersion)\tlanguage=\(language.code)\tdocuments=\(documentCount)\n"
        text.reserveCapacity(text.utf8.count + entries.reduce(0) { $0 + $1.key.utf8.count + 8 })
        for (key, count) in entries {
            text += key
            text += "\t"
            text += String(count)
            text += "\n"
        }
        return text
    }

    /// Reads a model written by `serialized()`.
    ///
    /// Lenient where it costs nothing: a `\r` before a line feed is ignored, as are blank lines,
    /// and header fields after the document count that this version does not know
    /// (`name=value`). Strict about everything else, and says which line is wrong: the magic
    /// word, the version, a missing language or document count, a line that is not `key<TAB>count`,
    /// a count that is not a whole number from 1 to the document count, and a key listed twice.
    ///
    /// - Throws: `Error.malformed(line:problem:)` or `Error.unsupportedVersion(_:)`.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing text: String) throws(IDFModel.Error) {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(IDFModel.Error) in try Self.parse(bytes) } }
        self = try result.get()
    }

    private static let tab = UInt8(ascii: "\t")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The lines of `bytes`: each line's number (from 1) and bytes, without its line feed and a
    /// carriage return before it.
    private struct Lines: IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var start = 0
        var number = 0

        mutating func next() -> (number: Int, bytes: UnsafeBufferPointer<UInt8>)? {
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count && bytes[end] != IDFModel.lineFeed { end += 1 }
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == IDFModel.carriageReturn { lineEnd -= 1 }
            defer { start = end + 1 }
            number += 1
            return (number, UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]))
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(IDFModel.Error) -> IDFModel {
        var lines = Lines(bytes: bytes)
        guard let header = lines.next() else {
            throw .malformed(line: 1, problem: "empty text; not a Precis IDF file (expected '\(formatMagic)')")
        }
        var model = try parseHeader(header.bytes)
        // One key a line: room for all of them at once, rather than growing (and rehashing) as
        // they come.
        model.documentFrequencies.reserveCapacity(bytes.reduce(0) { $0 + ($1 == lineFeed ? 1 : 0) })
        while let (lineNumber, line) = lines.next() {
            if line.isEmpty { continue }
            guard let tabIndex = line.firstIndex(of: tab) else {
                throw .malformed(line: lineNumber, problem: "expected 'key<TAB>document frequency', found no tab")
            }
            let keyBytes = UnsafeBufferPointer(rebasing: line[..<tabIndex])
            let countBytes = UnsafeBufferPointer(rebasing: line[(tabIndex + 1)...])
            if countBytes.contains(tab) {
                throw .malformed(
                    line: lineNumber, problem: "expected 'key<TAB>document frequency', found more than one tab")
            }
            if keyBytes.isEmpty { throw .malformed(line: lineNumber, problem: "empty key") }
            if keyBytes.contains(carriageReturn) {
                throw .malformed(line: lineNumber, problem: "a key cannot contain a carriage return")
            }
            let countText = String(decoding: countBytes, as: UTF8.self)
            guard let count = Int(countText) else {
                throw .malformed(line: lineNumber, problem: "document frequency '\(countText)' is not a whole number")
            }
            guard count >= 1 && count <= model.documentCount else {
                throw .malformed(
                    line: lineNumber,
                    problem:
                        "document frequency \(count) is out of range (1 to the \(model.documentCount) documents of the header)"
                )
            }
            let key = String(decoding: keyBytes, as: UTF8.self)
            if model.documentFrequencies.updateValue(count, forKey: key) != nil {
                throw .malformed(line: lineNumber, problem: "key '\(key)' is listed twice")
            }
        }
        return model
    }

    private static func parseHeader(_ line: UnsafeBufferPointer<UInt8>) throws(IDFModel.Error) -> IDFModel {
        let fields = line.split(separator: tab, omittingEmptySubsequences: false).map {
            String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
        }
        guard fields.first == formatMagic else {
            throw .malformed(line: 1, problem: "not a Precis IDF file (expected '\(formatMagic)')")
        }
        guard fields.count >= 2 else {
            throw .malformed(line: 1, problem: "no format version after '\(formatMagic)'")
        }
        guard fields[1] == String(formatVersion) else { throw .unsupportedVersion(fields[1]) }
        var language: Language?
        var documents: Int?
        for field in fields.dropFirst(2) {
            guard let equals = field.firstIndex(of: "=") else {
                throw .malformed(line: 1, problem: "header field '\(field)' is not 'name=value'")
            }
            let name = field[..<equals]
            let value = String(field[field.index(after: equals)...])
            switch name {
            case "language":
                guard !value.isEmpty, !value.contains(" ") else {
                    throw .malformed(line: 1, problem: "'language=' needs a language code such as 'en'")
                }
                language = Language(value)
            case "documents":
                guard let count = Int(value), count >= 0 else {
                    throw .malformed(line: 1, problem: "'documents=\(value)' is not a whole number of documents")
                }
                documents = count
            default:
                continue  // A field a later revision of version 1 may add.
            }
        }
        guard let language else { throw .malformed(line: 1, problem: "no 'language=' field in the header") }
        guard let documents else { throw .malformed(line: 1, problem: "no 'documents=' field in the header") }
        var model = IDFModel(language: language)
        model.documentCount = documents
        return model
    }

    /// Whether `key` can be counted and written: not empty, no tab or line break.
    static func isStorable(_ key: String) -> Bool {
        !key.isEmpty && !key.utf8.contains(where: { $0 == tab || $0 == lineFeed || $0 == carriageReturn })
    }
}
