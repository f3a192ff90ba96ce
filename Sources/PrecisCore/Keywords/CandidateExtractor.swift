/// Finds keyword candidates in a `Document`.
///
/// With a part-of-speech `Annotation` (languages Precis has a tagger for), candidates are noun
/// phrases, by per-language patterns (`PhrasePattern`): adjectives, nouns and numbers ending in a
/// noun or name in English, German, the Slavic languages, Chinese, Japanese…; a noun with its
/// adjectives and noun + de/di + noun in French, Spanish, Portuguese, Italian, Romanian; a noun
/// with what follows it in Arabic, Hebrew, Persian, Indonesian, Vietnamese. A candidate never
/// starts or ends with a verb, adverb, pronoun, adposition or determiner, a single word is a noun
/// or a name, possessive endings are left out ("Soviet Union’s" → "Soviet Union"), a run of names
/// may be up to `maxNameWords` long, and words are matched by their lemmas' keys, so inflected
/// forms are one candidate ("Путин", "Путина", "Путину").
///
/// Without one, candidates are words and phrases of up to `maxWords` words inside runs that
/// stopwords and punctuation delimit:
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
        /// The longest run of names kept whole ("Collective Security Treaty Organization"), with
        /// a part-of-speech annotation; other phrases are at most `maxWords` long.
        public var maxNameWords: Int

        /// Creates a configuration: phrases of 1 to 3 words, and names of up to 5, by default.
        public init(minWords: Int = 1, maxWords: Int = 3, maxNameWords: Int = 5) {
            self.minWords = max(1, minWords)
            self.maxWords = max(self.minWords, maxWords)
            self.maxNameWords = max(self.maxWords, maxNameWords)
        }
    }

    /// What a part-of-speech tagger found in a document, as candidates need it: the tags and
    /// lemmas of `Tagger.annotate(_:)`, and for each lemma its matching key (folded and stemmed
    /// like `Document.terms`, so that keys meet the corpus statistics).
    public struct Annotation: Sendable {
        /// Tags and lemmas per token.
        public var tags: PartOfSpeechTags
        /// The matching key of each lemma of `tags.lemmas` (same index).
        public var lemmaKeys: [String]
        /// Whether the lemmatiser's training met each lemma of `tags.lemmas` (same index); empty
        /// when not known. Of the lemmas found for one word's forms, one met in training is
        /// shown before a guess ("нафта" for "нафти" over "нафт" for "нафту").
        public var lemmaIsKnown: [Bool]

        /// Creates an annotation; `lemmaKeys` has one key per lemma, `lemmaIsKnown` one flag
        /// per lemma or none.
        public init(tags: PartOfSpeechTags, lemmaKeys: [String], lemmaIsKnown: [Bool] = []) {
            precondition(lemmaKeys.count == tags.lemmas.count, "one key per lemma")
            precondition(lemmaIsKnown.isEmpty || lemmaIsKnown.count == tags.lemmas.count, "one flag per lemma")
            self.tags = tags
            self.lemmaKeys = lemmaKeys
            self.lemmaIsKnown = lemmaIsKnown
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
        /// Its key's index in `UnitKeys.strings`.
        var key: Int32
        var isNumber: Bool
        var isCapitalised: Bool
        var isLowercase: Bool
        var isAllCapitals: Bool
        var letterCount: Int
        var startsSentence: Bool
        /// Its part of speech (its last word's, for hyphen-joined words), with an annotation.
        var tag: PartOfSpeech? = nil
        /// An adposition or determiner inside a phrase ("de", "della"), in languages whose
        /// patterns allow them; never the first or last unit of a candidate.
        var isConnector = false
        /// Whether its (last) word is on the stopword list; with an annotation, stopwords do not
        /// break runs but cannot start or end a candidate.
        var isStopword = false
        /// Whether its last word is written in its base form (its lemma, ignoring case).
        var isBase = true
        /// Whether it is an adjective whose ending is no genitive's, in a language where that can
        /// be told (`PhrasePattern.genitiveAdjectiveEndings`): it cannot begin the complement of
        /// a noun before it ("конфликта | 58-летнюю учительницу").
        var isNotGenitive = false
        /// The index of its last token in `Document.tokens`.
        var lastToken: Int32 = -1
        /// Whether an elided article was cut from its start ("l'ONU"): its key is then its term's,
        /// not its lemma's.
        var isElided = false
        /// Whether the tagger reads its word form as something other than a noun or name in most
        /// of the document's occurrences (`RunScanner.readings`), an English gerund aside; for a
        /// name, only where the document also writes the form in lower case, never as a noun.
        var isMostlyNotNominal = false
        /// Whether the tagger reads its word form as an adjective more often than as a noun or name.
        var isReadAsAdjective = false
        /// Whether the tagger reads its word form as an adjective in a third of its occurrences or
        /// more.
        var hasAdjectiveReading = false
        /// For a stopword, whether the document writes its form as part of a name somewhere, and
        /// whether as a name of its own (`RunScanner.stopwordsWrittenAsNames`): only then may it
        /// begin or end a candidate of several words, or be one alone.
        var stopwordAsName: (inName: Bool, alone: Bool) = (false, false)
    }

    /// The candidates of `document`, in the order of their first occurrence.
    public func candidates(in document: Document, annotation: Annotation? = nil) -> [KeywordCandidate] {
        let table = table(in: document, annotation: annotation)
        return (0..<table.count).map(table.candidate)
    }

    /// The candidates of `document` as a `CandidateTable`, which makes a `KeywordCandidate` only
    /// when asked for one: ranking reads the table's columns, and only the candidates it picks
    /// from need their occurrences, words and surface forms as values.
    package func table(in document: Document, annotation: Annotation? = nil) -> CandidateTable {
        var table = CandidateTable(document: document, annotation: annotation)
        let pattern = annotation.map { _ in PhrasePattern(language: document.language) }
        // Candidates by key, kept only once joining can make one key of different words (see
        // `UnitKeys.joinsAmbiguously`); until then each new phrase is a new key.
        var index: [String: Int] = [:]
        var indexed = false
        var phrases = PhraseTrie(capacity: document.tokens.count * 2)
        var keys = UnitKeys(document: document)
        let joiner = document.language.writesWithoutSpaces ? "" : " "
        let spaced = !document.language.writesWithoutSpaces
        // German and Luxembourgish capitalise every noun: one capitalised word is not a name.
        let capitalisesNouns = Self.nounCapitalising.contains(document.language.code)
        let cutsChineseCompound = annotation != nil && document.language.code == "zh"
        // Languages whose modifiers come before the noun and whose capitals mark only names (not
        // in a text lower-cased for processing, where the tagger misreads names).
        let modifiersPrecedeNames = pattern?.family == .headFinal && spaced && !capitalisesNouns
            && !CandidateTable.isWrittenInLowerCase(document.text)
        var scanner = RunScanner(document: document, annotation: annotation, pattern: pattern)
        let longest = annotation == nil ? configuration.maxWords : configuration.maxNameWords
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            scanner.scan(sentence, keys: &keys)
            let units = scanner.units
            for run in scanner.runs {
                for start in run {
                    // In Chinese and Japanese, the word after a number is its counter or measure
                    // word ("第32回 カンヌ国際映画祭", "3部作"): no phrase starts there.
                    if !spaced, pattern != nil, start > run.lowerBound, units[start - 1].isNumber || units[start - 1].tag == .numeral { continue }
                    var node = PhraseTrie.root
                    var isAllNumbers = true
                    var isAllNames = true
                    var hasName = false
                    var connectors = 0
                    for length in 1...(longest + 2) {
                        let end = start + length
                        guard end <= run.upperBound else { break }
                        let unit = units[end - 1]
                        // "heron heron": a word repeated is not a phrase.
                        if length > 1 && units[start..<(end - 1)].contains(where: { $0.key == unit.key }) { break }
                        isAllNames = isAllNames && Self.isNamePart(unit, capitalisesNouns: capitalisesNouns)
                        hasName = hasName || unit.tag == .properNoun
                        if unit.isConnector { connectors += 1 }
                        // Connectors ("de la") do not count as words. Beyond `maxWords`, only runs
                        // of names ("Collective Security Treaty Organization").
                        let words = length - connectors
                        if words > longest || words > configuration.maxWords && !(isAllNames && hasName) { break }
                        node = phrases.child(of: node, unit.key)
                        isAllNumbers = isAllNumbers && unit.isNumber
                        guard length >= configuration.minWords, !isAllNumbers else { continue }
                        // A phrase does not start or end with a bare number ("22 years", "1週間").
                        if length > 1 && (units[start].isNumber || unit.isNumber) { continue }
                        if length == 1 && spaced && unit.letterCount < 2 && !unit.isNumber { continue }
                        // Nor, in Chinese and Japanese, with a number and its measure word ("一只",
                        // "两个", "三名"), which the dictionary writes as one word.
                        if !spaced && units[start].tag != .properNoun && Self.isNumberAndMeasureWord(document.text[units[start].range]) {
                            continue
                        }
                        let phrase = units[start..<end]
                        if let pattern, !pattern.accepts(phrase) { continue }
                        // One word the tagger reads as a noun here but mostly as something else
                        // ("love" as a verb, "औसतन" as an adverb) is no keyword on its own.
                        // So is a word read as a name only where it is capitalised, as in a headline's
                        // "Genetic Tests Tell Too Much", that the text also writes in lower case
                        // ("genetic testing") and never reads as a noun: a name keeps its capital,
                        // and a noun ("Graph Mining", "graph mining") stays one.
                        if length == 1, unit.tag == .noun || unit.tag == .properNoun, unit.isMostlyNotNominal { continue }
                        // A capitalised word the tagger mostly reads as an adjective, before a common
                        // noun, modifies it ("Olympic champion", "Chinese government"): no keyword on
                        // its own there, where modifiers come first and only names have capitals. So
                        // does a word read as a noun there that the tagger reads as an adjective in a
                        // third of its occurrences or more ("postal votes", "postal ballots").
                        if length == 1, modifiersPrecedeNames, end < run.upperBound, units[end].tag == .noun,
                            unit.tag == .properNoun && unit.isReadAsAdjective || unit.tag == .noun && unit.hasAdjectiveReading
                        {
                            continue
                        }
                        // A name is not cut before its end ("Russian President Vladimir" of "… Putin").
                        if unit.tag != nil && Self.isNamePart(unit, capitalisesNouns: capitalisesNouns) && end < run.upperBound
                            && Self.isNamePart(units[end], capitalisesNouns: capitalisesNouns)
                            && (unit.tag == .properNoun || units[end].tag == .properNoun)
                        {
                            continue
                        }
                        // In Chinese, a phrase does not end in a one-character word that a noun
                        // follows in the run: "美洲家" of "美洲家蛛" (American house spider).
                        if cutsChineseCompound, length > 1, end < run.upperBound, document.text[unit.range].unicodeScalars.count == 1 {
                            continue
                        }
                        var slot = phrases.candidate(of: node)
                        if slot < 0 {
                            // The first time these words come as a phrase: find its candidate by
                            // the joined key (different words may join into the same key).
                            let key = keys.joined(phrase, separator: joiner)
                            if keys.joinsAmbiguously && !indexed {
                                index = Dictionary(uniqueKeysWithValues: table.keys.enumerated().map { ($1, $0) })
                                indexed = true
                            }
                            if let existing = indexed ? index[key] : nil {
                                slot = existing
                            } else {
                                slot = table.count
                                if indexed { index[key] = slot }
                                table.append(key: key, words: phrase, firstSentence: sentenceIndex)
                            }
                            phrases.setCandidate(slot, of: node)
                        }
                        let capitalised =
                            phrase.allSatisfy(\.isCapitalised) && !(capitalisesNouns && length == 1 && !unit.isAllCapitals)
                        table.addOccurrence(
                            of: slot, range: units[start].range.lowerBound..<unit.range.upperBound, sentence: sentenceIndex,
                            units: phrase, headIsBase: pattern.map { phrase[$0.head(of: phrase)].isBase } ?? true,
                            capitalised: capitalised, insideSentence: !units[start].startsSentence,
                            allCapitals: phrase.allSatisfy(\.isAllCapitals),
                            // A name glued to common words ("bring Lake Marrow", "Путин провёл
                            // переговоры"); two words may be a term with a name ("озеро Марроу").
                            // Noun-phrase patterns rule these out already ("ministère de la Défense").
                            mixedCase: pattern == nil && length > 2 && !capitalisesNouns && phrase.contains(where: \.isLowercase)
                                && phrase.contains(where: { $0.isCapitalised && !$0.startsSentence }))
                    }
                }
            }
        }
        table.unitKeys = keys.strings
        if annotation != nil {
            var counts = [Int32](repeating: 0, count: document.terms.count)
            for token in document.tokens where token.kind.isWord {
                if let term = token.term { counts[term] += 1 }
            }
            table.termTokenCounts = counts
        }
        return table
    }

    /// Whether `word` is a number and a measure word written as one dictionary word in Chinese
    /// or Japanese ("一只", "两个", "三名", "5个"): a numeral, then one of the measure words, a
    /// closed class ("二战" and "三星" are not).
    static func isNumberAndMeasureWord(_ word: Substring) -> Bool {
        guard word.count == 2, let first = word.unicodeScalars.first, let last = word.last else { return false }
        return (first.properties.numericType != nil || first == "两" || first == "兩") && measureWords.contains(last)
    }

    /// Chinese and Japanese measure words (classifiers) and counters.
    static let measureWords: Set<Character> = [
        "个", "個", "只", "隻", "名", "位", "条", "條", "种", "種", "次", "年", "天", "家", "件", "本", "张", "張", "头", "頭",
        "辆", "輛", "架", "台", "座", "所", "项", "項", "篇", "部", "把", "群", "批", "份", "场", "場", "起", "枚", "颗", "顆",
        "根", "片", "块", "塊", "层", "層", "句", "点", "點", "些", "款", "艘", "匹", "棵", "株", "道", "间", "間", "套", "支",
        "双", "雙", "对", "對", "副", "封", "首", "届", "屆", "轮", "輪", "期", "例", "人", "月", "日", "周", "週", "岁", "歳",
        "歲", "回", "度", "分", "秒", "つ", "階", "番", "円", "元",
    ]

    /// Whether a unit can be part of a name: a proper noun, or a capitalised adjective or noun
    /// inside a sentence ("Collective Security Treaty Organization"; German capitalises every noun,
    /// so there only adjectives).
    private static func isNamePart(_ unit: Unit, capitalisesNouns: Bool) -> Bool {
        switch unit.tag {
        case .properNoun: true
        case .adjective: unit.isCapitalised && !unit.startsSentence
        case .noun: unit.isCapitalised && !unit.startsSentence && !capitalisesNouns
        default: false
        }
    }

    /// The distinct keys of a document's units, numbered: every term's key and the keys made by
    /// joining hyphenated words or cutting an elided article. Equal keys get equal numbers.
    ///
    /// A term's own key is numbered by its term (the document's terms are distinct already), so
    /// only the keys made here are hashed, and they are compared with the terms only where one
    /// could equal a term: in languages that elide articles, or when a term contains a hyphen.
    struct UnitKeys {
        let document: Document
        /// The keys, by number: the terms, then the keys made here.
        private(set) var strings: [String]
        /// The numbers of the keys made here (and of the terms, once they must be compared).
        private var numbers: [String: Int32] = [:]
        /// Whether `numbers` holds the terms too.
        private var numbersHoldTerms = false
        /// Whether a key made here could equal a term; `nil` until the first one is made.
        private var madeKeysMeetTerms: Bool?
        /// Each term's unit key number and elided prefix length, in languages that elide.
        private var elidedUnits: [(key: Int32, elision: Int)?]
        /// Whether each term has been checked for what makes joined keys ambiguous.
        private var checkedTerms: [Bool]
        private let elides: Bool

        /// Whether joining keys can make the same phrase key from different words: always in
        /// languages written without spaces ("北极" + "航线", "北极航" + "线"), otherwise only
        /// once a key is empty or holds a space.
        private(set) var joinsAmbiguously: Bool

        init(document: Document) {
            self.document = document
            strings = document.terms
            joinsAmbiguously = document.language.writesWithoutSpaces
            elides = CandidateExtractor.elidingLanguages.contains(document.language.code)
            elidedUnits = elides ? Array(repeating: nil, count: document.terms.count) : []
            checkedTerms = Array(repeating: false, count: document.terms.count)
        }

        /// The number of a key made by joining or cutting words.
        mutating func number(_ key: String) -> Int32 {
            if madeKeysMeetTerms == nil {
                madeKeysMeetTerms = elides || document.terms.contains { $0.utf8.contains(UInt8(ascii: "-")) }
            }
            if madeKeysMeetTerms == true && !numbersHoldTerms {
                numbers.reserveCapacity(document.terms.count)
                for (term, string) in document.terms.enumerated() { numbers[string] = Int32(term) }
                numbersHoldTerms = true
            }
            if let known = numbers[key] { return known }
            let number = Int32(strings.count)
            strings.append(key)
            numbers[key] = number
            noteAmbiguity(key)
            return number
        }

        /// The key of a phrase: its units' keys joined by `separator`.
        func joined(_ phrase: ArraySlice<Unit>, separator: String) -> String {
            var key = strings[Int(phrase[phrase.startIndex].key)]
            for unit in phrase.dropFirst() {
                key += separator
                key += strings[Int(unit.key)]
            }
            return key
        }

        /// The key number of a term as a unit on its own, and how many characters of an elided
        /// article ("l'" of "l'ONU") the unit leaves out (0 for none).
        mutating func unit(ofTerm term: Int) -> (key: Int32, elision: Int) {
            if !checkedTerms[term] {
                checkedTerms[term] = true
                noteAmbiguity(document.terms[term])
            }
            guard elides else { return (Int32(term), 0) }
            if let known = elidedUnits[term] { return known }
            var key = document.terms[term]
            var found = (key: Int32(term), elision: 0)
            if let cut = CandidateExtractor.elisionLength(key), cut < key.count {
                // "l'ONU" is "ONU": the article is a word of its own, and a stopword.
                key.removeFirst(cut)
                found = (number(key), cut)
            }
            elidedUnits[term] = found
            return found
        }

        private mutating func noteAmbiguity(_ key: String) {
            if key.isEmpty || key.utf8.contains(0x20) { joinsAmbiguously = true }
        }
    }

    /// The phrases met so far as a trie of unit key numbers, each node remembering the candidate
    /// its phrase belongs to, so that a phrase met again costs one integer lookup per word
    /// instead of joining and hashing its key.
    ///
    /// The edges are an open-addressing hash table keyed by (parent node, key number), with a
    /// multiplicative hash: cheaper than a `Dictionary` for these small integer keys.
    struct PhraseTrie {
        static let root: Int32 = 0
        /// Per slot: the edge key (parent << 32 | key number) plus one, or 0 for an empty slot.
        private var edgeKeys: [UInt64]
        /// Per slot: the child node of the edge.
        private var edgeChildren: [Int32]
        /// Per node: its phrase's candidate, or -1 when not known yet.
        private var candidates: [Int32] = [-1]

        init(capacity: Int = 1024) {
            var slots = 1024
            while slots < capacity * 2 { slots *= 2 }
            edgeKeys = [UInt64](repeating: 0, count: slots)
            edgeChildren = [Int32](repeating: 0, count: slots)
        }

        /// The node of the phrase `node` followed by the unit key `key` (made if new).
        mutating func child(of node: Int32, _ key: Int32) -> Int32 {
            let edge = (UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))) &+ 1
            let mask = edgeKeys.count - 1
            var slot = Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while edgeKeys[slot] != 0 {
                if edgeKeys[slot] == edge { return edgeChildren[slot] }
                slot = (slot + 1) & mask
            }
            let child = Int32(candidates.count)
            candidates.append(-1)
            edgeKeys[slot] = edge
            edgeChildren[slot] = child
            if candidates.count * 2 > edgeKeys.count { grow() }
            return child
        }

        /// The candidate index of a node's phrase, or -1 when not known yet.
        func candidate(of node: Int32) -> Int { Int(candidates[Int(node)]) }

        mutating func setCandidate(_ candidate: Int, of node: Int32) { candidates[Int(node)] = Int32(candidate) }

        private mutating func grow() {
            let oldKeys = edgeKeys
            let oldChildren = edgeChildren
            edgeKeys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            edgeChildren = [Int32](repeating: 0, count: oldKeys.count * 2)
            let mask = edgeKeys.count - 1
            for (edge, child) in zip(oldKeys, oldChildren) where edge != 0 {
                var slot = Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
                while edgeKeys[slot] != 0 { slot = (slot + 1) & mask }
                edgeKeys[slot] = edge
                edgeChildren[slot] = child
            }
        }
    }

    /// Cuts sentences into runs of units; its buffers are reused from sentence to sentence.
    ///
    /// Without an annotation, runs break at stopwords, punctuation and symbols. With one, they
    /// break at words whose part of speech cannot be inside a noun phrase (verbs, pronouns,
    /// adverbs…; adpositions and determiners too, except as connectors in languages whose
    /// pattern has them), and after a possessive ("Russia's president" is not one phrase).
    struct RunScanner {
        let document: Document
        let annotation: Annotation?
        let pattern: PhrasePattern?
        /// The units of the last sentence scanned.
        private(set) var units: [Unit] = []
        /// The runs of the last sentence scanned, as ranges of `units`.
        private(set) var runs: [Range<Int>] = []
        /// The unit key number of each lemma, once asked for (-1 before).
        private var lemmaKeyNumbers: [Int32]

        /// Per token: the noun or name tag the document's tagger mostly reads its word form with,
        /// if it does (empty without an annotation).
        private var nominalReadings: [PartOfSpeech?] = []
        /// Per token: whether the tagger reads its word form as something else than a noun or a
        /// name in most of its occurrences (empty without an annotation).
        private var mostlyNotNominal: [Bool] = []
        /// Per token: whether the document writes its form in lower case somewhere and the tagger
        /// never reads it as a common noun (empty without an annotation).
        private var formInLowerCase: [Bool] = []
        /// Per token: whether the tagger reads its form as an adjective more often than as a noun or
        /// name in the document (empty without an annotation).
        private var formReadAsAdjective: [Bool] = []
        /// Per token: whether the tagger reads its form as an adjective in a third of its
        /// occurrences or more.
        private var formHasAdjectiveReading: [Bool] = []

        /// The form keys (`formKey`) of the stopwords the document writes as parts of names and as
        /// names alone (`stopwordsWrittenAsNames`; empty without an annotation).
        private var stopwordNames: (inNames: Set<Int>, alone: Set<Int>) = ([], [])

        /// Whether words with a case particle end phrases (Korean).
        private let closesAtParticles: Bool

        init(document: Document, annotation: Annotation? = nil, pattern: PhrasePattern? = nil) {
            self.document = document
            self.annotation = annotation
            self.pattern = pattern
            closesAtParticles = annotation != nil && document.language.code == "ko"
            lemmaKeyNumbers = [Int32](repeating: -1, count: annotation?.lemmaKeys.count ?? 0)
            if let annotation {
                (nominalReadings, mostlyNotNominal, formInLowerCase, formReadAsAdjective, formHasAdjectiveReading) =
                    Self.readings(document, annotation.tags.tags)
                stopwordNames = Self.stopwordsWrittenAsNames(document)
                if document.language.code == "en" { Self.addGerundReadings(document, annotation.tags.tags, to: &nominalReadings) }
            }
        }

        /// Whether a Korean lemma (morphemes joined by "+") ends in a particle other than the
        /// genitive "의" ("가계+를": an object; "개인+의": "the individual's", inside a phrase).
        static func endsInCaseParticle(_ lemma: String) -> Bool {
            guard let plus = lemma.lastIndex(of: "+") else { return false }
            let last = lemma[lemma.index(after: plus)...]
            return last != "의" && Lemmatizer.koreanParticles.contains(String(last))
        }

        /// English gerunds that name a thing after a noun or adjective ("machine learning", "load
        /// balancing", "remote rendering"), which taggers often read as verbs: a verb ending in
        /// "-ing" counts as a noun where the document writes it after the same singular word at least
        /// twice. A term is repeated; a verb after its subject seldom is word for word.
        static func addGerundReadings(_ document: Document, _ tags: [PartOfSpeech], to readings: inout [PartOfSpeech?]) {
            var pairs: [Int: [Int]] = [:]
            let tokens = document.tokens
            for index in tokens.indices.dropFirst() where tags[index] == .verb {
                guard let term = tokens[index].term, let before = tokens[index - 1].term,
                    tags[index - 1] == .noun || tags[index - 1] == .adjective || tags[index - 1] == .properNoun
                        || readings[index - 1] != nil
                else { continue }
                let word = document.text[tokens[index].range]
                guard word.utf8.count >= 5, word.utf8.last == UInt8(ascii: "g"), word.hasSuffix("ing"),
                    word.first?.isLowercase == true
                else { continue }
                // A compound's first word is singular ("machine learning", "data mining"); after a
                // plural the -ing form is a verb ("objects hopping", "people living").
                let previous = document.text[tokens[index - 1].range]
                if previous.hasSuffix("s") && !previous.hasSuffix("ss") { continue }
                pairs[before << 32 | term, default: []].append(index)
            }
            for indices in pairs.values where indices.count >= 2 {
                for index in indices { readings[index] = .noun }
            }
            // Participles before a noun, not after a subject ("mixed strategy", "distributed
            // computing", "the iterated dominance"; not "police arrested suspects"), written so
            // at least twice: adjectives.
            var modifiers: [Int: [Int]] = [:]
            for index in tokens.indices.dropLast() where tags[index] == .verb {
                let next = index + 1
                guard let term = tokens[index].term, let after = tokens[next].term,
                    tags[next] == .noun || readings[next] == .noun
                else { continue }
                if index > 0 {
                    let before = tags[index - 1]
                    guard before == .determiner || before == .adposition || before == .adjective || before == .coordinatingConjunction
                        || before == .punctuation
                    else { continue }
                }
                let word = document.text[tokens[index].range]
                guard word.utf8.count >= 5, word.hasSuffix("ed") || word.hasSuffix("ing"), word.first?.isLowercase == true
                else { continue }
                modifiers[term << 32 | after, default: []].append(index)
            }
            for indices in modifiers.values where indices.count >= 2 {
                for index in indices where readings[index] == nil { readings[index] = .adjective }
            }
        }

        /// One reading per word form in a document: a form the tagger reads as a noun or name in
        /// at least half of its occurrences is one in all of them (a name when names are the more
        /// frequent reading, or as frequent and the occurrence has a capital), so that a tagging
        /// slip ("gene" as a verb once among many nouns) does not cut a phrase. Forms are told apart as written but for the case of ASCII letters, so
        /// that words that share a stem ("estimation", "estimating") keep their own readings.
        static func nominalReadings(_ document: Document, _ tags: [PartOfSpeech]) -> [PartOfSpeech?] {
            readings(document, tags).nominal
        }

        /// `nominalReadings`, and per token whether its form is read as something else than a
        /// noun or name in more of its occurrences than as one, whether the document writes its
        /// form in lower case somewhere and never as a common noun, and whether its form is read
        /// as an adjective more often than as a noun or name, and in a third of its occurrences.
        static func readings(
            _ document: Document, _ tags: [PartOfSpeech]
        ) -> (nominal: [PartOfSpeech?], mostlyOther: [Bool], inLowerCase: [Bool], asAdjective: [Bool], oftenAdjective: [Bool]) {
            var counts: [Int: (nouns: Int32, names: Int32, other: Int32, lower: Int32, adjectives: Int32)] = [:]
            var keys = [Int](repeating: -1, count: document.tokens.count)
            for (index, token) in document.tokens.enumerated() {
                guard token.term != nil else { continue }
                let key = Self.formKey(document.text.utf8[token.range])
                keys[index] = key
                var count = counts[key] ?? (0, 0, 0, 0, 0)
                if let first = document.text.utf8[token.range].first, first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
                    || first >= 0x80 && document.text.unicodeScalars[token.range.lowerBound].properties.isLowercase
                {
                    count.lower += 1
                }
                switch tags[index] {
                case .noun: count.nouns += 1
                case .properNoun: count.names += 1
                case .adjective:
                    count.other += 1
                    count.adjectives += 1
                default: count.other += 1
                }
                counts[key] = count
            }
            var mostlyOther = [Bool](repeating: false, count: keys.count)
            var inLowerCase = [Bool](repeating: false, count: keys.count)
            var asAdjective = [Bool](repeating: false, count: keys.count)
            var oftenAdjective = [Bool](repeating: false, count: keys.count)
            let nominal: [PartOfSpeech?] = keys.indices.map { index in
                let key = keys[index]
                guard key >= 0, let count = counts[key] else { return nil }
                let nominal = count.nouns + count.names
                mostlyOther[index] = count.other > nominal
                inLowerCase[index] = count.lower > 0 && count.nouns == 0
                asAdjective[index] = count.adjectives > nominal
                oftenAdjective[index] = count.adjectives * 3 >= nominal + count.other
                guard nominal > 0, nominal >= count.other else { return nil }
                if count.names > count.nouns { return .properNoun }
                // A tie goes to the name where this occurrence is written with a capital.
                if count.names == count.nouns, document.text[document.tokens[index].range].first?.isUppercase == true {
                    return .properNoun
                }
                return .noun
            }
            return (nominal, mostlyOther, inLowerCase, asAdjective, oftenAdjective)
        }

        /// The form keys (`formKey`) of the stopwords that the document writes as part of a name
        /// at least once, and of those it writes as a name of their own.
        ///
        /// Part of a name: with a capital inside a sentence ("A Very Long Engagement"); not where a
        /// clause starts, at a sentence's start, after a colon or an opening quote ("When", "She",
        /// "What: Said"); not in capitals beside a word in capitals ("THE REPUBLICANS DO"). (In a
        /// script without capitals, any stopword the tagger reads as a name is one.)
        ///
        /// A name of its own: so, and not beside another stopword with a capital ("Mrs May", "the
        /// US economy"; not "With" of "Be With You").
        static func stopwordsWrittenAsNames(_ document: Document) -> (inNames: Set<Int>, alone: Set<Int>) {
            var names: (inNames: Set<Int>, alone: Set<Int>) = ([], [])
            let tokens = document.tokens
            let text = document.text
            for sentence in document.sentences {
                var startsClause = true
                // The word that starts the latest clause: its capital is the clause's.
                var clauseStart = -1
                for index in sentence.tokens {
                    let token = tokens[index]
                    if token.kind == .other {
                        if let mark = text[token.range].unicodeScalars.first, Self.clauseOpeners.contains(mark) { startsClause = true }
                        continue
                    }
                    if startsClause { clauseStart = index }
                    defer { startsClause = false }
                    guard token.isStopword, token.term != nil else { continue }
                    let word = WordShape(text, token.range)
                    var alone = true
                    if word.startsUppercase {
                        guard !startsClause else { continue }
                        let neighbours = [index - 1, index + 1].filter {
                            sentence.tokens.contains($0) && tokens[$0].term != nil && tokens[$0].kind != .number
                        }
                        let shapes = neighbours.map { (index: $0, shape: WordShape(text, tokens[$0].range)) }
                        // An acronym stands among words that are not in capitals.
                        if word.isAllCapitals && word.characterCount > 1 && shapes.contains(where: { $0.shape.isAllCapitals }) {
                            continue
                        }
                        alone = !shapes.contains { neighbour in
                            tokens[neighbour.index].isStopword && neighbour.shape.startsUppercase && neighbour.index != clauseStart
                        }
                    } else {
                        // In lower case; or in a script without case, where `stopwordAsName` needs
                        // no evidence.
                        continue
                    }
                    let key = Self.nameKey(text[token.range])
                    names.inNames.insert(key)
                    if alone { names.alone.insert(key) }
                }
            }
            return names
        }

        /// A key of a word form that ignores case as `formKey` does, also outside ASCII ("SÃO" and
        /// "São" are one): `formKey` of an ASCII word, of its lower case otherwise.
        static func nameKey(_ word: Substring) -> Int {
            word.utf8.allSatisfy { $0 < 0x80 } ? formKey(word.utf8) : formKey(word.lowercased()[...].utf8)
        }

        /// Marks after which a clause starts: a colon and opening quotes.
        static let clauseOpeners: Set<Unicode.Scalar> = [":", "\"", "“", "„", "«", "‘", "‚", "「", "『"]

        /// A key of a word form that ignores the case of ASCII letters (FNV-1a): "Gene" and "gene"
        /// are one form, "estimation" and "estimating" two. A short acronym is a form of its own:
        /// "US" is not the pronoun "us", nor "IT" "it".
        static func formKey(_ bytes: Substring.UTF8View) -> Int {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var capitals = 0
            for byte in bytes {
                let isCapital = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                if isCapital { capitals += 1 }
                hash = (hash ^ UInt64(isCapital ? byte | 0x20 : byte)) &* 0x100_0000_01B3
            }
            if capitals == bytes.count && (2...4).contains(capitals) { hash = ~hash }
            return Int(truncatingIfNeeded: hash & 0x7FFF_FFFF_FFFF_FFFF)
        }

        /// Whether the word at `range` is an English gerund ("learning", "pruning"): a noun, which
        /// the treebanks tag as a verb, so its verb readings do not make it less of one.
        private func isGerund(_ range: Range<String.Index>) -> Bool {
            guard document.language.code == "en" else { return false }
            let word = document.text.utf8[range]
            return word.count > 5 && word.suffix(3).elementsEqual("ing".utf8)
        }

        /// The part of speech a token counts as for candidates (see `nominalReadings`).
        private func tag(ofToken index: Int) -> PartOfSpeech? {
            guard let tag = annotation?.tags.tags[index] else { return nil }
            if !tag.isNominal, let nominal = nominalReadings[index],
                tag == .verb || tag == .adjective || tag == .adverb || tag == .other || tag == .numeral || tag == .pronoun
            {
                return nominal
            }
            // A name where the word's more frequent reading is a name ("Soeharto" read once as a
            // common noun in a headline).
            if tag == .noun, nominalReadings[index] == .properNoun { return .properNoun }
            // A Russian, Ukrainian or Belarusian adjective in "-о" that is not a genitive in
            // "-ого"/"-его" is an adverb or a short form ("самостоятельно"), never inside a noun
            // phrase.
            if tag == .adjective, Self.shortFormLanguages.contains(document.language.code),
                Self.isShortFormOrAdverb(document.text[document.tokens[index].range])
            {
                return .adverb
            }
            // A Polish active participle ("przekraczający średnią", "dotyczących natężenia") takes
            // objects as its verb does: a clause, not a noun phrase's adjective. (Passive ones,
            // "zainstalowany", are adjectives.) The treebank gives participles their verb's lemma.
            if tag == .adjective, document.language.code == "pl", annotation?.tags.lemma(ofToken: index)?.hasSuffix("ć") == true,
                document.text[document.tokens[index].range].contains("ąc")
            {
                return .verb
            }
            // An acronym is a name, not a number ("IUU", "FAO", which taggers trained on little
            // such text read as numerals, like Roman numerals).
            if tag == .numeral, Self.isAcronym(document.text[document.tokens[index].range]) { return .properNoun }
            // A Japanese verb in its dictionary form read as a noun or a name ("死ぬ", "演じる"
            // after a name).
            if tag == .noun || tag == .properNoun, document.language.code == "ja",
                Self.isJapaneseInflectedWord(document.text[document.tokens[index].range])
            {
                return .verb
            }
            // A Japanese adjective in its adverbial form in "-く" ("美しく迫力ある映像": beautifully)
            // modifies the verb after it, not a noun.
            if tag == .adjective, document.language.code == "ja", document.text[document.tokens[index].range].last == "く" {
                return .adverb
            }
            return tag
        }

        /// Languages whose adjectives in "-о" are adverbs or short forms unless they end in
        /// "-ого" or "-его".
        static let shortFormLanguages: Set<String> = ["ru", "uk", "be"]

        /// Whether a Cyrillic adjective ends in "о" but not in "ого", "его" or "ього".
        static func isShortFormOrAdverb(_ word: Substring) -> Bool {
            guard word.last == "о" || word.last == "О" else { return false }
            let ending = word.suffix(3).lowercased()
            return ending != "ого" && ending != "его" && ending != "ього"
        }

        /// Whether `word` is written as a Japanese verb in its dictionary form is: kanji, then one or
        /// two hiragana ending in a u-row kana (死ぬ, 行く, 食べる). Nouns are written in kanji
        /// alone, or end otherwise (答え, 話し, and 違い, 囲い: the "-い" of nouns made from verbs
        /// is why adjectives are left to the tagger).
        static func isJapaneseInflectedWord(_ word: Substring) -> Bool {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2, let last = scalars.last, "うくぐすつぬぶむる".unicodeScalars.contains(last) else { return false }
            let isHiragana = { (scalar: Unicode.Scalar) in (0x3041...0x309F).contains(scalar.value) }
            let isKanji = { (scalar: Unicode.Scalar) in (0x4E00...0x9FFF).contains(scalar.value) || scalar == "々" }
            let kana = scalars.reversed().prefix(while: isHiragana).count
            guard (1...2).contains(kana), kana < scalars.count else { return false }
            return scalars.dropLast(kana).allSatisfy(isKanji)
        }

        /// Whether `word` is letters only, in capitals (`CandidateExtractor.isAllCapitals`), and not
        /// a Roman numeral ("IV", "XII").
        static func isAcronym(_ word: Substring) -> Bool {
            CandidateExtractor.isAllCapitals(word) && word.allSatisfy(\.isLetter)
                && !word.unicodeScalars.allSatisfy { "IVXLCDM".unicodeScalars.contains($0) }
        }

        /// Finds the runs of units of `sentence`.
        mutating func scan(_ sentence: Sentence, keys: inout UnitKeys) {
            units.removeAll(keepingCapacity: true)
            runs.removeAll(keepingCapacity: true)
            var runStart = 0
            func closeRun() {
                // A run does not end with connectors ("guerre de").
                var end = units.count
                while end > runStart && units[end - 1].isConnector { end -= 1 }
                if end > runStart { runs.append(runStart..<end) }
                runStart = units.count
            }
            var pendingHyphen = false
            var first = true
            var previousEnd: String.Index?
            for tokenIndex in sentence.tokens {
                let token = document.tokens[tokenIndex]
                let adjacent = previousEnd == token.range.lowerBound
                defer { previousEnd = token.range.upperBound }
                // The full stop of a dotted abbreviation, which its unit already holds ("U.S. Army").
                if token.kind == .other, units.count > runStart, units[units.count - 1].range.upperBound == token.range.upperBound {
                    continue
                }
                if token.kind == .other {
                    if adjacent, units.count > runStart, !units[units.count - 1].isConnector,
                        CandidateExtractor.isHyphen(document.text, token.range)
                    {
                        pendingHyphen = true
                        continue
                    }
                    pendingHyphen = false
                    closeRun()
                    continue
                }
                let startsSentence = first
                first = false
                guard let term = token.term else { continue }
                if CandidateExtractor.isNotation(tokenIndex, in: document) {
                    pendingHyphen = false
                    closeRun()
                    continue
                }
                let word = WordShape(document.text, token.range)
                var tag = tag(ofToken: tokenIndex)
                // A foreign word written with a capital is taken for a name ("Путин" in English).
                if tag == .other && word.startsUppercase { tag = .properNoun }
                // So is an article with a capital inside a sentence, before a name and after a word
                // in lower case or a name: "à Las Vegas", "de El Salvador", "Marine Le Pen".
                // (Not in English: "The" is seldom part of a name there but of a title, "The
                // Aviator", whose keyword needs no article, and joins names that a comma should
                // have parted: "Dow Industrials The Diamonds Trust".)
                if tag == .determiner, document.language.code != "en", word.startsUppercase, !word.isAllCapitals, !startsSentence,
                    isArticleOfName(tokenIndex, in: sentence.tokens)
                {
                    tag = .properNoun
                }
                let lemmaKey = lemmaKeyNumber(ofToken: tokenIndex, keys: &keys)
                // A hyphen with a space after it is a dash: it ends the phrase ("fonctionnaires-
                // cérémonie").
                if pendingHyphen && !adjacent {
                    pendingHyphen = false
                    closeRun()
                }
                if pendingHyphen && adjacent, units.count > runStart {
                    // Join to the unit before: "anti" "-" "terrorism".
                    var last = units[units.count - 1]
                    let key = lemmaKey ?? keys.unit(ofTerm: term).key
                    last.range = last.range.lowerBound..<token.range.upperBound
                    // A reduplicated word is the word ("lagu-lagu", songs, is "lagu") in the
                    // languages that make plurals so.
                    if !(last.key == key && CandidateExtractor.reduplicatingLanguages.contains(document.language.code)) {
                        last.key = keys.number(keys.strings[Int(last.key)] + "-" + keys.strings[Int(key)])
                    }
                    last.isNumber = last.isNumber && token.kind == .number
                    last.isAllCapitals = last.isAllCapitals && word.isAllCapitals
                    last.letterCount += word.characterCount
                    last.tag = tag
                    last.isBase = isBase(tokenIndex)
                    last.isNotGenitive = isNotGenitive(tokenIndex, tag: tag)
                    last.lastToken = Int32(tokenIndex)
                    units[units.count - 1] = last
                    pendingHyphen = false
                    if let tag, let pattern, !pattern.isPhraseWord(tag) {
                        // "state-run": the joined word is not a noun-phrase word after all.
                        units.removeLast()
                        closeRun()
                    }
                    continue
                }
                pendingHyphen = false
                var isConnector = false
                if let tag, let pattern {
                    if pattern.isConnector(tag) {
                        // Only "de" and its forms ("du", "della", "do"), after a noun, and an
                        // article after it ("de la").
                        let previous = units.count > runStart ? units[units.count - 1] : nil
                        let allowed = previous.map { unit in
                            tag == .adposition
                                ? !unit.isConnector && unit.tag?.isNominal == true && PhrasePattern.joiningWords.contains(document.terms[term])
                                : unit.isConnector && unit.tag == .adposition && PhrasePattern.articles.contains(document.terms[term])
                        } ?? false
                        guard allowed else {
                            closeRun()
                            continue
                        }
                        isConnector = true
                    } else if !pattern.isPhraseWord(tag) {
                        closeRun()
                        continue
                    }
                } else if token.isStopword {
                    closeRun()
                    continue
                }
                let (termKey, elision) = keys.unit(ofTerm: term)
                var range = token.range
                if elision > 0 {
                    range = document.text.index(range.lowerBound, offsetBy: elision)..<range.upperBound
                }
                let possessive = spacedLanguage ? CandidateExtractor.possessiveLength(document.text, range) : 0
                if possessive > 0 {
                    range = range.lowerBound..<document.text.index(range.upperBound, offsetBy: -possessive)
                } else if spacedLanguage, let stop = CandidateExtractor.abbreviationStop(after: tokenIndex, in: document) {
                    // "U.S.": the full stop ICU leaves out of a dotted abbreviation is shown.
                    range = range.lowerBound..<stop
                }
                units.append(
                    Unit(
                        range: range, key: isConnector || elision > 0 ? termKey : lemmaKey ?? termKey, isNumber: token.kind == .number,
                        isCapitalised: word.startsUppercase, isLowercase: word.startsLowercase, isAllCapitals: word.isAllCapitals,
                        letterCount: word.characterCount - possessive, startsSentence: startsSentence, tag: tag,
                        isConnector: isConnector, isStopword: token.isStopword, isBase: elision > 0 || possessive > 0 || isBase(tokenIndex),
                        isNotGenitive: isNotGenitive(tokenIndex, tag: tag), lastToken: Int32(tokenIndex), isElided: elision > 0,
                        isMostlyNotNominal: !mostlyNotNominal.isEmpty && mostlyNotNominal[tokenIndex] && !isGerund(range)
                            && (tag != .properNoun || formInLowerCase[tokenIndex]),
                        isReadAsAdjective: !formReadAsAdjective.isEmpty && formReadAsAdjective[tokenIndex],
                        hasAdjectiveReading: !formHasAdjectiveReading.isEmpty && formHasAdjectiveReading[tokenIndex],
                        stopwordAsName: stopwordAsName(token, shape: word)))
                // "Russia's president": the possessor ends its phrase.
                if possessive > 0 { closeRun() }
                // A Korean word with a case particle but the genitive's ends its phrase: "직계가족을
                // | 가계를" are two objects ("위기의 시대에는 | 전략마인드를").
                if closesAtParticles, let lemma = annotation?.tags.lemma(ofToken: tokenIndex), Self.endsInCaseParticle(lemma) {
                    closeRun()
                }
            }
            closeRun()
        }

        private var spacedLanguage: Bool { !document.language.writesWithoutSpaces }

        /// For a stopword, whether the document writes its form as part of a name, and as a name
        /// alone (`stopwordsWrittenAsNames`); in a script without case, always.
        private func stopwordAsName(_ token: Token, shape: WordShape) -> (inName: Bool, alone: Bool) {
            guard token.isStopword else { return (false, false) }
            if !shape.startsUppercase && !shape.startsLowercase { return (true, true) }
            let key = Self.nameKey(document.text[token.range])
            return (stopwordNames.inNames.contains(key), stopwordNames.alone.contains(key))
        }

        /// Whether the token at `index`, read as `tag`, has an ending that is no genitive's: an
        /// adjective's ending where the language tells it (`PhrasePattern.genitiveAdjectiveEndings`);
        /// a noun, in a language whose nouns show case, written as its lemma and ending in a
        /// consonant, "ь" or "й" (a masculine's nominative: "вівторок", "прес-секретар").
        private func isNotGenitive(_ index: Int, tag: PartOfSpeech?) -> Bool {
            switch tag {
            case .adjective:
                guard let endings = PhrasePattern.genitiveAdjectiveEndings[document.language.code] else { return false }
                let word = document.text[document.tokens[index].range].lowercased()
                return !endings.contains { word.hasSuffix($0) }
            case .noun:
                guard pattern?.marksCase == true, let last = document.text[document.tokens[index].range].last,
                    last.isLetter, !CandidateTable.vowelsAndSigns.contains(Character(last.lowercased())) || "ьй".contains(last)
                else { return false }
                return isBase(index)
            default:
                return false
            }
        }

        /// Whether the token at `index`, a capitalised article, stands between a name or a word in
        /// lower case and a capitalised name of the same sentence (`tokens`).
        private func isArticleOfName(_ index: Int, in tokens: Range<Int>) -> Bool {
            guard let annotation, index - 1 >= tokens.lowerBound, index + 1 < tokens.upperBound else { return false }
            let next = document.tokens[index + 1], previous = document.tokens[index - 1]
            guard next.kind.isWord, previous.kind.isWord, annotation.tags.tags[index + 1] == .properNoun,
                WordShape(document.text, next.range).startsUppercase
            else { return false }
            if annotation.tags.tags[index - 1] == .properNoun { return true }
            return WordShape(document.text, previous.range).startsLowercase
        }

        /// The unit key number of a token's lemma, or `nil` without an annotation or lemma.
        private mutating func lemmaKeyNumber(ofToken index: Int, keys: inout UnitKeys) -> Int32? {
            guard let annotation else { return nil }
            let lemma = annotation.tags.lemmaIndices[index]
            guard lemma >= 0 else { return nil }
            if lemmaKeyNumbers[Int(lemma)] < 0 {
                let key = annotation.lemmaKeys[Int(lemma)]
                lemmaKeyNumbers[Int(lemma)] = key.isEmpty ? -2 : keys.number(key)
            }
            let number = lemmaKeyNumbers[Int(lemma)]
            return number < 0 ? nil : number
        }

        /// Whether a token is written as its lemma (ignoring case); true without an annotation.
        private func isBase(_ index: Int) -> Bool {
            annotation?.tags.isWrittenAsLemma(index, in: document) ?? true
        }
    }

    /// What the candidate rules ask of a word's letters, read from its UTF-8 bytes when it is
    /// ASCII and from its characters otherwise.
    struct WordShape {
        /// Its first character is an upper-case letter.
        let startsUppercase: Bool
        /// Its first character is a lower-case letter.
        let startsLowercase: Bool
        /// `CandidateExtractor.isAllCapitals`.
        let isAllCapitals: Bool
        /// Its number of characters.
        let characterCount: Int

        /// The shape of the word at `range` in `text`.
        init(_ text: String, _ range: Range<String.Index>) {
            let bytes = text.utf8[range]
            if let ascii = bytes.withContiguousStorageIfAvailable(Self.asciiShape) ?? Self.asciiShape(Array(bytes)) {
                self = ascii
            } else {
                let word = text[range]
                startsUppercase = word.first.map { $0.isUppercase } ?? false
                startsLowercase = word.first.map { $0.isLowercase } ?? false
                characterCount = word.count
                isAllCapitals = CandidateExtractor.isAllCapitals(word)
            }
        }

        private init(startsUppercase: Bool, startsLowercase: Bool, isAllCapitals: Bool, characterCount: Int) {
            self.startsUppercase = startsUppercase
            self.startsLowercase = startsLowercase
            self.isAllCapitals = isAllCapitals
            self.characterCount = characterCount
        }

        /// The shape of an ASCII word without carriage returns (one character a byte), or `nil`
        /// for any other word.
        private static func asciiShape(_ bytes: some Collection<UInt8>) -> WordShape? {
            var letters = 0
            var capitals = 0
            for byte in bytes {
                // A carriage return may join the next byte into one character.
                if byte >= 0x80 || byte == 0x0D { return nil }
                if byte >= 0x41 && byte <= 0x5A {
                    letters += 1
                    capitals += 1
                } else if byte >= 0x61 && byte <= 0x7A {
                    letters += 1
                }
            }
            let first = bytes.first ?? 0
            return WordShape(
                startsUppercase: first >= 0x41 && first <= 0x5A, startsLowercase: first >= 0x61 && first <= 0x7A,
                isAllCapitals: letters == capitals && letters >= 1 && bytes.count >= 2, characterCount: bytes.count)
        }
    }

    /// Whether the token at `range` in `text` is a lone hyphen ("-", U+2010, U+2011), which joins
    /// the words around it.
    static func isHyphen(_ text: String, _ range: Range<String.Index>) -> Bool {
        let utf8 = text.utf8[range]
        if utf8.count == 1 { return utf8.first == 0x2D }
        // U+2010 and U+2011 are E2 80 90 and E2 80 91.
        guard utf8.count == 3 else {
            return utf8.count > 3 && text[range].count == 1 && hyphens.contains(text[range].first!)
        }
        var bytes = utf8.makeIterator()
        return bytes.next() == 0xE2 && bytes.next() == 0x80 && [0x90, 0x91].contains(bytes.next()!)
    }

    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]

    /// The end of the full stop after the word token at `index` when the word is a dotted
    /// abbreviation ("U.S", "E.U", "Ph.D" before "."), which ICU's word breaks leave out.
    static func abbreviationStop(after index: Int, in document: Document) -> String.Index? {
        Tagger.abbreviationStop(after: index, in: document, before: document.tokens.count).map { document.tokens[$0].range.upperBound }
    }

    /// Whether the word token at `index` is notation rather than a word of the text (an
    /// abbreviation, part of a web address or of a date), which no keyword is made of, in any
    /// language written with spaces:
    /// - a dotted abbreviation in lower case before its full stop ("e.g.", "i.e.", "z.B.", "т.е.");
    /// - "al." after "et" ("et al.");
    /// - a word of at most four letters before a full stop and a number or a word with a digit
    ///   ("Fig. 3", "Fig. 2B", "Eq. 2", "Vol. 12", "pp. 4", "рис. 5", "Nov. 3"), and that
    ///   reference ("2B");
    /// - an address: a word starting "www." or with a full stop inside it next to a slash
    ///   ("www.sciencemag.org", "bbc.co.uk/news");
    /// - a date's month: a word between two numbers ("6 May 2004", "14 mai 2004") or before a
    ///   day, a comma and a year ("May 13, 2005");
    /// - a currency's country, written onto its sign ("US$96", "R$ 5", "HK$").
    ///
    /// A dotted abbreviation in capitals ("U.S.") stays: it is a name.
    static func isNotation(_ index: Int, in document: Document) -> Bool {
        let tokens = document.tokens
        let text = document.text
        let token = tokens[index]
        let word = text.utf8[token.range]
        guard word.count <= 64, !document.language.writesWithoutSpaces else { return false }
        let full = UInt8(ascii: ".")
        let slash = UInt8(ascii: "/")
        /// The single byte of the token at `i`, if it is one byte long and adjacent to the word.
        func adjacentByte(_ i: Int) -> UInt8? {
            guard tokens.indices.contains(i) else { return nil }
            let other = tokens[i]
            guard other.range.lowerBound == token.range.upperBound || other.range.upperBound == token.range.lowerBound else { return nil }
            let bytes = text.utf8[other.range]
            return bytes.count == 1 ? bytes.first : nil
        }
        // The checks that read the word's bytes come after those of its neighbours: most words
        // have no neighbour that matters, and this runs for every word.
        func hasInnerStop() -> Bool { word.count > 2 && word.dropFirst().dropLast().contains(full) }
        if word.count > 4, word.prefix(4).lazy.map({ $0 | 0x20 }).elementsEqual("www.".utf8) { return true }
        let after = adjacentByte(index + 1)
        if after == slash || adjacentByte(index - 1) == slash, hasInnerStop() { return true }
        func isNumber(_ i: Int) -> Bool { tokens.indices.contains(i) && tokens[i].kind == .number }
        func hasDigit(_ i: Int) -> Bool { text.utf8[tokens[i].range].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) }
        /// A word of at most four letters and its full stop before a number or a word with a digit.
        func isShortAbbreviation(_ i: Int) -> Bool {
            guard i >= 0, tokens.indices.contains(i + 2), tokens[i].kind.isWord else { return false }
            let stop = tokens[i + 1]
            guard stop.range.lowerBound == tokens[i].range.upperBound, text.utf8[stop.range].elementsEqual(".".utf8),
                tokens[i + 2].kind == .number || hasDigit(i + 2)
            else { return false }
            return text[tokens[i].range].count <= 4
        }
        // The number after such an abbreviation: "2B" in "Fig. 2B".
        if isShortAbbreviation(index - 2), hasDigit(index) { return true }
        if isNumber(index + 1) {
            if isNumber(index - 1) { return true }
            if tokens.indices.contains(index + 3), isNumber(index + 3), text.utf8[tokens[index + 3].range].count == 4,
                text.utf8[tokens[index + 2].range].elementsEqual(",".utf8)
            {
                return true
            }
        }
        // A currency's country: "US" in "US$96", "R" in "R$", "HK" in "HK$".
        if tokens.indices.contains(index + 1), tokens[index + 1].range.lowerBound == token.range.upperBound,
            let first = text.utf8[tokens[index + 1].range].first, first == UInt8(ascii: "$") || first >= 0x80,
            text[tokens[index + 1].range].unicodeScalars.first?.properties.generalCategory == .currencySymbol
        {
            return true
        }
        guard after == full else { return false }
        if hasInnerStop(), let first = text[token.range].first, first.isLowercase { return true }
        // The second word of an abbreviation of two written apart ("v. Chr.", "n. Chr."): a short
        // word and its full stop after a word of one or two letters in lower case and its own.
        if word.count <= 4, index >= 2, text.utf8[tokens[index - 1].range].elementsEqual(".".utf8),
            tokens[index - 2].range.upperBound == tokens[index - 1].range.lowerBound, tokens[index - 2].kind.isWord
        {
            let before = text[tokens[index - 2].range]
            if before.count <= 2, before.allSatisfy(\.isLowercase) { return true }
        }
        if word.count == 2, word.lazy.map({ $0 | 0x20 }).elementsEqual("al".utf8), index >= 1 {
            let before = text.utf8[tokens[index - 1].range]
            if before.count == 2, before.lazy.map({ $0 | 0x20 }).elementsEqual("et".utf8) { return true }
        }
        if isShortAbbreviation(index) { return true }
        return false
    }

    /// Languages that make plurals by writing a word twice with a hyphen ("lagu-lagu", songs).
    static let reduplicatingLanguages: Set<String> = ["id", "ms"]

    /// Languages that write elided articles and pronouns onto the next word ("l'ONU", "dell'anno").
    package static let elidingLanguages: Set<String> = ["fr", "it", "ca"]

    /// The length of an elided prefix ("l'", "qu'", "dell'") at the start of a folded word, if any.
    package static func elisionLength(_ word: String) -> Int? {
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

extension CandidateExtractor {
    /// The length, in characters, of a possessive ending at the end of the word at `range`
    /// ("Russia's", "Russia’s", "Moscowʼs", "the Jones'"), or 0. Only Latin-script words of two or
    /// more letters before the ending count.
    static func possessiveLength(_ text: String, _ range: Range<String.Index>) -> Int {
        let bytes = text.utf8[range]
        guard bytes.count >= 3, let last = bytes.last else { return 0 }
        // The apostrophes: ' (27), ’ (E2 80 99), ʼ (CA BC), as the bytes that end them.
        func apostropheLength(endingAt end: String.Index) -> Int {
            let final = bytes[bytes.index(before: end)]
            if final == 0x27 { return 1 }
            guard final == 0x99 || final == 0xBC, bytes.distance(from: bytes.startIndex, to: end) >= 3 else { return 0 }
            let before = bytes.index(before: bytes.index(before: end))
            if final == 0xBC { return bytes[before] == 0xCA ? 2 : 0 }
            return bytes[before] == 0x80 && bytes[bytes.index(before: before)] == 0xE2 ? 3 : 0
        }
        var apostropheEnd = bytes.endIndex
        var ending = 0
        if last == UInt8(ascii: "s") || last == UInt8(ascii: "S") {
            apostropheEnd = bytes.index(before: bytes.endIndex)
            ending = 1
            // Invisible marks between the apostrophe and the "s" (a soft hyphen, a word joiner:
            // "Bloomberg'\u{AD}\u{AD}s" in text from web pages) belong to the ending.
            while bytes.distance(from: bytes.startIndex, to: apostropheEnd) >= 3 {
                let final = bytes[bytes.index(before: apostropheEnd)]
                let before = bytes[bytes.index(apostropheEnd, offsetBy: -2)]
                if final == 0xAD && before == 0xC2 {
                    apostropheEnd = bytes.index(apostropheEnd, offsetBy: -2)
                } else if (final == 0xA0 && before == 0x81 || final == 0x8B && before == 0x80)
                    && bytes[bytes.index(apostropheEnd, offsetBy: -3)] == 0xE2
                {
                    apostropheEnd = bytes.index(apostropheEnd, offsetBy: -3)
                } else {
                    break
                }
                ending += 1
            }
        }
        let apostrophe = apostropheLength(endingAt: apostropheEnd)
        guard apostrophe > 0 else { return 0 }
        let stemEnd = bytes.index(apostropheEnd, offsetBy: -apostrophe)
        let stem = text[range.lowerBound..<stemEnd]
        guard stem.count >= 2, stem.allSatisfy(isLatinLetter) else { return 0 }
        // "Jones'": the apostrophe alone after an s.
        if ending == 0 && !(stem.last == "s" || stem.last == "S") { return 0 }
        return ending + 1
    }

    private static func isLatinLetter(_ character: Character) -> Bool {
        guard character.isLetter, let scalar = character.unicodeScalars.first else { return false }
        return scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value)
    }
}

