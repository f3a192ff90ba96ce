/// Numbers for the word forms a `Tagger` has met: an open-addressing table over their UTF-8
/// bytes, so that looking a token up needs no `String` of its own (a token is a slice of the
/// document's text, and a `String` made from it would be a heap allocation for most words of
/// non-Latin scripts).
///
/// The table keeps its bytes in buffers it allocates itself, so that a lookup touches no
/// reference counts; one table belongs to one `Tagger`.
final class FormTable {
    /// The bytes of every form, one after another.
    private var bytes: UnsafeMutableBufferPointer<UInt8>
    private var byteCount = 0
    /// Per form: where its bytes start in `bytes`; one more entry for the end of the last.
    private var starts: [Int] = [0]
    /// Per form: its hash.
    private var hashes: [UInt64] = []
    /// Per slot: a form number, or -1.
    private var slots: UnsafeMutableBufferPointer<Int32>

    /// The number of forms.
    var count: Int { hashes.count }

    init() {
        bytes = .allocate(capacity: 1 << 14)
        slots = .allocate(capacity: 1 << 10)
        slots.initialize(repeating: -1)
    }

    deinit {
        bytes.deallocate()
        slots.deallocate()
    }

    /// The number of `form`, given a new one (the next number) when it has none.
    func insert(_ form: Substring) -> (id: Int32, inserted: Bool) {
        var utf8 = form.utf8
        if let result = utf8.withContiguousStorageIfAvailable({ insert($0) }) { return result }
        utf8 = String(form).utf8[...]
        return Array(utf8).withUnsafeBufferPointer { insert($0) }
    }

    /// Forgets every form.
    func removeAll() {
        byteCount = 0
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        hashes.removeAll(keepingCapacity: true)
        slots.update(repeating: -1)
    }

    private func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            let i = Int(id)
            if hashes[i] == hash {
                let start = starts[i]
                let length = starts[i + 1] - start
                if length == key.count && Self.equal(bytes.baseAddress! + start, key.baseAddress, length) {
                    return (id, false)
                }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        if byteCount + key.count > bytes.count {
            var size = bytes.count * 2
            while size < byteCount + key.count { size *= 2 }
            let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
            _ = grown.initialize(from: bytes[..<byteCount])
            bytes.deallocate()
            bytes = grown
        }
        if key.count > 0 {
            (bytes.baseAddress! + byteCount).update(from: key.baseAddress!, count: key.count)
        }
        byteCount += key.count
        hashes.append(hash)
        starts.append(byteCount)
        if hashes.count * 2 > slots.count {
            grow()
        } else {
            slots[slot] = id
        }
        return (id, true)
    }

    private func grow() {
        let size = slots.count * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a over the bytes, then a mixer so that the low bits (the slot) depend on every byte.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01B3
        }
        return TaggerFeatures.mix(h, 0x5EED)
    }

    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0, let b else { return true }
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }
}
