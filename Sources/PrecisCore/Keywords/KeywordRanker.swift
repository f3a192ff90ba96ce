#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scores keyword candidates by TF-IDF and picks the best ones, different from each other.
///
/// A candidate's score is
///
///     tf^0.75 × idf × wordCount^phraseWeight × (1 + positionWeight / (1 + s)) × nameBoost
///
/// where `tf` is its number of occurrences, `s` the index of the sentence it first occurs in,
/// `idf` the phrase's IDF when the corpus statistics have seen it, otherwise the mean IDF of its
/// words (a phrase no background text contains is not thereby rarer than its words), and
/// `nameBoost` applies to names (`KeywordCandidate.isName`) and acronyms.
public struct KeywordRanker: Sendable {
    /// The settings. The defaults were chosen on the development sets (see the README).
    public struct Configuration: Sendable, Hashable {
        /// Term frequency counts as `tf^frequencyExponent` (1 = raw counts, 0.5 = square root;
        /// `nil` = `1 + log tf`).
        public var frequencyExponent: Double?
        /// The exponent of the phrase-length weight (0 = no preference for phrases).
        public var phraseWeight: Double
        /// Added to `phraseWeight` in short texts, in full for one sentence and fading to nothing
        /// at `shortText` sentences: where words seldom repeat, frequency cannot tell a term
        /// from a passing word, and the specific multi-word term is the better bet.
        public var shortTextPhraseBonus: Double = 1
        /// The length, in sentences, from which a text counts as long.
        public var shortText: Int = 10
        /// The factor for a candidate of a single character in a language written without spaces
        /// (鱼, 氏): such words are real but seldom what a text is about.
        public var singleCharacterWeight: Double = 0.3
        /// The factor for phrases that glue a name to common words (`KeywordCandidate.isMixedCase`);
        /// 0 leaves them out.
        public var mixedCaseWeight: Double = 0
        /// How much an early first occurrence counts.
        public var positionWeight: Double
        /// The factor for names and acronyms (1 = none).
        public var nameBoost: Double
        /// Whether a candidate that overlaps a better one and is mostly the same thing is left out:
        /// "marrow" after "Lake Marrow" when "Marrow" seldom occurs on its own, "Lake Marrow"
        /// after "marrow" when "Marrow" seldom occurs without "Lake".
        public var removeOverlaps: Bool
        /// The share of a word's or phrase's occurrences that must be on their own (outside the
        /// overlapping chosen phrase) for it to count as a different thing.
        public var distinctShare: Double
        /// Candidates seen once are kept only in texts with fewer than this many sentences
        /// (they are noise in long texts); 0 keeps them always.
        public var singletonSentenceLimit: Int

        /// Creates a configuration.
        public init(
            frequencyExponent: Double? = 0.75, phraseWeight: Double = 0.5, positionWeight: Double = 1, nameBoost: Double = 1.25,
            removeOverlaps: Bool = true, distinctShare: Double = 0.25, singletonSentenceLimit: Int = 0
        ) {
            self.frequencyExponent = frequencyExponent
            self.distinctShare = distinctShare
            self.phraseWeight = phraseWeight
            self.positionWeight = positionWeight
            self.nameBoost = nameBoost
            self.removeOverlaps = removeOverlaps
            self.singletonSentenceLimit = singletonSentenceLimit
        }
    }

    /// A scored candidate.
    public struct Scored: Sendable, Hashable {
        /// The candidate.
        public let candidate: KeywordCandidate
        /// Its score.
        public let score: Double
    }

    /// The settings.
    public var configuration: Configuration

