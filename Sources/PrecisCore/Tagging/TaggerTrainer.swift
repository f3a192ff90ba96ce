/// A sentence with its gold tags and lemmas: training and test data for `TaggerTrainer`.
package struct TaggedSentence: Sendable, Hashable {
    /// The tokens as written.
    public var forms: [String]
    /// The part of speech of each token.
    public var tags: [PartOfSpeech]
    /// The lemma of each token, or `nil` where none is known.
    public var lemmas: [String?]

    /// Creates a sentence; the three arrays must have one entry per token.
    public init(forms: [String], tags: [PartOfSpeech], lemmas: [String?]) {
        precondition(forms.count == tags.count && tags.count == lemmas.count, "one tag and one lemma per form")
        self.forms = forms
        self.tags = tags
        self.lemmas = lemmas
    }
}

/// Trains a `TaggerModel`: an averaged perceptron over `TaggerFeatures` (Collins 2002), a
/// dictionary of frequent unambiguous words, and the rules, exceptions and known lemmas of the
/// `Lemmatizer` (`trainLemmatizer`).
///
/// Training is deterministic: sentences are shuffled each round by a generator seeded with
/// `Configuration.seed`, so the same data and settings give the same model, byte for byte.
///
/// - Complexity: O(rounds × tokens × features) for the tagger, O(tokens × longest suffix) for the
///   lemmatiser.
package struct TaggerTrainer: Sendable {
    /// The settings; the defaults are those of the shipped models.
    public struct Configuration: Sendable, Hashable {
        /// Passes over the training data.
        public var rounds: Int
        /// The seed of the shuffles between rounds.
        public var seed: UInt64
        /// A word goes to the tag dictionary when seen at least this often...
        public var dictionaryMinimumCount: Int
        /// ...with one tag at least this share of the time.
        public var dictionaryPurity: Double
        /// Averaged weights smaller than this are dropped from the model.
        public var smallestWeight: Double
        /// The longest suffix, in characters, that lemma rules look at.
        public var longestSuffix: Int
        /// The longest prefix, in characters, that lemma rules look at (0: none).
        public var longestPrefix: Int
        /// A lemma rule for a suffix or prefix is kept when that many different forms (of one part
        /// of speech) have it.
        public var ruleMinimumCount: Int
        /// How many suffix rules (longest first) and prefix rules offer lemmas, of which the first
        /// that training met as a lemma is taken.
        public var suffixCandidates: Int
        public var prefixCandidates: Int
        /// Whether the tagger looks at pairs of words (`TaggerModel.usesWordPairs`).
        public var wordPairs: Bool

        /// Creates a configuration.
        public init(
            rounds: Int = 10, seed: UInt64 = 1, dictionaryMinimumCount: Int = 20, dictionaryPurity: Double = 0.97,
            smallestWeight: Double = 0.8, longestSuffix: Int = 8, longestPrefix: Int = 4, ruleMinimumCount: Int = 1,
            suffixCandidates: Int = 3, prefixCandidates: Int = 2, wordPairs: Bool = false
        ) {
            self.rounds = rounds
            self.seed = seed
            self.dictionaryMinimumCount = dictionaryMinimumCount
            self.dictionaryPurity = dictionaryPurity
            self.smallestWeight = smallestWeight
            self.longestSuffix = longestSuffix
            self.longestPrefix = longestPrefix
            self.ruleMinimumCount = ruleMinimumCount
            self.suffixCandidates = suffixCandidates
            self.prefixCandidates = prefixCandidates
            self.wordPairs = wordPairs
        }
    }

    /// The settings.
    public var configuration: Configuration

    /// Creates a trainer.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// A model trained on `sentences`, as it is after a round trip through its binary form (so
    /// that what is evaluated is what ships).
    ///
    /// The lemmatiser learns from `lemmaSentences` when given (the same text cut in more than one
    /// way gives it more pairs of form and lemma), else from `sentences`.
    public func train(
        _ sentences: [TaggedSentence], language: Language, lemmaSentences: [TaggedSentence]? = nil
    ) -> TaggerModel {
        let dictionary = tagDictionary(sentences)
        let weights = trainWeights(sentences, dictionary: dictionary)
        let lemmatizer = trainLemmatizer(lemmaSentences ?? sentences)
        let model = TaggerModel(
            language: language, usesWordPairs: configuration.wordPairs, weights: weights, tagDictionary: dictionary,
            lemmatizer: lemmatizer)
        // Quantised as shipped.
        return try! TaggerModel(serialized: model.serialized())
    }

    // MARK: Tag dictionary

    func tagDictionary(_ sentences: [TaggedSentence]) -> [String: PartOfSpeech] {
        var counts: [String: [Int]] = [:]
        for sentence in sentences {
            for (form, tag) in zip(sentence.forms, sentence.tags) {
                counts[form, default: [Int](repeating: 0, count: TaggerModel.tagCount)][Int(tag.rawValue)] += 1
            }
        }
        var dictionary: [String: PartOfSpeech] = [:]
        for (form, tally) in counts {
            let total = tally.reduce(0, +)
            guard total >= configuration.dictionaryMinimumCount, let best = tally.indices.max(by: { tally[$0] < tally[$1] })
            else { continue }
            if Double(tally[best]) / Double(total) >= configuration.dictionaryPurity {
                dictionary[form] = PartOfSpeech(rawValue: UInt8(best))
            }
        }
        return dictionary
    }

    // MARK: Perceptron

    func trainWeights(_ sentences: [TaggedSentence], dictionary: [String: PartOfSpeech]) -> WeightTable {
        let tagCount = TaggerModel.tagCount
        // Forms, analysed once.
        var formNumbers: [String: Int32] = [:]
        var forms: [TaggerFeatures.Form] = []
        var fixedTags: [UInt8?] = []
        let numbered: [[Int32]] = sentences.map { sentence in
            sentence.forms.map { form in
                if let known = formNumbers[form] { return known }
                let number = Int32(forms.count)
                forms.append(TaggerFeatures.form(Substring(form)))
                fixedTags.append(dictionary[form]?.rawValue)
                formNumbers[form] = number
                return number
            }
        }
        var perceptron = AveragedPerceptron(tagCount: tagCount)
        var random = SplitMix64(seed: configuration.seed)
        var order = Array(sentences.indices)
        var context: [UInt64] = []
        var scores = [Double](repeating: 0, count: tagCount)
        for _ in 0..<configuration.rounds {
            order.shuffle(using: &random)
            for s in order {
                let ids = numbered[s]
                let gold = sentences[s].tags
                var previous = TaggerFeatures.startTag
                var beforePrevious = TaggerFeatures.startTag2
                for i in ids.indices {
                    let form = forms[Int(ids[i])]
                    var guess: UInt8
                    if let fixed = dictionary[sentences[s].forms[i]] {
                        guess = fixed.rawValue
                    } else {
                        // The next words' guesses: their dictionary tag, else their best tag by
                        // their form features alone, with the weights as they are now (the
                        // tagger uses the averaged ones).
                        var ahead: [TaggerFeatures.Neighbour] = []
                        for j in (i + 1)...(i + 2) {
                            guard j < ids.count else {
                                ahead.append(TaggerFeatures.boundaryAfter)
                                continue
                            }
                            let id = Int(ids[j])
                            var neighbour = forms[id].neighbour
                            if let fixed = fixedTags[id] {
                                neighbour.guess = fixed
                            } else {
                                for tag in 0..<tagCount { scores[tag] = 0 }
                                perceptron.add(forms[id].features, to: &scores)
                                var best = 0
                                for tag in 1..<tagCount where scores[tag] > scores[best] { best = tag }
                                neighbour.guess = UInt8(best)
                            }
                            ahead.append(neighbour)
                        }
                        let at = { (j: Int) -> TaggerFeatures.Neighbour in
                            j < 0 ? TaggerFeatures.boundary : j > i ? ahead[j - i - 1] : forms[Int(ids[j])].neighbour
                        }
                        TaggerFeatures.contextFeatures(
                            current: form.neighbour, previous: at(i - 1), beforePrevious: at(i - 2), next: at(i + 1),
                            afterNext: at(i + 2), previousTag: previous, tagBeforePrevious: beforePrevious, isFirst: i == 0,
                            wordPairs: configuration.wordPairs, into: &context)
                        for tag in 0..<tagCount { scores[tag] = 0 }
                        perceptron.add(form.features, to: &scores)
                        perceptron.add(context, to: &scores)
                        var best = 0
                        for tag in 1..<tagCount where scores[tag] > scores[best] { best = tag }
                        guess = UInt8(best)
                        perceptron.tick()
                        let truth = gold[i].rawValue
                        if guess != truth {
                            perceptron.update(form.features, truth: Int(truth), guess: Int(guess))
                            perceptron.update(context, truth: Int(truth), guess: Int(guess))
                        }
                    }
                    beforePrevious = previous
                    previous = UInt64(guess)
                }
            }
        }
        return perceptron.averaged(smallest: configuration.smallestWeight)
    }
}

