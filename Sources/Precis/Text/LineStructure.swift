internal import PrecisCore

/// Finds where lines were merely wrapped (a newline inside a running sentence, as in hard-wrapped
/// books and e-mails) and turns those newlines into spaces, so that only real paragraph breaks
/// stay. ICU ends a sentence at every line break; without this step a wrapped book would be cut
/// into half-sentences.
///
/// Rules, decided per document:
/// - A document is *hard-wrapped* when it has blank-line-separated blocks and the lines inside
///   those blocks have the lengths of wrapped text (median 40-100 characters, nearly all at most
///   100). There every single newline inside a block is a wrap, except after a short line that
///   ends a sentence (a paragraph's last line) or before a list item.
/// - Anywhere, a newline is a wrap when the line before does not end a sentence and the next line
///   starts with a lower-case letter.
enum LineStructure {
    /// Replaces wrapping newlines in `units` (UTF-16) by spaces; the length never changes, so every
    /// offset stays valid for the original text.
    static func joinWrappedLines(_ units: inout [UInt16]) {
        let lines = TextBreaks.lineRanges(units)
        guard lines.count > 1 else { return }
        let wrapped = isHardWrapped(lines, units)
        let medianLength = median(lines.map(\.count).filter { $0 > 0 })
        for i in 0..<(lines.count - 1) {
            let line = lines[i]
            let next = lines[i + 1]
            // A blank line (or the end of one) is a paragraph break.
            guard !line.isEmpty, !next.isEmpty, !isBlank(line, units), !isBlank(next, units) else { continue }
            let newline = line.upperBound
            // A paragraph separator is never a wrap; of a CRLF, the CR and the LF both become spaces.
            guard newline < units.count, TextBreaks.isLineBreak(units[newline]), units[newline] != 0x2029 else { continue }
            let last = lastVisible(line, units)
            let first = firstVisible(next, units)
            guard let last, let first else { continue }
            let endsSentence = sentenceEnders.contains(units[last])
            var join = !endsSentence && startsLowercase(at: first, units)
            if wrapped && !join {
                let shortLine = Double(line.count) < 0.6 * medianLength
                join = !(endsSentence && shortLine) && !startsListItem(at: first, units)
            }
            if join {
                units[newline] = TextBreaks.joiningSpace(for: units[newline])
                if newline + 1 < next.lowerBound { units[newline + 1] = 0x20 }  // the LF of a CRLF
            }
        }
    }

    private static func isHardWrapped(_ lines: [Range<Int>], _ units: [UInt16]) -> Bool {
        var inBlock: [Int] = []
        var sawBlank = false
        for (i, line) in lines.enumerated() {
            if isBlank(line, units) {
                sawBlank = true
                continue
            }
            if i + 1 < lines.count, !isBlank(lines[i + 1], units) { inBlock.append(line.count) }
        }
        guard sawBlank, inBlock.count >= 3 else { return false }
        let typical = median(inBlock)
        let short = inBlock.filter { $0 <= 100 }.count
        return typical >= 40 && typical <= 100 && Double(short) >= 0.9 * Double(inBlock.count)
    }

    private static func median(_ values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return Double(sorted[sorted.count / 2])
    }

    private static func isBlank(_ line: Range<Int>, _ units: [UInt16]) -> Bool {
        firstVisible(line, units) == nil
    }

    private static func firstVisible(_ line: Range<Int>, _ units: [UInt16]) -> Int? {
        line.first { !TextBreaks.isSpaceInLine(units[$0]) }
    }

    private static func lastVisible(_ line: Range<Int>, _ units: [UInt16]) -> Int? {
        line.last { !TextBreaks.isSpaceInLine(units[$0]) }
    }

    private static func startsLowercase(at offset: Int, _ units: [UInt16]) -> Bool {
        let unit = units[offset]
        if UTF16.isLeadSurrogate(unit) { return false }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isLowercase
    }

    private static func startsListItem(at offset: Int, _ units: [UInt16]) -> Bool {
        let unit = units[offset]
        if unit == 0x2D || unit == 0x2A || unit == 0x2022 || unit == 0x2013 || unit == 0x3E { return true }
        // "1." or "12)" at the start of a line.
        var i = offset
        while i < units.count, units[i] >= 0x30, units[i] <= 0x39, i - offset < 3 { i += 1 }
        return i > offset && i < units.count && (units[i] == 0x2E || units[i] == 0x29)
    }

    /// Characters after which a line is taken to end a sentence.
    private static let sentenceEnders: Set<UInt16> = [
        0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x27, 0x29, 0x2019, 0x201D, 0xBB,  // . ! ? : ; " ' ) ’ ” »
        0x3002, 0xFF01, 0xFF1F, 0x0964, 0x0965, 0x061F, 0x06D4, 0x2026,  // 。！？ । ॥ ؟ ۔ …
    ]
}
