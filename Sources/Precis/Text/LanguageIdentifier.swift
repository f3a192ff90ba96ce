public import PrecisCore

internal import CLanguageID

/// Guesses the language of a text with CLD2 (Google's Compact Language Detector 2), which knows
/// about 80 languages from character n-gram statistics and scripts.
///
/// Short or mixed texts can be unreliable; `identify` then falls back to what the text's script
/// implies (Thai, Hangul, kana, Greek, Hebrew…) and otherwise to `Language.undetermined`.
public struct LanguageIdentifier: Sendable {
    /// How much of a long text is looked at (in bytes, cut at a character boundary): enough for a
    /// stable answer, and the cost stays flat for a book.
    public var sampleBytes: Int

    /// Creates an identifier.
    public init(sampleBytes: Int = 64 * 1024) {
        self.sampleBytes = sampleBytes
    }

    /// A guess with the evidence behind it.
    public struct Guess: Sendable, Equatable {
        /// The language (undetermined when nothing could be said).
        public let language: Language
        /// Whether CLD2 called it reliable, or the script alone decided it.
        public let isReliable: Bool
        /// The share (0-100) of the text's letters that belong to that language.
        public let percent: Int
    }

    /// The most likely language of `text`.
    public func identify(_ text: String) -> Guess {
        var sample = Substring(text)
        if text.utf8.count > sampleBytes {
            var end = text.utf8.index(text.startIndex, offsetBy: sampleBytes)
            while end > text.startIndex && !text.unicodeScalars.indices.contains(end) {
                end = text.utf8.index(before: end)
            }
            end = text.unicodeScalars.index(before: end)
            sample = text[..<end]
        }
        // CLD2 gives up on text that is not "interchange-valid" (C0 and C1 controls, non-characters).
        var bytes =
            Self.needsInterchangeMapping(sample)
            ? String(String.UnicodeScalarView(sample.unicodeScalars.map(Self.interchangeable))) : String(sample)
        let result = bytes.withUTF8 { buffer in
            precis_detect_language(
                UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(buffer.count))
        }
        let code = String(cString: result.code)
        let script = UnicodeScript.dominant(in: sample)
        let byScript = script.flatMap(Self.languageImplied(by:))
        if script == .arabic, Self.hasPashtoLetters(sample) {
            // CLD2's tables lack Pashto; these letters are Pashto's own.
            return Guess(language: "ps", isReliable: true, percent: Int(result.percent))
        }
        if code != "un" {
            let language = Language(code)
            // A script that belongs to one language overrides a contrary guess (CLD2 sometimes
            // calls kanji-heavy Japanese Chinese; Precis checks the kana below).
            if let byScript, byScript != language, Self.scriptIsDecisive(script!) {
                return Guess(language: byScript, isReliable: true, percent: Int(result.percent))
            }
            if language == "zh", Self.hasKana(sample) {
                return Guess(language: "ja", isReliable: true, percent: Int(result.percent))
            }
            return Guess(language: language, isReliable: result.reliable != 0, percent: Int(result.percent))
        }
        if let byScript {
            return Guess(language: Self.hasKana(sample) ? "ja" : byScript, isReliable: false, percent: 0)
        }
        return Guess(language: .undetermined, isReliable: false, percent: 0)
    }

    /// Whether `interchangeable` changes any scalar of `text` (read from its UTF-8 bytes).
    private static func needsInterchangeMapping(_ text: Substring) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte >= 0x20 && byte < 0x7F {
                    i += 1
                    continue
                }
                let (value, length) = UTF8Scalars.decode(bytes, at: i)
                i += length
                let scalar = Unicode.Scalar(value)!
                if interchangeable(scalar) != scalar { return true }
            }
            return false
        }
        return found ?? text.unicodeScalars.contains(where: { interchangeable($0) != $0 })
    }

    private static func interchangeable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: scalar
        case 0...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: " "
        case let value where value & 0xFFFE == 0xFFFE: " "
        default: scalar
        }
    }

    /// The language a script most likely means when nothing else is known.
    static func languageImplied(by script: UnicodeScript) -> Language? {
        switch script {
        case .thai: "th"
        case .hangul: "ko"
        case .hiragana, .katakana: "ja"
        case .han: "zh"
        case .greek: "el"
        case .hebrew: "he"
        case .cyrillic: "ru"
        case .arabic: "ar"
        case .devanagari: "hi"
        case .ethiopic: "am"   // CLD2's tables lack Amharic and Tigrinya; Amharic has most speakers
        default: nil
        }
    }

    /// Scripts used by one language only (among those Precis knows).
    private static func scriptIsDecisive(_ script: UnicodeScript) -> Bool {
        script == .thai || script == .hangul || script == .hiragana || script == .katakana || script == .greek
    }

    /// Whether the text uses letters of the Arabic script that only Pashto has (ټ ډ ړ ږ ښ ګ ڼ).
    private static func hasPashtoLetters(_ text: Substring) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x067C, 0x0689, 0x0693, 0x0696, 0x069A, 0x06AB, 0x06BC:
                count += 1
                if count >= 3 { return true }
            default: continue
            }
        }
        return false
    }

    private static func hasKana(_ text: Substring) -> Bool {
        var kana = 0
        for scalar in text.unicodeScalars {
            if (0x3041...0x30FF).contains(scalar.value) && scalar.value != 0x30FB && scalar.value != 0x30FC {
                kana += 1
                if kana >= 3 { return true }
            }
        }
        return false
    }
}
