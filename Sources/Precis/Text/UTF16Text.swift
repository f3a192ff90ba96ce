extension String {
    /// A string from UTF-16 code units, transcoded to UTF-8 in one pass (the standard library's
    /// `String(decoding:as: UTF16.self)` goes through a generic parser that costs several times
    /// more). Unpaired surrogates become U+FFFD, as they do there.
    init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        if units.isEmpty {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: units.count * 3) { utf8 in
            var out = 0
            var i = 0
            let count = units.count
            while i < count {
                let unit = units[i]
                i += 1
                if unit < 0x80 {
                    utf8[out] = UInt8(truncatingIfNeeded: unit)
                    out += 1
                    continue
                }
                var scalar = UInt32(unit)
                if UTF16.isLeadSurrogate(unit), i < count, UTF16.isTrailSurrogate(units[i]) {
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                } else if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) {
                    scalar = 0xFFFD
                }
                out += Self.writeUTF8(scalar, into: utf8, at: out)
            }
            return out
        }
    }

    /// A string from a slice of UTF-16 code units (see `init(utf16Units:)` for a buffer).
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    /// Writes the UTF-8 form of a scalar value of two bytes or more; returns the number of bytes.
    @inline(__always)
    private static func writeUTF8(_ scalar: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        if scalar < 0x800 {
            buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6))
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
            return 2
        }
        if scalar < 0x10000 {
            buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12))
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
            buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
            return 3
        }
        buffer[offset] = UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18))
        buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F))
        buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
        buffer[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
        return 4
    }
}

extension String {
    /// The string's UTF-16 code units, transcoded from its UTF-8 storage in one pass (ASCII runs
    /// are copied unit by unit without decoding).
    func utf16Array() -> [UInt16] {
        var copy = self
        return copy.withUTF8 { utf8 in
            [UInt16](unsafeUninitializedCapacity: utf8.count) { units, initialized in
                var out = 0
                var i = 0
                let count = utf8.count
                while i < count {
                    let byte = utf8[i]
                    if byte < 0x80 {
                        units[out] = UInt16(byte)
                        out += 1
                        i += 1
                        continue
                    }
                    // Valid UTF-8 (a Swift string): the lead byte gives the length.
                    var scalar: UInt32
                    if byte < 0xE0 {
                        scalar = (UInt32(byte & 0x1F) << 6) | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if byte < 0xF0 {
                        scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(utf8[i + 1] & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        scalar = (UInt32(byte & 0x07) << 18) | (UInt32(utf8[i + 1] & 0x3F) << 12)
                            | (UInt32(utf8[i + 2] & 0x3F) << 6) | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    if scalar >= 0x10000 {
                        scalar -= 0x10000
                        units[out] = UInt16(truncatingIfNeeded: 0xD800 + (scalar >> 10))
                        units[out + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (scalar & 0x3FF))
                        out += 2
                    } else {
                        units[out] = UInt16(truncatingIfNeeded: scalar)
                        out += 1
                    }
                }
                initialized = out
            }
        }
    }
}

/// Reads the scalars of valid UTF-8 (a Swift string's bytes) straight from a buffer, for scans
/// that look at every character of a long text and mostly meet ASCII.
enum UTF8Scalars {
    /// The scalar value starting at `i` (a lead byte of valid UTF-8) and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (UInt32(byte), 1) }
        if byte < 0xE0 { return ((UInt32(byte & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2) }
        if byte < 0xF0 {
            return ((UInt32(byte & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return (
            (UInt32(byte & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                | UInt32(bytes[i + 3] & 0x3F), 4
        )
    }
}
