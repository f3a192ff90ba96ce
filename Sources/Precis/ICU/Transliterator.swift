internal import CPrecisICU

/// Owns one ICU transliterator, opened by its id (e.g. "Russian-Latin/BGN; Latin-ASCII").
///
/// Opening a transliterator parses its rules and costs far more than using it: keep instances
/// (`NameTransliterator` caches them per id). One instance serves one task at a time.
final class Transliterator {
    private let handle: OpaquePointer
    /// The ICU id it was opened with.
    let id: String
    private var scratch = [UInt16](repeating: 0, count: 256)

    init(id: String) throws(ICUError) {
        let units = Array(id.utf16)
        var error: Int32 = 0
        let handle = units.withUnsafeBufferPointer {
            precis_transliterator_open($0.baseAddress, Int32($0.count), &error)
        }
        try ICUError.check(error, "open the transliterator '\(id)'")
        guard let handle else { throw ICUError(code: 1, operation: "open the transliterator '\(id)'") }
        self.handle = handle
        self.id = id
    }

    deinit { precis_transliterator_close(handle) }

    /// `text` transliterated.
    func transform(_ text: some StringProtocol) throws(ICUError) -> String {
        let units = Array(text.utf16)
        if units.isEmpty { return "" }
        var capacity = max(scratch.count, units.count * 4 + 16)
        while true {
            if scratch.count < capacity { scratch = [UInt16](repeating: 0, count: capacity) }
            var length = Int32(units.count)
            var error: Int32 = 0
            scratch.withUnsafeMutableBufferPointer { buffer in
                for (i, unit) in units.enumerated() { buffer[i] = unit }
                precis_transliterator_transform(handle, buffer.baseAddress, &length, Int32(buffer.count), &error)
            }
            if error == ICUError.bufferOverflow {
                capacity = max(Int(length), capacity * 2) + 16
                continue
            }
            try ICUError.check(error, "transliterate with '\(id)'")
            return String(decoding: scratch[0..<Int(length)], as: UTF16.self)
        }
    }
}
