/// Tags words with their part of speech and finds their lemmas, with a `TaggerModel`.
///
/// Tagging is greedy, left to right, as in the averaged-perceptron taggers of Collins (2002) and
/// of NLTK and early spaCy: each token gets the best-scoring tag given its word, the words around
/// it and the two tags chosen before it. What depends on a word form alone (its feature weights,
/// its entry in the model's dictionary of unambiguous words, its lemma for each tag) is worked out
/// once per form and kept, so a text of words met before costs about a dozen table lookups a
/// token.
///
/// A `Tagger` keeps those caches, so one instance serves one task at a time (make one per task, as
/// with `Segmenter`); the caches are emptied when they pass `capacity` forms. The `TaggerModel` is
/// shared.
public final class Tagger {
    /// The model.
    public let model: TaggerModel
    /// The number of word forms kept before the caches are emptied.
    public let capacity: Int

    /// The forms met, by their UTF-8 bytes.
    private var forms = FormTable()
    private var neighbours: [TaggerFeatures.Neighbour] = []
    private var lowers: [String] = []
    /// Per form: a tag from the model's dictionary (raw value), or `noTag`.
    private var fixedTags: [UInt8] = []
    /// Per form: the summed weights of its form features, `TaggerModel.tagCount` values.
    private var formScores: [Float] = []
    /// Per form and tag (form id × tag count + tag): its lemma's number in `lemmaStrings`, or -1
    /// before it is asked for.
    private var lemmaNumbers: [Int32] = []
    /// Per form and tag: whether the form is written as its lemma (ignoring case).
    private var writtenAsLemma: [Bool] = []
    /// The distinct lemmas met, by number.
    private var lemmaStrings: [String] = []
    private var lemmaStringNumbers: [String: Int32] = [:]
    /// Per lemma number: its index in the current document's lemmas, valid when its stamp is the
    /// document's.
    private var documentLemma: [Int32] = []
    private var documentStamp: [UInt32] = []
    private var stamp: UInt32 = 0
    private var context: [UInt64] = []
    private static let noTag: UInt8 = 255

    /// Creates a tagger for `model`.
    public init(model: TaggerModel, capacity: Int = 1 << 18) {
        self.model = model
        self.capacity = capacity
        context = [UInt64](repeating: 0, count: TaggerFeatures.contextCount)
    }

    /// The tags of one sentence's tokens (words, numbers and punctuation, in order).
    public func tag(_ tokens: [Substring]) -> [PartOfSpeech] {
        let ids = tokens.map(formID)
        return tag(formIDs: ids).map { PartOfSpeech(rawValue: $0)! }
    }

    /// The lemma of `form` tagged `tag`.
    public func lemma(of form: Substring, tag: PartOfSpeech) -> String {
        lemmaStrings[Int(lemmaNumber(formID: formID(form), form: form, tag: tag))]
    }

    /// Tags every token of `document`, sentence by sentence, and finds the lemma of every word, or,
    /// with `lemmatising`, of the words with those tags only (keywords need the lemmas of nouns,
    /// names, adjectives and numbers).
    ///
    /// - Complexity: O(tokens).
    public func annotate(_ document: Document, lemmatising: Set<PartOfSpeech>? = nil) -> PartOfSpeechTags {
        let lemmatised = (0..<TaggerModel.tagCount).map { lemmatising?.contains(PartOfSpeech(rawValue: UInt8($0))!) ?? true }
        if neighbours.count > capacity { empty() }
        stamp &+= 1
        if stamp == 0 {
            for i in documentStamp.indices { documentStamp[i] = 0 }
            stamp = 1
        }
        var tags = [PartOfSpeech](repeating: .other, count: document.tokens.count)
        var lemmaIndices = [Int32](repeating: -1, count: document.tokens.count)
        var written = [Bool](repeating: true, count: document.tokens.count)
        var lemmas: [String] = []
        var ids: [Int32] = []
        for sentence in document.sentences {
            ids.removeAll(keepingCapacity: true)
            for token in document.tokens[sentence.tokens] { ids.append(formID(Self.visible(document.text[token.range]))) }
            let sentenceTags = tag(formIDs: ids)
            for (offset, index) in sentence.tokens.enumerated() {
                let tag = PartOfSpeech(rawValue: sentenceTags[offset])!
                tags[index] = tag
                let token = document.tokens[index]
                guard token.kind.isWord, lemmatised[Int(tag.rawValue)] else { continue }
                let id = ids[offset]
                let number = Int(lemmaNumber(formID: id, form: Self.visible(document.text[token.range]), tag: tag))
                written[index] = writtenAsLemma[Int(id) * TaggerModel.tagCount + Int(tag.rawValue)]
                if documentStamp[number] != stamp {
                    documentStamp[number] = stamp
                    documentLemma[number] = Int32(lemmas.count)
                    lemmas.append(lemmaStrings[number])
                }
                lemmaIndices[index] = documentLemma[number]
            }
        }
        return PartOfSpeechTags(tags: tags, lemmaIndices: lemmaIndices, lemmas: lemmas, writtenAsLemma: written)
    }

