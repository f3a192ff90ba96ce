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

    private let forms = FormTable()
    private var neighbours: [TaggerFeatures.Neighbour] = []
    private var lowers: [String] = []
    /// Per form: a tag from the model's dictionary (raw value), or `noTag`.
    private var fixedTags: [UInt8] = []
    /// Per form: the summed weights of its form features, `TaggerModel.tagCount` values.
    private var formScores: [Float] = []
    /// Lemmas by form, tag and sentence start (form id × 64 + tag × 2 + initial), and whether the
    /// form is written as its lemma (ignoring case).
    private var lemmaCache: [Int: (lemma: String, written: Bool)] = [:]
    private static let noTag: UInt8 = 255

    /// Creates a tagger for `model`.
    public init(model: TaggerModel, capacity: Int = 1 << 18) {
        self.model = model
        self.capacity = capacity
    }

    /// The tags of one sentence's tokens (words, numbers and punctuation, in order).
    public func tag(_ tokens: [Substring]) -> [PartOfSpeech] {
        let ids = tokens.map(formID)
        return tag(formIDs: ids).map { PartOfSpeech(rawValue: $0)! }
    }

    /// The lemma of `form` tagged `tag`; `sentenceInitial` says it is the first word of its
    /// sentence (see `Lemmatizer.lemma(of:tag:lower:sentenceInitial:)`).
    public func lemma(of form: Substring, tag: PartOfSpeech, sentenceInitial: Bool = false) -> String {
        lemma(formID: formID(form), form: form, tag: tag, sentenceInitial: sentenceInitial).lemma
    }

    /// The form keyword phrases show for `lemma`: the lemma, or for Korean nouns its first
    /// morpheme (`Lemmatizer.baseForm(of:tag:language:)`).
    public func baseForm(ofLemma lemma: String, tag: PartOfSpeech) -> String {
        Lemmatizer.baseForm(of: lemma, tag: tag, language: model.language)
    }

    /// Tags every token of `document`, sentence by sentence, and finds the lemma of every word, or,
    /// with `lemmatising`, of the words with those tags only (keywords need the lemmas of nouns,
    /// names, adjectives and numbers).
    ///
    /// - Complexity: O(tokens).
    public func annotate(_ document: Document, lemmatising: Set<PartOfSpeech>? = nil) -> PartOfSpeechTags {
        if forms.count > capacity { empty() }
        let lemmatised = (0..<TaggerModel.tagCount).map { lemmatising?.contains(PartOfSpeech(rawValue: UInt8($0))!) ?? true }
        var tags = [PartOfSpeech](repeating: .other, count: document.tokens.count)
        var lemmaIndices = [Int32](repeating: -1, count: document.tokens.count)
        var written = [Bool](repeating: true, count: document.tokens.count)
        var lemmas: [String] = []
        var lemmaNumbers: [String: Int32] = [:]
        var ids: [Int32] = []
        for sentence in document.sentences {
            ids.removeAll(keepingCapacity: true)
            for token in document.tokens[sentence.tokens] { ids.append(formID(Self.visible(document.text[token.range]))) }
            let sentenceTags = tag(formIDs: ids)
            var seenWord = false
            for (offset, index) in sentence.tokens.enumerated() {
                let tag = PartOfSpeech(rawValue: sentenceTags[offset])!
                tags[index] = tag
                let token = document.tokens[index]
                guard token.kind.isWord else { continue }
                let form = Self.visible(document.text[token.range])
                let initial = !seenWord && Lemmatizer.isWord(form)
                if initial { seenWord = true }
                guard lemmatised[Int(tag.rawValue)] else { continue }
                let found = lemma(formID: ids[offset], form: form, tag: tag, sentenceInitial: initial)
                written[index] = found.written
                if let known = lemmaNumbers[found.lemma] {
                    lemmaIndices[index] = known
                } else {
                    let number = Int32(lemmas.count)
                    lemmas.append(found.lemma)
                    lemmaNumbers[found.lemma] = number
                    lemmaIndices[index] = number
                }
            }
        }
        return PartOfSpeechTags(tags: tags, lemmaIndices: lemmaIndices, lemmas: lemmas, writtenAsLemma: written)
    }

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

    // MARK: Internals

    private func empty() {
        forms.removeAll()
        neighbours.removeAll(keepingCapacity: true)
        lowers.removeAll(keepingCapacity: true)
        fixedTags.removeAll(keepingCapacity: true)
        formScores.removeAll(keepingCapacity: true)
        lemmaCache.removeAll(keepingCapacity: true)
    }

    private func formID(_ surface: Substring) -> Int32 {
        let (id, inserted) = forms.insert(surface)
        guard inserted else { return id }
        var form = TaggerFeatures.form(surface)
        let fixed = model.tagDictionary[String(surface)]?.rawValue ?? Self.noTag
        var row = [Float](repeating: 0, count: TaggerModel.tagCount)
        row.withUnsafeMutableBufferPointer { model.weights.add(form.features, to: $0.baseAddress!) }
        form.neighbour.guess = fixed != Self.noTag ? fixed : row.withUnsafeBufferPointer { TaggerFeatures.guess($0.baseAddress!) }
        neighbours.append(form.neighbour)
        lowers.append(form.lower)
        fixedTags.append(fixed)
        formScores.append(contentsOf: row)
        return id
    }

    private func lemma(formID: Int32, form: Substring, tag: PartOfSpeech, sentenceInitial: Bool) -> (lemma: String, written: Bool) {
        let key = Int(formID) << 6 | Int(tag.rawValue) << 1 | (sentenceInitial ? 1 : 0)
        if let known = lemmaCache[key] { return known }
        let lower = lowers[Int(formID)]
        let lemma = model.lemmatizer.lemma(of: form, tag: tag, lower: lower, sentenceInitial: sentenceInitial)
        let found = (lemma, lemma == lower || lemma.lowercased() == lower)
        lemmaCache[key] = found
        return found
    }

    /// Greedy left-to-right tagging of a sentence of cached forms; tags as raw values.
    private func tag(formIDs ids: [Int32]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: ids.count)
        let count = TaggerModel.tagCount
        let weights = model.weights
        let wordPairs = model.usesWordPairs
        neighbours.withUnsafeBufferPointer { neighbours in
            formScores.withUnsafeBufferPointer { formScores in
                fixedTags.withUnsafeBufferPointer { fixedTags in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.contextCount) { context in
                        withUnsafeTemporaryAllocation(of: Float.self, capacity: count) { scores in
                            let context = context.baseAddress!
                            let scores = scores.baseAddress!
                            @inline(__always) func at(_ j: Int) -> TaggerFeatures.Neighbour {
                                j < 0
                                    ? TaggerFeatures.boundary
                                    : j >= ids.count ? TaggerFeatures.boundaryAfter : neighbours[Int(ids[j])]
                            }
                            var previous = TaggerFeatures.startTag
                            var beforePrevious = TaggerFeatures.startTag2
                            for i in ids.indices {
                                let id = Int(ids[i])
                                var chosen = fixedTags[id]
                                if chosen == Self.noTag {
                                    let n = TaggerFeatures.writeContextFeatures(
                                        current: neighbours[id], previous: at(i - 1), beforePrevious: at(i - 2),
                                        next: at(i + 1), afterNext: at(i + 2), previousTag: previous,
                                        tagBeforePrevious: beforePrevious, isFirst: i == 0, wordPairs: wordPairs,
                                        to: context)
                                    for tag in 0..<count { scores[tag] = formScores[id * count + tag] }
                                    weights.add(context, count: n, to: scores)
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
    /// not words); empty when not given.
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
