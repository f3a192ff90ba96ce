internal import CPrecisICU

/// Owns one ICU converter from a legacy charset (or UTF-16/32) to Unicode, set to stop at the first
/// byte sequence that is illegal or unmapped in the charset instead of substituting U+FFFD.
///
/// Converters hold state: one instance serves one task at a time.
final class CharsetConverter {
    /// Why conversion stopped.
    enum Failure: Error {
        /// Bytes at `offset` (`length` of them) are not valid in the charset, or the text ends in the
        /// middle of a character.
        case illegalBytes(offset: Int, length: Int)
        /// ICU failed for another reason.
        case icu(ICUError)
    }

    private let handle: OpaquePointer
    /// The charset's standard (IANA or MIME) name, e.g. "windows-1251" for "cp1251".
    let standardName: String

    /// Opens a converter for the charset `name` (any name or alias ICU knows). Fails with ICU's
    /// `U_FILE_ACCESS_ERROR` for an unknown name.
    init(charset name: String) throws(ICUError) {
        var error: Int32 = 0
        let handle = precis_converter_open(name, &error)
        try ICUError.check(error, "open a converter for '\(name)'")
        guard let handle else { throw ICUError(code: 1, operation: "open a converter for '\(name)'") }
        self.handle = handle
        let standard = String(cString: precis_converter_standard_name(handle))
        self.standardName = standard.isEmpty ? name : standard
    }

    deinit { precis_converter_close(handle) }

    /// `bytes` decoded as UTF-16 code units.
    func utf16(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> [UInt16] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        guard bytes.count <= Int(Int32.max) / 2 else {
            throw .icu(ICUError(code: 1, operation: "convert \(bytes.count) bytes at once (2 GB at most)"))
        }
        // One byte gives at most one UTF-16 unit in almost every charset; grow when it does not fit.
        var capacity = bytes.count + 16
        while true {
            var badOffset: Int32 = -1
            var badLength: Int32 = 0
            var error: Int32 = 0
            var written: Int32 = 0
            let units = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                written = precis_converter_to_utf16(
                    handle, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), buffer.baseAddress,
                    Int32(buffer.count), &badOffset, &badLength, &error)
                count = error == ICUError.bufferOverflow ? 0 : Int(min(written, Int32(buffer.count)))
            }
            if error == ICUError.bufferOverflow {
                capacity = capacity * 2
                continue
            }
            if badOffset >= 0 { throw .illegalBytes(offset: Int(badOffset), length: Int(badLength)) }
            do { try ICUError.check(error, "convert bytes from \(standardName)") } catch { throw .icu(error) }
            return units
        }
    }
}
