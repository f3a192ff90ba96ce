/// Finds keyword candidates in a `Document`: words and phrases of up to `maxWords` words inside
/// runs that stopwords and punctuation delimit.
///
/// - A *unit* is a word token, or word tokens joined by hyphens with no space ("anti-terrorism",
///   "Lashkar-e-Taiba"), which counts as one word.
/// - Runs break at stopwords (a stopword inside a hyphenated unit does not break it), at
///   punctuation and symbols, and at sentence ends.
/// - Every n-gram of 1 to `maxWords` units of a run is a candidate, except those made only of
///   numbers and, in languages written with spaces, single-letter words.
/// - In languages written without spaces (Chinese, Japanese, Thai) phrases are adjacent dictionary
///   words joined without a space ("北极" + "航线" → "北极航线"), which is how such phrases are
///   written.
///
/// - Complexity: O(tokens × maxWords).
public struct CandidateExtractor: Sendable {
    /// What counts as a candidate.
    public struct Configuration: Sendable, Hashable {
        /// The longest phrase, in words.
        public var maxWords: Int
        /// The shortest phrase, in words.
        public var minWords: Int

        /// Creates a configuration: phrases of 1 to 3 words by default.
        public init(minWords: Int = 1, maxWords: Int = 3) {
            self.minWords = max(1, minWords)
            self.maxWords = max(self.minWords, maxWords)
        }
    }

    /// The settings.
    public var configuration: Configuration

    /// Creates an extractor.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// A unit: a word or hyphen-joined words.
    struct Unit {
        var range: Range<String.Index>
        var key: String
        var isNumber: Bool
        var isCapitalised: Bool
        var isLowercase: Bool
        var isAllCapitals: Bool
        var letterCount: Int
        var startsSentence: Bool
    }

