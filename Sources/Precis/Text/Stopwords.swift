public import PrecisCore

/// A set of stopwords: function words ("the", "und", "и", "的") that carry little meaning on their
/// own. Words are stored and looked up in their folded form (see `Normalizer.foldKey`).
public struct Stopwords: Sendable, Hashable {
    /// The folded words.
    public private(set) var words: Set<String>

    /// A set of already folded words.
    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
    }

    /// No stopwords.
    public static let none = Stopwords([String]())

    /// Whether a folded word is a stopword.
    public func contains(_ foldedWord: String) -> Bool { words.contains(foldedWord) }

    /// Adds the words of another set.
    public mutating func formUnion(_ other: Stopwords) { words.formUnion(other.words) }

    /// Parses a list in the format of `stopwords/<lang>.txt`: one word a line; blank lines and
    /// lines starting with `#` are ignored. Words are lower-cased but not folded; `Segmenter` folds
    /// user lists it is given.
    public static func parse(_ list: String) -> [String] {
        var result: [String] = []
        for line in list.split(whereSeparator: \.isNewline) {
            let word = line.trimmingWhitespace()
            if word.isEmpty || word.hasPrefix("#") { continue }
            result.append(word.lowercased())
        }
        return result
    }
}

/// The stopword lists Precis ships (from `stopwords/`, compiled into the library).
public enum StopwordLists {
    /// The languages with a shipped list.
    public static var languages: [Language] { embedded.keys.map { Language($0) }.sorted() }

    /// The shipped list for `language`, parsed but not folded; empty when there is none.
    public static func words(for language: Language) -> [String] {
        guard let list = embedded[language.code] else { return [] }
        return Stopwords.parse(list)
    }
}

extension Substring {
    /// The substring without leading and trailing white space.
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return self[first...last]
    }
}
