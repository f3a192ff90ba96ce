/// A language, named by its ISO 639-1 code where it has one ("en", "ru", "zh"), otherwise by its
/// ISO 639-3 code. `Language.undetermined` ("und") stands for text whose language is not known.
public struct Language: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The lower-case language code.
    public let code: String

    /// Creates a language from a code such as "en", "EN", "pt-BR" or "zh_Hant"; the region or script
    /// part is dropped, so "pt-BR" is Portuguese.
    public init(_ code: String) {
        var base = Substring(code)
        if let separator = base.firstIndex(where: { $0 == "-" || $0 == "_" || $0 == "@" }) {
            base = base[..<separator]
        }
        let lowered = base.lowercased()
        self.code = Self.aliases[lowered] ?? lowered
    }

    public init(rawValue: String) { self.init(rawValue) }
    public init(stringLiteral value: String) { self.init(value) }

    public var rawValue: String { code }
    public var description: String { code }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.code < rhs.code }

    /// Text whose language is not known: segmented by ICU's root rules, with no stopwords or stemmer.
    public static let undetermined = Language("und")

    /// Whether this is `undetermined`.
    public var isUndetermined: Bool { code == "und" }

    /// Deprecated or three-letter codes that name a language that has a two-letter code.
    private static let aliases: [String: String] = [
        "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "nb": "no", "nn": "no",
        "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "por": "pt",
        "rus": "ru", "pol": "pl", "ara": "ar", "zho": "zh", "chi": "zh", "jpn": "ja", "tha": "th",
        "kor": "ko", "hin": "hi", "ell": "el", "gre": "el", "ita": "it", "nld": "nl", "dut": "nl",
        "tur": "tr", "ukr": "uk", "vie": "vi", "heb": "he", "fas": "fa", "per": "fa",
    ]
}

extension Language {
    /// Whether text in this language is normally written without spaces between words, so that
    /// word boundaries come from a dictionary (Chinese, Japanese, Thai, Lao, Khmer, Burmese).
    public var writesWithoutSpaces: Bool {
        switch code {
        case "zh", "ja", "th", "lo", "km", "my": true
        default: false
        }
    }
}