    // MARK: Internals

    /// A word without format characters (zero-width joiners, soft hyphens, bidi marks), which the
    /// document keeps but which do not change a word.
    static func visible(_ form: Substring) -> Substring {
        // Format characters are outside ASCII: most words are returned at once.
        guard form.utf8.contains(where: { $0 >= 0x80 }),
            form.unicodeScalars.contains(where: { $0.properties.generalCategory == .format })
        else { return form }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: form.unicodeScalars.filter { $0.properties.generalCategory != .format })
        return Substring(String(view))
    }

    private func empty() {
        forms = FormTable()
        neighbours.removeAll(keepingCapacity: true)
        lowers.removeAll(keepingCapacity: true)
        fixedTags.removeAll(keepingCapacity: true)
        formScores.removeAll(keepingCapacity: true)
        lemmaNumbers.removeAll(keepingCapacity: true)
        writtenAsLemma.removeAll(keepingCapacity: true)
        lemmaStrings.removeAll(keepingCapacity: true)
        lemmaStringNumbers.removeAll(keepingCapacity: true)
        documentLemma.removeAll(keepingCapacity: true)
        documentStamp.removeAll(keepingCapacity: true)
    }

    private func formID(_ surface: Substring) -> Int32 {
        let found = surface.utf8.withContiguousStorageIfAvailable { forms.find($0) } ?? forms.find(Array(surface.utf8))
        if found.id >= 0 { return found.id }
        let key = String(surface)
        let id = Int32(neighbours.count)
        let form = TaggerFeatures.form(surface)
        surface.utf8.withContiguousStorageIfAvailable { forms.insert($0, hash: found.hash, id: id) }
            ?? forms.insert(Array(surface.utf8), hash: found.hash, id: id)
        neighbours.append(form.neighbour)
        lowers.append(form.lower)
        fixedTags.append(model.tagDictionary[key]?.rawValue ?? Self.noTag)
        var row = [Float](repeating: 0, count: TaggerModel.tagCount)
        row.withUnsafeMutableBufferPointer { model.weights.add(form.features, to: $0.baseAddress!) }
        formScores.append(contentsOf: row)
        lemmaNumbers.append(contentsOf: repeatElement(-1, count: TaggerModel.tagCount))
        writtenAsLemma.append(contentsOf: repeatElement(true, count: TaggerModel.tagCount))
        return id
    }

    /// The number of the lemma of form `formID` tagged `tag`, found once per form and tag.
    private func lemmaNumber(formID: Int32, form: Substring, tag: PartOfSpeech) -> Int32 {
        let slot = Int(formID) * TaggerModel.tagCount + Int(tag.rawValue)
        let known = lemmaNumbers[slot]
        if known >= 0 { return known }
        let lower = lowers[Int(formID)]
        let lemma = model.lemmatizer.lemma(of: form, tag: tag, lower: lower)
        let number: Int32
        if let existing = lemmaStringNumbers[lemma] {
            number = existing
        } else {
            number = Int32(lemmaStrings.count)
            lemmaStrings.append(lemma)
            lemmaStringNumbers[lemma] = number
            documentLemma.append(-1)
            documentStamp.append(0)
        }
        lemmaNumbers[slot] = number
        writtenAsLemma[slot] = lemma == lower || lemma.lowercased() == lower
        return number
    }

    /// Greedy left-to-right tagging of a sentence of cached forms; tags as raw values.
    private func tag(formIDs ids: [Int32]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: ids.count)
        var previous = TaggerFeatures.startTag
        var beforePrevious = TaggerFeatures.startTag2
        let count = TaggerModel.tagCount
        let weights = model.weights
        neighbours.withUnsafeBufferPointer { neighbours in
            formScores.withUnsafeBufferPointer { formScores in
                fixedTags.withUnsafeBufferPointer { fixedTags in
                    withUnsafeTemporaryAllocation(of: Float.self, capacity: count) { scores in
                        let at = { (j: Int) -> TaggerFeatures.Neighbour in
                            j < 0 ? TaggerFeatures.boundary : j >= ids.count ? TaggerFeatures.boundaryAfter : neighbours[Int(ids[j])]
                        }
                        for i in ids.indices {
                            let id = Int(ids[i])
                            var chosen = fixedTags[id]
                            if chosen == Self.noTag {
                                TaggerFeatures.contextFeatures(
                                    current: neighbours[id], previous: at(i - 1), beforePrevious: at(i - 2), next: at(i + 1),
                                    afterNext: at(i + 2), previousTag: previous, tagBeforePrevious: beforePrevious,
                                    isFirst: i == 0, into: &context)
                                for tag in 0..<count { scores[tag] = formScores[id * count + tag] }
                                weights.add(context, to: scores.baseAddress!)
                                var best = 0
                                for tag in 1..<count where scores[tag] > scores[best] { best = tag }
                                chosen = UInt8(best)
                            }
                            result[i] = chosen
                            beforePrevious = previous
                            previous = UInt64(chosen)
                        }
                    }
                }
            }
        }
        return result
    }
}

