/// A trained part-of-speech tagger and lemmatiser for one language: the averaged-perceptron
/// weights of `TaggerFeatures`, a dictionary of frequent unambiguous words, and a `Lemmatizer`.
///
/// Models are made by `TaggerTrainer` from Universal Dependencies data (`precis tagger train`),
/// stored in a compact binary form (`serialized()`, about 20 bytes a feature) and loaded with
/// `init(serialized:)`. Precis ships one for each language of `TaggerModel.bundledLanguages` (in
/// the `Precis` module). A model is immutable and can be shared between tasks; tagging goes
/// through a `Tagger`, which keeps per-task caches.
public final class TaggerModel: Sendable {
    /// Why bytes are not a model.
    public enum FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The data does not start with the model signature.
        case notAModel
        /// The data is of a format version this build does not read.
        case unsupportedVersion(UInt8)
        /// The data ends early.
        case truncated(at: Int)
        /// A value is out of range.
        case invalid(String)

        public var description: String {
            switch self {
            case .notAModel: "not a Precis tagger model (no PRCT signature)"
            case .unsupportedVersion(let version): "tagger model format version \(version) is not supported by this build"
            case .truncated(let offset): "tagger model data ends early (at byte \(offset))"
            case .invalid(let what): "tagger model data is damaged: \(what)"
            }
        }
    }

    /// The language the model was trained for.
    public let language: Language
    /// The number of tags (`PartOfSpeech.allCases.count`).
    static let tagCount = PartOfSpeech.allCases.count
    /// Weights by feature: an open-addressing table of the features' low 32 hash bits.
    let weights: WeightTable
    /// Words tagged without scoring: frequent in training and nearly always one tag.
    let tagDictionary: [String: PartOfSpeech]
    /// The lemmatiser.
    public let lemmatizer: Lemmatizer

    /// The number of features with weights.
    public var featureCount: Int { weights.rowCount }

    init(language: Language, weights: WeightTable, tagDictionary: [String: PartOfSpeech], lemmatizer: Lemmatizer) {
        self.language = language
        self.weights = weights
        self.tagDictionary = tagDictionary
        self.lemmatizer = lemmatizer
    }

    private static let signature: [UInt8] = Array("PRCT".utf8)
    private static let version: UInt8 = 1

    /// The model in its binary form: weights quantised to 16 bits, zeros left out.
    public func serialized() -> [UInt8] {
        var out = ModelWriter()
        for byte in Self.signature { out.u8(byte) }
        out.u8(Self.version)
        out.string(language.code)
        out.u8(UInt8(Self.tagCount))
        // Weights.
        let scale = max(weights.largestMagnitude, 1e-9) / 32767
        out.f32(scale)
        out.u32(UInt32(weights.rowCount))
        for (key, row) in weights.rowsInKeyOrder() {
            out.u32(key)
            var entries: [(UInt8, Int16)] = []
            for tag in 0..<Self.tagCount {
                let q = (row[tag] / scale).rounded()
                if q != 0 { entries.append((UInt8(tag), Int16(max(-32767, min(32767, q))))) }
            }
            out.u8(UInt8(entries.count))
            for (tag, value) in entries {
                out.u8(tag)
                out.u16(UInt16(bitPattern: value))
            }
        }
        // Tag dictionary.
        let words = tagDictionary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        out.u32(UInt32(words.count))
        for (word, tag) in words {
            out.string(word)
            out.u8(tag.rawValue)
        }
        // Lemmatiser.
        out.u8(UInt8(lemmatizer.longestSuffix))
        for keeps in lemmatizer.keepsCase { out.u8(keeps ? 1 : 0) }
        let rules = lemmatizer.rules.sorted {
            $0.key.tag != $1.key.tag ? $0.key.tag < $1.key.tag : $0.key.suffix.utf8.lexicographicallyPrecedes($1.key.suffix.utf8)
        }
        out.u32(UInt32(rules.count))
        for (key, edit) in rules {
            out.u8(key.tag)
            out.string(key.suffix)
            out.u8(UInt8(min(edit.cut, 255)))
            out.string(edit.ending)
        }
        let exceptions = lemmatizer.exceptions.sorted {
            $0.key.tag != $1.key.tag ? $0.key.tag < $1.key.tag : $0.key.form.utf8.lexicographicallyPrecedes($1.key.form.utf8)
        }
        out.u32(UInt32(exceptions.count))
        for (key, lemma) in exceptions {
            out.u8(key.tag)
            out.string(key.form)
            out.string(lemma)
        }
        return out.bytes
    }

    /// Loads a model from `serialized()` bytes.
    public convenience init(serialized bytes: [UInt8]) throws(FormatError) {
        var reader = ModelReader(bytes)
        for byte in Self.signature where try reader.u8() != byte { throw .notAModel }
        let version = try reader.u8()
        guard version == Self.version else { throw .unsupportedVersion(version) }
        let language = Language(try reader.string())
        guard Int(try reader.u8()) == Self.tagCount else { throw .invalid("tag count") }
        let scale = try reader.f32()
        guard scale.isFinite, scale > 0 else { throw .invalid("weight scale") }
        let rowCount = Int(try reader.u32())
        guard rowCount <= bytes.count else { throw .invalid("feature count") }
        var table = WeightTable(capacity: rowCount)
        var row = [Float](repeating: 0, count: Self.tagCount)
        for _ in 0..<rowCount {
            let key = try reader.u32()
            for tag in 0..<Self.tagCount { row[tag] = 0 }
            let entries = Int(try reader.u8())
            for _ in 0..<entries {
                let tag = Int(try reader.u8())
                guard tag < Self.tagCount else { throw .invalid("tag number \(tag)") }
                row[tag] = Float(Int16(bitPattern: try reader.u16())) * scale
            }
            table.insert(key: key, row: row)
        }
        let wordCount = Int(try reader.u32())
        guard wordCount <= bytes.count else { throw .invalid("dictionary size") }
        var dictionary: [String: PartOfSpeech] = [:]
        dictionary.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let word = try reader.string()
            guard let tag = PartOfSpeech(rawValue: try reader.u8()) else { throw .invalid("dictionary tag") }
            dictionary[word] = tag
        }
        let longestSuffix = Int(try reader.u8())
        var keepsCase: [Bool] = []
        for _ in 0..<Self.tagCount { keepsCase.append(try reader.u8() != 0) }
        let ruleCount = Int(try reader.u32())
        guard ruleCount <= bytes.count else { throw .invalid("rule count") }
        var rules: [Lemmatizer.RuleKey: Lemmatizer.Edit] = [:]
        rules.reserveCapacity(ruleCount)
        for _ in 0..<ruleCount {
            let tag = try reader.u8()
            let suffix = try reader.string()
            let cut = Int(try reader.u8())
            rules[Lemmatizer.RuleKey(tag: tag, suffix: suffix)] = Lemmatizer.Edit(cut: cut, ending: try reader.string())
        }
        let exceptionCount = Int(try reader.u32())
        guard exceptionCount <= bytes.count else { throw .invalid("exception count") }
        var exceptions: [Lemmatizer.ExceptionKey: String] = [:]
        exceptions.reserveCapacity(exceptionCount)
        for _ in 0..<exceptionCount {
            let tag = try reader.u8()
            let form = try reader.string()
            exceptions[Lemmatizer.ExceptionKey(tag: tag, form: form)] = try reader.string()
        }
        guard reader.isAtEnd else { throw .invalid("\(bytes.count - reader.offset) bytes after the end") }
        self.init(
            language: language, weights: table, tagDictionary: dictionary,
            lemmatizer: Lemmatizer(rules: rules, exceptions: exceptions, longestSuffix: longestSuffix, keepsCase: keepsCase))
    }
}

