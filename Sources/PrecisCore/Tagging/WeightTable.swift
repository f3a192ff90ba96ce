/// Weights in 8 bits: a signed code q stands for sign(q) · unit · (base^|q| − 1), with base
/// 1.06, so that every weight from a few hundredths to the largest is kept to within about 3 %
/// (a perceptron's weights are counts of updates, spread over four orders of magnitude).
struct WeightCode {
    static let base = 1.06
    /// base^q for q in 0...127, and the geometric midpoints base^(q + 1/2) between codes.
    static let powers: [Double] = (0...127).map { q in (0..<q).reduce(1.0) { value, _ in value * base } }
    static let midpoints: [Double] = powers.map { $0 * base.squareRoot() }

    /// The weight of code 1 is `unit` · 0.06.
    let unit: Float
    /// The decoded weight of each code from 0 to 127.
    private let magnitudes: [Float]

    /// A code whose largest value is `largest`.
    init(largest: Float) {
        self.init(unit: Float(Double(max(largest, 1e-6)) / (Self.powers[127] - 1)))
    }

    init(unit: Float) {
        self.unit = unit
        magnitudes = Self.powers.map { Float(Double(unit) * ($0 - 1)) }
    }

    func encode(_ weight: Float) -> Int8 {
        // The code q whose base^q is nearest (by ratio) to 1 + |weight| / unit.
        let target = 1 + Double(abs(weight)) / Double(unit)
        var low = 0
        var high = 127
        while low < high {
            let middle = (low + high) / 2
            if Self.midpoints[middle] < target { low = middle + 1 } else { high = middle }
        }
        let code = Int8(low)
        return weight < 0 ? -code : code
    }

    func decode(_ code: Int8) -> Float {
        let magnitude = magnitudes[Int(code.magnitude)]
        return code < 0 ? -magnitude : magnitude
    }
}

/// Feature weights, found by the low 32 bits of the feature hash in an open-addressing table (a
/// collision between a feature of the model and an unseen one is a chance of about one in 30,000
/// per lookup, and costs a little noise in one score).
///
/// Rows are sparse: a feature has weights for two or three tags on average, so each slot holds
/// the key, where the row's entries start and how many there are, and the entries (tag, weight)
/// lie one after another. A lookup reads one slot and a few consecutive entries.
struct WeightTable: Sendable {
    /// Immutable storage in manually allocated buffers, so that a lookup touches no reference
    /// counts and no exclusivity checks.
    private final class Storage: @unchecked Sendable {
        /// Per slot: key << 32 | first entry << 5 | entry count; 0 for an empty slot (keys are
        /// never 0).
        let slots: UnsafeMutableBufferPointer<UInt64>
        let tags: UnsafeMutableBufferPointer<UInt8>
        let values: UnsafeMutableBufferPointer<Float>
        let mask: Int

        init(slotCount: Int, entryCount: Int) {
            slots = .allocate(capacity: slotCount)
            slots.initialize(repeating: 0)
            tags = .allocate(capacity: max(entryCount, 1))
            tags.initialize(repeating: 0)
            values = .allocate(capacity: max(entryCount, 1))
            values.initialize(repeating: 0)
            mask = slotCount - 1
        }

        deinit {
            slots.deallocate()
            tags.deallocate()
            values.deallocate()
        }
    }

    private let storage: Storage
    /// The number of rows (features).
    let rowCount: Int

    /// A table of `rows`; rows of equal keys are added together.
    init(rows: [(key: UInt32, row: [Float])]) {
        var merged: [UInt32: Int] = [:]
        var unique: [(key: UInt32, row: [Float])] = []
        unique.reserveCapacity(rows.count)
        for (key, row) in rows {
            if let index = merged[key] {
                for tag in row.indices { unique[index].row[tag] += row[tag] }
            } else {
                merged[key] = unique.count
                unique.append((key, row))
            }
        }
        var size = 16
        while size < unique.count * 3 / 2 + 1 { size *= 2 }
        let entryCount = unique.reduce(0) { count, row in count + row.row.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }
        precondition(entryCount < 1 << 27, "too many weights for one table")
        storage = Storage(slotCount: size, entryCount: entryCount)
        rowCount = unique.count
        var next = 0
        for (key, row) in unique {
            let first = next
            for (tag, value) in row.enumerated() where value != 0 {
                storage.tags[next] = UInt8(tag)
                storage.values[next] = value
                next += 1
            }
            var slot = Self.slot(key, storage.mask)
            while storage.slots[slot] != 0 { slot = (slot + 1) & storage.mask }
            storage.slots[slot] = UInt64(key) << 32 | UInt64(first) << 5 | UInt64(next - first)
        }
    }

    /// The stored key of a feature hash.
    @inline(__always)
    static func key(_ feature: UInt64) -> UInt32 {
        let key = UInt32(truncatingIfNeeded: feature)
        return key == 0 ? 1 : key
    }

    @inline(__always)
    private static func slot(_ key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Adds the weights of `count` features to `scores` (`TaggerModel.tagCount` values).
    @inline(__always)
    func add(_ features: UnsafePointer<UInt64>, count: Int, to scores: UnsafeMutablePointer<Float>) {
        let slots = storage.slots.baseAddress!
        let tags = storage.tags.baseAddress!
        let values = storage.values.baseAddress!
        let mask = storage.mask
        for f in 0..<count {
            let key = Self.key(features[f])
            var slot = Self.slot(key, mask)
            while true {
                let entry = slots[slot]
                if entry == 0 { break }
                if UInt32(truncatingIfNeeded: entry >> 32) == key {
                    let first = Int(truncatingIfNeeded: entry >> 5) & (1 << 27 - 1)
                    let end = first + Int(truncatingIfNeeded: entry) & 31
                    for i in first..<end { scores[Int(tags[i])] += values[i] }
                    break
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the weights of `features` to `scores` (`TaggerModel.tagCount` values).
    func add(_ features: [UInt64], to scores: UnsafeMutablePointer<Float>) {
        guard !features.isEmpty else { return }
        features.withUnsafeBufferPointer { add($0.baseAddress!, count: $0.count, to: scores) }
    }

    var largestMagnitude: Float { storage.values.reduce(0) { max($0, abs($1)) } }

    /// Every (key, row), sorted by key, for a deterministic serialisation.
    func rowsInKeyOrder() -> [(UInt32, [Float])] {
        var result: [(UInt32, [Float])] = []
        result.reserveCapacity(rowCount)
        for entry in storage.slots where entry != 0 {
            var row = [Float](repeating: 0, count: TaggerModel.tagCount)
            let first = Int(truncatingIfNeeded: entry >> 5) & (1 << 27 - 1)
            let count = Int(truncatingIfNeeded: entry) & 31
            for i in first..<(first + count) { row[Int(storage.tags[i])] = storage.values[i] }
            result.append((UInt32(truncatingIfNeeded: entry >> 32), row))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
