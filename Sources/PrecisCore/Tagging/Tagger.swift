/// Tags words with their part of speech and finds their lemmas, with a `TaggerModel`.
///
/// Tagging is greedy, left to right, as in the averaged-perceptron taggers of Collins (2002) and
/// of NLTK and early spaCy: each token gets the best-scoring tag given its word, the words around
/// it and the two tags chosen before it. What depends on a word form alone (its feature weights,
/// its entry in the model's dictionary of unambiguous words, its lemma for each tag) is worked out
/// once per form and kept, so a text of words met before costs about a dozen table lookups a
/// token.
///
/// The context features are summed from tables too: what a word adds to the scores of the words
/// around it (as the word before, two before, after or two after) is worked out once per form, and
/// what the tags before and the guesses after add, once per model, so a token looks up only the
/// features that pair its own word with the tag before it (and, in models with word pairs, with
/// its neighbours).
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
    /// Per form: what it adds to a token's scores as each of its neighbours
    /// (`NeighbourRole.allCases.count` × `TaggerModel.tagCount` values).
    private var neighbourScores: [Float] = []
    /// The context tables that depend on the model alone.
    private let contextTables: ContextTables
    /// Lemmas by form, tag and sentence start (form id × 64 + tag × 2 + initial), and whether the
    /// form is written as its lemma (ignoring case).
    private var lemmaCache: [Int: (lemma: String, written: Bool)] = [:]
    private static let noTag: UInt8 = 255

    /// Creates a tagger for `model`.
    public init(model: TaggerModel, capacity: Int = 1 << 16) {
        self.model = model
        self.capacity = capacity
        contextTables = ContextTables(weights: model.weights)
        // Room for every form up front: the tables never grow by copying (which would hold two
        // copies at once), and pages no form has reached are never touched, so cost no memory.
        let forms = min(capacity, 1 << 20) + 1
        formScores.reserveCapacity(forms * TaggerModel.tagCount)
        neighbourScores.reserveCapacity(forms * NeighbourRole.allCases.count * TaggerModel.tagCount)
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
        var tagged: [Int] = []
        for sentence in document.sentences {
            ids.removeAll(keepingCapacity: true)
            tagged.removeAll(keepingCapacity: true)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = document.tokens[index]
                tagged.append(index)
                if let stop = Self.abbreviationStop(after: index, in: document, before: sentence.tokens.upperBound) {
                    // "U.S." as the treebanks write it, not "U.S" and a full stop.
                    let range = token.range.lowerBound..<document.tokens[stop].range.upperBound
                    ids.append(formID(Self.visible(document.text[range])))
                    tags[stop] = .punctuation
                    index = stop + 1
                } else {
                    ids.append(formID(Self.visible(document.text[token.range])))
                    index += 1
                }
            }
            let sentenceTags = tag(formIDs: ids)
            var seenWord = false
            for (offset, index) in tagged.enumerated() {
                let tag = PartOfSpeech(rawValue: sentenceTags[offset])!
                tags[index] = tag
                let token = document.tokens[index]
                // The form is read for the first word of the sentence and the words lemmatised.
                guard token.kind.isWord, !seenWord || lemmatised[Int(tag.rawValue)] else { continue }
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

    /// The index of the full stop after the word token at `index` when the word is a dotted
    /// abbreviation ICU has cut from it ("U.S" and "."; "e.g" and "."), within the sentence that
    /// ends before `end`. Treebanks write such abbreviations as one word ("U.S.", "e.g."), and so
    /// the tagger reads them.
    static func abbreviationStop(after index: Int, in document: Document, before end: Int) -> Int? {
        let tokens = document.tokens
        let token = tokens[index]
        guard token.kind.isWord, index + 1 < end else { return nil }
        // The full stop first: most words are not followed by one.
        let next = tokens[index + 1]
        guard next.range.lowerBound == token.range.upperBound, document.text.utf8[next.range].elementsEqual(".".utf8) else { return nil }
        let word = document.text.utf8[token.range]
        guard word.count >= 3, word.count <= 12, word.dropFirst().dropLast().contains(UInt8(ascii: ".")) else { return nil }
        return index + 1
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
        neighbourScores.removeAll(keepingCapacity: true)
        lemmaCache.removeAll(keepingCapacity: true)
    }

    private func formID(_ surface: Substring) -> Int32 {
        let (id, inserted) = forms.insert(surface)
        guard inserted else { return id }
        let spelling = TaggerFeatures.treebankSpelling(of: surface, language: model.language)
        var form = TaggerFeatures.form(spelling)
        let fixed = model.tagDictionary[String(spelling)]?.rawValue ?? Self.noTag
        var row = [Float](repeating: 0, count: TaggerModel.tagCount)
        row.withUnsafeMutableBufferPointer { model.weights.add(form.features, to: $0.baseAddress!) }
        form.neighbour.guess = fixed != Self.noTag ? fixed : row.withUnsafeBufferPointer { TaggerFeatures.guess($0.baseAddress!) }
        neighbours.append(form.neighbour)
        // The lemma is found from the word as written ("फ़ैसला", not "फैसला").
        lowers.append(spelling == surface ? form.lower : surface.lowercased())
        fixedTags.append(fixed)
        formScores.append(contentsOf: row)
        let count = TaggerModel.tagCount
        neighbourScores.append(contentsOf: repeatElement(0, count: NeighbourRole.allCases.count * count))
        neighbourScores.withUnsafeMutableBufferPointer { buffer in
            ContextTables.addRoles(of: form.neighbour, weights: model.weights, to: buffer.baseAddress! + Int(id) * NeighbourRole.allCases.count * count)
        }
        return id
    }

    private func lemma(formID: Int32, form: Substring, tag: PartOfSpeech, sentenceInitial: Bool) -> (lemma: String, written: Bool) {
        let key = Int(formID) << 6 | Int(tag.rawValue) << 1 | (sentenceInitial ? 1 : 0)
        if let known = lemmaCache[key] { return known }
        let lower = lowers[Int(formID)]
        var lemma = model.lemmatizer.lemma(of: form, tag: tag, lower: lower, sentenceInitial: sentenceInitial)
        if tag == .properNoun, Self.isSurnameCut(lemma: lemma, of: lower, language: model.language) { lemma = String(form) }
        let found = (lemma, lemma == lower || lemma.lowercased() == lower)
        lemmaCache[key] = found
        return found
    }

    /// Whether `lemma` is a name `form` (lower case) with a surname's ending cut, as if it were a
    /// plural's genitive ("Лавров" → "Лавр", "Кадыров" → "Кадыр"): in Russian, Ukrainian and
    /// Belarusian a name in "-ов", "-ев", "-ёв", "-ин", "-ын" (Ukrainian also "-ів") is a man's
    /// surname in its base form far more often than the genitive of a plural name ("Габсбургов").
    static func isSurnameCut(lemma: String, of form: String, language: Language) -> Bool {
        guard surnameLanguages.contains(language.code), form.count > lemma.count + 1 else { return false }
        let cut = lemma.lowercased()
        guard form.hasPrefix(cut) else { return false }
        return surnameEndings.contains(String(form.dropFirst(cut.count)))
    }

    private static let surnameLanguages: Set<String> = ["ru", "uk", "be"]
    private static let surnameEndings: Set<String> = ["ов", "ев", "ёв", "ин", "ын", "ів"]

    /// Greedy left-to-right tagging of a sentence of cached forms; tags as raw values.
    private func tag(formIDs ids: [Int32]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: ids.count)
        let count = TaggerModel.tagCount
        let roles = NeighbourRole.allCases.count
        let weights = model.weights
        let wordPairs = model.usesWordPairs
        let tables = contextTables
        neighbours.withUnsafeBufferPointer { neighbours in
            formScores.withUnsafeBufferPointer { formScores in
                neighbourScores.withUnsafeBufferPointer { neighbourScores in
                    fixedTags.withUnsafeBufferPointer { fixedTags in
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4) { context in
                            withUnsafeTemporaryAllocation(of: Float.self, capacity: count) { scores in
                                let context = context.baseAddress!
                                let scores = scores.baseAddress!
                                let neighbourScores = neighbourScores.baseAddress!
                                // What the neighbour at `j` adds in `role`; the boundaries' rows
                                // stand before and after the sentence.
                                @inline(__always) func role(_ j: Int, _ role: NeighbourRole) -> UnsafePointer<Float> {
                                    if j < 0 { return tables.boundary(role) }
                                    if j >= ids.count { return tables.boundaryAfter(role) }
                                    return neighbourScores + (Int(ids[j]) * roles + role.rawValue) * count
                                }
                                @inline(__always) func guess(_ j: Int) -> UInt8 {
                                    j >= ids.count ? TaggerFeatures.boundaryAfter.guess : neighbours[Int(ids[j])].guess
                                }
                                @inline(__always) func word(_ j: Int) -> UInt64 {
                                    j < 0
                                        ? TaggerFeatures.boundary.word
                                        : j >= ids.count ? TaggerFeatures.boundaryAfter.word : neighbours[Int(ids[j])].word
                                }
                                var previous = TaggerFeatures.startTag
                                var beforePrevious = TaggerFeatures.startTag2
                                for i in ids.indices {
                                    let id = Int(ids[i])
                                    var chosen = fixedTags[id]
                                    if chosen == Self.noTag {
                                        let current = neighbours[id]
                                        let nextGuess = guess(i + 1)
                                        let base = formScores.baseAddress! + id * count
                                        for tag in 0..<count { scores[tag] = base[tag] }
                                        @inline(__always) func add(_ row: UnsafePointer<Float>) {
                                            for tag in 0..<count { scores[tag] += row[tag] }
                                        }
                                        add(role(i - 1, .previous))
                                        add(role(i - 2, .beforePrevious))
                                        add(role(i + 1, .next))
                                        add(role(i + 2, .afterNext))
                                        add(tables.tags(previous, beforePrevious))
                                        add(tables.guesses(nextGuess, guess(i + 2)))
                                        add(tables.tagAndGuess(previous, nextGuess))
                                        add(tables.capitalisation(current.capitalisation, isFirst: i == 0))
                                        var n = 0
                                        context[n] = TaggerFeatures.feature(.previousTagAndWord, TaggerFeatures.mix(previous, current.word))
                                        n += 1
                                        context[n] = TaggerFeatures.feature(.previousTagAndSuffix, TaggerFeatures.mix(previous, current.suffix))
                                        n += 1
                                        if wordPairs {
                                            context[n] = TaggerFeatures.feature(.previousAndCurrentWord, TaggerFeatures.mix(word(i - 1), current.word))
                                            n += 1
                                            context[n] = TaggerFeatures.feature(.currentAndNextWord, TaggerFeatures.mix(current.word, word(i + 1)))
                                            n += 1
                                        }
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
        }
        return result
    }
}

/// The places a word stands in relative to the token being tagged, whose context features look at
/// it.
enum NeighbourRole: Int, CaseIterable {
    case previous, beforePrevious, next, afterNext
}

/// The summed weights of the context features that do not depend on the token's own word
/// (`TaggerFeatures.writeContextFeatures`), in tables: per value of the tags before, of the
/// guesses after, of capitalisation and sentence start, and for the sentence's boundaries. Sums
/// of the same weights as the features one by one, so tagging gives the same tags (to within
/// floating-point rounding).
final class ContextTables {
    private let count = TaggerModel.tagCount
    /// Values: the tags before (tags, `startTag`, `startTag2`) and the guesses after (tags, the
    /// boundaries' guesses) as indices 0..<count + 2.
    private let values: Int
    private let tagRows: UnsafeMutablePointer<Float>
    private let guessRows: UnsafeMutablePointer<Float>
    private let tagGuessRows: UnsafeMutablePointer<Float>
    private let capitalisationRows: UnsafeMutablePointer<Float>
    private let boundaryRows: UnsafeMutablePointer<Float>
    private static let capitalisationClasses = 5

    init(weights: WeightTable) {
        values = count + 2
        let tableSize = values * values * count
        tagRows = .allocate(capacity: tableSize)
        guessRows = .allocate(capacity: tableSize)
        tagGuessRows = .allocate(capacity: tableSize)
        let capitalisationSize = Self.capitalisationClasses * 2 * count
        capitalisationRows = .allocate(capacity: capitalisationSize)
        let boundarySize = 2 * NeighbourRole.allCases.count * count
        boundaryRows = .allocate(capacity: boundarySize)
        for table in [tagRows, guessRows, tagGuessRows] { table.initialize(repeating: 0, count: tableSize) }
        capitalisationRows.initialize(repeating: 0, count: capitalisationSize)
        boundaryRows.initialize(repeating: 0, count: boundarySize)
        let tagValues = (0..<UInt64(count)).map { $0 } + [TaggerFeatures.startTag, TaggerFeatures.startTag2]
        let guessValues = (0..<UInt64(count)).map { $0 } + [
            UInt64(TaggerFeatures.boundaryAfter.guess), UInt64(TaggerFeatures.boundary.guess),
        ]
        for (a, first) in tagValues.enumerated() {
            for (b, second) in tagValues.enumerated() {
                weights.add(
                    [
                        TaggerFeatures.feature(.previousTag, first), TaggerFeatures.feature(.tagBeforePrevious, second),
                        TaggerFeatures.feature(.previousTwoTags, first << 8 | second),
                    ], to: tagRows + (a * values + b) * count)
            }
            for (b, guess) in guessValues.enumerated() {
                weights.add(
                    [TaggerFeatures.feature(.previousTagAndNextGuess, first << 8 | guess)], to: tagGuessRows + (a * values + b) * count)
            }
        }
        for (a, first) in guessValues.enumerated() {
            for (b, second) in guessValues.enumerated() {
                weights.add(
                    [TaggerFeatures.feature(.nextGuess, first), TaggerFeatures.feature(.nextTwoGuesses, first << 8 | second)],
                    to: guessRows + (a * values + b) * count)
            }
        }
        for capitalisation in 0..<Self.capitalisationClasses {
            for first in 0..<2 {
                weights.add(
                    [TaggerFeatures.feature(.capitalisationAtStart, UInt64(capitalisation) << 1 | UInt64(first))],
                    to: capitalisationRows + (capitalisation * 2 + first) * count)
            }
        }
        Self.addRoles(of: TaggerFeatures.boundary, weights: weights, to: boundaryRows)
        Self.addRoles(of: TaggerFeatures.boundaryAfter, weights: weights, to: boundaryRows + NeighbourRole.allCases.count * count)
    }

    deinit {
        for table in [tagRows, guessRows, tagGuessRows, capitalisationRows, boundaryRows] { table.deallocate() }
    }

    /// Adds to `rows` what `neighbour` contributes in each role (`NeighbourRole` order,
    /// `TaggerModel.tagCount` values each). The next word's guess counts with the guess tables.
    static func addRoles(of neighbour: TaggerFeatures.Neighbour, weights: WeightTable, to rows: UnsafeMutablePointer<Float>) {
        let count = TaggerModel.tagCount
        weights.add(
            [TaggerFeatures.feature(.previousWord, neighbour.word), TaggerFeatures.feature(.previousSuffix, neighbour.suffix)],
            to: rows + NeighbourRole.previous.rawValue * count)
        weights.add([TaggerFeatures.feature(.wordBeforePrevious, neighbour.word)], to: rows + NeighbourRole.beforePrevious.rawValue * count)
        weights.add(
            [TaggerFeatures.feature(.nextWord, neighbour.word), TaggerFeatures.feature(.nextSuffix, neighbour.suffix)],
            to: rows + NeighbourRole.next.rawValue * count)
        weights.add([TaggerFeatures.feature(.wordAfterNext, neighbour.word)], to: rows + NeighbourRole.afterNext.rawValue * count)
    }

    @inline(__always) private func index(ofTag tag: UInt64) -> Int {
        tag < UInt64(count) ? Int(tag) : tag == TaggerFeatures.startTag ? count : count + 1
    }

    @inline(__always) private func index(ofGuess guess: UInt8) -> Int {
        Int(guess) < count ? Int(guess) : guess == TaggerFeatures.boundaryAfter.guess ? count : count + 1
    }

    /// The previous tag, the tag before it and the pair.
    @inline(__always) func tags(_ previous: UInt64, _ beforePrevious: UInt64) -> UnsafePointer<Float> {
        UnsafePointer(tagRows + (index(ofTag: previous) * values + index(ofTag: beforePrevious)) * count)
    }

    /// The next word's guess and the pair of the next two guesses.
    @inline(__always) func guesses(_ next: UInt8, _ afterNext: UInt8) -> UnsafePointer<Float> {
        UnsafePointer(guessRows + (index(ofGuess: next) * values + index(ofGuess: afterNext)) * count)
    }

    /// The previous tag with the next word's guess.
    @inline(__always) func tagAndGuess(_ previous: UInt64, _ next: UInt8) -> UnsafePointer<Float> {
        UnsafePointer(tagGuessRows + (index(ofTag: previous) * values + index(ofGuess: next)) * count)
    }

    /// The token's capitalisation class at or after the sentence start.
    @inline(__always) func capitalisation(_ capitalisation: UInt8, isFirst: Bool) -> UnsafePointer<Float> {
        UnsafePointer(capitalisationRows + (Int(capitalisation) * 2 + (isFirst ? 1 : 0)) * count)
    }

    /// The sentence start's row in `role` (before the first token).
    @inline(__always) func boundary(_ role: NeighbourRole) -> UnsafePointer<Float> {
        UnsafePointer(boundaryRows + role.rawValue * count)
    }

    /// The sentence end's row in `role` (after the last token).
    @inline(__always) func boundaryAfter(_ role: NeighbourRole) -> UnsafePointer<Float> {
        UnsafePointer(boundaryRows + (NeighbourRole.allCases.count + role.rawValue) * count)
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
