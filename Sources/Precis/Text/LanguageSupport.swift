public import PrecisCore

/// What Precis offers for one language.
public struct LanguageSupport: Sendable, Hashable {
    /// The language.
    public let language: Language
    /// The script the language is usually written in (ISO 15924), when Precis knows it.
    public let script: String?
    /// Whether words come from ICU's dictionary (languages written without spaces) rather than
    /// from its rules.
    public let dictionarySegmentation: Bool
    /// The number of words in the shipped stopword list (0: none).
    public let stopwords: Int
    /// Whether Snowball has a stemmer for it.
    public let stemmer: Bool
    /// The ICU transform that writes it in Latin letters (`nil` for Latin-script languages).
    public let transliteration: String?

    /// Every language with at least a stopword list or a stemmer, sorted by code. ICU segments
    /// text in any other language too, with its root rules.
    public static var all: [LanguageSupport] {
        let codes = Set(StopwordLists.languages).union(Stemmer.languages).union(["ko", "th", "lo", "km", "my"])
        return codes.sorted().map(LanguageSupport.init(language:))
    }

    /// What Precis offers for `language`.
    public init(language: Language) {
        self.language = language
        let words = StopwordLists.words(for: language)
        let script: UnicodeScript? =
            Self.primaryScripts[language.code] ?? UnicodeScript.dominant(in: words.joined(separator: " "))
        self.script = script?.code ?? Self.usualScripts[language.code]
        self.dictionarySegmentation = language.writesWithoutSpaces
        self.stopwords = words.count
        self.stemmer = Stemmer.languages.contains(language)
        let latin = self.script == nil || self.script == "Latn"
        self.transliteration = latin ? nil : Self.transform(scriptCode: self.script!, language: language, script: script)
    }

    private static func transform(scriptCode: String, language: Language, script: UnicodeScript?) -> String {
        if language.code == "ja" { return NameTransliterator.transformID(script: .katakana, language: language) + " (kana only)" }
        if let script { return NameTransliterator.transformID(script: script, language: language) }
        return "Any-Latin; Latin-ASCII"
    }

    /// Languages whose stopword list is in two scripts: the script they are usually written in
    /// (the Serbian list has Cyrillic and Latin spellings, the Kurdish one Sorani and Kurmanji words).
    private static let primaryScripts: [String: UnicodeScript] = ["sr": .cyrillic, "ku": .arabic]

    /// Scripts of languages that have a stemmer or dictionary but no stopword list.
    private static let usualScripts: [String: String] = [
        "ta": "Taml", "ne": "Deva", "sr": "Cyrl", "yi": "Hebr", "lo": "Laoo", "km": "Khmr", "my": "Mymr",
        "hy": "Armn", "ko": "Hang", "th": "Thai",
    ]
}
