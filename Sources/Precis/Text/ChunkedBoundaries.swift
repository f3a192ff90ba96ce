/// ICU boundaries of a text of any length. ICU takes 32-bit offsets, so a text of 2^31 UTF-16
/// units or more is cut into chunks of about `chunkSize` units, each chunk's boundaries are found
/// on its own and shifted back by the chunk's start.
///
/// A chunk ends after a line break when one lies in the last quarter of the chunk (where ICU
/// ends a sentence in any case, so the result is the same as unchunked), else after a space
/// (where a word ends), else at `chunkSize` (never inside a surrogate pair).
struct ChunkedBoundaries {
    /// Boundaries after the start of the text, in order, ending with the text's length.
    var offsets: [Int] = []
    /// The rule status of the segment ending at each boundary (empty without statuses).
    var statuses: [Int32] = []

    /// The largest chunk, in UTF-16 units: ICU's limit.
    static let defaultChunkSize = Int(Int32.max) - 1

    /// Finds the boundaries of `units` with `breaker`.
    init(
        _ units: UnsafeBufferPointer<UInt16>, breaker: BreakIterator, withStatuses: Bool,
        chunkSize: Int = defaultChunkSize
    ) throws(ICUError) {
        var start = 0
        while start < units.count {
            let end = Self.chunkEnd(units, from: start, size: max(chunkSize, 2))
            let found = try breaker.boundaries(in: UnsafeBufferPointer(rebasing: units[start..<end]), withStatuses: withStatuses)
            offsets.reserveCapacity(offsets.count + found.offsets.count)
            for offset in found.offsets { offsets.append(start + Int(offset)) }
            if withStatuses { statuses.append(contentsOf: found.statuses) }
            start = end
        }
    }

    /// Where the chunk that starts at `start` ends.
    static func chunkEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int, size: Int) -> Int {
        let limit = start + size
        guard limit < units.count else { return units.count }
        let earliest = start + size - size / 4
        // After a line break (after the LF of a CRLF)…
        var i = limit
        while i > earliest {
            let unit = units[i - 1]
            if TextBreaks.isLineBreak(unit) && !(unit == 0x0D && units[i] == 0x0A) {
                return i
            }
            i -= 1
        }
        // …else after a space…
        i = limit
        while i > earliest {
            if units[i - 1] == 0x20 || units[i - 1] == 0x09 { return i }
            i -= 1
        }
        // …else anywhere but between the halves of a surrogate pair.
        return UTF16.isTrailSurrogate(units[limit]) ? limit - 1 : limit
    }
}
