/// Recognises UTF-16 and UTF-32 text that has no byte-order mark by reading its code units.
///
/// ICU's detector judges UTF-16 by its first 30 bytes and takes Russian or Chinese UTF-16 for a
/// legacy charset, so Precis reads the units itself: in the right encoding and byte order, text has
/// no unassigned, private-use or control characters and no lone surrogates, its letters come from
/// one or two writing systems (Chinese, Japanese and Korean scripts count as one), and it has
/// spaces, line breaks or sentence punctuation. The wrong byte order scatters characters over
/// dozens of scripts and unassigned code points.
enum UnicodeUnitsGuess {
    /// The encoding ("UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE") in which `sample` reads
    /// best as text, or `nil` when it reads as text in none.
    static func best(in sample: UnsafeRawBufferPointer) -> String? {
        var best: (name: String, score: Int)?
        for layout in Layout.all {
            guard let score = score(sample, layout) else { continue }
            if best == nil || score > best!.score { best = (layout.name, score) }
        }
        return best?.name
    }

    /// A code unit width and byte order.
    struct Layout {
        /// The encoding's name, e.g. "UTF-16LE".
        let name: String
        /// Bytes per code unit: 2 or 4.
        let width: Int
        /// Whether the most significant byte comes first.
        let bigEndian: Bool

        /// Every layout tried; the best score wins (UTF-32 read as UTF-16 has NUL units and fails).
        static let all = [
            Layout(name: "UTF-32LE", width: 4, bigEndian: false), Layout(name: "UTF-32BE", width: 4, bigEndian: true),
            Layout(name: "UTF-16LE", width: 2, bigEndian: false), Layout(name: "UTF-16BE", width: 2, bigEndian: true),
        ]
    }

    /// How well `sample` reads as text in `layout` (more separators and letters of the main
    /// scripts score higher), or `nil` when it does not read as text.
    static func score(_ sample: UnsafeRawBufferPointer, _ layout: Layout) -> Int? {
        let count = sample.count / layout.width
        guard count >= 2 else { return nil }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(count)
        var index = 0
        var pendingHigh: UInt32?
        var asciiPairs = 0
        var highBytes = 0
        while index < count {
            let offset = index * layout.width
            var value: UInt32 = 0
            for byte in 0..<layout.width {
                let shift = layout.bigEndian ? (layout.width - 1 - byte) * 8 : byte * 8
                value |= UInt32(sample[offset + byte]) << shift
            }
            index += 1
            if layout.width == 2 {
                if (0x20...0x7E).contains(value & 0xFF) && (0x20...0x7E).contains(value >> 8) { asciiPairs += 1 }
                if value & 0x80 != 0 { highBytes += 1 }
                if value & 0x8000 != 0 { highBytes += 1 }
            }
            if layout.width == 2 {
                if let high = pendingHigh {
                    guard (0xDC00...0xDFFF).contains(value) else { return nil }
                    value = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)
                    pendingHigh = nil
                } else if (0xD800...0xDBFF).contains(value) {
                    pendingHigh = value
                    continue
                } else if (0xDC00...0xDFFF).contains(value) {
                    return nil
                }
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            scalars.append(scalar)
        }
        // ASCII text read as UTF-16 is Chinese characters made of two printable ASCII bytes and
        // holds no byte above 0x7F; real Chinese or Japanese text has many such bytes.
        if asciiPairs * 2 > count && highBytes * 20 < count * 2 { return nil }
        return score(scalars)
    }

    /// How well `scalars` read as text, or `nil`.
    static func score(_ scalars: [Unicode.Scalar]) -> Int? {
        var bad = 0
        var separators = 0
        var letters = 0
        var groups: [Int32: Int] = [:]
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0x20, 0x0A, 0x0D, 0x3000, 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x2C, 0x2E, 0x060C, 0x06D4, 0x0964:
                separators += 1
                continue
            case 0x09, 0x0B, 0x0C: continue
            case 0x00...0x1F, 0x7F...0x9F:
                bad += 1
                continue
            default: break
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .unassigned, .privateUse, .surrogate:
                bad += 1
                continue
            default: break
            }
            if properties.isNoncharacterCodePoint {
                bad += 1
                continue
            }
            guard properties.isAlphabetic else { continue }
            letters += 1
            groups[group(of: scalar), default: 0] += 1
        }
        // A character newer than the Unicode data here may be unassigned: allow one in a thousand.
        guard bad * 1000 <= scalars.count, bad < 8, separators > 0, letters > 0 else { return nil }
        let top = groups.values.sorted(by: >).prefix(2).reduce(0, +)
        guard top * 10 >= letters * 9 else { return nil }
        return separators * 10 + top
    }

    /// The writing system of a letter, with Han, kana, Bopomofo and Hangul as one group.
    private static func group(of scalar: Unicode.Scalar) -> Int32 {
        let script = UnicodeScript(of: scalar)
        switch script {
        case .han, .hiragana, .katakana, .hangul: return -1
        default: return script.icuValue
        }
    }
}