/// The weights of an averaged perceptron during training, with lazy averaging: each weight keeps
/// the sum of its past values up to the last time it changed.
struct AveragedPerceptron {
    let tagCount: Int
    private var rows: [UInt64: Int] = [:]
    private var features: [UInt64] = []
    private var weights: [Double] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var now = 0

    init(tagCount: Int) { self.tagCount = tagCount }

    mutating func tick() { now += 1 }

    func add(_ features: [UInt64], to scores: inout [Double]) {
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = row * tagCount
            for tag in 0..<tagCount { scores[tag] += weights[base + tag] }
        }
    }

    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        for feature in features {
            let row: Int
            if let known = rows[feature] {
                row = known
            } else {
                row = self.features.count
                rows[feature] = row
                self.features.append(feature)
                weights.append(contentsOf: repeatElement(0, count: tagCount))
                totals.append(contentsOf: repeatElement(0, count: tagCount))
                stamps.append(contentsOf: repeatElement(0, count: tagCount))
            }
            change(row * tagCount + truth, by: 1)
            change(row * tagCount + guess, by: -1)
        }
    }

    private mutating func change(_ index: Int, by delta: Double) {
        totals[index] += Double(now - stamps[index]) * weights[index]
        stamps[index] = now
        weights[index] += delta
    }

    /// The averaged weights, without those smaller than `smallest`, as a table.
    func averaged(smallest: Double) -> WeightTable {
        var kept: [(key: UInt32, row: [Float])] = []
        let elapsed = Double(max(now, 1))
        for (row, feature) in features.enumerated() {
            var values = [Float](repeating: 0, count: tagCount)
            var any = false
            for tag in 0..<tagCount {
                let index = row * tagCount + tag
                let average = (totals[index] + Double(now - stamps[index]) * weights[index]) / elapsed
                if abs(average) >= smallest {
                    values[tag] = Float(average)
                    any = true
                }
            }
            if any { kept.append((WeightTable.key(feature), values)) }
        }
        return WeightTable(rows: kept)
    }
}

/// SplitMix64: a small, fast generator whose sequence is fixed by its seed.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
