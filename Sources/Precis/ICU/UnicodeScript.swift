internal import CPrecisICU

/// A writing system, by its ISO 15924 code ("Latn", "Cyrl", "Hani", "Thai"…), as ICU assigns it to
/// each character.
public struct UnicodeScript: Hashable, Sendable, CustomStringConvertible {
    /// ICU's `UScriptCode` value.
    let icuValue: Int32

    /// The script of a character. Characters shared by many scripts (digits, punctuation) are
    /// "Zyyy" (common) and combining marks are "Zinh" (inherited).
    public init(of scalar: Unicode.Scalar) {
        self.icuValue = precis_script(scalar.value)
    }

    /// The four-letter ISO 15924 code.
    public var code: String { String(cString: precis_script_code(icuValue)) }

    public var description: String { code }

    /// Whether the script is common, inherited or unknown, i.e. says nothing about the language.
    public var isNeutral: Bool { icuValue <= 1 || icuValue == 103 }

    /// The script most letters of `text` are written in (neutral characters ignored), or `nil`
    /// when it has no letters.
    public static func dominant(in text: some StringProtocol) -> UnicodeScript? {
        var tally = ScriptTally()
        let readBytes: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                let (value, length) = UTF8Scalars.decode(bytes, at: i)
                i += length
                tally.add(Unicode.Scalar(value)!)
            }
        }
        if readBytes == nil {
            for scalar in text.unicodeScalars { tally.add(scalar) }
        }
        return tally.dominant
    }

    /// Counts the letters of each script.
    private struct ScriptTally {
        var counts: [Int32: Int] = [:]
        var asciiLetters = 0

        @inline(__always)
        mutating func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                // Fast path: ASCII letters are Latin; other ASCII characters are neutral.
                let value = scalar.value | 0x20
                if value >= 0x61 && value <= 0x7A { asciiLetters += 1 }
                return
            }
            guard scalar.properties.isAlphabetic else { return }
            let script = UnicodeScript(of: scalar)
            if script.isNeutral { return }
            counts[script.icuValue, default: 0] += 1
        }

        var dominant: UnicodeScript? {
            var counts = counts
            if asciiLetters > 0 { counts[latin.icuValue, default: 0] += asciiLetters }
            let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
            return best.map { UnicodeScript(icuValue: $0.key) }
        }
    }

    private init(icuValue: Int32) { self.icuValue = icuValue }

    /// Latin.
    public static let latin = UnicodeScript(of: "a")
    /// Cyrillic.
    public static let cyrillic = UnicodeScript(of: "д")
    /// Greek.
    public static let greek = UnicodeScript(of: "α")
    /// Arabic.
    public static let arabic = UnicodeScript(of: "ب")
    /// Hebrew.
    public static let hebrew = UnicodeScript(of: "ב")
    /// Han (Chinese characters, Japanese kanji).
    public static let han = UnicodeScript(of: "中")
    /// Hiragana.
    public static let hiragana = UnicodeScript(of: "あ")
    /// Katakana.
    public static let katakana = UnicodeScript(of: "ア")
    /// Hangul.
    public static let hangul = UnicodeScript(of: "한")
    /// Thai.
    public static let thai = UnicodeScript(of: "ก")
    /// Devanagari.
    public static let devanagari = UnicodeScript(of: "क")
    /// Ethiopic (Ge'ez).
    public static let ethiopic = UnicodeScript(of: "አ")
    /// Sinhala.
    public static let sinhala = UnicodeScript(of: "ක")
}