/// The shape of noun phrases in a language, over units' parts of speech: which words may be in a
/// phrase, which may join two nouns ("de", "di"), and where the head is.
struct PhrasePattern: Sendable {
    /// Where a language puts a noun's modifiers.
    enum Family: Sendable {
        /// Modifiers before the noun, which ends the phrase: English, German, the Scandinavian and
        /// Slavic languages, Greek, Finnish, Turkish, Hindi, Chinese, Japanese, Korean…
        case headFinal
        /// A noun with adjectives on either side, and noun + de/di + noun: French, Spanish,
        /// Portuguese, Italian, Romanian, Catalan, Galician.
        case romance
        /// The noun first, its modifiers after: Arabic, Hebrew, Persian, Indonesian, Malay,
        /// Vietnamese.
        case headInitial
    }

    let family: Family
    /// Whether nouns show their case in their ending (Russian, Ukrainian, Polish, Czech…), so that
    /// a noun in its base form after one that is not starts a new phrase.
    let marksCase: Bool

    init(language: Language) {
        switch language.code {
        case "fr", "es", "pt", "it", "ro", "ca", "gl": family = .romance
        case "ar", "he", "fa", "id", "ms", "vi": family = .headInitial
        default: family = .headFinal
        }
        marksCase = Self.caseMarking.contains(language.code)
    }

