public import PrecisCore

/// Writes words and names of any script in Latin letters: "Владимир Путин" → "Vladimir Putin",
/// "Αλέξης Τσίπρας" → "Alexis Tsipras", "普京" → "Pujing", "プーチン" → "Puchin".
///
/// Each script gets the transform that reads best for names (ICU ids):
///
/// | script | transform |
/// |---|---|
/// | Cyrillic | `Russian-Latin/BGN` (ru), `Ukrainian-Latin/BGN` (uk), `Bulgarian-Latin/BGN` (bg), else `Cyrillic-Latin` |
/// | Greek | `Greek-Latin/UNGEGN` |
/// | Han (Chinese) | `Han-Latin` (pinyin), syllables of one word joined |
/// | Kana | `Katakana-Latin`, `Hiragana-Latin` (Hepburn-like) |
/// | Hangul | `Hangul-Latin` (Revised Romanisation) |
/// | anything else | `Any-Latin` |
///
/// followed by `Latin-ASCII` (no diacritics), soft and hard signs dropped, and a capital first
/// letter for scripts without case. Japanese kanji are the exception: ICU reads Han characters
/// as Mandarin, which would turn 東京 into "Dong Jing" rather than "Tōkyō", and reading kanji
/// properly needs a dictionary (MeCab's) that Precis does not carry; so in Japanese, words
/// containing kanji have no Latin form (`latin(_:)` returns `nil`), while kana words do.
///
/// Transliterators are opened once per transform id and kept; one instance serves one task.
public final class NameTransliterator {
    private var cache: [String: Transliterator] = [:]

    /// Creates a transliterator.
    public init() {}