    /// Creates a ranker.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Every candidate with its score, best first (ties: earlier first occurrence, then key).
    ///
    /// - Parameters:
    ///   - idf: the IDF of a key (a word's or a whole phrase's), and whether the statistics have
    ///     seen it.
    ///   - sentenceCount: the number of sentences in the document.
    func score(
        _ candidates: [KeywordCandidate], sentenceCount: Int, idf: (String) -> (value: Double, seen: Bool)
    ) -> [Scored] {
        var scored: [Scored] = []
        scored.reserveCapacity(candidates.count)
        let phraseWeight = phraseWeight(sentenceCount: sentenceCount)
        for candidate in candidates {
            let score = score(
                key: candidate.key, count: candidate.count, wordCount: candidate.wordCount, firstSentence: candidate.firstSentence,
                isNameOrAcronym: candidate.isName || candidate.isAcronym, isMixedCase: candidate.isMixedCase,
                sentenceCount: sentenceCount, phraseWeight: phraseWeight, idf: idf,
                meanWordIDF: { candidate.wordKeys.reduce(0.0) { $0 + idf($1).value } / Double(candidate.wordCount) })
            if let score { scored.append(Scored(candidate: candidate, score: score)) }
        }
        scored.sort { Self.precedes(($0.score, $0.candidate.firstSentence, $0.candidate.key), ($1.score, $1.candidate.firstSentence, $1.candidate.key)) }
        return scored
    }

    /// Every candidate of `table` with its score, best first (ties: earlier first occurrence,
    /// then key), as `score(_:sentenceCount:idf:)` gives them; a candidate becomes a
    /// `KeywordCandidate` only when the result is read. The IDF of each word key is looked up once.
    package func rank(
        _ table: CandidateTable, sentenceCount: Int, idf: (String) -> (value: Double, seen: Bool)
    ) -> LazyMapSequence<[(index: Int, score: Double)], Scored> {
        var ranked: [(index: Int, score: Double)] = []
        ranked.reserveCapacity(table.count)
        let phraseWeight = phraseWeight(sentenceCount: sentenceCount)
        var wordIDF = [Double?](repeating: nil, count: table.unitKeyCount)
        for i in 0..<table.count {
            let score = score(
                key: table.keys[i], count: table.rankingCount(i), wordCount: table.wordCount(i),
                firstSentence: table.firstSentence(i),
                isNameOrAcronym: table.isNameOrAcronym(i), isMixedCase: table.isMixedCase(i),
                sentenceCount: sentenceCount, phraseWeight: phraseWeight, idf: idf,
                meanWordIDF: {
                    table.wordKeys(i).reduce(0.0) { sum, word in
                        if let known = wordIDF[Int(word)] { return sum + known }
                        let value = idf(table.unitKey(word)).value
                        wordIDF[Int(word)] = value
                        return sum + value
                    } / Double(table.wordCount(i))
                })
            if let score { ranked.append((i, score)) }
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return Self.precedes(
                (a.score, table.firstSentence(a.index), table.keys[a.index]),
                (b.score, table.firstSentence(b.index), table.keys[b.index]))
        }
        return ranked.lazy.map { Scored(candidate: table.candidate($0.index), score: $0.score) }
    }

