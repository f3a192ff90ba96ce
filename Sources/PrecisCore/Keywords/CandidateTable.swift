/// The keyword candidates of one document in columns: what ranking reads of every candidate (key,
/// counts, first sentence, name evidence) in arrays, and the rest (occurrences, words, surface
/// forms) in shared arrays from which `candidate(_:)` makes a `KeywordCandidate` on demand.
///
/// `CandidateExtractor.table(in:)` makes one; `KeywordRanker.rank(_:sentenceCount:idf:)` ranks it.
package struct CandidateTable {
    /// What is counted of one candidate as its occurrences come.
    private struct Row {
        var firstSentence: Int32
        var count: Int32 = 0
        /// `KeywordCandidate.capitalisedCount`, `capitalisedInsideSentence` and `mixedCaseCount`.
        var capitalised: Int32 = 0
        var capitalisedInside: Int32 = 0
        var mixedCase: Int32 = 0
        /// `KeywordCandidate.isAcronym`.
        var isAcronym = false
        /// Where its word key numbers are in `wordKeyNumbers`.
        var wordStart: Int32
        var wordCount: Int32
        /// Its first and last occurrence in `occurrences` (-1 for none yet).
        var firstOccurrence: Int32 = -1
        var lastOccurrence: Int32 = -1
        /// Whether its base form is its lemma (one unit, with an annotation, not elided).
        var lemmaIsBase = false
    }

    /// One occurrence, linked to the next occurrence of the same candidate (-1 at the end).
    private struct Occurrence {
        let range: Range<String.Index>
        let sentence: Int32
        /// Whether the phrase's head word is in its base form here ("смертельная атака", not
        /// "смертельной атаки").
        let headIsBase: Bool
        /// The index in `Document.tokens` of its last word (-1 without an annotation).
        let lastToken: Int32
        var next: Int32 = -1
    }

    /// The document the candidates are from.
    let document: Document
    /// Each candidate's matching key (`KeywordCandidate.key`).
    package private(set) var keys: [String] = []
    private var rows: [Row] = []
    private var wordKeyNumbers: [Int32] = []
    private var occurrences: [Occurrence] = []
    /// The strings of the word key numbers.
    var unitKeys: [String] = []
    /// The parts of speech of each candidate's units (as in its first occurrence), in the order
    /// of `wordKeyNumbers`; empty without an annotation.
    private var wordTags: [PartOfSpeech] = []
    /// The annotation candidates were found with, if any.
    package let annotation: CandidateExtractor.Annotation?

    init(document: Document, annotation: CandidateExtractor.Annotation? = nil) {
        self.document = document
        self.annotation = annotation
        writtenInLowerCase = annotation != nil && Self.isWrittenInLowerCase(document.text)
    }

    /// Whether the text is Latin letters in lower case only (`isWrittenInLowerCase`), with an
    /// annotation.
    private let writtenInLowerCase: Bool

    /// Whether `text` writes Latin letters, none of them capitals: a text lower-cased for
    /// processing ("virginia roberts"), whose names the tagger reads as common nouns.
    static func isWrittenInLowerCase(_ text: String) -> Bool {
        var lower = false
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return false }
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { lower = true }
        }
        return lower
    }

    /// The number of candidates.
    package var count: Int { keys.count }

    /// The number of occurrences of candidate `i`.
    package func occurrenceCount(_ i: Int) -> Int { Int(rows[i].count) }

    /// Per term of the document: how many of its tokens are words (with an annotation; empty
    /// without).
    var termTokenCounts: [Int32] = []

    /// The frequency ranking counts for candidate `i`: its occurrences, and for one word found
    /// with an annotation, also the other tokens of the same term (read as a verb or adjective:
    /// "visualize", "visualized" for "visualization"; or inside a longer name or phrase: "Lake" in
    /// "Lake Marrow" for "lake"), up to as many again. The topic of a text
    /// shows in all the forms of its words, as stems count them without a tagger; the keyword
    /// itself stays the noun.
    package func rankingCount(_ i: Int) -> Int {
        let count = Int(rows[i].count)
        guard rows[i].wordCount == 1, !termTokenCounts.isEmpty else { return count }
        let key = Int(wordKeyNumbers[Int(rows[i].wordStart)])
        guard key < termTokenCounts.count else { return count }
        return count + min(max(Int(termTokenCounts[key]) - count, 0), count)
    }

    /// The index of the sentence of candidate `i`'s first occurrence.
    package func firstSentence(_ i: Int) -> Int { Int(rows[i].firstSentence) }

    /// The number of words of candidate `i`.
    package func wordCount(_ i: Int) -> Int { Int(rows[i].wordCount) }

    /// The key numbers of the words of candidate `i` (indices in `unitKeys`).
    package func wordKeys(_ i: Int) -> ArraySlice<Int32> {
        let start = Int(rows[i].wordStart)
        return wordKeyNumbers[start..<start + Int(rows[i].wordCount)]
    }

    /// The number of distinct word keys (the bound of `wordKeys` values).
    package var unitKeyCount: Int { unitKeys.count }

    /// The string of a word key number.
    package func unitKey(_ number: Int32) -> String { unitKeys[Int(number)] }

    /// Whether candidate `i` looks like a name or is an acronym (`KeywordCandidate.isName`,
    /// `isAcronym`).
    package func isNameOrAcronym(_ i: Int) -> Bool {
        let row = rows[i]
        return (row.capitalised == row.count && row.capitalisedInside > 0) || row.isAcronym
    }

    /// `KeywordCandidate.isMixedCase` of candidate `i`.
    package func isMixedCase(_ i: Int) -> Bool { rows[i].mixedCase == rows[i].count && rows[i].count > 0 }

    /// Adds a candidate with no occurrences yet.
    /// Connectors ("de la") are part of the key but not words of the candidate.
    mutating func append(key: String, words: ArraySlice<CandidateExtractor.Unit>, firstSentence: Int) {
        keys.append(key)
        let contentWords = words.contains(where: \.isConnector) ? words.filter { !$0.isConnector }[...] : words
        rows.append(
            Row(firstSentence: Int32(firstSentence), wordStart: Int32(wordKeyNumbers.count), wordCount: Int32(contentWords.count)))
        for word in contentWords {
            wordKeyNumbers.append(word.key)
            if annotation != nil { wordTags.append(word.tag ?? .other) }
        }
        if annotation != nil, words.count == 1, let unit = words.first, unit.lastToken >= 0, !unit.isElided {
            rows[rows.count - 1].lemmaIsBase = true
        }
    }

    /// Counts an occurrence of candidate `i`.
    mutating func addOccurrence(
        of i: Int, range: Range<String.Index>, sentence: Int, units: ArraySlice<CandidateExtractor.Unit>, headIsBase: Bool,
        capitalised: Bool, insideSentence: Bool, allCapitals: Bool, mixedCase: Bool
    ) {
        let occurrence = Int32(occurrences.count)
        occurrences.append(
            Occurrence(range: range, sentence: Int32(sentence), headIsBase: headIsBase, lastToken: units.last?.lastToken ?? -1))
        var row = rows[i]
        if row.lastOccurrence >= 0 {
            occurrences[Int(row.lastOccurrence)].next = occurrence
        } else {
            row.firstOccurrence = occurrence
        }
        row.lastOccurrence = occurrence
        row.count += 1
        if capitalised {
            row.capitalised += 1
            if insideSentence { row.capitalisedInside += 1 }
        }
        if allCapitals { row.isAcronym = true }
        if mixedCase { row.mixedCase += 1 }
        rows[i] = row
    }

    /// The phrase of `occurrence` with its head in the base form, in a language whose nouns show
    /// case: a run of names, each in its lemma ("Мохаммада Худжаира" → "Мохаммад Худжаир"), or a
    /// noun with the adjectives before it made to agree (`AdjectiveAgreement`) and the words after
    /// it, its complement, kept in their case ("семье предполагаемого убийцы" → "семья
    /// предполагаемого убийцы", "смертельной атаки" → "смертельная атака"). `nil` where that
    /// cannot be told from lemmas: a noun before a name (a title or a genitive: "президента
    /// Путина", "семья Хамии"), a noun whose gender its lemma does not show, a lemma that keeps
    /// too little of its word.
    /// The phrase of `occurrence` without the preposition or conjunction written onto its first
    /// word (Arabic و ف ب ل ك, Hebrew ו ב ל מ ש כ), which the lemma shows are not part of it:
    /// "لإحياء بحيرة المرجان" → "إحياء بحيرة المرجان", "والبحيرة الضحلة" → "البحيرة الضحلة" (the
    /// article stays). `nil` when the first word has none.
    private func withoutProclitic(_ occurrence: Occurrence, tags: PartOfSpeechTags) -> String? {
        var token = Int(occurrence.lastToken)
        var first = -1
        while token >= 0, document.tokens[token].range.lowerBound >= occurrence.range.lowerBound {
            if document.tokens[token].kind.isWord { first = token }
            token -= 1
        }
        guard first >= 0, let lemma = tags.lemma(ofToken: first) else { return nil }
        let range = document.tokens[first].range
        guard let kept = Self.procliticFree(String(document.text[range]), lemma: lemma) else { return nil }
        return kept + document.text[range.upperBound..<occurrence.range.upperBound]
    }

    /// The Korean phrase of `occurrence` with its last word in its base form, without the
    /// particle its lemma shows (`Lemmatizer.baseForm`), when the word is written so; else `nil`.
    private func withoutKoreanParticle(_ occurrence: Occurrence, tags: PartOfSpeechTags) -> String? {
        let last = Int(occurrence.lastToken)
        guard last >= 0, let lemma = tags.lemma(ofToken: last) else { return nil }
        let base = Lemmatizer.baseForm(of: lemma, tag: tags.tags[last], language: document.language)
        let range = document.tokens[last].range
        let written = document.text[range]
        guard !base.isEmpty, base != written, written.hasPrefix(base) else { return nil }
        return document.text[occurrence.range.lowerBound..<range.lowerBound] + base
    }

    /// `word` without the prepositions and conjunctions written onto it, when `lemma` shows them:
    /// what follows them is the lemma, or (Arabic) the article and the lemma. `nil` otherwise.
    static func procliticFree(_ word: String, lemma: String) -> String? {
        guard !lemma.isEmpty, word.count > lemma.count, word.hasSuffix(lemma) else { return nil }
        var prefix = word.dropLast(lemma.count)
        var kept = lemma
        if prefix.hasSuffix("ال") {
            prefix = prefix.dropLast(2)
            kept = "ال" + lemma
        }
        guard !prefix.isEmpty, prefix.count <= 2, prefix.allSatisfy({ procliticLetters.contains($0) }) else { return nil }
        return kept
    }

    /// The index in `Document.tokens` of the first word of `occurrence`.
    private func firstWord(of occurrence: Occurrence) -> Int {
        var token = Int(occurrence.lastToken)
        var first = token
        while token >= 0, document.tokens[token].range.lowerBound >= occurrence.range.lowerBound {
            if document.tokens[token].kind.isWord { first = token }
            token -= 1
        }
        return first
    }

    /// Whether the phrase of `row` starts with a common word (a lemma in lower case, not read as
    /// a name) that is written with a capital only where it starts its sentence.
    ///
    /// A name's first word the tagger misread is not such a word: one before a name, where
    /// modifiers come first and nouns show no case ("Mohammad Javad Zarif", "White Nile state"),
    /// or one the text writes with a capital inside a sentence elsewhere ("Lyndhurst sewage
    /// discharge" beside "near Lyndhurst Sewage").
    private func capitalOnlyAtSentenceStart(_ row: Row, tags: PartOfSpeechTags) -> Bool {
        let occurrence = occurrences[Int(row.firstOccurrence)]
        let first = firstWord(of: occurrence)
        guard first >= 0, tags.tags[first] != .properNoun, let lemma = tags.lemma(ofToken: first),
            lemma.first?.isLowercase == true
        else { return false }
        // The phrase's own occurrences first: most phrases are never capitalised, and the checks
        // below read the whole document.
        var next = Int(row.firstOccurrence)
        var capitalised = false
        while next >= 0 {
            let occurrence = occurrences[next]
            next = Int(occurrence.next)
            guard document.text[occurrence.range].first?.isUppercase == true else { continue }
            capitalised = true
            let sentence = document.sentences[Int(occurrence.sentence)]
            let opening = sentence.tokens.first { document.tokens[$0].kind.isWord }
            if opening.map({ document.tokens[$0].range.lowerBound }) != occurrence.range.lowerBound { return false }
        }
        guard capitalised else { return false }
        // (Where modifiers come first and nouns show no case: elsewhere a noun before a name is
        // its head, "дело Клыха", or a title, "пан Клімкін", "polisi Israel".)
        let pattern = PhrasePattern(language: document.language)
        if pattern.family == .headFinal, !pattern.marksCase,
            let second = stride(from: first + 1, through: Int(occurrence.lastToken), by: 1).first(where: { document.tokens[$0].kind.isWord }),
            tags.tags[second] == .properNoun
                || !CandidateExtractor.nounCapitalising.contains(document.language.code) && tags.lemma(ofToken: second)?.first?.isUppercase == true
        {
            return false
        }
        if let term = document.tokens[first].term, isCapitalisedInsideASentence(term: term) { return false }
        return true
    }

    /// Whether some other word of the document is written as the lemma of token `index`
    /// (ignoring case). `known` keeps the answers by lemma, so that the document is read once per
    /// lemma, not once per occurrence.
    private func isWrittenSomewhere(lemmaOfToken index: Int, _ tags: PartOfSpeechTags, known: inout [Int32: Bool]) -> Bool {
        guard index >= 0, index < tags.lemmaIndices.count else { return false }
        let number = tags.lemmaIndices[index]
        guard number >= 0 else { return false }
        if let answer = known[number] { return answer }
        // (The occurrence's own word is not written as the lemma, or the branch that asks would
        // not have been taken; counting it changes nothing.)
        var answer = false
        for other in tags.lemmaIndices.indices where tags.lemmaIndices[other] == number && other != index {
            if tags.isWrittenAsLemma(other, in: document) {
                answer = true
                break
            }
        }
        known[number] = answer
        return answer
    }

    /// Whether the document writes a word of the term `term` with a capital somewhere other than
    /// as its sentence's first word.
    private func isCapitalisedInsideASentence(term: Int) -> Bool {
        for sentence in document.sentences {
            var opening = true
            for index in sentence.tokens {
                let token = document.tokens[index]
                guard token.kind.isWord else { continue }
                defer { opening = false }
                if !opening, token.term == term, document.text[token.range].first?.isUppercase == true { return true }
            }
        }
        return false
    }

    /// Whether a German phrase has a word in lower case before its last that ends as an
    /// adjective in the dative or genitive does ("-en", "-em": "der festgelegten Reihenfolge"):
    /// where the text also writes the phrase otherwise ("festgelegte Reihenfolge"), that form is
    /// the one shown.
    static func hasObliqueAdjective(_ phrase: Substring, language: String) -> Bool {
        guard language == "de" else { return false }
        let words = phrase.split(separator: " ")
        return words.dropLast().contains { word in
            word.first?.isLowercase == true && (word.hasSuffix("en") || word.hasSuffix("em"))
        }
    }

    /// Whether `lemma`, a neuter's in "-о"/"-o", was guessed for forms that all end in "-а", "-я",
    /// "-a", "-у", "-ю" or "-u": a genitive or dative that is a masculine's as often as a
    /// neuter's ("консула" → "консуло", "вікна" → "вікно", "Нью-Йорку" → "Нью-Йорко"), in a
    /// language whose nouns show case. Unless the text writes the lemma,
    /// such a guess is not shown: shown, a wrong one would spoil the word and the adjectives made
    /// to agree with it ("Українське консуло"). (Neuters in "-е", "-ние", "-nie" have no such
    /// masculine twin: "управления" → "управление", "zawieszenia" → "zawieszenie".)
    private func isGuessedNeuter(_ lemma: String, forms: [String]) -> Bool {
        guard PhrasePattern.caseMarking.contains(document.language.code), let last = lemma.lowercased().last,
            "оo".contains(last), !forms.isEmpty,
            forms.allSatisfy({ $0.lowercased().last.map { "аяaуюu".contains($0) } ?? false })
        else { return false }
        return !isWritten(lemma)
    }

    /// Vowels and the soft and hard signs, lower case, in the Cyrillic and Latin alphabets of the
    /// languages whose nouns show case.
    static let vowelsAndSigns: Set<Character> = Set("аеєиіїоуюяыэёьъaeiouyąęóůýáéíú")

    /// Whether some word of the document is written `word` (ignoring case).
    private func isWritten(_ word: String) -> Bool {
        let folded = word.lowercased()
        guard let first = folded.first else { return false }
        return document.tokens.contains { token in
            guard token.kind.isWord, let initial = document.text[token.range].first,
                initial.lowercased().first == first
            else { return false }
            return document.text[token.range].lowercased() == folded
        }
    }

    /// Whether the document's language writes prepositions and conjunctions onto the next word
    /// (Arabic, Hebrew).
    private var writesProclitics: Bool { Self.procliticLanguages.contains(document.language.code) }

    /// The languages that write prepositions and conjunctions onto the next word.
    static let procliticLanguages: Set<String> = ["ar", "he"]

    /// Letters that are prepositions or conjunctions when written onto the next word.
    static let procliticLetters: Set<Character> = ["و", "ف", "ب", "ل", "ك", "ו", "ב", "ל", "מ", "ש", "כ"]

    private func baseFormRebuilt(_ occurrence: Occurrence, tags: PartOfSpeechTags) -> String? {
        var words: [Int] = []
        var token = Int(occurrence.lastToken)
        while token >= 0, document.tokens[token].range.lowerBound >= occurrence.range.lowerBound {
            if document.tokens[token].kind.isWord { words.append(token) }
            token -= 1
        }
        words.reverse()
        guard words.count > 1 else { return nil }
        let wordTags = words.map { tags.tags[$0] }
        let replaced: ArraySlice<Int>
        let language = document.language.code
        // Adjectives before the noun, which must agree with it ("смертельной атаки").
        let adjectives = wordTags.prefix { $0 == .adjective }.count
        if wordTags.allSatisfy({ $0 == .properNoun }) {
            // Names agree in case ("Сергея Лаврова"). A first word in its base form before a last
            // that is not is no such run: a noun read as a name before a name's genitive
            // ("Визит Лаврова" at a sentence's start), or a lemmatiser's slip on the last
            // ("Сергей Лавров", "Лавров" read as "of laurels"). It is shown as written.
            if tags.isWrittenAsLemma(words[0], in: document) { return nil }
            replaced = words[...]
        } else if adjectives < wordTags.count, wordTags[adjectives] == .noun, !wordTags.dropFirst(adjectives).contains(.properNoun),
            adjectives == 0 || AdjectiveAgreement.languages.contains(language)
        {
            replaced = words.prefix(adjectives + 1)
        } else {
            return nil
        }
        /// The lemma of `word`, unless it keeps too little of the word (a lemmatiser's slip).
        func plausibleLemma(_ word: Int) -> String? {
            let written = document.text[document.tokens[word].range]
            guard let lemma = tags.lemma(ofToken: word), !lemma.isEmpty, !Self.isVerbLemma(lemma, tag: tags.tags[word], language: language)
            else { return nil }
            return KeywordCandidate.keepsEnough(lemma.lowercased(), of: written.lowercased()) ? lemma : nil
        }
        var gender: AdjectiveAgreement.Gender?
        if adjectives > 0 {
            guard let noun = plausibleLemma(words[adjectives]),
                let found = AdjectiveAgreement.gender(ofNoun: noun, language: language)
            else { return nil }
            let written = String(document.text[document.tokens[words[adjectives]].range])
            if isGuessedNeuter(noun, forms: [written]) { return nil }
            gender = found
        }
        var result = ""
        var position = occurrence.range.lowerBound
        for word in replaced {
            let range = document.tokens[word].range
            let written = document.text[range]
            guard var lemma = plausibleLemma(word) else { return nil }
            if tags.tags[word] == .adjective, let gender {
                guard let agreeing = AdjectiveAgreement.inflect(lemma, to: gender, language: language) else { return nil }
                lemma = agreeing
            }
            // Capitals as written ("Украинской народной" → "Украинская народная").
            if written.first?.isUppercase == true, lemma.first?.isLowercase == true {
                lemma = lemma.prefix(1).uppercased() + lemma.dropFirst()
            }
            result += document.text[position..<range.lowerBound] + lemma
            position = range.upperBound
        }
        result += document.text[position..<occurrence.range.upperBound]
        return result
    }

    /// Whether `lemma`, of a word tagged `tag`, is a verb's infinitive where no noun ends so: the
    /// lemma the Polish and Czech treebanks give a participle ("zainstalowanych" →
    /// "zainstalować") or a verbal noun ("zmniejszenie" → "zmniejszyć"), never the form a reader
    /// expects. (Russian and Ukrainian treebanks keep verbal nouns as nouns, and many of their
    /// nouns end as infinitives do: "власть", "путь".) A Polish noun's lemma in "-ć" is a noun's
    /// ("sieć"): keywords give verbal nouns their own lemma first (`VerbalNouns`).
    static func isVerbLemma(_ lemma: String, tag: PartOfSpeech, language: String) -> Bool {
        switch language {
        case "pl": lemma.hasSuffix("ć") && tag != .noun
        case "cs", "sk": lemma.hasSuffix("ovat") || lemma.hasSuffix("nout")
        default: false
        }
    }

    /// Candidate `i` as a value, with its occurrences, sentences and surface forms.
    package func candidate(_ i: Int) -> KeywordCandidate {
        let row = rows[i]
        var candidate = KeywordCandidate(
            key: keys[i], wordKeys: wordKeys(i).map { unitKeys[Int($0)] }, firstSentence: Int(row.firstSentence))
        candidate.occurrences.reserveCapacity(Int(row.count))
        var next = Int(row.firstOccurrence)
        var baseForms: [String: Int] = [:]
        var lemmas: [String: Int] = [:]
        var knownLemmas: Set<String> = []
        var obliqueBaseForms: [String: Int] = [:]
        // Of those, the forms whose last word is in its base form too: where modifiers come
        // first and a noun heads names ("Канье Уэст", the first name read as a noun), the names
        // after it agree with it there and not in "Канье Уэстом". (Where the noun comes first, the
        // last word is a modifier, whose base form may lack the article: "نظام التحكم الأرضي".)
        var lastWordBaseForms: [String: Int] = [:]
        var writtenLemmas: [Int32: Bool] = [:]
        // Names agree in case where nouns mark it; a run of names whose last word the lemmatiser
        // gets wrong ("Джон Керрі", "Керрі" read as a form of "Керря") is in its base form where
        // its first word is.
        var firstWordBaseForms: [String: Int] = [:]
        let namesAgreeInCase = annotation != nil && row.wordCount > 1 && PhrasePattern.caseMarking.contains(document.language.code)
            && wordKeys(i).indices.allSatisfy { wordTags[$0] == .properNoun }
        while next >= 0 {
            let occurrence = occurrences[next]
            let sentence = Int(occurrence.sentence)
            candidate.occurrences.append(occurrence.range)
            let surface = document.text[occurrence.range]
            candidate.addSurface(surface)
            if occurrence.headIsBase && row.wordCount > 1 {
                if Self.hasObliqueAdjective(surface, language: document.language.code) {
                    obliqueBaseForms[String(surface), default: 0] += 1
                } else {
                    baseForms[String(surface), default: 0] += 1
                    if let annotation, occurrence.lastToken >= 0, annotation.tags.isWrittenAsLemma(Int(occurrence.lastToken), in: document) {
                        lastWordBaseForms[String(surface), default: 0] += 1
                    }
                }
            } else if namesAgreeInCase, let annotation, annotation.tags.isWrittenAsLemma(firstWord(of: occurrence), in: document),
                !isWrittenSomewhere(lemmaOfToken: Int(occurrence.lastToken), annotation.tags, known: &writtenLemmas)
            {
                // (Unless the last word's lemma is written in the text, which confirms the reading:
                // "Аллена Клейна" beside "Клейн" is in the genitive, whatever "Аллена" was read as.)
                firstWordBaseForms[String(surface), default: 0] += 1
            }
            if row.lemmaIsBase, let annotation, occurrence.lastToken >= 0,
                var lemma = annotation.tags.lemma(ofToken: Int(occurrence.lastToken))
            {
                // A Korean lemma is its morphemes joined by "+": the noun is the first.
                if let plus = lemma.firstIndex(of: "+"), plus > lemma.startIndex { lemma = String(lemma[..<plus]) }
                // Hyphen-joined words: the words before the last as written ("Нью-Йорку" → "Нью-Йорк").
                let last = document.tokens[Int(occurrence.lastToken)].range.lowerBound
                if occurrence.range.lowerBound < last { lemma = String(document.text[occurrence.range.lowerBound..<last]) + lemma }
                // A preposition or conjunction written onto the word goes, the article stays
                // ("والبحيرة" → "البحيرة").
                if writesProclitics, let kept = Self.procliticFree(String(surface), lemma: lemma) { lemma = kept }
                if !Self.isVerbLemma(lemma, tag: annotation.tags.tags[Int(occurrence.lastToken)], language: document.language.code) {
                    lemmas[lemma, default: 0] += 1
                    let number = Int(annotation.tags.lemmaIndices[Int(occurrence.lastToken)])
                    if number >= 0, number < annotation.lemmaIsKnown.count, annotation.lemmaIsKnown[number] {
                        knownLemmas.insert(lemma)
                    }
                }
            }
            if candidate.sentences.last != sentence { candidate.sentences.append(sentence) }
            next = Int(occurrence.next)
        }
        if !lastWordBaseForms.isEmpty, PhrasePattern(language: document.language).family == .headFinal {
            baseForms = lastWordBaseForms
        }
        if baseForms.isEmpty { baseForms = obliqueBaseForms }
        if baseForms.isEmpty { baseForms = firstWordBaseForms }
        // A phrase never written with its head in the base form, in a language with case: the
        // form a reader expects, when it can be made without inflecting an adjective.
        if let annotation, baseForms.isEmpty, row.wordCount > 1, row.firstOccurrence >= 0,
            PhrasePattern.caseMarking.contains(document.language.code),
            let rebuilt = baseFormRebuilt(occurrences[Int(row.firstOccurrence)], tags: annotation.tags)
        {
            baseForms[rebuilt] = 1
        }
        // In Korean, a phrase whose last word carries a particle: shown without it ("개인의 자유를"
        // → "개인의 자유").
        if document.language.code == "ko", let annotation, baseForms.isEmpty, row.wordCount > 1, row.firstOccurrence >= 0,
            let bare = withoutKoreanParticle(occurrences[Int(row.firstOccurrence)], tags: annotation.tags)
        {
            baseForms[bare] = 1
        }
        // In Arabic and Hebrew, a phrase whose first word carries a preposition or a conjunction
        // ("لإحياء بحيرة المرجان"): shown without it.
        if writesProclitics, let annotation, baseForms.isEmpty, row.wordCount > 1, row.firstOccurrence >= 0,
            let stripped = withoutProclitic(occurrences[Int(row.firstOccurrence)], tags: annotation.tags)
        {
            baseForms[stripped] = 1
        }
        if row.wordCount == 1, lemmas.keys.contains(where: { isGuessedNeuter($0, forms: candidate.surfaceOrder) }) {
            // A name's is its masculine ("Нью-Йорку" → "Нью-Йорк", not "Нью-Йорко"): names in
            // "-о" do not decline ("Осло").
            let isName = annotation != nil && wordTags[Int(row.wordStart)] == .properNoun
            var kept: [String: Int] = [:]
            for (lemma, count) in lemmas {
                guard isGuessedNeuter(lemma, forms: candidate.surfaceOrder) else {
                    kept[lemma, default: 0] += count
                    continue
                }
                let stem = String(lemma.dropLast())
                if isName, let last = stem.last, !Self.vowelsAndSigns.contains(Character(last.lowercased())) {
                    kept[stem, default: 0] += count
                }
            }
            lemmas = kept
        }
        if let annotation, row.wordCount > 1, row.firstOccurrence >= 0 {
            candidate.capitalOnlyAtSentenceStart = capitalOnlyAtSentenceStart(row, tags: annotation.tags)
        }
        candidate.capitalisedCount = Int(row.capitalised)
        candidate.capitalisedInsideSentence = Int(row.capitalisedInside)
        candidate.mixedCaseCount = Int(row.mixedCase)
        candidate.isAcronym = row.isAcronym
        if annotation != nil {
            let start = Int(row.wordStart)
            candidate.unitTags = Array(wordTags[start..<(start + Int(row.wordCount))])
            candidate.lemmaTally = lemmas
            candidate.knownLemmas = knownLemmas
            candidate.baseSurfaceTally = baseForms
            candidate.namesInflect = KeywordCandidate.namesInflect.contains(document.language.code)
            candidate.nounsCapitalised = CandidateExtractor.nounCapitalising.contains(document.language.code)
            candidate.lemmasAreRoots = KeywordCandidate.lemmasAreRoots.contains(document.language.code)
            candidate.onlyWrittenLemmas = writtenInLowerCase
            // A name the text writes alone only where a sentence starts ("Indonesia's government
            // …") is written with a capital inside a sentence too where it is part of another
            // phrase ("in Indonesia Aceh's region"): a name, as "Indonesians" is.
            if row.wordCount == 1, candidate.capitalisedInsideSentence == 0, candidate.capitalisedCount == candidate.count,
                candidate.count >= 2, candidate.unitTags == [.properNoun], row.firstOccurrence >= 0,
                let term = document.tokens[firstWord(of: occurrences[Int(row.firstOccurrence)])].term,
                isCapitalisedInsideASentence(term: term)
            {
                candidate.capitalisedInsideSentence = 1
            }
        }
        return candidate
    }
}
