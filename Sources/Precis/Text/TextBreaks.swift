/// What Precis counts as white space, a line break and a paragraph break: the one definition every
/// stage uses (segmentation, sentence rules, wrapped-line joining, paragraph grouping, chunking).
///
/// - A **line break** is LF, CR (CRLF counts once), NEL (U+0085), LINE SEPARATOR (U+2028) or
///   PARAGRAPH SEPARATOR (U+2029): the separators of Unicode's sentence-break rules. Each is
///   handled as LF is.
/// - **White space** is a line break, or tab, VT, FF, space, NO-BREAK SPACE, OGHAM SPACE MARK,
///   U+2000–U+200B (the typographic spaces and ZERO WIDTH SPACE), NARROW NO-BREAK SPACE, MEDIUM
///   MATHEMATICAL SPACE, IDEOGRAPHIC SPACE or a stray BYTE ORDER MARK.
/// - A **paragraph break** is a line break between two sentences, once lines that were merely
///   wrapped inside a sentence have been joined (``LineStructure``). A PARAGRAPH SEPARATOR is
///   never taken for a wrap.
///
/// All work on UTF-16 code units, which is what ICU's break iterators see.
enum TextBreaks {
    /// Whether `unit` is a line break.
    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether `unit` is white space (line breaks included).
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Whether `unit` is white space within a line (white space that is not a line break).
    @inline(__always)
    static func isSpaceInLine(_ unit: UInt16) -> Bool {
        isSpace(unit) && !isLineBreak(unit)
    }

    /// The space that takes the place of the line break `unit` when a wrapped line is joined: one
    /// of the same UTF-8 length, so that offsets mapped through UTF-8 stay right (a space for LF
    /// and CR, a no-break space for NEL, an en space for LINE SEPARATOR).
    static func joiningSpace(for unit: UInt16) -> UInt16 {
        switch unit {
        case 0x85: 0xA0
        case 0x2028, 0x2029: 0x2002
        default: 0x20
        }
    }

    /// Whether `units[range]` holds a line break.
    static func containsLineBreak(_ units: [UInt16], in range: Range<Int>) -> Bool {
        range.lowerBound < range.upperBound && units[range].contains(where: isLineBreak)
    }

    /// The lines of `units`, without their line breaks (a CRLF is one break).
    static func lineRanges(_ units: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < units.count {
            let unit = units[i]
            if isLineBreak(unit) {
                result.append(start..<i)
                if unit == 0x0D, i + 1 < units.count, units[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        result.append(start..<units.count)
        return result
    }
}