/// The part of speech of every token of a document and the lemma of every word
/// (`Tagger.annotate(_:)`).
public struct PartOfSpeechTags: Sendable {
    /// Per token of the document.
    public let tags: [PartOfSpeech]
    /// Per token: the index of its lemma in `lemmas`, or -1 for tokens that are not words.
    public let lemmaIndices: [Int32]
    /// The distinct lemmas, in the order first met.
    public let lemmas: [String]
    /// Per token: whether it is written as its lemma, ignoring case (true for tokens that are
    /// not words).
    public let writtenAsLemma: [Bool]

    /// Creates tags from their parts; the arrays are per token. Without `writtenAsLemma`, it is
    /// worked out from the document's text when asked for through `isWrittenAsLemma`.
    public init(tags: [PartOfSpeech], lemmaIndices: [Int32], lemmas: [String], writtenAsLemma: [Bool]? = nil) {
        self.tags = tags
        self.lemmaIndices = lemmaIndices
        self.lemmas = lemmas
        self.writtenAsLemma = writtenAsLemma ?? []
    }

    /// Whether the token at `index` of `document` is written as its lemma, ignoring case.
    public func isWrittenAsLemma(_ index: Int, in document: Document) -> Bool {
        if !writtenAsLemma.isEmpty { return writtenAsLemma[index] }
        guard let lemma = lemma(ofToken: index) else { return true }
        return document.text[document.tokens[index].range].lowercased() == lemma.lowercased()
    }

    /// The lemma of the token at `index`, or `nil` when it is not a word.
    public func lemma(ofToken index: Int) -> String? {
        let number = lemmaIndices[index]
        return number < 0 ? nil : lemmas[Int(number)]
    }
}

/// Word forms by their UTF-8 bytes, numbered in the order met: an open-addressing table over one
/// byte arena, so that looking up a form met before makes no string.
struct FormTable {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    /// Per slot: the form's number plus one, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private var hashes: [UInt64] = []

    /// The number of `bytes`, or -1, and their hash (for `insert`).
    func find(_ bytes: some Collection<UInt8>) -> (id: Int32, hash: UInt64) {
        let hash = TaggerFeatures.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (-1, hash) }
            let id = entry - 1
            if hashes[id] == hash && Int(lengths[id]) == bytes.count
                && arena[starts[id]..<(starts[id] + Int(lengths[id]))].elementsEqual(bytes)
            {
                return (Int32(id), hash)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `bytes` (not in the table) as number `id`, which must be the next number.
    mutating func insert(_ bytes: some Collection<UInt8>, hash: UInt64, id: Int32) {
        starts.append(arena.count)
        lengths.append(Int32(bytes.count))
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (index, hash) in hashes.enumerated() { place(Int32(index), hash: hash) }
        } else {
            place(id, hash: hash)
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }
}