/// Feature weights: rows of one weight per tag, found by the low 32 bits of the feature hash in
/// an open-addressing table (a collision between a feature of the model and an unseen one is a
/// chance of about one in 100,000 per lookup, and costs a little noise in one score).
struct WeightTable: Sendable {
    /// Per slot: the key (low hash bits, never 0) or 0 for empty.
    private var keys: [UInt32]
    /// Per slot: the row.
    private var rows: [Int32]
    /// Row-major weights, `tagCount` per row.
    private(set) var weights: [Float] = []
    private(set) var rowCount = 0
    private var mask: Int

    init(capacity: Int) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        keys = [UInt32](repeating: 0, count: slots)
        rows = [Int32](repeating: -1, count: slots)
        mask = slots - 1
        weights.reserveCapacity(capacity * TaggerModel.tagCount)
    }

    /// The stored key of a feature hash.
    @inline(__always)
    static func key(_ feature: UInt64) -> UInt32 {
        let key = UInt32(truncatingIfNeeded: feature)
        return key == 0 ? 1 : key
    }

    @inline(__always)
    private func slot(_ key: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    mutating func insert(key: UInt32, row: [Float]) {
        var slot = slot(key)
        while keys[slot] != 0 {
            if keys[slot] == key {
                let start = Int(rows[slot]) * TaggerModel.tagCount
                for tag in 0..<TaggerModel.tagCount { weights[start + tag] += row[tag] }
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        rows[slot] = Int32(rowCount)
        weights.append(contentsOf: row)
        rowCount += 1
    }

    /// The row of a feature, or -1.
    @inline(__always)
    func row(_ feature: UInt64) -> Int {
        let key = Self.key(feature)
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return Int(rows[slot]) }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the weights of `features` to `scores` (`tagCount` values).
    @inline(__always)
    func add(_ features: [UInt64], to scores: UnsafeMutablePointer<Float>) {
        keys.withUnsafeBufferPointer { keys in
            rows.withUnsafeBufferPointer { rows in
                weights.withUnsafeBufferPointer { weights in
                    for feature in features {
                        let key = Self.key(feature)
                        var slot = slot(key)
                        var row = -1
                        while true {
                            let found = keys[slot]
                            if found == key {
                                row = Int(rows[slot])
                                break
                            }
                            if found == 0 { break }
                            slot = (slot + 1) & mask
                        }
                        if row < 0 { continue }
                        let base = weights.baseAddress! + row * TaggerModel.tagCount
                        for tag in 0..<TaggerModel.tagCount { scores[tag] += base[tag] }
                    }
                }
            }
        }
    }

    var largestMagnitude: Float { weights.reduce(0) { max($0, abs($1)) } }

    /// Every (key, row), sorted by key, for a deterministic serialisation.
    func rowsInKeyOrder() -> [(UInt32, [Float])] {
        var result: [(UInt32, [Float])] = []
        result.reserveCapacity(rowCount)
        for (slot, key) in keys.enumerated() where key != 0 {
            let start = Int(rows[slot]) * TaggerModel.tagCount
            result.append((key, Array(weights[start..<(start + TaggerModel.tagCount)])))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
