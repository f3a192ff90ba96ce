internal import CPrecisICU

/// Owns one ICU charset detector, which guesses the encoding of bytes from their statistics.
///
/// Detection is mutable state: one instance serves one task at a time. `candidates(for:)` passes
/// the bytes, detects and copies the answers out in one call, so ICU never holds a pointer past it.
final class CharsetDetector {
    /// One guess: a charset name as ICU's detector spells it and ICU's confidence in it.
    struct Candidate: Equatable {
        /// E.g. "windows-1251", "Shift_JIS", "UTF-16LE".
        let name: String
        /// 0 (no evidence) to 100 (certain).
        let confidence: Int
    }

    private let handle: OpaquePointer

    /// Opens a detector.
    init() throws(ICUError) {
        var error: Int32 = 0
        let handle = precis_charset_detector_open(&error)
        try ICUError.check(error, "open a charset detector")
        guard let handle else { throw ICUError(code: 1, operation: "open a charset detector") }
        self.handle = handle
    }

    deinit { precis_charset_detector_close(handle) }

    /// ICU's guesses for `bytes`, best first (empty when ICU has none).
    func candidates(for bytes: UnsafeRawBufferPointer) throws(ICUError) -> [Candidate] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var error: Int32 = 0
        let count = precis_charset_detect(
            handle, base.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count), &error)
        try ICUError.check(error, "detect the charset of \(bytes.count) bytes")
        return (0..<count).map { index in
            Candidate(
                name: String(cString: precis_charset_candidate_name(handle, index)),
                confidence: Int(precis_charset_candidate_confidence(handle, index)))
        }
    }
}
