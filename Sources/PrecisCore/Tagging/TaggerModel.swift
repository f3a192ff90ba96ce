/// A trained part-of-speech tagger and lemmatiser for one language: the averaged-perceptron
/// weights of `TaggerFeatures`, a dictionary of frequent unambiguous words, and a `Lemmatizer`.
///
/// Models are made by `TaggerTrainer` from Universal Dependencies data (`precis tagger train`),
/// stored in a compact binary form (`serialized()`, about 9 bytes a feature) and loaded with
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
    /// Whether the tagger looks at pairs of neighbouring words, besides single words (for
    /// languages whose tokens are often pieces of words).
    public let usesWordPairs: Bool
    /// The number of tags (`PartOfSpeech.allCases.count`, the 17 of Universal Dependencies), as a
    /// literal so that the tagger's loops over tags are unrolled and vectorised.
    static let tagCount = 17
    /// Weights by feature.
    let weights: WeightTable
    /// Words tagged without scoring: frequent in training and nearly always one tag.
    let tagDictionary: [String: PartOfSpeech]
    /// The lemmatiser.
    public let lemmatizer: Lemmatizer

    /// The number of features with weights.
    public var featureCount: Int { weights.rowCount }

    init(
        language: Language, usesWordPairs: Bool, weights: WeightTable, tagDictionary: [String: PartOfSpeech],
        lemmatizer: Lemmatizer
    ) {
        self.language = language
        self.usesWordPairs = usesWordPairs
        self.weights = weights
        self.tagDictionary = tagDictionary
        self.lemmatizer = lemmatizer
    }

    private static let signature: [UInt8] = Array("PRCT".utf8)
    private static let version: UInt8 = 2

    /// The model in its binary form: weights quantised to 8 bits, zeros left out.
    public func serialized() -> [UInt8] {
        var out = ModelWriter()
        for byte in Self.signature { out.u8(byte) }
        out.u8(Self.version)
        out.string(language.code)
        out.u8(UInt8(Self.tagCount))
        out.u8(usesWordPairs ? 1 : 0)
        // Weights: keys sorted and stored as differences; per row the tags with a weight (the
        // last one marked by its high bit), each weight in 8 bits on a logarithmic scale
        // (`WeightCode`).
        let code = WeightCode(largest: weights.largestMagnitude)
        var rows: [(key: UInt32, entries: [(tag: UInt8, value: Int8)])] = []
        for (key, row) in weights.rowsInKeyOrder() {
            var entries: [(tag: UInt8, value: Int8)] = []
            for tag in 0..<Self.tagCount {
                let q = code.encode(row[tag])
                if q != 0 { entries.append((UInt8(tag), q)) }
            }
            if !entries.isEmpty { rows.append((key, entries)) }
        }
        out.f32(code.unit)
        out.u32(UInt32(rows.count))
        var lastKey: UInt32 = 0
        for (key, entries) in rows {
            out.varint(UInt64(key - lastKey))
            lastKey = key
            for (index, (tag, value)) in entries.enumerated() {
                out.u8(tag | (index == entries.count - 1 ? 0x80 : 0))
                out.u8(UInt8(bitPattern: value))
            }
        }
        // Tag dictionary.
        let words = tagDictionary.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        out.u32(UInt32(words.count))
        for (word, tag) in words {
            out.string(word)
            out.u8(tag.rawValue)
        }
        lemmatizer.write(to: &out)
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
        let options = try reader.u8()
        guard options <= 1 else { throw .invalid("options \(options)") }
        let unit = try reader.f32()
        guard unit.isFinite, unit > 0 else { throw .invalid("weight scale") }
        let code = WeightCode(unit: unit)
        let rowCount = Int(try reader.u32())
        guard rowCount <= bytes.count else { throw .invalid("feature count") }
        var rows: [(key: UInt32, row: [Float])] = []
        rows.reserveCapacity(rowCount)
        var row = [Float](repeating: 0, count: Self.tagCount)
        var key: UInt64 = 0
        for _ in 0..<rowCount {
            key += try reader.varint()
            guard key <= UInt64(UInt32.max) else { throw .invalid("feature key") }
            for tag in 0..<Self.tagCount { row[tag] = 0 }
            while true {
                let byte = try reader.u8()
                let tag = Int(byte & 0x7F)
                guard tag < Self.tagCount else { throw .invalid("tag number \(tag)") }
                row[tag] = code.decode(Int8(bitPattern: try reader.u8()))
                if byte & 0x80 != 0 { break }
            }
            rows.append((UInt32(key), row))
        }
        let table = WeightTable(rows: rows)
        let wordCount = Int(try reader.u32())
        guard wordCount <= bytes.count else { throw .invalid("dictionary size") }
        var dictionary: [String: PartOfSpeech] = [:]
        dictionary.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let word = try reader.string()
            guard let tag = PartOfSpeech(rawValue: try reader.u8()) else { throw .invalid("dictionary tag") }
            dictionary[word] = tag
        }
        let lemmatizer = try Lemmatizer(reading: &reader)
        guard reader.isAtEnd else { throw .invalid("\(bytes.count - reader.offset) bytes after the end") }
        self.init(
            language: language, usesWordPairs: options == 1, weights: table, tagDictionary: dictionary,
            lemmatizer: lemmatizer)
    }
}