    /// The endings of adjectives in the genitive, where every other case ends otherwise (the
    /// genitive of a feminine, "-ой"/"-ей", is also its dative, instrumental and locative, and
    /// counts as one). An adjective after a noun that ends otherwise does not belong to that noun's
    /// complement.
    static let genitiveAdjectiveEndings: [String: [String]] = [
        "ru": ["ого", "его", "ой", "ей", "ых", "их"],
        "uk": ["ого", "ої", "их", "іх"],
    ]

    /// Languages whose nouns decline for case.
    static let caseMarking: Set<String> = ["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv"]

    /// Words that can be inside a noun phrase.
    func isPhraseWord(_ tag: PartOfSpeech) -> Bool {
        switch tag {
        case .noun, .properNoun, .adjective, .numeral: true
        default: false
        }
    }

    /// Words that can join two parts of a phrase ("ministre de l'intérieur"): "de" and its
    /// forms (`joiningWords`), and an article after them.
    func isConnector(_ tag: PartOfSpeech) -> Bool {
        family == .romance && (tag == .adposition || tag == .determiner)
    }

    /// "de" and its forms with an article, folded (and stemmed: the Snowball stemmers leave them
    /// as they are), in French, Spanish, Portuguese, Italian, Catalan and Galician.
    static let joiningWords: Set<String> = [
        "de", "di", "da", "do", "dos", "das", "del", "della", "dello", "dei", "degli", "delle", "dell", "des", "du",
    ]

