public import PrecisCore
import Foundation

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
    /// The number of documents behind the keyword statistics Precis ships for it (0: none).
    public let keywordStatisticsDocuments: Int
    /// Whether Precis ships a part-of-speech tagger and lemmatiser for it (its keywords are then
    /// noun phrases in their base form).
    public let tagger: Bool

    /// Every language Precis has something of its own for, sorted by code: a stopword list, a
    /// stemmer, keyword statistics, dictionary word segmentation or a transliteration of its own.
    /// ICU segments text in any other language too, with its root rules.
    public static var all: [LanguageSupport] {
        knownLanguages.map(LanguageSupport.init(language:))
    }

    /// The languages of `all`, sorted by code.
    public static var knownLanguages: [Language] {
        known.sorted()
    }

    /// Whether Precis has something of its own for `language` (it is one of `knownLanguages`).
    /// Codes are normalised as `Language` does: "PT-br" and "iw" are known (Portuguese, Hebrew).
    public static func isKnown(_ language: Language) -> Bool {
        known.contains(language)
    }

    private static let known: Set<Language> = Set(StopwordLists.languages)
        .union(Stemmer.languages)
        .union(IDFModel.bundledLanguages)
        .union(["zh", "ja", "th", "lo", "km", "my"].map { Language($0) })   // dictionary segmentation
        .union(NameTransliterator.languagesWithOwnTransform)

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
        keywordStatisticsDocuments =
            IDFModel.bundledLanguages.contains(language) ? IDFModel.bundled(for: language)?.documentCount ?? 0 : 0
        tagger = TaggerModel.bundledLanguages.contains(language)
    }

    /// The language's name in English ("Russian"), or its code when Foundation has none.
    public var englishName: String {
        Locale(identifier: "en").localizedString(forLanguageCode: language.code) ?? language.code
    }

    private static func transform(scriptCode: String, language: Language, script: UnicodeScript?) -> String {
        if language.code == "ja" { return NameTransliterator.transformID(script: .katakana, language: language) + " (kana only)" }
        if script == .sinhala { return "Precis (ISO 15919 in ASCII)" }
        if let script { return NameTransliterator.transformID(script: script, language: language) }
        return "Any-Latin; Latin-ASCII"
    }

    /// Languages whose stopword list is in two scripts: the script they are usually written in
    /// (the Serbian list has Cyrillic and Latin spellings, the Kurdish one Sorani and Kurmanji words).
    /// Also Belarusian, which has a transliteration of its own but no list.
    private static let primaryScripts: [String: UnicodeScript] = ["sr": .cyrillic, "ku": .arabic, "be": .cyrillic]

    /// Scripts of languages that have a stemmer or dictionary but no stopword list.
    private static let usualScripts: [String: String] = [
        "ta": "Taml", "ne": "Deva", "sr": "Cyrl", "yi": "Hebr", "lo": "Laoo", "km": "Khmr", "my": "Mymr",
        "hy": "Armn", "ko": "Hang", "th": "Thai",
    ]
}

extension LanguageSupport: Encodable {
    private enum Key: String, CodingKey {
        case code, name, script, segmentation, stopwords, stemmer, transliteration, idfDocuments, tagger
    }

    /// One object, as `precis languages --format json` prints it: `code`, `name` (in English),
    /// `script` (when known), `segmentation` ("dictionary" or "rules"), `stopwords` (their
    /// number), `stemmer`, `transliteration` (for a language not written in Latin letters),
    /// `idfDocuments` (documents behind the shipped keyword statistics; 0: none) and `tagger`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(language.code, forKey: .code)
        try container.encode(englishName, forKey: .name)
        try container.encodeIfPresent(script, forKey: .script)
        try container.encode(dictionarySegmentation ? "dictionary" : "rules", forKey: .segmentation)
        try container.encode(stopwords, forKey: .stopwords)
        try container.encode(stemmer, forKey: .stemmer)
        try container.encodeIfPresent(transliteration, forKey: .transliteration)
        try container.encode(keywordStatisticsDocuments, forKey: .idfDocuments)
        try container.encode(tagger, forKey: .tagger)
    }
}
