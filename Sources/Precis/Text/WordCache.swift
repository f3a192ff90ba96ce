#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a segmenter has worked out about the word forms of one language it has met: each form's
/// matching key (folded, stemmed) and stopword flag, found by the form's UTF-16 code units.
///
/// Folding goes through ICU and stemming through Snowball, and both make strings; a form met
/// before (most words of a text, and nearly all of the next text's) costs one hash of its code
/// units and one comparison instead. Keys are interned too: `keys[id]` is the key of every form
/// whose entry says `key: id`.
///
/// It also numbers the keys of the document being segmented, in the order the document first uses
/// them (`Document.terms`), without a dictionary: a key's term is kept next to it, stamped with the
/// document it belongs to.
///
/// The cache lives as long as its segmenter and is emptied when it grows past `capacity` forms, so
/// its memory stays bounded whatever is segmented.
final class WordCache {
    /// The cache's contents, in one value so that each call makes one exclusive access to it
    /// rather than one per array read.
    private var table: WordTable

    /// Creates an empty cache that keeps at most `capacity` forms.
    init(capacity: Int = 1 << 18) {
        table = WordTable(capacity: capacity)
    }

    /// The current document's keys, by term.
    var documentTerms: [String] { table.documentTerms }

    /// Starts numbering the terms of a new document, and empties the cache first if it holds more
    /// than its capacity of forms.
    func startDocument() { table.startDocument() }

    /// The term (in the current document) of the word form `units` and whether it is a
    /// stopword, from the cache or, the first time, from `analyse` (which gives the key and the
    /// stopword flag).
    func word(
        for units: UnsafeBufferPointer<UInt16>, _ analyse: (UnsafeBufferPointer<UInt16>) throws(ICUError) -> (String, Bool)
    ) throws(ICUError) -> (term: Int, isStopword: Bool) {
        try table.word(for: units, analyse)
    }
}

/// The storage of a `WordCache`: forms in an open-addressing table over one array of code units,
/// interned keys, and the current document's term numbers.
struct WordTable {
    /// A form's analysis.
    struct Entry {
        /// The index of its matching key in `keys`.
        let key: Int32
        /// Whether its folded form is a stopword.
        let isStopword: Bool
    }

    /// The distinct matching keys, by id.
    private(set) var keys: [String] = []
    private var keyIDs: [String: Int32] = [:]

    /// Where each cached form's code units are in `arena`, and its analysis.
    private var formStarts: [Int] = []
    private var formLengths: [Int32] = []
    private var formHashes: [UInt64] = []
    private var entries: [Entry] = []
    private var arena: [UInt16] = []
    /// Open addressing: a form's index plus one, or 0 for an empty slot. A power of two long.
    private var slots: [Int32] = []

    /// The current document's keys, by term.
    private(set) var documentTerms: [String] = []
    /// Each key's term in the document stamped `termStamps[key]`.
    private var keyTerms: [Int32] = []
    private var termStamps: [UInt32] = []
    private var stamp: UInt32 = 0

    /// The number of forms after which the cache is emptied (at the next `startDocument()`).
    let capacity: Int

    /// An empty table that keeps at most `capacity` forms.
    init(capacity: Int) {
        self.capacity = capacity
        slots = [Int32](repeating: 0, count: 1024)
    }

    /// Starts numbering the terms of a new document, and empties the cache first if it holds more
    /// than `capacity` forms.
    mutating func startDocument() {
        documentTerms = []
        stamp &+= 1
        if stamp == 0 {
            termStamps = [UInt32](repeating: 0, count: termStamps.count)
            stamp = 1
        }
        guard entries.count > capacity else { return }
        keys.removeAll()
        keyTerms.removeAll()
        termStamps.removeAll()
        keyIDs.removeAll()
        formStarts.removeAll()
        formLengths.removeAll()
        formHashes.removeAll()
        entries.removeAll()
        arena.removeAll()
        slots = [Int32](repeating: 0, count: 1024)
    }

    /// The analysis of the form `units`, from the cache or, the first time, from `analyse`
    /// (which gives the key and the stopword flag).
    private mutating func entry(
        for units: UnsafeBufferPointer<UInt16>, _ analyse: (UnsafeBufferPointer<UInt16>) throws(ICUError) -> (String, Bool)
    ) throws(ICUError) -> Entry {
        let hash = Self.hash(units)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let form = stored - 1
            if formHashes[form] == hash && Int(formLengths[form]) == units.count && sameUnits(form, units) {
                return entries[form]
            }
            slot = (slot + 1) & mask
        }
        let (key, isStopword) = try analyse(units)
        let keyID: Int32
        if let known = keyIDs[key] {
            keyID = known
        } else {
            keyID = Int32(keys.count)
            keys.append(key)
            keyTerms.append(0)
            termStamps.append(0)
            keyIDs[key] = keyID
        }
        let entry = Entry(key: keyID, isStopword: isStopword)
        let form = entries.count
        formStarts.append(arena.count)
        formLengths.append(Int32(units.count))
        formHashes.append(hash)
        entries.append(entry)
        arena.append(contentsOf: units)
        slots[slot] = Int32(form + 1)
        if entries.count * 2 > slots.count { grow() }
        return entry
    }

    /// `WordCache.word(for:_:)`.
    mutating func word(
        for units: UnsafeBufferPointer<UInt16>, _ analyse: (UnsafeBufferPointer<UInt16>) throws(ICUError) -> (String, Bool)
    ) throws(ICUError) -> (term: Int, isStopword: Bool) {
        let entry = try entry(for: units, analyse)
        return (term(for: entry.key), entry.isStopword)
    }

    /// The term, in the current document, of the key `key`: its index in `documentTerms`.
    private mutating func term(for key: Int32) -> Int {
        let key = Int(key)
        if termStamps[key] == stamp { return Int(keyTerms[key]) }
        let term = documentTerms.count
        documentTerms.append(keys[key])
        keyTerms[key] = Int32(term)
        termStamps[key] = stamp
        return term
    }

    private func sameUnits(_ form: Int, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = formStarts[form]
        return arena.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let other = units.baseAddress else { return units.isEmpty }
            return memcmp(base + start, other, units.count * 2) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for form in entries.indices {
            var slot = Int(truncatingIfNeeded: formHashes[form]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(form + 1)
        }
    }

    /// FNV-1a over the code units, with a final mix so that the low bits (the slot) depend on all.
    private static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in units { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01B3 }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}