    /// The order of scored candidates: higher score, then earlier first sentence, then key.
    private static func precedes(_ a: (score: Double, first: Int, key: String), _ b: (score: Double, first: Int, key: String)) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.first != b.first { return a.first < b.first }
        return a.key < b.key
    }

    /// The exponent of the phrase-length weight for a text of `sentenceCount` sentences.
    private func phraseWeight(sentenceCount: Int) -> Double {
        let shortness = max(0, 1 - Double(max(sentenceCount, 1) - 1) / Double(max(configuration.shortText - 1, 1)))
        return configuration.phraseWeight + configuration.shortTextPhraseBonus * shortness
    }

    /// The score of one candidate (see the type's documentation), or `nil` when it is left out.
    /// `meanWordIDF` gives the mean IDF of its words, asked for only when the statistics have not
    /// seen the whole phrase.
    private func score(
        key: String, count: Int, wordCount: Int, firstSentence: Int, isNameOrAcronym: Bool, isMixedCase: Bool,
        sentenceCount: Int, phraseWeight: Double, idf: (String) -> (value: Double, seen: Bool),
        meanWordIDF: () -> Double
    ) -> Double? {
        if configuration.singletonSentenceLimit > 0 && count == 1 && sentenceCount >= configuration.singletonSentenceLimit {
            return nil
        }
        if isMixedCase && configuration.mixedCaseWeight == 0 { return nil }
        var inverse: Double
        let whole = idf(key)
        if wordCount == 1 || whole.seen {
            inverse = whole.value
        } else {
            inverse = meanWordIDF()
        }
        inverse = max(inverse, 0)
        let tf = Double(count)
        var score = (configuration.frequencyExponent.map { pow(tf, $0) } ?? 1 + log(tf)) * inverse
        score *= pow(Double(wordCount), phraseWeight)
        score *= 1 + configuration.positionWeight / Double(1 + firstSentence)
        if isNameOrAcronym { score *= configuration.nameBoost }
        if isMixedCase { score *= configuration.mixedCaseWeight }
        if Self.isSingleNonASCIICharacter(key) { score *= configuration.singleCharacterWeight }
        return score
    }

    /// The best `count` of `scored` (already in score order) that are different things. With
    /// `removeOverlaps`, a candidate is skipped when fewer than `distinctShare` of its
    /// occurrences stand clear of a chosen one's: a part of a chosen phrase ("marrow" after "Lake
    /// Marrow"), a longer form of it, or a window sliding along the same words ("photopolymer
    /// high-density holographic" after "disk-type photopolymer high-density"). A part that also
    /// occurs on its own often enough is a thing of its own ("lake" in a text about Lake Marrow
    /// and other lakes).
    ///
    /// - Complexity: O(count × occurrences²) at worst, for the k candidates tried.
    func select(_ scored: [Scored], count: Int) -> [Scored] {
        select(from: scored, count: count)
    }

    /// `select(_:count:)` over any sequence in score order, read only as far as needed.
    package func select(from scored: some Sequence<Scored>, count: Int) -> [Scored] {
        selectGroups(from: scored, count: count).map(\.chosen)
    }

    /// A chosen candidate and the lower-scored candidates that name the same thing.
    package struct Group: Sendable {
        /// The candidate chosen.
        package var chosen: Scored
        /// Candidates met later that are other forms of the same thing (`isOneThing`: a name and
        /// its longer forms, a name and a name derived from it…), in score order. Candidates left
        /// out because they overlap the chosen one (a part of it, a window over it) are not kept.
        package var others: [Scored]
    }

    /// The best `count` different things of `scored` (in score order), each with the candidates
    /// that were other forms of it (see `isSameThing`). Reads `scored` only as far as needed.
    ///
    /// - Parameters:
    ///   - joinedWithoutSpaces: whether the language is written without spaces (keys of phrases
    ///     are their words' keys joined without a space), for the rules on Chinese and Japanese
    ///     names and compounds.
    ///   - endingsByPrefix: whether words that differ only in a short ending are forms of one
    ///     word (`isOtherEnding`): for text without a tagger, whose keys keep the case endings no
    ///     stemmer cuts ("মামলা", "মামলার", "মামলায়" in Bengali, which has no stemmer).
    package func selectGroups(
        from scored: some Sequence<Scored>, count: Int, joinedWithoutSpaces: Bool = false, endingsByPrefix: Bool = false
    ) -> [Group] {
        var groups: [Group] = []
        // Whether each group's members are names by their tags (`isNameByTags`), worked out once:
        // every candidate read is compared with every member.
        var memberNames: [[Bool]] = []
        for item in scored {
            if groups.count >= count { break }
            let itemName = item.candidate.isNameByTags
            if configuration.removeOverlaps {
                // By names and tags, against every member of a group where words are spaced: "Пол"
                // is a part of "Пол Маккартни", grouped under "Маккартни". (In Chinese and
                // Japanese, compounds of compounds drift: "偶数" is not "数負".)
                if let same = groups.indices.first(where: { g in
                    Self.isOneThing(groups[g].chosen.candidate, item.candidate, joinedWithoutSpaces: joinedWithoutSpaces, names: (memberNames[g][0], itemName))
                        || !joinedWithoutSpaces && groups[g].others.indices.contains { o in
                            Self.isOneThing(groups[g].others[o].candidate, item.candidate, joinedWithoutSpaces: false, names: (memberNames[g][o + 1], itemName))
                        }
                }) {
                    groups[same].others.append(item)
                    memberNames[same].append(itemName)
                    continue
                }
                // Other case endings of the same words, where nothing else merges them: shown in
                // the form without the ending where there is one ("মামলা" for "মামলার").
                if endingsByPrefix, let same = groups.indices.first(where: { Self.isOtherEnding(groups[$0].chosen.candidate, item.candidate) }) {
                    var member = item
                    if Self.isBareForm(item.candidate, of: groups[same].chosen.candidate) {
                        member = groups[same].chosen
                        groups[same].chosen = Scored(candidate: item.candidate, score: member.score)
                        memberNames[same][0] = itemName
                    }
                    groups[same].others.append(member)
                    memberNames[same].append(member.candidate.isNameByTags)
                    continue
                }
                // (Where words are spaced, the rules on names were checked just above.)
                if let same = groups.firstIndex(where: { isSameThing($0.chosen.candidate, item.candidate, namesChecked: !joinedWithoutSpaces) }) {
                    // A longer name containing the chosen one, which seldom occurs without it, is
                    // the better name of the thing ("Collective Security Treaty Organization" for
                    // "Organization", "Soviet Union" for "Union").
                    if (item.candidate.isNameByTags || Self.isUncasedNameEnd(groups[same].chosen.candidate, of: item.candidate))
                        && !item.candidate.unitTags.isEmpty
                        && isLongerForm(item.candidate, of: groups[same].chosen.candidate)
                    {
                        groups[same].chosen = Scored(candidate: item.candidate, score: groups[same].chosen.score)
                        memberNames[same][0] = itemName
                    }
                    continue
                }
            }
            groups.append(Group(chosen: item, others: []))
            memberNames.append([itemName])
        }
        return groups
    }

    /// Whether `candidate` names the same thing as `chosen`:
    /// - one is part of the other and the shorter one seldom occurs on its own, or they partly
    ///   overlap (neither contains the other) and the candidate seldom occurs clear of the chosen
    ///   one ("refugiados" in a text where it mostly comes as "refugiados sirios");
    /// - or, by what the tagger tells: a name and a longer name that contains it ("Putin",
    ///   "Vladimir Putin"); a name and the name after a title in lower case ("Goold", "director
    ///   Rupert Goold"); a name and a name derived from it ("Russia", "Russians"); in
    ///   Chinese and Japanese, a name and a compound that starts or ends with it ("トランプ",
    ///   "トランプ氏"), and a one-character word and a compound of it ("鱼", "鱼类").
    ///
    /// `namesChecked` says the caller has already found the rules on names not to hold.
    func isSameThing(_ chosen: KeywordCandidate, _ candidate: KeywordCandidate, joinedWithoutSpaces: Bool = false, namesChecked: Bool = false) -> Bool {
        if !namesChecked && Self.isOneThing(chosen, candidate, joinedWithoutSpaces: joinedWithoutSpaces) { return true }
        guard Self.sharesWord(chosen.wordKeys, candidate.wordKeys) else { return false }
        let nested: (short: KeywordCandidate, long: KeywordCandidate)?
        if Self.contains(chosen.wordKeys, candidate.wordKeys) {
            nested = (candidate, chosen)
        } else if Self.contains(candidate.wordKeys, chosen.wordKeys) {
            nested = (chosen, candidate)
        } else {
            nested = nil
        }
        if let nested {
            // Its occurrences clear of the longer one's (with tags, the parts of a name are not
            // counted inside it, so a count difference would not do).
            let alone = nested.short.occurrences.filter { occurrence in
                !nested.long.occurrences.contains { $0.overlaps(occurrence) }
            }.count
            return Double(alone) < distinctShare(of: nested.short, in: nested.long) * Double(nested.short.count)
        }
        var clear = 0
        for occurrence in candidate.occurrences
        where !chosen.occurrences.contains(where: { $0.overlaps(occurrence) }) {
            clear += 1
        }
        return Double(clear) < configuration.distinctShare * Double(candidate.count)
    }

    /// Whether `a` and `b` have as many words, each the same or differing only in its ending: a
    /// shared beginning of at least four Unicode scalars and two thirds of each word, and endings
    /// of at most four ("রাষ্ট্রপতি" and "রাষ্ট্রপতির", "ਕਿਸਾਨ" and "ਕਿਸਾਨਾਂ", "চৌধুরীকে" and
    /// "চৌধুরীর"). Scalars, not characters: an Indic vowel sign joins the consonant before it in
    /// one character, so "ਕਿਸਾਨਾਂ" does not start with the characters of "ਕਿਸਾਨ".
    static func isOtherEnding(_ a: KeywordCandidate, _ b: KeywordCandidate) -> Bool {
        guard a.wordCount == b.wordCount, a.key != b.key else { return false }
        return zip(a.wordKeys, b.wordKeys).allSatisfy { x, y in
            if x == y { return true }
            let x = Array(x.unicodeScalars), y = Array(y.unicodeScalars)
            var shared = 0
            while shared < min(x.count, y.count), x[shared] == y[shared] { shared += 1 }
            return shared >= 4 && x.count - shared <= 4 && y.count - shared <= 4 && shared * 3 >= max(x.count, y.count) * 2
        }
    }

    /// Whether every word of `bare` begins the same word of `inflected` (`isOtherEnding` holds):
    /// the form without the ending.
    static func isBareForm(_ bare: KeywordCandidate, of inflected: KeywordCandidate) -> Bool {
        zip(bare.wordKeys, inflected.wordKeys).allSatisfy { $1.unicodeScalars.starts(with: $0.unicodeScalars) }
    }

    /// Whether `word`, one word, is the first or last word of `phrase`, two or three nouns or
    /// names (by their tags) in a script without capitals, where the tags cannot tell a name from
    /// a noun: "नवाज़" and "शरीफ़" of "नवाज़ शरीफ़".
    static func isUncasedNameEnd(_ word: KeywordCandidate, of phrase: KeywordCandidate) -> Bool {
        guard word.wordCount == 1, (2...3).contains(phrase.wordCount), phrase.unitTags.count == phrase.wordCount,
            phrase.wordKeys.first == word.wordKeys[0] || phrase.wordKeys.last == word.wordKeys[0],
            phrase.unitTags.allSatisfy({ $0 == .noun || $0 == .properNoun }),
            phrase.surface.contains(" ")
        else { return false }
        return !KeywordCandidate.startsWithCasedLetter(phrase.surface)
    }

    /// Whether `key` is one character, not ASCII (鱼, 氏). Finds the first character's end only,
    /// so a long key costs no more than a short one.
    static func isSingleNonASCIICharacter(_ key: String) -> Bool {
        // An ASCII key's first character is ASCII.
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        guard let first = key.first, key.index(after: key.startIndex) == key.endIndex else { return false }
        return !first.isASCII
    }

    /// Whether `long` contains `short` and `short` seldom occurs outside it (fewer than
    /// `distinctShare` of its occurrences).
    func isLongerForm(_ long: KeywordCandidate, of short: KeywordCandidate) -> Bool {
        guard long.wordCount > short.wordCount, Self.contains(long.wordKeys, short.wordKeys) else { return false }
        let alone = short.occurrences.filter { occurrence in !long.occurrences.contains { $0.overlaps(occurrence) } }.count
        return Double(alone) < distinctShare(of: short, in: long) * Double(short.count)
    }

    /// The share of `short`'s occurrences that must stand clear of `long`, which contains it, for
    /// the two to be different things: `distinctShare`, or a half for a word at an end of two or
    /// three nouns in a script without capitals (`isUncasedNameEnd`). There the tags seldom
    /// tell a name ("नवाज़ शरीफ़", Nawaz Sharif) from nouns, and the text names the person by
    /// either word as well as by both.
    func distinctShare(of short: KeywordCandidate, in long: KeywordCandidate) -> Double {
        Self.isUncasedNameEnd(short, of: long) ? max(configuration.distinctShare, 0.5) : configuration.distinctShare
    }

    /// The rules of `isSameThing` that use names and parts of speech.
    static func isOneThing(_ a: KeywordCandidate, _ b: KeywordCandidate, joinedWithoutSpaces: Bool) -> Bool {
        isOneThing(a, b, joinedWithoutSpaces: joinedWithoutSpaces, names: nil)
    }

    /// `isOneThing(_:_:joinedWithoutSpaces:)`, given whether `a` and `b` are names by their tags
    /// (`isNameByTags`) when the caller knows.
    static func isOneThing(_ a: KeywordCandidate, _ b: KeywordCandidate, joinedWithoutSpaces: Bool, names: (Bool, Bool)?) -> Bool {
        if joinedWithoutSpaces {
            return a.key.utf8.count <= b.key.utf8.count ? isCompound(a, of: b) : isCompound(b, of: a)
        }
        if a.isAcronym != b.isAcronym, isAcronym(a.isAcronym ? a : b, of: a.isAcronym ? b : a) { return true }
        // The rules are about names (checked first: this runs for every candidate read).
        let (aName, bName) = names ?? (a.isNameByTags, b.isNameByTags)
        guard aName || bName, a.key != b.key else { return false }
        if aName != bName {
            let (name, other) = aName ? (a, b) : (b, a)
            return isNamePart(other, of: name) || isTitledName(other, of: name) || isSameTitledName(other, of: name)
        }
        let (short, long) = a.wordCount <= b.wordCount ? (a, b) : (b, a)
        return isNameForm(short, of: long) || isSameTitledName(long, of: short)
    }

    /// Whether the one-word acronym `acronym` is made of the initials of the capitalised words of
    /// `name` ("UN" of "United Nations", "ONU" of "Organización de las Naciones Unidas", "ООН" of
    /// "Организация Объединённых Наций"), or of each initial twice, as Spanish writes a plural
    /// ("EE.UU." of "Estados Unidos").
    static func isAcronym(_ acronym: KeywordCandidate, of name: KeywordCandidate) -> Bool {
        guard acronym.wordCount == 1, name.wordCount >= 2 else { return false }
        let letters = acronym.surface.filter(\.isLetter).uppercased()
        guard letters.count >= 2 else { return false }
        let initials = String(name.surface.split { $0 == " " || $0 == "-" }.compactMap { word in
            word.first.flatMap { $0.isUppercase ? $0 : nil }
        }).uppercased()
        guard initials.count >= 2 else { return false }
        if letters == initials { return true }
        return letters.count == initials.count * 2 && letters == String(initials.flatMap { [$0, $0] })
    }

    /// Whether one of a name and a candidate the tags do not read as a name is the first or last
    /// word of the other, two or three words long, and names the same person: a word written
    /// with a capital in every occurrence, inside sentences too, at an end of the name ("Пол" of
    /// "Пол Маккартни", where the tagger reads "Пол" as the noun "пол"; "Сенцова" of "Олег
    /// Сенцов", with another case ending); in a script without
    /// capitals, a name at an end of a run of nouns and names ("इमरान" of "इमरान ख़ान", where the
    /// tagger reads "ख़ान" as a noun).
    private static func isNamePart(_ other: KeywordCandidate, of name: KeywordCandidate) -> Bool {
        func atAnEnd(_ word: KeywordCandidate, of long: KeywordCandidate) -> Bool {
            guard word.wordCount == 1, (2...3).contains(long.wordCount) else { return false }
            if long.wordKeys.first == word.wordKeys[0] || long.wordKeys.last == word.wordKeys[0] { return true }
            // With another case ending ("Сенцова" of "Олег Сенцов").
            guard let index = inflectedWord(word, in: long) else { return false }
            return index == 0 || index == long.wordCount - 1
        }
        if atAnEnd(other, of: name) { return other.isName }
        guard atAnEnd(name, of: other), !other.unitTags.isEmpty, !KeywordCandidate.startsWithCasedLetter(other.surface) else {
            return false
        }
        return other.unitTags.allSatisfy { $0 == .noun || $0 == .properNoun }
    }

    /// Whether `long` is the name `name` after a title written in lower case, and perhaps more of
    /// the name, as the text writes the name ("actress Luisana Lopilato", "director Rupert Goold"
    /// for "Goold", "пан Клімкін"); the title may follow an adjective or a name ("German airline
    /// Lufthansa", "US president George W Bush").
    /// A noun before a name in another case is another thing ("президент России" is not
    /// "Россия"), and so is a noun before an acronym ("regulator PID", a kind of regulator), a
    /// noun joined to the name by other words ("missions de la Minurso"), a run of nouns
    /// ("фермеры долины Брилл"), and a noun the name is never written without ("озеро Марроу",
    /// a lake's name).
    private static func isTitledName(_ long: KeywordCandidate, of name: KeywordCandidate) -> Bool {
        let titleCount = long.wordCount - name.wordCount
        guard titleCount > 0, titleCount <= 4, !name.isAcronym, long.unitTags.count == long.wordCount,
            long.wordKeys.suffix(name.wordCount).elementsEqual(name.wordKeys),
            // One title, perhaps after an adjective or a name of its own ("German airline
            // Lufthansa", "US president George W Bush"), then perhaps more of the name ("director
            // Rupert Goold" for "Goold").
            // Not where names inflect: "авіакосмічній галузі Росії" is the industry of Russia.
            let title = long.unitTags.prefix(titleCount).lastIndex(of: .noun), title == 0 || title == 1 && !long.namesInflect,
            long.unitTags.prefix(title).allSatisfy({ $0 == .adjective || $0 == .properNoun }),
            long.unitTags.prefix(titleCount).dropFirst(title + 1).allSatisfy({ $0 == .properNoun }),
            // The title in lower case, at least once ("le président Joseph Kabila" beside "le
            // Président Joseph Kabila"), or capitalised only where it starts a sentence.
            writesInLowerCase(long, wordAt: title) || title == 0 && long.capitalOnlyAtSentenceStart,
            // Title and name side by side, no word between ("citação de James Joyce" is a quotation).
            long.surface.split(separator: " ").count == long.wordCount,
            long.surface.hasSuffix(" " + name.surface) || long.surface.hasSuffix(" " + name.displayForm)
        else { return false }
        // The text also writes the name on its own: "озеро Марроу", never written without
        // "озеро", is the lake's name.
        return name.occurrences.contains { occurrence in !long.occurrences.contains { $0.overlaps(occurrence) } }
    }

    /// Whether `long` names the person of `name`, a title and a surname, by the same title in
    /// lower case and a longer name ending in the same surname: "US president George W Bush" and
    /// "President Bush". Only where names do not inflect.
    private static func isSameTitledName(_ long: KeywordCandidate, of name: KeywordCandidate) -> Bool {
        // The title is capitalised before the surname and in lower case in the longer name (not
        // a particle of the name: "van Gaal", "Louis van Gaal" are a name and its longer form).
        guard name.wordCount == 2, (3...6).contains(long.wordCount), !long.namesInflect, long.unitTags.count == long.wordCount,
            name.surface.first?.isUppercase == true, name.capitalisedInsideSentence > 0,
            long.wordKeys.last == name.wordKeys.last,
            // (The title may read as a name throughout, as "President" of "President Bush" does.)
            let title = long.wordKeys.dropLast().lastIndex(of: name.wordKeys[0]),
            long.unitTags[title] == .noun || long.unitTags[title] == .properNoun,
            long.unitTags.prefix(title).allSatisfy({ $0 == .adjective || $0 == .properNoun }),
            long.unitTags.dropFirst(title + 1).allSatisfy({ $0 == .properNoun }),
            writesInLowerCase(long, wordAt: title)
        else { return false }
        return true
    }

    /// Whether some surface form of `phrase` writes its word at `index` in lower case (a title:
    /// "president" of "US president George W Bush").
    private static func writesInLowerCase(_ phrase: KeywordCandidate, wordAt index: Int) -> Bool {
        phrase.surfaceOrder.contains { form in
            let words = form.split(separator: " ")
            return words.count == phrase.wordCount && words[index].first?.isLowercase == true
        }
    }

    /// In Chinese and Japanese: whether `long` starts or ends with `short`, a name or one
    /// character. A compound of a common word of two characters or more is a kind of it, kept
    /// as a keyword of its own ("純正部品", genuine parts, beside "部品", parts).
    private static func isCompound(_ short: KeywordCandidate, of long: KeywordCandidate) -> Bool {
        guard short.key != long.key, long.key.hasPrefix(short.key) || long.key.hasSuffix(short.key) else { return false }
        return short.isNameByTags && !short.unitTags.isEmpty || short.key.unicodeScalars.count == 1
    }
    /// Whether the name `short` is part of the name `long`, or, one word each, `long` is derived
    /// from it (sharing at least four characters and three quarters of `short`). An acronym that
    /// starts a longer name names something else there, something named after it ("FAO" and
    /// "FAO International Plan", "UN" and "UN Security Council"); a name that ends a longer one
    /// is the same thing with a title or a first name ("Putin" and "President Vladimir Putin"),
    /// and so is a first name ("Imran" and "Imran Khan").
    private static func isNameForm(_ short: KeywordCandidate, of long: KeywordCandidate) -> Bool {
        if short.wordCount < long.wordCount {
            guard let start = firstRun(of: short.wordKeys, in: long.wordKeys) ?? inflectedWord(short, in: long) else { return false }
            return start > 0 || !short.isAcronym || contains(Array(long.wordKeys.dropFirst()), short.wordKeys)
        }
        guard short.wordCount == 1, long.wordCount == 1, !short.unitTags.isEmpty else { return false }
        let (first, second) = short.key.count <= long.key.count ? (short.key, long.key) : (long.key, short.key)
        let common = zip(first, second).prefix { $0 == $1 }.count
        return common >= max(4, Int((Double(first.count) * 0.75).rounded(.up)))
    }

    /// In a language whose names inflect, where the one word of `short` is a word of `long` with
    /// another case ending (up to two letters more or fewer, the shorter of four letters or more):
    /// "Сенцова" and "Олег Сенцов", whose words the lemmatiser read apart.
    static func inflectedWord(_ short: KeywordCandidate, in long: KeywordCandidate) -> Int? {
        guard short.namesInflect, short.wordCount == 1 else { return nil }
        let word = short.wordKeys[0]
        return long.wordKeys.firstIndex { key in
            let (a, b) = word.count <= key.count ? (word, key) : (key, word)
            return a.count >= 4 && b.count - a.count <= 2 && b.hasPrefix(a)
        }
    }

    /// Where `part` first occurs as a contiguous run inside `whole`.
    static func firstRun(of part: [String], in whole: [String]) -> Int? {
        guard part.count <= whole.count, !part.isEmpty else { return nil }
        for start in 0...(whole.count - part.count) where Array(whole[start..<(start + part.count)]) == part {
            return start
        }
        return nil
    }

    static func sharesWord(_ a: [String], _ b: [String]) -> Bool {
        a.contains { b.contains($0) }
    }

    /// Whether `part` occurs as a contiguous run inside `whole`.
    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard part.count <= whole.count, !part.isEmpty else { return false }
        for start in 0...(whole.count - part.count) where whole[start] == part[0] {
            if Array(whole[start..<(start + part.count)]) == part { return true }
        }
        return false
    }
}
