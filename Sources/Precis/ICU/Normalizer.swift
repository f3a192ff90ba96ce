internal import CPrecisICU

/// Unicode normalisation and case folding through ICU, with a reusable output buffer.
///
/// Not thread-safe (it owns a scratch buffer): one per task. ICU's normaliser instances themselves
/// are shared and owned by ICU.
package final class Normalizer {
    package init() {}

    private var scratch = [UInt16](repeating: 0, count: 256)

    /// The NFC form of `text` (the same string when it is already NFC), with its UTF-16 code units.
    package func nfc(_ text: String) throws(ICUError) -> (text: String, units: [UInt16]) {
        let units = text.utf16Array()
        var error: Int32 = 0
        let check = units.withUnsafeBufferPointer {
            precis_quick_check(PRECIS_NFC, $0.baseAddress, Int32($0.count), &error)
        }
        try ICUError.check(error, "check the normalisation of the text")
        if check == 1 { return (text, units) }
        let normalized = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in
            try run(buffer) { source, count, dest, capacity, error in
                precis_normalize(PRECIS_NFC, source, count, dest, capacity, &error)
            }
        }
        return (normalized, normalized.utf16Array())
    }

    /// The matching key of a word: NFKC with case folding (so "Straße", "STRASSE" and "ｓｔｒａｓｓｅ"
    /// meet), as ICU's NFKC_Casefold defines it.
    func foldKey(_ units: ArraySlice<UInt16>) throws(ICUError) -> String {
        try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in try foldKey(buffer) }
    }

    /// The matching key of a word given as UTF-16 code units. Plain ASCII words are folded
    /// without ICU: NFKC_Casefold maps ASCII to itself with capitals lowered.
    func foldKey(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> String {
        if units.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: units.count) { utf8 in
                for (i, unit) in units.enumerated() {
                    utf8[i] = UInt8(truncatingIfNeeded: unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit)
                }
                return units.count
            }
        }
        return try run(units) { source, count, dest, capacity, error in
            precis_normalize(PRECIS_NFKC_CASEFOLD, source, count, dest, capacity, &error)
        }
    }

    /// The matching key of a word given as a string.
    func foldKey(_ text: some StringProtocol) throws(ICUError) -> String {
        try foldKey(Array(text.utf16)[...])
    }

    private func run(
        _ units: UnsafeBufferPointer<UInt16>,
        _ body: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> String {
        if units.isEmpty { return "" }
        if scratch.count < units.count * 3 + 16 {
            scratch = [UInt16](repeating: 0, count: units.count * 3 + 16)
        }
        while true {
            var error: Int32 = 0
            let capacity = scratch.count
            let length = scratch.withUnsafeMutableBufferPointer { dest in
                body(units.baseAddress, Int32(units.count), dest.baseAddress, Int32(capacity), &error)
            }
            if error == ICUError.bufferOverflow || Int(length) > capacity {
                scratch = [UInt16](repeating: 0, count: Int(length) + 16)
                continue
            }
            try ICUError.check(error, "normalise a string")
            return scratch.withUnsafeBufferPointer { String(utf16Units: UnsafeBufferPointer(rebasing: $0[0..<Int(length)])) }
        }
    }
}
