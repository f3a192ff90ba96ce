/// Sinhala words in Latin letters, which ICU has no transform for: "දුම්රිය" → "dumriya",
/// "ශ්‍රී ලංකාව" → "shri lankava".
///
/// Each consonant carries the vowel "a" unless a vowel sign follows it (its vowel instead) or the
/// virama (no vowel); independent vowels stand for themselves. Letters follow the common
/// romanisation of names without diacritics (ISO 15919 folded to ASCII, with "sh" for ශ and ෂ,
/// "ch" for ච, "ae" for ඇ).
enum SinhalaRomanizer {
    /// `word` with its Sinhala letters in Latin; other characters as they are.
    static func latin(_ word: some StringProtocol) -> String {
        let scalars = Array(word.unicodeScalars)
        var output = ""
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let consonant = consonants[scalar] {
                output += consonant
                // A zero-width joiner inside a conjunct ("ශ්‍රී") changes only its shape.
                while index < scalars.count, scalars[index] == "\u{200D}" { index += 1 }
                guard index < scalars.count else {
                    output += "a"
                    break
                }
                let next = scalars[index]
                if next == virama {
                    index += 1
                } else if next == "\u{0DD9}", index + 1 < scalars.count, scalars[index + 1] == "\u{0DCF}" {
                    // ෙ + ා, the two parts of "o" written apart.
                    output += "o"
                    index += 2
                } else if let vowel = vowelSigns[next] {
                    output += vowel
                    index += 1
                } else {
                    output += "a"
                }
            } else if let vowel = vowels[scalar] ?? vowelSigns[scalar] {
                output += vowel
            } else if scalar == "\u{0D82}" {
                output += "n"  // anusvara
            } else if scalar == "\u{0D83}" {
                output += "h"  // visarga
            } else if scalar == virama || scalar == "\u{200D}" || scalar == "\u{200C}" {
                continue
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static let virama: Unicode.Scalar = "\u{0DCA}"

    private static let vowels: [Unicode.Scalar: String] = [
        "අ": "a", "ආ": "a", "ඇ": "ae", "ඈ": "ae", "ඉ": "i", "ඊ": "i", "උ": "u", "ඌ": "u", "ඍ": "ru", "ඎ": "ru",
        "ඏ": "lu", "ඐ": "lu", "එ": "e", "ඒ": "e", "ඓ": "ai", "ඔ": "o", "ඕ": "o", "ඖ": "au",
    ]

    private static let vowelSigns: [Unicode.Scalar: String] = [
        "\u{0DCF}": "a", "\u{0DD0}": "ae", "\u{0DD1}": "ae", "\u{0DD2}": "i", "\u{0DD3}": "i", "\u{0DD4}": "u", "\u{0DD6}": "u",
        "\u{0DD8}": "ru", "\u{0DF2}": "ru", "\u{0DDF}": "lu", "\u{0DF3}": "lu", "\u{0DD9}": "e", "\u{0DDA}": "e", "\u{0DDB}": "ai",
        "\u{0DDC}": "o", "\u{0DDD}": "o", "\u{0DDE}": "au",
    ]

    private static let consonants: [Unicode.Scalar: String] = [
        "ක": "k", "ඛ": "kh", "ග": "g", "ඝ": "gh", "ඞ": "n", "ඟ": "ng", "ච": "ch", "ඡ": "chh", "ජ": "j", "ඣ": "jh",
        "ඤ": "ny", "ඥ": "gn", "ඦ": "nj", "ට": "t", "ඨ": "th", "ඩ": "d", "ඪ": "dh", "ණ": "n", "ඬ": "nd", "ත": "t",
        "ථ": "th", "ද": "d", "ධ": "dh", "න": "n", "ඳ": "nd", "ප": "p", "ඵ": "ph", "බ": "b", "භ": "bh", "ම": "m",
        "ඹ": "mb", "ය": "y", "ර": "r", "ල": "l", "ව": "v", "ශ": "sh", "ෂ": "sh", "ස": "s", "හ": "h", "ළ": "l",
        "ෆ": "f",
    ]
}