    /// Definite and indefinite articles, folded, in French, Spanish, Portuguese, Italian, Catalan
    /// and Galician: the only determiners that may follow "de" inside a phrase ("ministre de
    /// l'intérieur"; not "spalle di questo business").
    static let articles: Set<String> = [
        "le", "la", "les", "l", "l'", "un", "une", "des", "el", "los", "las", "lo", "il", "i", "gli", "o", "a", "os", "as",
        "uno", "una", "um", "uma", "els", "es", "sa",
    ]

    /// The index in `phrase` of its head: the last noun in head-final languages, the first noun
    /// elsewhere.
    func head(of phrase: ArraySlice<CandidateExtractor.Unit>) -> Int {
        let nominal = { (unit: CandidateExtractor.Unit) in unit.tag?.isNominal ?? true }
        switch family {
        case .headFinal:
            // A common noun before the names that end the phrase is its head ("озеро Марроу").
            if phrase.last?.tag == .properNoun,
                let noun = phrase.lastIndex(where: { $0.tag == .noun })
            {
                return noun
            }
            return phrase.lastIndex(where: nominal) ?? phrase.index(before: phrase.endIndex)
        case .romance, .headInitial: return phrase.firstIndex(where: nominal) ?? phrase.startIndex
        }
    }

    /// Whether units make a noun phrase of the language.
    func accepts(_ phrase: ArraySlice<CandidateExtractor.Unit>) -> Bool {
        guard let first = phrase.first, let last = phrase.last else { return false }
        if first.isConnector || last.isConnector { return false }
        // Stopwords may be inside ("ministre de l'intérieur"), not at the edges, except names.
        // A stopword at an edge is a name only where the document writes it as one ("May" in "Mrs
        // May", "US", "A Very Long Engagement"; not "When" or "She" at a sentence's start, which
        // taggers of headlines and quotes read as names, nor "With" alone of "Be With You").
        let isName = { (unit: CandidateExtractor.Unit) in
            unit.tag == .properNoun && (phrase.count == 1 ? unit.stopwordAsName.alone : unit.stopwordAsName.inName)
        }
        if first.isStopword && !isName(first) || last.isStopword && !isName(last) { return false }
        let tags = phrase.map { $0.tag ?? .noun }
        if phrase.count == 1 { return tags[0].isNominal }
        guard tags.contains(where: \.isNominal) else { return false }
        // Not a number at either end ("drei große Projekte").
        if tags.first! == .numeral || tags.last! == .numeral { return false }
        switch family {
        case .headFinal:
            // A number does not follow a common noun ("farms 300 acres"); after a name it may
            // ("Apollo 11 mission").
            for index in tags.indices.dropFirst() where tags[index] == .numeral && tags[index - 1] == .noun { return false }
            // In languages with case, a noun that follows another is its complement, in the
            // genitive ("тело Мохаммада"); one in its base form after a noun that is not starts
            // the next phrase ("в Ливане | семья").
            if marksCase {
                // An adjective after a noun opens the noun's complement, in the genitive
                // ("одноклассников задержанного подростка"), or the next phrase ("конфликта |
                // 58-летнюю учительницу").
                for index in tags.indices.dropFirst()
                where tags[index] == .adjective && tags[index - 1].isNominal && phrase[phrase.startIndex + index].isNotGenitive {
                    return false
                }
                for index in tags.indices.dropFirst() where tags[index].isNominal && tags[index - 1].isNominal {
                    let before = phrase[phrase.startIndex + index - 1]
                    let this = phrase[phrase.startIndex + index]
                    // A name in its base form after an inflected name starts one too ("Сирії |
                    // Башар Асад"): the parts of one name share their case.
                    if this.isBase && !before.isBase && (this.tag == .noun || this.tag == .properNoun && before.tag == .properNoun) {
                        return false
                    }
                    // A common noun in the nominative of a masculine starts one after any noun
                    // ("у вівторок | прес-секретар президента"). (A name in the nominative after
                    // an inflected noun may be its apposition: "долины Брилл", "компании Apple".)
                    if this.tag == .noun && this.isNotGenitive && before.tag == .noun {
                        return false
                    }
                }
            }
            return tags.last!.isNominal
        case .headInitial:
            return tags.first!.isNominal && tags.last! != .numeral
        case .romance:
            guard tags.first! != .numeral, tags.last! != .numeral else { return false }
            // An adjective in lower case before a name follows the noun before it ("président
            // béninois | Patrice Talon").
            if tags[0] == .adjective, tags[1] == .properNoun, first.isLowercase { return false }
            // At most one connector group, with a noun before it and a noun after it.
            var connectorGroups = 0
            var nounBefore = false
            var index = 0
            while index < tags.count {
                if phrase[phrase.startIndex + index].isConnector {
                    connectorGroups += 1
                    guard nounBefore, connectorGroups == 1 else { return false }
                    while index < tags.count && phrase[phrase.startIndex + index].isConnector { index += 1 }
                    guard tags[index...].contains(where: \.isNominal) else { return false }
                    // Not a count after it ("heces de 143 surfistas", "cerca de 100 personas").
                    if index < tags.count, tags[index] == .numeral { return false }
                    continue
                }
                if tags[index].isNominal { nounBefore = true }
                index += 1
            }
            return true
        }
    }
}
