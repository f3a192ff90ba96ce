internal import CPrecisICU

/// Owns one ICU break iterator (word, sentence or line boundaries for a locale).
///
/// Break iterators are mutable: one instance serves one task at a time. `boundaries(in:)` sets the
/// text, reads every boundary and detaches in one call, so ICU never holds a pointer past it.
final class BreakIterator {
    enum Kind {
        case word, sentence, line

        fileprivate var cValue: precis_break_kind {
            switch self {
            case .word: PRECIS_BREAK_WORD
            case .sentence: PRECIS_BREAK_SENTENCE
            case .line: PRECIS_BREAK_LINE
            }
        }
    }

    /// Boundaries after the start of the text, with the rule status of the segment ending at each.
    struct Boundaries {
        var offsets: [Int32] = []
        var statuses: [Int32] = []
    }

    private let handle: OpaquePointer
    let kind: Kind
    let locale: String

    /// Opens an iterator; `locale` is an ICU locale id such as "en", "th" or "en@ss=standard".
    init(_ kind: Kind, locale: String) throws(ICUError) {
        var error: Int32 = 0
        let handle = precis_breaker_open(kind.cValue, locale, &error)
        try ICUError.check(error, "open a \(kind) break iterator for '\(locale)'")
        guard let handle else {
            throw ICUError(code: 1, operation: "open a \(kind) break iterator for '\(locale)'")
        }
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    deinit { precis_breaker_close(handle) }

    /// Every boundary in `text` (UTF-16 code units) after offset 0, in order, ending with
    /// `text.count` for non-empty text. `withStatuses` also collects ICU's rule statuses.
    func boundaries(in text: UnsafeBufferPointer<UInt16>, withStatuses: Bool) throws(ICUError) -> Boundaries {
        var result = Boundaries()
        guard let base = text.baseAddress, !text.isEmpty else { return result }
        var error: Int32 = 0
        precis_breaker_set_text(handle, base, Int32(text.count), &error)
        try ICUError.check(error, "set the text of a \(kind) break iterator")
        defer {
            // Detach from the caller's buffer before it can go away.
            var ignored: Int32 = 0
            precis_breaker_set_text(handle, nil, 0, &ignored)
        }
        let batch = 1024
        var offsets = [Int32](repeating: 0, count: batch)
        var statuses = [Int32](repeating: 0, count: batch)
        result.offsets.reserveCapacity(text.count / (kind == .word ? 4 : 64) + 1)
        while true {
            let count = offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                statuses.withUnsafeMutableBufferPointer { statusBuffer in
                    precis_breaker_next_batch(
                        handle, offsetBuffer.baseAddress, withStatuses ? statusBuffer.baseAddress : nil,
                        Int32(batch))
                }
            }
            if count == 0 { break }
            result.offsets.append(contentsOf: offsets[0..<Int(count)])
            if withStatuses { result.statuses.append(contentsOf: statuses[0..<Int(count)]) }
        }
        return result
    }
}
