/// A sentence with its gold tags and lemmas: training and test data for `TaggerTrainer`.
public struct TaggedSentence: Sendable, Hashable {
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
/// dictionary of frequent unambiguous words, and the suffix rules and exceptions of the
/// `Lemmatizer`.
///
/// Training is deterministic: sentences are shuffled each round by a generator seeded with
/// `Configuration.seed`, so the same data and settings give the same model, byte for byte.
///
/// - Complexity: O(rounds × tokens × features) for the tagger, O(tokens × longest suffix) for the
///   lemmatiser.
public struct TaggerTrainer: Sendable {
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
        /// A lemma rule for a suffix is kept when seen at least this often.
        public var ruleMinimumCount: Int

        /// Creates a configuration.
        public init(
            rounds: Int = 10, seed: UInt64 = 1, dictionaryMinimumCount: Int = 20, dictionaryPurity: Double = 0.97,
            smallestWeight: Double = 1, longestSuffix: Int = 8, ruleMinimumCount: Int = 2
        ) {
            self.rounds = rounds
            self.seed = seed
            self.dictionaryMinimumCount = dictionaryMinimumCount
            self.dictionaryPurity = dictionaryPurity
            self.smallestWeight = smallestWeight
            self.longestSuffix = longestSuffix
            self.ruleMinimumCount = ruleMinimumCount
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
    public func train(_ sentences: [TaggedSentence], language: Language) -> TaggerModel {
        let dictionary = tagDictionary(sentences)
        let weights = trainWeights(sentences, dictionary: dictionary)
        let lemmatizer = trainLemmatizer(sentences)
        let model = TaggerModel(language: language, weights: weights, tagDictionary: dictionary, lemmatizer: lemmatizer)
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
        let numbered: [[Int32]] = sentences.map { sentence in
            sentence.forms.map { form in
                if let known = formNumbers[form] { return known }
                let number = Int32(forms.count)
                forms.append(TaggerFeatures.form(Substring(form)))
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
                        let at = { (j: Int) -> TaggerFeatures.Neighbour in
                            j < 0 ? TaggerFeatures.boundary : j >= ids.count ? TaggerFeatures.boundaryAfter : forms[Int(ids[j])].neighbour
                        }
                        TaggerFeatures.contextFeatures(
                            current: form.neighbour, previous: at(i - 1), beforePrevious: at(i - 2), next: at(i + 1),
                            afterNext: at(i + 2), previousTag: previous, tagBeforePrevious: beforePrevious, isFirst: i == 0,
                            into: &context)
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

    // MARK: Lemmatiser

    func trainLemmatizer(_ sentences: [TaggedSentence]) -> Lemmatizer {
        let tagCount = TaggerModel.tagCount
        var capitalised = [Int](repeating: 0, count: tagCount)
        var kept = [Int](repeating: 0, count: tagCount)
        var ruleCounts: [Lemmatizer.RuleKey: [Lemmatizer.Edit: Int]] = [:]
        var formLemmas: [Lemmatizer.ExceptionKey: [String: Int]] = [:]
        let longest = configuration.longestSuffix
        for sentence in sentences {
            for i in sentence.forms.indices {
                guard let lemma = sentence.lemmas[i], !lemma.isEmpty else { continue }
                let form = sentence.forms[i]
                let tag = sentence.tags[i].rawValue
                let lower = form.lowercased()
                let lowerLemma = lemma.lowercased()
                if i > 0, TaggerFeatures.capitalisationClass(Substring(form)) >= 2 {
                    capitalised[Int(tag)] += 1
                    if lemma.unicodeScalars.first?.properties.isUppercase == true { kept[Int(tag)] += 1 }
                }
                formLemmas[Lemmatizer.ExceptionKey(tag: tag, form: lower), default: [:]][lowerLemma, default: 0] += 1
            }
        }
        // Rules from every distinct (form, tag), weighted by frequency.
        for (key, lemmas) in formLemmas {
            let scalars = Array(key.form.unicodeScalars)
            for (lemma, count) in lemmas {
                let edit = Lemmatizer.Edit(from: key.form, to: lemma)
                for length in 0...min(longest, scalars.count) {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[(scalars.count - length)...])
                    ruleCounts[Lemmatizer.RuleKey(tag: key.tag, suffix: String(view)), default: [:]][edit, default: 0] += count
                }
            }
        }
        // Keep a suffix's rule where it differs from the rule of its nearest shorter kept suffix.
        func majority(_ edits: [Lemmatizer.Edit: Int]) -> (edit: Lemmatizer.Edit, total: Int) {
            var best: (Lemmatizer.Edit, Int)?
            var total = 0
            for (edit, count) in edits {
                total += count
                if best == nil || count > best!.1
                    || (count == best!.1 && (edit.cut, edit.ending.utf8.count, edit.ending) < (best!.0.cut, best!.0.ending.utf8.count, best!.0.ending))
                {
                    best = (edit, count)
                }
            }
            return (best!.0, total)
        }
        var rules: [Lemmatizer.RuleKey: Lemmatizer.Edit] = [:]
        let byLength = ruleCounts.keys.sorted {
            let a = $0.suffix.unicodeScalars.count
            let b = $1.suffix.unicodeScalars.count
            return a != b ? a < b : ($0.tag, $0.suffix) < ($1.tag, $1.suffix)
        }
        for key in byLength {
            let (edit, total) = majority(ruleCounts[key]!)
            let scalars = Array(key.suffix.unicodeScalars)
            if scalars.isEmpty {
                rules[key] = edit
                continue
            }
            guard total >= configuration.ruleMinimumCount else { continue }
            var inherited: Lemmatizer.Edit?
            var length = scalars.count - 1
            while length >= 0 && inherited == nil {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[(scalars.count - length)...])
                inherited = rules[Lemmatizer.RuleKey(tag: key.tag, suffix: String(view))]
                length -= 1
            }
            if inherited != edit { rules[key] = edit }
        }
        var lemmatizer = Lemmatizer(
            rules: rules, exceptions: [:], longestSuffix: longest,
            keepsCase: (0..<tagCount).map { capitalised[$0] > 0 && Double(kept[$0]) / Double(capitalised[$0]) > 0.5 })
        // Exceptions: forms whose most frequent lemma the rules miss.
        var exceptions: [Lemmatizer.ExceptionKey: String] = [:]
        for (key, lemmas) in formLemmas {
            let best = lemmas.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            let scalars = Array(key.form.unicodeScalars)
            if lemmatizer.ruleLemma(scalars, tag: PartOfSpeech(rawValue: key.tag)!) != best { exceptions[key] = best }
        }
        lemmatizer.exceptions = exceptions
        return lemmatizer
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
        var kept: [(UInt32, [Float])] = []
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
        var table = WeightTable(capacity: kept.count)
        for (key, values) in kept { table.insert(key: key, row: values) }
        return table
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