    /// The candidates of `document`, in the order of their first occurrence.
    public func candidates(in document: Document) -> [KeywordCandidate] {
        var result: [KeywordCandidate] = []
        var index: [String: Int] = [:]
        let joiner = document.language.writesWithoutSpaces ? "" : " "
        let spaced = !document.language.writesWithoutSpaces
        // German and Luxembourgish capitalise every noun: one capitalised word is not a name.
        let capitalisesNouns = Self.nounCapitalising.contains(document.language.code)
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            for run in runs(of: sentence, in: document) {
                for start in run.indices {
                    var key = ""
                    var isAllNumbers = true
                    for length in 1...configuration.maxWords {
                        let end = start + length
                        guard end <= run.count else { break }
                        let unit = run[end - 1]
                        // "heron heron": a word repeated is not a phrase.
                        if length > 1 && run[start..<(end - 1)].contains(where: { $0.key == unit.key }) { break }
                        key += length == 1 ? unit.key : joiner + unit.key
                        isAllNumbers = isAllNumbers && unit.isNumber
                        guard length >= configuration.minWords, !isAllNumbers else { continue }
                        // A phrase does not start or end with a bare number ("22 years", "1週間").
                        if length > 1 && (run[start].isNumber || unit.isNumber) { continue }
                        if length == 1 && spaced && unit.letterCount < 2 && !unit.isNumber { continue }
                        let range = run[start].range.lowerBound..<unit.range.upperBound
                        let slot: Int
                        if let existing = index[key] {
                            slot = existing
                        } else {
                            slot = result.count
                            index[key] = slot
                            result.append(
                                KeywordCandidate(key: key, wordKeys: run[start..<end].map(\.key), firstSentence: sentenceIndex))
                        }
                        let units = run[start..<end]
                        let surface = String(document.text[range])
                        let capitalised =
                            units.allSatisfy(\.isCapitalised) && !(capitalisesNouns && length == 1 && !unit.isAllCapitals)
                        // Updated in place: a copy would copy its occurrence list on every append,
                        // quadratic in the occurrences of a frequent phrase.
                        Self.update(&result[slot]) { candidate in
                            candidate.occurrences.append(range)
                            if candidate.surfaceCounts[surface] == nil { candidate.surfaceOrder.append(surface) }
                            candidate.surfaceCounts[surface, default: 0] += 1
                            if capitalised {
                                candidate.capitalisedCount += 1
                                if !units.first!.startsSentence { candidate.capitalisedInsideSentence += 1 }
                            }
                            if units.allSatisfy(\.isAllCapitals) { candidate.isAcronym = true }
                            // A name glued to common words ("bring Lake Marrow", "Путин провёл
                            // переговоры"); two words may be a term with a name ("озеро Марроу").
                            if length > 2 && !capitalisesNouns && units.contains(where: \.isLowercase)
                                && units.contains(where: { $0.isCapitalised && !$0.startsSentence })
                            {
                                candidate.mixedCaseCount += 1
                            }
                            if candidate.sentences.last != sentenceIndex { candidate.sentences.append(sentenceIndex) }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Applies `change` to `candidate` in place.
    private static func update(_ candidate: inout KeywordCandidate, _ change: (inout KeywordCandidate) -> Void) {
        change(&candidate)
    }

    /// The runs of units of a sentence.
    func runs(of sentence: Sentence, in document: Document) -> [[Unit]] {
        let elides = Self.elidingLanguages.contains(document.language.code)
        var runs: [[Unit]] = []
        var current: [Unit] = []
        var pendingHyphen = false
        var first = true
        let tokens = document.tokens[sentence.tokens]
        var previousEnd: String.Index?
        for token in tokens {
            let adjacent = previousEnd == token.range.lowerBound
            defer { previousEnd = token.range.upperBound }
            if token.kind == .other {
                let text = document[token]
                if adjacent, !current.isEmpty, text.count == 1, let c = text.first, Self.hyphens.contains(c) {
                    pendingHyphen = true
                    continue
                }
                pendingHyphen = false
                if !current.isEmpty { runs.append(current) }
                current = []
                continue
            }
            let startsSentence = first
            first = false
            guard let term = token.term else { continue }
            let word = document[token]
            if pendingHyphen && adjacent, var last = current.last {
                // Join to the unit before: "anti" "-" "terrorism".
                last.range = last.range.lowerBound..<token.range.upperBound
                last.key += "-" + document.terms[term]
                last.isNumber = last.isNumber && token.kind == .number
                last.isAllCapitals = last.isAllCapitals && Self.isAllCapitals(word)
                last.letterCount += word.count
                current[current.count - 1] = last
                pendingHyphen = false
                continue
            }
            pendingHyphen = false
            if token.isStopword {
                if !current.isEmpty { runs.append(current) }
                current = []
                continue
            }
            var key = document.terms[term]
            var range = token.range
            if elides, let cut = Self.elisionLength(key), cut < key.count {
                // "l'ONU" is "ONU": the article is a word of its own, and a stopword.
                key.removeFirst(cut)
                range = document.text.index(range.lowerBound, offsetBy: cut)..<range.upperBound
            }
            current.append(
                Unit(
                    range: range, key: key, isNumber: token.kind == .number,
                    isCapitalised: word.first.map { $0.isUppercase } ?? false,
                    isLowercase: word.first.map { $0.isLowercase } ?? false, isAllCapitals: Self.isAllCapitals(word),
                    letterCount: word.count, startsSentence: startsSentence))
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]

    /// Languages that write elided articles and pronouns onto the next word ("l'ONU", "dell'anno").
    static let elidingLanguages: Set<String> = ["fr", "it", "ca"]

    /// The length of an elided prefix ("l'", "qu'", "dell'") at the start of a folded word, if any.
    static func elisionLength(_ word: String) -> Int? {
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let prefix = word[..<apostrophe]
        guard elidedPrefixes.contains(String(prefix)) else { return nil }
        return prefix.count + 1
    }

    static let elidedPrefixes: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",  // French
        "dell", "dall", "nell", "sull", "all", "un", "quest", "quell",  // Italian (and l', d' above)
    ]

    /// Languages that capitalise all nouns.
    static let nounCapitalising: Set<String> = ["de", "lb"]

    /// Two or more letters, all capitals ("EU", "NASA"; "G7" counts, digits being caseless).
    static func isAllCapitals(_ word: Substring) -> Bool {
        var letters = 0
        for character in word {
            if character.isLetter {
                guard character.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 1 && word.count >= 2
    }
}