    /// The Latin form of a word or name, or `nil` when it is already Latin (or has no letters), or
    /// when it is Japanese text containing kanji.
    ///
    /// - Parameter language: the text's language, which picks the variant for scripts shared by
    ///   several languages (Russian and Ukrainian Cyrillic, Chinese and Japanese Han).
    public func latin(_ word: some StringProtocol, language: Language = .undetermined) throws(ICUError) -> String? {
        guard let script = UnicodeScript.dominant(in: word), script != .latin else { return nil }
        let isJapanese =
            language.code == "ja" || script == .hiragana || script == .katakana
            || word.utf16.contains(where: Segmenter.isKana)
        if isJapanese, word.unicodeScalars.contains(where: { UnicodeScript(of: $0) == .han }) {
            return nil
        }
        var result: String
        if script == .sinhala {
            // ICU has no Sinhala transform.
            result = SinhalaRomanizer.latin(word)
        } else {
            let id = Self.transformID(script: script, language: language)
            result = try transliterator(id).transform(script == .arabic ? Self.urduLettersInLatin(word) : String(word))
        }
        // Soft and hard signs (Cyrillic), ayn and hamza marks (Arabic): not letters in a name.
        // Small kana after ヴ come back as "vu~a": "va". Other "~" marks small kana too.
        result = result.replacing("vu~", with: "v").replacing("Vu~", with: "V")
        result.unicodeScalars.removeAll { $0 == "ʹ" || $0 == "ʺ" || $0 == "ʿ" || $0 == "ʾ" || $0 == "~" || $0 == "'" && script == .cyrillic }
        if script == .han {
            // Pinyin writes a word's syllables together: "pu jing" → "pujing".
            result = result.split(separator: " ").joined()
        }
        // Names are capitalised; Japanese hiragana is grammar (particles, endings), not names.
        if !Self.isCased(script), script != .hiragana { result = Self.capitalisingFirstLetter(result) }
        // A script no transform covers comes back as it was: it has no Latin form.
        guard result.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) else { return nil }
        return result
    }

    /// The letters Urdu (and Punjabi in Shahmukhi, Sindhi, Pashto) adds to the Arabic alphabet,
    /// which ICU's Arabic-Latin leaves as they are, written in Latin first (as in common Urdu
    /// romanisation): retroflex ٹ ڈ ڑ as t d r, noon ghunna ں as n, do-chashmi he ھ and gol he ہ
    /// as h, bari ye ے as e; and Pashto's (as its common romanisation has them): ټ ډ ړ ڼ as t d r
    /// n, ګ as g, ښ as sh, ږ as zh, ځ as dz, څ as ts, ې as e, ۍ as ay.
    static func urduLettersInLatin(_ word: some StringProtocol) -> String {
        var view = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\u{679}": view.append("t")
            case "\u{688}": view.append("d")
            case "\u{691}": view.append("r")
            case "\u{6BA}": view.append("n")
            case "\u{6BE}", "\u{6C1}", "\u{6C2}", "\u{6C3}": view.append("h")
            case "\u{6D2}", "\u{6D3}", "\u{6D0}": view.append("e")
            case "\u{67C}": view.append("t")
            case "\u{689}": view.append("d")
            case "\u{693}": view.append("r")
            case "\u{6BC}": view.append("n")
            case "\u{6AB}": view.append("g")
            case "\u{69A}": view.append(contentsOf: "sh".unicodeScalars)
            case "\u{696}": view.append(contentsOf: "zh".unicodeScalars)
            case "\u{681}": view.append(contentsOf: "dz".unicodeScalars)
            case "\u{685}": view.append(contentsOf: "ts".unicodeScalars)
            case "\u{6CD}": view.append(contentsOf: "ay".unicodeScalars)
            default: view.append(scalar)
            }
        }
        return String(view)
    }

    /// `text` with every word in Latin letters, words found with ICU's word breaks, so that
    /// Chinese and Japanese names come out as separate words ("普京说" → "Pujing Shuo"). Runs of
    /// single ideographs and of kana, which is how ICU's dictionaries cut names they do not know
    /// (普 + 京, プー + チン), are read as one word. Words with no Latin form are kept as they are.
    public func latinText(_ text: String, language: Language = .undetermined) throws(ICUError) -> String {
        let segmenter = Segmenter(configuration: .init(language: .fixed(language), stemming: false))
        let document = try segmenter.segment(text)
        let source = document.text
        var output = ""
        var cursor = source.startIndex
        var previousWasWord = false
        for group in Self.wordGroups(document) {
            let gap = source[cursor..<group.lowerBound]
            output += gap
            let surface = source[group]
            let isWord = surface.first.map { $0.isLetter || $0.isNumber } ?? false
            let latin = isWord ? try self.latin(surface, language: language) : nil
            // Words that touched in a script without spaces get one in Latin.
            if gap.isEmpty, isWord, previousWasWord, latin != nil || output.last?.isASCII == true { output += " " }
            output += latin ?? String(surface)
            previousWasWord = isWord
            cursor = group.upperBound
        }
        output += source[cursor...]
        return output
    }

    /// Token ranges, with adjacent single ideographs joined, and adjacent kana joined.
    private static func wordGroups(_ document: Document) -> [Range<String.Index>] {
        var groups: [Range<String.Index>] = []
        var lastKind: TokenKind? = nil
        for token in document.tokens {
            let surface = document[token]
            let isKatakana = token.kind == .kana && surface.utf16.first.map { (0x30A0...0x30FF).contains($0) } == true
            let joinable = !token.isStopword && (isKatakana || (token.kind == .ideographic && surface.count == 1))
            if let last = groups.last, last.upperBound == token.range.lowerBound, joinable, lastKind == token.kind,
                token.kind == .kana || document.text[last].count < 4
            {
                groups[groups.count - 1] = last.lowerBound..<token.range.upperBound
            } else {
                groups.append(token.range)
            }
            lastKind = joinable ? token.kind : nil
        }
        return groups
    }

    private func transliterator(_ id: String) throws(ICUError) -> Transliterator {
        if let cached = cache[id] { return cached }
        let created = try Transliterator(id: id)
        cache[id] = created
        return created
    }

    /// The ICU transform for a script (and language, where the script has variants).
    /// Languages with a transform of their own (the others get the script's general one).
    static let languagesWithOwnTransform: Set<Language> = ["ru", "uk", "bg", "be", "mk", "sr", "ja", "zh", "ko", "el"]

    static func transformID(script: UnicodeScript, language: Language) -> String {
        let base: String
        switch script {
        case .cyrillic:
            switch language.code {
            case "ru": base = "Russian-Latin/BGN"
            case "uk": base = "Ukrainian-Latin/BGN"
            case "bg": base = "Bulgarian-Latin/BGN"
            case "be": base = "Belarusian-Latin/BGN"
            case "mk": base = "Macedonian-Latin/BGN"
            case "sr": base = "Serbian-Latin/BGN"
            default: base = "Russian-Latin/BGN"
            }
        case .greek: base = "Greek-Latin/UNGEGN"
        case .han: base = "Han-Latin"
        case .hiragana, .katakana: base = "Katakana-Latin; Hiragana-Latin"
        case .hangul: base = "Hangul-Latin"
        default: base = "Any-Latin"
        }
        return base + "; Latin-ASCII"
    }

    private static func isCased(_ script: UnicodeScript) -> Bool {
        script == .cyrillic || script == .greek || script == .latin || UnicodeScript.casedOthers.contains(script.code)
    }

    private static func capitalisingFirstLetter(_ text: String) -> String {
        guard let first = text.firstIndex(where: \.isLetter) else { return text }
        return text[..<first] + text[first].uppercased() + text[text.index(after: first)...]
    }
}

extension UnicodeScript {
    /// Other scripts with upper and lower case (Armenian, Coptic, Cherokee, Glagolitic…).
    static let casedOthers: Set<String> = ["Armn", "Copt", "Cher", "Glag", "Dsrt", "Adlm", "Osge"]
}
