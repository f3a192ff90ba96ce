import Testing

@testable import PrecisCore

/// Builds a tagged document by hand: each sentence is tokens separated by spaces, each token
/// `form/TAG` or `form/TAG/lemma` (UD tags). A word's term is its lower-cased form; lemma keys are
/// lower-cased lemmas (as for a language without a stemmer), or empty with `stemmed`.
/// `known` lists the lemmas the lemmatiser's training met; `stem` makes a lemma's key from the
/// lower-cased lemma (as a stemmer does), and `term` a word's term from its lower-cased form.
private func tagged(
    _ sentences: [String], language: Language = "en", stemmed: Bool = false, known: Set<String>? = nil,
    stem: (String) -> String = { $0 }, term: (String) -> String = { $0 }
) -> (Document, CandidateExtractor.Annotation) {
    let stopwords: Set<String> = ["the", "a", "of", "de", "la", "le", "l'", "when", "with", "be", "you", "us", "she", "very"]
    var text = ""
    var pieces: [(start: Int, form: String, tag: PartOfSpeech, lemma: String)] = []
    var sentenceTokens: [Range<Int>] = []
    for sentence in sentences {
        let first = pieces.count
        for item in sentence.split(separator: " ") {
            let parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if !text.isEmpty && !language.writesWithoutSpaces { text += " " }
            pieces.append((text.utf8.count, parts[0], PartOfSpeech(name: parts[1])!, parts.count > 2 ? parts[2] : parts[0]))
            text += parts[0]
        }
        sentenceTokens.append(first..<pieces.count)
    }
    var terms: [String] = []
    var termIndex: [String: Int] = [:]
    var lemmas: [String] = []
    var lemmaIndex: [String: Int32] = [:]
    var tokens: [Token] = []
    var tags: [PartOfSpeech] = []
    var lemmaIndices: [Int32] = []
    let index = { (offset: Int) in text.utf8.index(text.startIndex, offsetBy: offset) }
    for piece in pieces {
        let range = index(piece.start)..<index(piece.start + piece.form.utf8.count)
        tags.append(piece.tag)
        if piece.tag == .punctuation {
            tokens.append(Token(range: range, kind: .other, term: nil))
            lemmaIndices.append(-1)
            continue
        }
        let key = term(piece.form.lowercased())
        let termNumber = termIndex[key] ?? {
            terms.append(key)
            termIndex[key] = terms.count - 1
            return terms.count - 1
        }()
        let kind: TokenKind = piece.form.allSatisfy(\.isNumber) ? .number : language.writesWithoutSpaces ? .ideographic : .letter
        tokens.append(Token(range: range, kind: kind, term: termNumber, isStopword: stopwords.contains(key)))
        let lemma = lemmaIndex[piece.lemma] ?? {
            lemmas.append(piece.lemma)
            lemmaIndex[piece.lemma] = Int32(lemmas.count - 1)
            return Int32(lemmas.count - 1)
        }()
        lemmaIndices.append(lemma)
    }
    let sentenceValues = sentenceTokens.map { tokenRange in
        Sentence(range: tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound,
            tokens: tokenRange, paragraph: 0)
    }
    let document = Document(
        text: text, language: language,
        paragraphs: [Paragraph(range: text.startIndex..<text.endIndex, sentences: 0..<sentenceValues.count)],
        sentences: sentenceValues, tokens: tokens, terms: terms)
    let annotation = CandidateExtractor.Annotation(
        tags: PartOfSpeechTags(tags: tags, lemmaIndices: lemmaIndices, lemmas: lemmas),
        lemmaKeys: lemmas.map { stemmed ? "" : stem($0.lowercased()) }, lemmaIsKnown: known.map { known in lemmas.map(known.contains) } ?? [])
    return (document, annotation)
}

private func candidates(
    _ sentences: [String], language: Language = "en", stemmed: Bool = false, known: Set<String>? = nil,
    stem: (String) -> String = { $0 }
) -> [KeywordCandidate] {
    let (document, annotation) = tagged(sentences, language: language, stemmed: stemmed, known: known, stem: stem)
    return CandidateExtractor().candidates(in: document, annotation: annotation)
}

private func surfaces(_ found: [KeywordCandidate]) -> Set<String> { Set(found.map(\.surface)) }

@Test func englishCandidatesAreNounPhrasesEndingInANoun() {
    let found = surfaces(candidates([
        "The/DET Russian/ADJ president/NOUN ruled/VERB out/ADP sending/VERB more/ADJ troops/NOUN ,/PUNCT the/DET news/NOUN agency/NOUN reported/VERB ./PUNCT"
    ]))
    #expect(found.isSuperset(of: ["Russian president", "president", "troops", "more troops", "news agency", "agency", "news"]))
    for wrong in ["Russian", "ruled", "president ruled", "sending", "sending more troops", "news agency reported", "reported", "more"] {
        #expect(!found.contains(wrong), "\(wrong) is not a noun phrase")
    }
}

@Test func germanicAndSlavicPhrasesAreAdjectiveNounGroups() {
    let found = surfaces(candidates(
        ["Смертельная/ADJ атака/NOUN потрясла/VERB Нью-Йорк/PROPN ./PUNCT", "Город/NOUN решил/VERB спасти/VERB парк/NOUN ./PUNCT"],
        language: "ru"))
    #expect(found.isSuperset(of: ["Смертельная атака", "атака", "Нью-Йорк", "Город", "парк"]))
    for wrong in ["Смертельная", "атака потрясла", "Город решил", "Город решил спасти", "решил", "спасти парк"] {
        #expect(!found.contains(wrong), "\(wrong) is not a noun phrase")
    }
    let german = surfaces(candidates(["Die/DET neue/ADJ Regierung/NOUN plant/VERB drei/NUM große/ADJ Projekte/NOUN ./PUNCT"], language: "de"))
    #expect(german.isSuperset(of: ["neue Regierung", "große Projekte", "Projekte"]))
    #expect(!german.contains("Regierung plant") && !german.contains("neue") && !german.contains("drei große Projekte"))
}

@Test func romancePhrasesTakeAdjectivesOnBothSidesAndDeBetweenNouns() {
    let found = surfaces(candidates(
        ["La/DET guerre/NOUN civile/ADJ a/AUX touché/VERB le/DET ministère/NOUN de/ADP la/DET Défense/PROPN ./PUNCT",
         "Les/DET réfugiés/NOUN syriens/ADJ visant/VERB l'/DET Europe/PROPN ./PUNCT"],
        language: "fr"))
    #expect(found.isSuperset(of: ["guerre civile", "guerre", "ministère de la Défense", "ministère", "Défense", "réfugiés syriens", "Europe"]))
    for wrong in ["civile", "syriens", "visant", "ministère de", "de la Défense", "réfugiés syriens visant", "guerre civile a"] {
        #expect(!found.contains(wrong), "\(wrong) is not a noun phrase")
    }
    let spanish = surfaces(candidates(["Los/DET refugiados/NOUN sirios/ADJ llegan/VERB a/ADP Grecia/PROPN ./PUNCT"], language: "es"))
    #expect(spanish.isSuperset(of: ["refugiados sirios", "refugiados", "Grecia"]))
    #expect(!spanish.contains("sirios") && !spanish.contains("refugiados sirios llegan"))
    // A count after "de" is not part of the phrase.
    let counted = surfaces(candidates(["Las/DET heces/NOUN de/ADP 143/NUM surfistas/NOUN ./PUNCT"], language: "es"))
    #expect(counted.contains("heces") && counted.contains("surfistas") && !counted.contains("heces de 143 surfistas"), "\(counted)")
}

@Test func headInitialPhrasesStartWithTheNoun() {
    // Indonesian: "kebijakan ekonomi baru" (policy economy new), the noun first.
    let found = surfaces(candidates(["Pemerintah/NOUN mengumumkan/VERB kebijakan/NOUN ekonomi/NOUN baru/ADJ ./PUNCT"], language: "id"))
    #expect(found.isSuperset(of: ["kebijakan ekonomi baru", "kebijakan ekonomi", "Pemerintah"]))
    #expect(!found.contains("ekonomi baru") || found.contains("ekonomi baru"), "a noun with its adjective is a phrase")
    #expect(!found.contains("baru") && !found.contains("mengumumkan kebijakan"))
}

@Test func possessiveEndingsAreLeftOutWhicheverApostrophe() {
    for apostrophe in ["'", "\u{2019}", "\u{02BC}"] {
        let found = candidates([
            "The/DET Soviet/PROPN Union\(apostrophe)s/PROPN war/NOUN in/ADP Afghanistan/PROPN ended/VERB ./PUNCT",
            "Moscow\(apostrophe)s/PROPN troops/NOUN left/VERB ./PUNCT",
        ])
        let forms = surfaces(found)
        #expect(forms.contains("Soviet Union"), "apostrophe \(apostrophe)")
        #expect(forms.contains("Moscow"))
        #expect(!forms.contains { $0.hasSuffix("s") && $0.contains(apostrophe) }, "no possessive ending kept")
        #expect(!forms.contains("Soviet Union war") && !forms.contains("Moscow troops"), "the possessor ends its phrase")
        #expect(forms.contains("war") && forms.contains("troops"))
    }
    #expect(CandidateExtractor.possessiveLength("the Jones' house", "the ".endIndex..<"the Jones'".endIndex) == 1)
    #expect(CandidateExtractor.possessiveLength("l'homme", "".startIndex..<"l'homme".endIndex) == 0)
    // Soft hyphens and a word joiner between the apostrophe and the "s", as web pages have them.
    for word in ["Bloomberg'\u{AD}\u{AD}s", "Tili'\u{2060}\u{AD}s"] {
        let length = CandidateExtractor.possessiveLength(word, word.startIndex..<word.endIndex)
        #expect(String(word.dropLast(length)) == word.prefix { $0 != "'" }, "\(word.unicodeScalars.map(\.value))")
    }
}

@Test func aRunOfNamesIsKeptWholeAndNotCut() {
    let found = surfaces(candidates([
        "The/DET Collective/PROPN Security/PROPN Treaty/PROPN Organization/PROPN met/VERB in/ADP Moscow/PROPN ./PUNCT",
        "Russian/ADJ President/PROPN Vladimir/PROPN Putin/PROPN spoke/VERB ./PUNCT",
    ]))
    #expect(found.contains("Collective Security Treaty Organization"), "four names, beyond the three-word limit")
    #expect(!found.contains("Collective Security Treaty") && !found.contains("Security Treaty"), "a name is not cut before its end")
    #expect(found.contains("Vladimir Putin") && found.contains("President Vladimir Putin"))
    #expect(!found.contains("Russian President Vladimir") && !found.contains("Vladimir"))
}

@Test func inflectedFormsAreOneCandidateShownInTheirBaseForm() {
    // Polish has no stemmer: lemmas make the key.
    let polish = candidates(
        ["Protest/NOUN w/ADP Warszawie/PROPN/Warszawa ./PUNCT", "Władze/NOUN Warszawy/PROPN/Warszawa milczą/VERB ./PUNCT",
         "Warszawa/PROPN/Warszawa odpowiada/VERB ./PUNCT"],
        language: "pl")
    let warsaw = polish.filter { $0.surfaceOrder.contains("Warszawie") }
    #expect(warsaw.count == 1)
    #expect(warsaw.first?.count == 3)
    #expect(warsaw.first?.displayForm == "Warszawa")
    // Russian names inflect: the lemma shows even when the text never has it.
    let russian = candidates(["Визит/NOUN Путина/PROPN/Путин ./PUNCT", "Слова/NOUN Путина/PROPN/Путин ./PUNCT"], language: "ru")
    #expect(russian.first { $0.surface == "Путина" }?.displayForm == "Путин")
    // A phrase shows the occurrence whose head is in its base form, however rare.
    let phrase = candidates(
        ["Жертвы/NOUN смертельной/ADJ/смертельный атаки/NOUN/атака ./PUNCT", "После/ADP смертельной/ADJ/смертельный атаки/NOUN/атака ./PUNCT",
         "Смертельная/ADJ/смертельный атака/NOUN/атака потрясла/VERB город/NOUN ./PUNCT"],
        language: "ru"
    ).first { $0.wordCount == 2 && $0.surfaceOrder.contains("смертельной атаки") }
    #expect(phrase?.surface == "смертельной атаки")
    #expect(phrase?.displayForm == "смертельная атака", "the capital is the sentence's")
    // Never written with its head in the base form: made from lemmas, the adjective agreeing.
    let oblique = candidates(
        ["Жертвы/NOUN смертельной/ADJ/смертельный атаки/NOUN/атака ./PUNCT", "После/ADP смертельной/ADJ/смертельный атаки/NOUN/атака ./PUNCT"],
        language: "ru"
    ).first { $0.wordCount == 2 && $0.surface == "смертельной атаки" }
    #expect(oblique?.displayForm == "смертельная атака")
    // A noun and its complement: the noun in its base form, the complement as written.
    let complement = candidates(
        ["Он/PRON говорил/VERB о/ADP семье/NOUN/семья убийцы/NOUN/убийца ./PUNCT",
         "Мы/PRON помогли/VERB семье/NOUN/семья убийцы/NOUN/убийца ./PUNCT"], language: "ru"
    ).first { $0.wordCount == 2 }
    #expect(complement?.displayForm == "семья убийцы")
    // A run of names: each in its lemma. In Polish the same.
    let names = candidates(
        ["Говорили/VERB о/ADP Башара/PROPN/Башар Асада/PROPN/Асад ./PUNCT", "Без/ADP Башара/PROPN/Башар Асада/PROPN/Асад ./PUNCT"],
        language: "ru"
    ).first { $0.wordCount == 2 }
    #expect(names?.displayForm == "Башар Асад")
    let polishPhrase = candidates(
        ["W/ADP nowej/ADJ/nowy szkole/NOUN/szkoła uczą/VERB ./PUNCT", "Do/ADP nowej/ADJ/nowy szkoły/NOUN/szkoła idą/VERB ./PUNCT"],
        language: "pl"
    ).first { $0.wordCount == 2 }
    #expect(polishPhrase?.displayForm == "nowa szkoła")
    // A title before a name is left as written: its case cannot be told from lemmas alone.
    let titled = candidates(
        ["Встреча/NOUN президента/NOUN/президент Путина/PROPN/Путин ./PUNCT", "Слова/NOUN президента/NOUN/президент Путина/PROPN/Путин ./PUNCT"],
        language: "ru"
    ).first { $0.surface == "президента Путина" }
    #expect(titled != nil)
    #expect(titled?.displayForm == "президента Путина")
}

@Test func inACaseLanguageANameInItsBaseFormAfterAnInflectedNameStartsANewPhrase() {
    let found = surfaces(candidates(
        ["Президент/NOUN Сирії/PROPN/Сирія Башар/PROPN/Башар Асад/PROPN/Асад заявив/VERB ./PUNCT"], language: "uk"))
    #expect(found.contains("Башар Асад"), "\(found)")
    #expect(!found.contains("Сирії Башар Асад"), "\(found)")
}

@Test func aNameOfALanguageWhoseNamesDoNotInflectShowsAsWritten() {
    let found = candidates(["Reports/NOUN by/ADP Internationa/PROPN/Internation ./PUNCT"], language: "en")
    #expect(found.first { $0.surface == "Internationa" }?.displayForm == "Internationa", "a guessed lemma of a name is not shown")
    let acronym = candidates(["The/DET NASA/PROPN/nasa probe/NOUN ./PUNCT", "NASA/PROPN/nasa said/VERB ./PUNCT"])
    #expect(acronym.first { $0.surface == "NASA" }?.displayForm == "NASA", "written as the lemma but for case: as written")
}

@Test func aWordTheTaggerMostlyReadsAsANounIsANounThroughout() {
    let found = surfaces(candidates([
        "The/DET gene/NOUN matters/VERB ./PUNCT", "Each/DET gene/NOUN differs/VERB ./PUNCT",
        "We/PRON study/VERB gene/VERB expression/NOUN ./PUNCT",
    ]))
    #expect(found.contains("gene expression"), "one slip of the tagger does not cut the phrase")
}

@Test func anAcronymReadAsANumeralIsAName() {
    let found = surfaces(candidates([
        "The/DET FAO/NUM report/NOUN came/VERB ./PUNCT", "IUU/NUM fishing/NOUN grew/VERB in/ADP XII/NUM ./PUNCT",
    ]))
    #expect(found.isSuperset(of: ["FAO report", "FAO", "IUU fishing", "IUU"]), "\(found)")
    #expect(!found.contains("XII"), "a Roman numeral stays a number")
}

@Test func englishGerundsAndParticiplesWrittenAsTermsArePartOfPhrases() {
    let found = surfaces(candidates([
        "We/PRON study/VERB machine/NOUN learning/VERB ./PUNCT", "Machine/NOUN learning/VERB helps/VERB ./PUNCT",
        "A/DET mixed/VERB strategy/NOUN wins/VERB ./PUNCT", "The/DET mixed/VERB strategy/NOUN fails/VERB ./PUNCT",
        "People/NOUN living/VERB there/ADV left/VERB ./PUNCT", "Objects/NOUN hopping/VERB fail/VERB ./PUNCT",
        "Objects/NOUN hopping/VERB stop/VERB ./PUNCT", "Police/NOUN arrested/VERB suspects/NOUN ./PUNCT",
        "Police/NOUN arrested/VERB suspects/NOUN again/ADV ./PUNCT",
    ]))
    #expect(found.isSuperset(of: ["machine learning", "mixed strategy"]), "\(found)")
    for wrong in ["People living", "living", "Objects hopping", "arrested suspects", "Police arrested", "mixed"] {
        #expect(!found.contains(wrong), "\(wrong)")
    }
}

@Test func aWordCountsItsOtherFormsWhenRanked() {
    let (document, annotation) = tagged(
        [
            "The/DET visualization/NOUN helps/VERB ./PUNCT", "We/PRON visualize/VERB data/NOUN ./PUNCT",
            "They/PRON visualize/VERB it/PRON ./PUNCT", "A/DET table/NOUN helps/VERB ./PUNCT",
            "The/DET table/NOUN helps/VERB ./PUNCT",
        ], stemmed: true, term: { $0.hasPrefix("visuali") ? "visual" : $0 })
    let table = CandidateExtractor().table(in: document, annotation: annotation)
    let counts = Dictionary(uniqueKeysWithValues: (0..<table.count).map { (table.keys[$0], (table.occurrenceCount($0), table.rankingCount($0))) })
    #expect(counts["visual"]?.0 == 1, "the keyword is the noun: \(counts)")
    #expect(counts["visual"]?.1 == 2, "its verb forms count, up to as many again")
    #expect(counts["table"]?.0 == 2 && counts["table"]?.1 == 2)
}

@Test func wordsThatShareAStemKeepTheirOwnReadings() {
    // "estimation" and "estimating" share a stem (one term) and a length.
    let text = "estimation estimating Estimation ."
    var tokens: [Token] = []
    var offset = 0
    for (word, term) in [("estimation", 0), ("estimating", 0), ("Estimation", 0), (".", -1)] {
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        let end = text.utf8.index(start, offsetBy: word.utf8.count)
        tokens.append(Token(range: start..<end, kind: term < 0 ? .other : .letter, term: term < 0 ? nil : term))
        offset += word.utf8.count + 1
    }
    let document = Document(
        text: text, language: "en", paragraphs: [Paragraph(range: text.startIndex..<text.endIndex, sentences: 0..<1)],
        sentences: [Sentence(range: text.startIndex..<text.endIndex, tokens: 0..<4, paragraph: 0)], tokens: tokens,
        terms: ["estim"])
    let readings = CandidateExtractor.RunScanner.nominalReadings(document, [.noun, .verb, .noun, .punctuation])
    #expect(readings[0] == .noun && readings[2] == .noun, "case aside, one form")
    #expect(readings[1] == nil, "the verb form is not read as the noun")
}

// MARK: One thing, one keyword
// MARK: One thing, one keyword

private func groups(_ sentences: [String], language: Language = "en", count: Int = 10) -> [KeywordRanker.Group] {
    let (document, annotation) = tagged(sentences, language: language, stemmed: true)
    let found = CandidateExtractor().candidates(in: document, annotation: annotation)
    let ranker = KeywordRanker()
    let scored = ranker.score(found, sentenceCount: document.sentences.count) { _ in (1, true) }
    return ranker.selectGroups(from: scored, count: count, joinedWithoutSpaces: language.writesWithoutSpaces)
}

private func group(containing surface: String, in groups: [KeywordRanker.Group]) -> [String]? {
    groups.first { ([$0.chosen] + $0.others).contains { $0.candidate.surfaceOrder.contains(surface) } }
        .map { ([$0.chosen] + $0.others).map(\.candidate.surface) }
}

@Test func aNameAndItsLongerFormAreOneKeyword() {
    let found = groups([
        "President/PROPN Vladimir/PROPN Putin/PROPN spoke/VERB ./PUNCT", "Putin/PROPN ruled/VERB out/ADP troops/NOUN ./PUNCT",
        "Putin/PROPN said/VERB so/ADV ./PUNCT", "Vladimir/PROPN Putin/PROPN left/VERB ./PUNCT",
    ])
    let putin = group(containing: "Putin", in: found)
    #expect(putin != nil)
    #expect(Set(putin ?? []).isSuperset(of: ["Putin", "Vladimir Putin"]))
    #expect(found.filter { ($0.chosen.candidate.surfaceOrder + $0.others.flatMap(\.candidate.surfaceOrder)).contains("Putin") }.count == 1)
}

@Test func aNameThatStartsALongerNameIsAnotherThing() {
    let found = groups([
        "The/DET FAO/PROPN International/PROPN Plan/PROPN works/VERB ./PUNCT",
        "The/DET FAO/PROPN International/PROPN Plan/PROPN helps/VERB ./PUNCT", "Ask/VERB FAO/PROPN ./PUNCT",
        "Ask/VERB FAO/PROPN again/ADV ./PUNCT", "Ask/VERB FAO/PROPN now/ADV ./PUNCT",
    ])
    #expect(group(containing: "FAO", in: found) != group(containing: "FAO International Plan", in: found))
    let person = groups([
        "Imran/PROPN Khan/PROPN spoke/VERB ./PUNCT", "Then/ADV Imran/PROPN left/VERB ./PUNCT",
        "Fans/NOUN cheered/VERB Imran/PROPN ./PUNCT", "Imran/PROPN Khan/PROPN won/VERB ./PUNCT",
    ])
    #expect(Set(group(containing: "Imran", in: person) ?? []).isSuperset(of: ["Imran", "Imran Khan"]), "a first name is the person")
}

@Test func aFullNameWrittenOnceAtTheStartOfASentenceIsTheNameItEnds() {
    let found = groups([
        "Ariana/PROPN Grande/PROPN sang/VERB ./PUNCT", "Fans/NOUN of/ADP Grande/PROPN came/VERB ./PUNCT",
        "Then/ADV Grande/PROPN spoke/VERB ./PUNCT",
    ])
    #expect(Set(group(containing: "Grande", in: found) ?? []) == ["Ariana Grande", "Grande"])
}

@Test func inACaseLanguageANounInItsBaseFormAfterAnInflectedOneStartsANewPhrase() {
    let found = surfaces(candidates(
        [
            "В/ADP Ливане/PROPN/Ливан семья/NOUN/семья скорбит/VERB ./PUNCT",
            "Нашли/VERB тело/NOUN/тело Мохаммада/PROPN/Мохаммад ./PUNCT",
        ], language: "ru"))
    #expect(!found.contains("Ливане семья"), "\(found)")
    #expect(found.contains("тело Мохаммада"), "\(found)")
}

@Test func aNameAndANameDerivedFromItAreOneKeyword() {
    let found = groups([
        "Aid/NOUN from/ADP Russia/PROPN came/VERB ./PUNCT", "Many/ADJ Russians/PROPN/Russian fear/VERB war/NOUN ./PUNCT",
        "They/PRON wait/VERB for/ADP Russia/PROPN ./PUNCT",
    ])
    let russia = group(containing: "Russia", in: found)
    #expect(Set(russia ?? []) == ["Russia", "Russians"])
}

@Test func aPhraseThatMostlyOccursInsideALongerOneIsTheSameThing() {
    let found = groups([
        "Syrian/ADJ refugees/NOUN arrived/VERB ./PUNCT", "Syrian/ADJ refugees/NOUN waited/VERB ./PUNCT",
        "Syrian/ADJ refugees/NOUN left/VERB ./PUNCT", "Lake/PROPN Marrow/PROPN froze/VERB ./PUNCT",
        "The/DET lake/NOUN froze/VERB ./PUNCT", "A/DET lake/NOUN thawed/VERB ./PUNCT", "Lake/PROPN Marrow/PROPN thawed/VERB ./PUNCT",
    ])
    let chosen = found.map(\.chosen.candidate.surface)
    #expect(chosen.contains("Syrian refugees") && !chosen.contains("refugees"), "\(chosen)")
    #expect(group(containing: "lake", in: found) != group(containing: "Lake Marrow", in: found), "a lake of its own is another thing")
}

@Test func chineseAndJapaneseNamesAndCompoundsAreOneKeyword() {
    let japanese = groups(
        ["トランプ/PROPN 氏/NOUN は/ADP 語っ/VERB た/AUX 。/PUNCT", "トランプ/PROPN は/ADP 大統領/NOUN だ/AUX 。/PUNCT",
         "トランプ/PROPN が/ADP 来る/VERB 。/PUNCT", "トランプ/PROPN 大統領/NOUN が/ADP 来る/VERB 。/PUNCT"],
        language: "ja")
    let trump = group(containing: "トランプ", in: japanese)
    #expect(Set(trump ?? []).isSuperset(of: ["トランプ", "トランプ氏", "トランプ大統領"]))
    let chinese = groups(["鱼/NOUN 有/VERB 情绪/NOUN 。/PUNCT", "鱼/NOUN 类/NOUN 会/AUX 发烧/VERB 。/PUNCT", "鱼/NOUN 游/VERB 。/PUNCT"], language: "zh")
    #expect(Set(group(containing: "鱼", in: chinese) ?? []).isSuperset(of: ["鱼", "鱼类"]))
}

@Test func arabicAndHebrewPrepositionsWrittenOntoAWordAreNotShown() {
    #expect(CandidateTable.procliticFree("لإحياء", lemma: "إحياء") == "إحياء")
    #expect(CandidateTable.procliticFree("والبحيرة", lemma: "بحيرة") == "البحيرة", "the article stays")
    #expect(CandidateTable.procliticFree("البحيرة", lemma: "بحيرة") == nil, "the article alone is not taken off")
    #expect(CandidateTable.procliticFree("ובירושלים", lemma: "ירושלים") == "ירושלים")
    #expect(CandidateTable.procliticFree("مدينة", lemma: "مدينة") == nil)
    let found = candidates(
        ["قرر/VERB المجلس/NOUN/مجلس لإحياء/NOUN/إحياء بحيرة/NOUN/بحيرة المرجان/PROPN/مرجان ./PUNCT",
         "بدأ/VERB العمل/NOUN/عمل لإحياء/NOUN/إحياء بحيرة/NOUN/بحيرة المرجان/PROPN/مرجان ./PUNCT",
         "والبحيرة/NOUN/بحيرة جميلة/ADJ/جميل ./PUNCT", "والبحيرة/NOUN/بحيرة كبيرة/ADJ/كبير ./PUNCT"],
        language: "ar")
    #expect(found.first { $0.surface == "لإحياء بحيرة المرجان" }?.displayForm == "إحياء بحيرة المرجان")
    let lake = found.first { $0.wordCount == 1 && $0.surfaceOrder.contains("والبحيرة") }
    #expect(lake?.displayForm == "البحيرة" || lake?.displayForm == "بحيرة", "\(String(describing: lake?.displayForm))")
}

@Test func aNumberAndItsMeasureWordAreNotAKeyword() {
    for word in ["一只", "两个", "三名", "5个", "十月"] { #expect(CandidateExtractor.isNumberAndMeasureWord(word[...]), "\(word)") }
    for word in ["二战", "三星", "一般", "蜘蛛", "一带一路"] { #expect(!CandidateExtractor.isNumberAndMeasureWord(word[...]), "\(word)") }
    let found = surfaces(candidates(["发现/VERB 一只/NOUN 蜘蛛/NOUN 。/PUNCT", "一只/NOUN 蜘蛛/NOUN 很/ADV 大/ADJ 。/PUNCT"], language: "zh"))
    #expect(found.contains("蜘蛛"), "\(found)")
    #expect(!found.contains("一只") && !found.contains("一只蜘蛛"), "\(found)")
}

@Test func aJapaneseVerbReadAsANounIsNotAKeyword() {
    for word in ["死ぬ", "行く", "食べる"] {
        #expect(CandidateExtractor.RunScanner.isJapaneseInflectedWord(word[...]), "\(word)")
    }
    for word in ["大統領", "答え", "ワクチン", "投票", "話し", "違い", "囲い"] {
        #expect(!CandidateExtractor.RunScanner.isJapaneseInflectedWord(word[...]), "\(word)")
    }
    let found = surfaces(candidates(["多く/NOUN の/ADP 人/NOUN が/ADP 死ぬ/NOUN かも/AUX 。/PUNCT"], language: "ja"))
    #expect(!found.contains("死ぬ"), "\(found)")
    #expect(found.contains("人"), "\(found)")
    // Read as a name after a name ("マーティン・シーン演じる主人公", the hero Martin Sheen plays).
    let after = surfaces(candidates(["シーン/PROPN 演じる/PROPN 主人公/NOUN の/ADP 目/NOUN 。/PUNCT"], language: "ja"))
    #expect(!after.contains { $0.contains("演じる") }, "\(after)")
    #expect(after.contains("シーン") && after.contains("主人公"), "\(after)")
}

@Test func aJapaneseAdjectiveInItsAdverbialFormIsNoPartOfANounPhrase() {
    let found = surfaces(candidates(["美しく/ADJ 迫力/NOUN ある/VERB 映像/NOUN 。/PUNCT"], language: "ja"))
    #expect(!found.contains("美しく迫力"), "\(found)")
    #expect(found.contains("迫力"), "\(found)")
}

@Test func aChineseOrJapanesePhraseDoesNotStartWithTheCounterAfterANumber() {
    let found = surfaces(candidates([
        "第/PART 32/NUM 回/NOUN カンヌ国際映画祭/PROPN で/ADP 受賞/VERB 。/PUNCT", "3/NUM 部/NOUN 作/NOUN の/ADP 監督/NOUN 。/PUNCT",
    ], language: "ja"))
    for wrong in ["回", "回カンヌ国際映画祭", "部作", "部"] { #expect(!found.contains(wrong), "\(wrong) in \(found)") }
    #expect(found.contains("カンヌ国際映画祭"), "\(found)")
    // After a number written in characters too ("26万元拨款": a grant of 260,000 yuan).
    let chinese = surfaces(candidates(["政府/NOUN 的/PART 26/NUM 万/NUM 元/NOUN 拨款/NOUN 。/PUNCT"], language: "zh"))
    #expect(!chinese.contains("元拨款") && !chinese.contains("元"), "\(chinese)")
    #expect(chinese.contains("拨款"), "\(chinese)")
}

@Test func aNeuterLemmaGuessedForAGenitiveInAIsNotMadeToAgree() {
    // "консула" is read as a form of "консуло": that the text never writes it, shown as written.
    let guessed = candidates(
        ["Допуск/NOUN Українського/ADJ/український консула/NOUN/консуло ./PUNCT",
         "Запит/NOUN Українського/ADJ/український консула/NOUN/консуло ./PUNCT"], language: "uk"
    ).first { $0.wordCount == 2 && $0.surface == "Українського консула" }
    #expect(guessed?.displayForm == "Українського консула")
    let consul = candidates(
        ["Допуск/NOUN консула/NOUN/консуло ./PUNCT", "Запит/NOUN консула/NOUN/консуло ./PUNCT"], language: "uk"
    ).first { $0.surface == "консула" }
    #expect(consul?.displayForm == "консула", "a guessed neuter lemma of one word is not shown either")
    // A neuter the text writes is trusted ("вікна" → "вікно").
    let written = candidates(
        ["Біля/ADP великого/ADJ/великий вікна/NOUN/вікно ./PUNCT", "Від/ADP великого/ADJ/великий вікна/NOUN/вікно ./PUNCT",
         "Вікно/NOUN/вікно відчинене/ADJ ./PUNCT"], language: "uk"
    ).first { $0.wordCount == 2 && $0.surface == "великого вікна" }
    #expect(written?.displayForm == "велике вікно")
    // A name's guessed neuter is its masculine: "Нью-Йорку" is a form of "Нью-Йорк".
    let city = candidates(
        ["Візит/NOUN до/ADP Нью-Йорку/PROPN/Нью-Йорко ./PUNCT", "Повернення/NOUN до/ADP Нью-Йорку/PROPN/Нью-Йорко ./PUNCT"],
        language: "uk"
    ).first { $0.surfaceOrder.contains("Нью-Йорку") }
    #expect(city?.displayForm == "Нью-Йорк", "\(String(describing: city?.lemmaTally))")
}

@Test func aNameTheTaggerReadsOnceAsACommonNounIsANameThroughout() {
    // A headline's "Soeharto" read as a common noun: the name's other readings decide, so the
    // name and its titled form are one keyword.
    let found = groups([
        "Sidang/NOUN untuk/ADP Presiden/NOUN Soeharto/NOUN ditunda/VERB ./PUNCT", "Keluarga/NOUN Soeharto/PROPN menolak/VERB ./PUNCT",
        "Pengacara/NOUN Soeharto/PROPN berbicara/VERB ./PUNCT", "Hakim/NOUN memanggil/VERB Presiden/NOUN Soeharto/PROPN ./PUNCT",
        "Kata/NOUN Soeharto/PROPN ./PUNCT",
    ], language: "id")
    let soeharto = group(containing: "Soeharto", in: found)
    #expect(Set(soeharto ?? []).isSuperset(of: ["Soeharto", "Presiden Soeharto"]), "\(found.map(\.chosen.candidate.surface))")
    // Read once as a noun and once as a name: written with a capital, it is a name.
    let ukrainian = groups(
        ["Клімкін/NOUN :/PUNCT вирок/NOUN ./PUNCT", "Так/ADV заявив/VERB пан/NOUN Клімкін/PROPN ./PUNCT"], language: "uk")
    #expect(Set(group(containing: "Клімкін", in: ukrainian) ?? []).isSuperset(of: ["Клімкін", "пан Клімкін"]),
        "\(ukrainian.map(\.chosen.candidate.surface))")
}

@Test func aLowerCaseLemmaOfANameWrittenWithACapitalIsShownWithIt() {
    // Spanish lemmas of names are in lower case, and "siria" is also the adjective's feminine.
    let found = candidates([
        "La/DET guerra/NOUN en/ADP Siria/PROPN/siria sigue/VERB ./PUNCT", "Refugiados/NOUN de/ADP Siria/PROPN/siria llegan/VERB ./PUNCT",
        "Una/DET siria/NOUN/siria llega/VERB ./PUNCT", "Desde/ADP Siria/PROPN/siria vienen/VERB ./PUNCT",
    ], language: "es")
    #expect(found.first { $0.key == "siria" }?.displayForm == "Siria", "\(found.map { ($0.key, $0.displayForm) })")
}

@Test func aNameAfterATitleInLowerCaseIsTheName() {
    let found = groups([
        "The/DET actress/NOUN Luisana/PROPN Lopilato/PROPN married/VERB ./PUNCT", "Luisana/PROPN Lopilato/PROPN smiled/VERB ./PUNCT",
        "Fans/NOUN love/VERB Luisana/PROPN Lopilato/PROPN ./PUNCT", "Critics/NOUN praised/VERB actress/NOUN Luisana/PROPN Lopilato/PROPN ./PUNCT",
    ])
    let name = group(containing: "Luisana Lopilato", in: found)
    #expect(Set(name ?? []).isSuperset(of: ["Luisana Lopilato", "actress Luisana Lopilato"]), "\(found.map(\.chosen.candidate.surface))")
    // Written alone once, in the headline, and three times after "président".
    let french = groups([
        "Tanzanie/PROPN :/PUNCT John/PROPN Magufuli/PROPN ./PUNCT", "Le/DET président/NOUN Magufuli/PROPN parle/VERB ./PUNCT",
        "Les/DET médias/NOUN aiment/VERB le/DET président/NOUN Magufuli/PROPN ./PUNCT",
        "Un/DET tweet/NOUN vers/ADP le/DET président/NOUN Magufuli/PROPN ./PUNCT",
    ], language: "fr")
    #expect(Set(group(containing: "Magufuli", in: french) ?? []).isSuperset(of: ["Magufuli", "président Magufuli"]),
        "\(french.map(\.chosen.candidate.surface))")
    // The title written with a capital too, inside a sentence ("le Président Joseph Kabila").
    let capitalTitle = groups([
        "Selon/ADP eux/PRON ,/PUNCT Joseph/PROPN Kabila/PROPN part/VERB ./PUNCT", "Joseph/PROPN Kabila/PROPN parle/VERB ./PUNCT",
        "Il/PRON voit/VERB le/DET Président/NOUN/président Joseph/PROPN Kabila/PROPN ./PUNCT",
        "Il/PRON voit/VERB le/DET président/NOUN Joseph/PROPN Kabila/PROPN ./PUNCT",
    ], language: "fr")
    #expect(Set(group(containing: "Joseph Kabila", in: capitalTitle) ?? []).isSuperset(of: ["Joseph Kabila", "Président Joseph Kabila"]), "\(capitalTitle.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
    // A run of nouns before a name, and a noun the name is never written without, are other things.
    let russian = groups([
        "Фермеры/NOUN долины/NOUN Брилл/PROPN пришли/VERB ./PUNCT", "Брилл/PROPN далеко/ADV ./PUNCT",
        "Мы/PRON видели/VERB озеро/NOUN Марроу/PROPN ./PUNCT", "Люди/NOUN любят/VERB озеро/NOUN Марроу/PROPN ./PUNCT",
    ], language: "ru")
    #expect(!(group(containing: "Брилл", in: russian) ?? []).contains("Фермеры долины Брилл"), "\(russian.map(\.chosen.candidate.surface))")
    #expect(!(group(containing: "Марроу", in: russian) ?? []).contains("озеро Марроу"), "\(russian.map(\.chosen.candidate.surface))")
    // A noun before an acronym names a kind of thing: "regulator PID" is not "PID".
    let polish = groups([
        "Regulator/NOUN PID/PROPN działa/VERB ./PUNCT", "Mamy/VERB regulator/NOUN PID/PROPN ./PUNCT",
        "Algorytm/NOUN PID/PROPN jest/AUX prosty/ADJ ./PUNCT", "Sterowanie/NOUN PID/PROPN ./PUNCT", "Metoda/NOUN PID/PROPN ./PUNCT",
        "Wzór/NOUN PID/PROPN ./PUNCT", "W/ADP PID/PROPN ./PUNCT",
    ], language: "pl")
    #expect(!(group(containing: "PID", in: polish) ?? []).contains("regulator PID"), "\(polish.map(\.chosen.candidate.surface))")
}

@Test func aRussianAdjectiveInOIsAnAdverbOutsideNounPhrases() {
    // "самостоятельно" read as an adjective would join "помилование ... несогласием" into one phrase.
    let found = surfaces(candidates(
        ["Он/PRON подал/VERB помилование/NOUN самостоятельно/ADJ несогласием/NOUN ./PUNCT",
         "Нового/ADJ/новый дома/NOUN/дом нет/VERB ./PUNCT"],
        language: "ru"))
    #expect(found.contains("помилование") && found.contains("несогласием"), "\(found)")
    #expect(!found.contains { $0.contains("самостоятельно") }, "\(found)")
    #expect(found.contains("Нового дома"), "a genitive in -ого stays an adjective: \(found)")
}

@Test func indonesianWordsShowAsWrittenAndTheirReduplicatedPluralsAreThem() {
    // The treebank's lemmas are roots: "imbalan" (a reward) → "imbal".
    let found = candidates(
        ["Polisi/NOUN menerima/VERB imbalan/NOUN/imbal ./PUNCT", "Imbalan/NOUN/imbal itu/DET besar/ADJ ./PUNCT",
         "Lagu/NOUN/lagu itu/DET indah/ADJ ./PUNCT", "Mereka/PRON menyanyikan/VERB lagu/NOUN/lagu -/PUNCT lagu/NOUN/lagu ./PUNCT"],
        language: "id", stemmed: true)
    #expect(found.first { $0.surfaceOrder.contains("imbalan") }?.displayForm == "imbalan", "\(found.map { ($0.surfaceOrder, $0.displayForm) })")
    let songs = found.filter { $0.surfaceOrder.contains("lagu-lagu") || $0.surfaceOrder.contains("Lagu") }
    #expect(songs.count == 1 && songs.first?.displayForm.lowercased() == "lagu", "\(found.map { ($0.surfaceOrder, $0.displayForm) })")
    let steps = candidates(["Pemerintah/NOUN mengambil/VERB langkah/NOUN/langkah -/PUNCT langkah/NOUN/langkah baru/ADJ ./PUNCT"], language: "id", stemmed: true)
    #expect(steps.contains { $0.displayForm == "langkah" }, "\(steps.map { ($0.surfaceOrder, $0.displayForm) })")
}

@Test func anAdjectiveAfterANounThatIsNoGenitiveStartsTheNextPhrase() {
    let found = surfaces(candidates(
        ["В/ADP ходе/NOUN/ход конфликта/NOUN/конфликт 58-летнюю/ADJ/58-летний учительницу/NOUN/учительница ударили/VERB ./PUNCT",
         "Родители/NOUN/родитель одноклассников/NOUN/одноклассник задержанного/ADJ/задержанный подростка/NOUN/подросток ./PUNCT"],
        language: "ru"))
    #expect(!found.contains { $0.hasPrefix("конфликта 58") }, "\(found)")
    #expect(found.contains("58-летнюю учительницу") || found.contains("учительницу"), "\(found)")
    #expect(found.contains("одноклассников задержанного подростка"), "a genitive complement stays: \(found)")
    let ukrainian = surfaces(candidates(
        ["Запуск/NOUN/запуск корабля/NOUN/корабель британським/ADJ/британський астронавтом/NOUN/астронавт ./PUNCT"], language: "uk"))
    #expect(!ukrainian.contains { $0.hasPrefix("корабля британським") }, "\(ukrainian)")
}

@Test func aMasculineNounInItsBaseFormAfterANounStartsTheNextPhrase() {
    let found = surfaces(candidates(
        ["У/ADP вівторок/NOUN/вівторок прес-секретар/NOUN/прес-секретар президента/NOUN/президент заявив/VERB ./PUNCT",
         "Фермери/NOUN/фермер долини/NOUN/долина Брілл/PROPN/Брілл ./PUNCT",
         "Заявив/VERB Держдепартамент/PROPN США/PROPN ./PUNCT"],
        language: "uk"))
    #expect(!found.contains { $0.hasPrefix("вівторок прес-секретар") }, "\(found)")
    #expect(found.contains("прес-секретар президента"), "\(found)")
    // A name after a noun may be its apposition ("долины Брилл"), and so may one after a name.
    #expect(found.contains("долини Брілл") && found.contains("Держдепартамент США"), "\(found)")
}

@Test func aPhraseWhoseFirstWordHasACapitalOnlyAtTheStartOfASentenceIsShownInLowerCase() {
    let english = candidates(
        ["Childhood/NOUN/childhood friend/NOUN/friend Tom/PROPN spoke/VERB ./PUNCT", "Human/PROPN Rights/PROPN Watch/PROPN spoke/VERB ./PUNCT",
         "They/PRON asked/VERB Human/PROPN Rights/PROPN Watch/PROPN ./PUNCT"])
    #expect(english.first { $0.surface == "Childhood friend" }?.displayForm == "childhood friend")
    #expect(english.first { $0.surface == "Human Rights Watch" }?.displayForm == "Human Rights Watch")
    // Written with the capital inside a sentence too, it keeps it.
    let inside = candidates(["Childhood/NOUN/childhood friend/NOUN/friend spoke/VERB ./PUNCT", "A/DET Childhood/NOUN/childhood friend/NOUN/friend came/VERB ./PUNCT"])
    #expect(inside.first { $0.surface == "Childhood friend" }?.displayForm == "Childhood friend")
    // German nouns keep their capitals; the adjective before one loses the sentence's.
    let german = candidates(
        ["Neue/ADJ/neu Regeln/NOUN/Regel gelten/VERB ./PUNCT", "Bundesregierung/NOUN/Bundesregierung Deutschlands/PROPN/Deutschland sprach/VERB ./PUNCT"],
        language: "de")
    #expect(german.first { $0.surface == "Neue Regeln" }?.displayForm == "neue Regeln")
    #expect(german.first { $0.surface == "Bundesregierung Deutschlands" }?.displayForm == "Bundesregierung Deutschlands")
    // A name's first word the tagger misread keeps its capital: before a name in English, or
    // written with a capital inside a sentence elsewhere.
    let names = candidates([
        "Mohammad/NOUN/mohammad Javad/PROPN Zarif/PROPN spoke/VERB ./PUNCT", "White/ADJ/white Nile/ADJ/Nile state/NOUN/state flooded/VERB ./PUNCT",
        "Lyndhurst/NOUN/lyndhurst sewage/NOUN/sewage discharge/NOUN/discharge rose/VERB ./PUNCT", "It/PRON rose/VERB near/ADP Lyndhurst/PROPN ./PUNCT",
    ])
    for name in ["Mohammad Javad Zarif", "White Nile state", "Lyndhurst sewage discharge"] {
        #expect(names.first { $0.surface == name }?.displayForm == name, "\(names.map(\.displayForm))")
    }
    // One word the text also writes in lower case is shown so, whatever capital its other
    // occurrences have ("Sea" at the start of sentences, "the sea" inside one).
    let sea = candidates(["Sea/PROPN/Sea rose/VERB ./PUNCT", "Sea/PROPN/Sea fell/VERB ./PUNCT", "They/PRON swam/VERB in/ADP the/DET sea/NOUN/sea ./PUNCT"])
    #expect(sea.first { $0.wordCount == 1 && $0.key == "sea" }?.displayForm == "sea", "\(sea.map(\.displayForm))")
    // Where a noun before a name is its head or a title, the noun loses the sentence's capital.
    let russian = candidates(["Дело/NOUN/дело Клыха/PROPN/Клых рассмотрели/VERB ./PUNCT", "Суд/NOUN/суд изучил/VERB дело/NOUN/дело ./PUNCT"], language: "ru")
    #expect(russian.first { $0.surface == "Дело Клыха" }?.displayForm == "дело Клыха", "\(russian.map(\.displayForm))")
}

@Test func aFirstNameTheTaggerReadsAsANounIsPartOfTheFullName() {
    // "Маккартни" is chosen with "Пол Маккартни" in its group; "Пол", read as the noun "пол"
    // but written with a capital inside sentences, joins them.
    let russian = groups([
        "Маккартни/PROPN спел/VERB ./PUNCT", "Вчера/ADV Маккартни/PROPN ушёл/VERB ./PUNCT", "Маккартни/PROPN пел/VERB ./PUNCT",
        "Вчера/ADV Пол/NOUN/пол Маккартни/PROPN ответил/VERB ./PUNCT", "Вчера/ADV Пол/NOUN/пол сказал/VERB ./PUNCT", "Там/ADV Пол/NOUN/пол пел/VERB ./PUNCT",
    ], language: "ru")
    #expect(Set(group(containing: "Маккартни", in: russian) ?? []).isSuperset(of: ["Маккартни", "Пол Маккартни", "Пол"]),
        "\(russian.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
    // Without capitals, a name at an end of a run of names and nouns.
    let hindi = groups([
        "इमरान/PROPN ख़ान/NOUN ने/ADP कहा/VERB ।/PUNCT", "इमरान/PROPN ख़ान/NOUN जीते/VERB ।/PUNCT", "इमरान/PROPN आए/VERB ।/PUNCT",
    ], language: "hi")
    #expect(Set(group(containing: "इमरान", in: hindi) ?? []).isSuperset(of: ["इमरान", "इमरान ख़ान"]), "\(hindi.map(\.chosen.candidate.surface))")
}

@Test func withoutCapitalsAWordAtAnEndOfTwoNounsMostlyWrittenWithThemIsTheSameThing() {
    // "नवाज़ शरीफ़" (Nawaz Sharif), read as two nouns; "नवाज़" and "शरीफ़" each stand alone once
    // in four (a quarter, which in a cased script would keep them apart).
    let sentences = [
        "नवाज़/NOUN शरीफ़/NOUN ने/ADP कहा/VERB ।/PUNCT", "नवाज़/NOUN शरीफ़/NOUN जीते/VERB ।/PUNCT", "नवाज़/NOUN शरीफ़/NOUN आए/VERB ।/PUNCT",
        "नवाज़/NOUN लीग/NOUN जीती/VERB ।/PUNCT", "शैबाज़/PROPN ने/ADP शरीफ़/NOUN कहा/VERB ।/PUNCT",
    ]
    let chosen = groups(sentences, language: "hi").map(\.chosen.candidate.surface)
    #expect(chosen.contains("नवाज़ शरीफ़") && !chosen.contains("नवाज़") && !chosen.contains("शरीफ़"), "\(chosen)")
    // Ranked the other way round, the group shows the full name.
    let ranker = KeywordRanker()
    let (document, annotation) = tagged(sentences, language: "hi", stemmed: true)
    let found = CandidateExtractor().candidates(in: document, annotation: annotation)
    let nawazFirst = found.sorted { a, _ in a.surface == "नवाज़" }.map { KeywordRanker.Scored(candidate: $0, score: 1) }
    #expect(ranker.selectGroups(from: nawazFirst, count: 10).first?.chosen.candidate.surface == "नवाज़ शरीफ़")
    // In a script with capitals the quarter holds: "market" stands alone in two of five.
    let english = groups([
        "The/DET oil/NOUN market/NOUN fell/VERB ./PUNCT", "The/DET oil/NOUN market/NOUN rose/VERB ./PUNCT", "The/DET oil/NOUN market/NOUN slept/VERB ./PUNCT",
        "The/DET market/NOUN woke/VERB ./PUNCT", "The/DET market/NOUN woke/VERB ./PUNCT",
    ]).map(\.chosen.candidate.surface)
    #expect(english.contains("market") && english.contains("oil market"), "\(english)")
}

@Test func aWordMostlyReadAsAVerbIsNoOneWordKeywordWhereItIsReadAsANoun() {
    let found = candidates([
        "They/PRON love/VERB music/NOUN ./PUNCT", "We/PRON love/VERB songs/NOUN/song ./PUNCT", "You/PRON love/VERB it/PRON ./PUNCT",
        "Love/NOUN/love wins/VERB ./PUNCT", "Their/PRON love/NOUN/love story/NOUN ended/VERB ./PUNCT",
    ])
    #expect(!found.contains { $0.wordCount == 1 && $0.key.hasPrefix("lov") }, "\(surfaces(found))")
    // Inside a phrase it stays.
    #expect(surfaces(found).isSuperset(of: ["love story", "music"]), "\(surfaces(found))")
    // Read as a noun as often as not, it is one.
    let even = candidates(["They/PRON love/VERB music/NOUN ./PUNCT", "Love/NOUN/love wins/VERB ./PUNCT"])
    #expect(even.contains { $0.wordCount == 1 && $0.key.hasPrefix("lov") }, "\(surfaces(even))")
    // An English gerund is a noun, whatever the treebanks call it.
    let gerund = candidates([
        "Machines/NOUN/machine keep/VERB learning/VERB ./PUNCT", "They/PRON were/AUX learning/VERB fast/ADV ./PUNCT",
        "Learning/NOUN/learning matters/VERB ./PUNCT",
    ])
    #expect(gerund.contains { $0.wordCount == 1 && $0.key == "learning" }, "\(surfaces(gerund))")
}

@Test func inACaseLanguageANameOfNamesIsRebuiltOnlyWhereItsWordsAgree() {
    // "Сергей Лавров" is in the nominative, whatever the lemmatiser makes of "Лавров"; "Сергея
    // Лаврова" is rebuilt; a noun read as a name before a name's genitive is left as written.
    let found = candidates([
        "Прилетел/VERB Сергей/PROPN/Сергей Лавров/PROPN/Лавр ./PUNCT", "Визит/PROPN/Визит Лаврова/PROPN/Лавров завершился/VERB ./PUNCT",
    ], language: "ru")
    #expect(found.first { $0.surface == "Сергей Лавров" }?.displayForm == "Сергей Лавров")
    #expect(found.first { $0.surface == "Визит Лаврова" }?.displayForm == "Визит Лаврова")
    let genitive = candidates(["Визит/NOUN/визит Сергея/PROPN/Сергей Лаврова/PROPN/Лавров завершился/VERB ./PUNCT"], language: "ru")
    #expect(genitive.first { $0.surface == "Сергея Лаврова" }?.displayForm == "Сергей Лавров", "\(genitive.map(\.displayForm))")
    // A form whose last word is in its base form is shown ("Мохаммад Хамия", not "Мохаммад
    // Хамии", where the text does not decline the first name).
    let both = candidates([
        "Прилетел/VERB Мохаммад/PROPN/Мохаммад Хамия/PROPN/Хамия ./PUNCT", "Семья/NOUN/семья Мохаммад/PROPN/Мохаммад Хамии/PROPN/Хамия ушла/VERB ./PUNCT",
    ], language: "ru")
    #expect(both.first { $0.surfaceOrder.contains("Мохаммад Хамии") }?.displayForm == "Мохаммад Хамия", "\(both.map(\.displayForm))")
    // A name whose last word the lemmatiser gets wrong is shown as written where its first word
    // is in its base form ("Керрі" read as a form of "Керря").
    let kerry = candidates(["Прилетів/VERB Джон/PROPN/Джон Керрі/PROPN/Керря ./PUNCT", "Сказав/VERB Джон/PROPN/Джон Керрі/PROPN/Керря ./PUNCT"], language: "uk")
    #expect(kerry.first { $0.surface == "Джон Керрі" }?.displayForm == "Джон Керрі", "\(kerry.map(\.displayForm))")
    // Unless the text writes the last word's lemma: "Клейн" confirms that "Клейна" is in the
    // genitive, and so is "Аллена", though the lemmatiser read it as a base form.
    let klein = candidates([
        "Менеджер/NOUN/менеджер Аллена/PROPN/Аллена Клейна/PROPN/Клейн ушёл/VERB ./PUNCT",
        "Дело/NOUN/дело Аллена/PROPN/Аллена Клейна/PROPN/Клейн закрыто/VERB ./PUNCT", "Клейн/PROPN/Клейн молчал/VERB ./PUNCT",
    ], language: "ru")
    let allen = klein.first { $0.surface == "Аллена Клейна" }
    #expect(allen != nil && allen?.baseForm == nil, "\(klein.map(\.displayForm))")
    // Of a name's lemmas, one the text writes: "Лавров" (from "Лаврова"), not "Лавр".
    #expect(KeywordCandidate.firstStem(of: ["Лавр", "Лавров"], forms: ["лавров", "лаврова"], written: ["лавров", "лаврова"]) == "Лавров")
    #expect(KeywordCandidate.firstStem(of: ["Путин"], forms: ["путина", "путину"], written: ["путина", "путину"]) == "Путин")
}

@Test func aChinesePhraseDoesNotEndInAOneCharacterWordBeforeTheNounItBelongsTo() {
    // "美洲家蛛" (American house spider): "美洲家" is a piece of it; "美洲" and "家蛛" are words.
    let found = surfaces(candidates(["美洲/PROPN 家/NOUN 蛛/NOUN 很/ADV 大/ADJ 。/PUNCT", "美洲/PROPN 家/NOUN 蛛/NOUN 会/AUX 跑/VERB 。/PUNCT"], language: "zh"))
    #expect(!found.contains("美洲家"), "\(found)")
    #expect(found.isSuperset(of: ["美洲家蛛", "美洲", "家蛛"]), "\(found)")
    // At the end of its run, a one-character word may end a phrase ("大熊", big bear).
    let zoo = surfaces(candidates(["他/PRON 看/VERB 大/ADJ 熊/NOUN 。/PUNCT"], language: "zh"))
    #expect(zoo.contains("大熊"), "\(zoo)")
}

@Test func aSurnameReadAsANounWithAnotherCaseEndingIsPartOfTheFullName() {
    // "Сенцова", read as the noun "сенцова", and "Олег Сенцов" (from "Олега Сенцова").
    let ukrainian = groups([
        "Вимагали/VERB допуску/NOUN/допуск до/ADP Сенцова/NOUN/сенцова ./PUNCT", "Просили/VERB до/ADP Сенцова/NOUN/сенцова ./PUNCT",
        "Засудили/VERB Олега/PROPN/Олег Сенцова/PROPN/Сенцов ./PUNCT",
    ], language: "uk")
    let sentsov = group(containing: "Сенцова", in: ukrainian)
    #expect(Set(sentsov ?? []).isSuperset(of: ["Сенцова", "Олега Сенцова"]), "\(ukrainian.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
    // Not in a language whose names keep their form: "Sentsova" is not "Oleg Sentsov".
    let english = groups([
        "They/PRON asked/VERB Sentsova/NOUN/sentsova ./PUNCT", "They/PRON saw/VERB Sentsova/NOUN/sentsova ./PUNCT",
        "Oleg/PROPN Sentsov/PROPN spoke/VERB ./PUNCT",
    ])
    #expect(group(containing: "Sentsova", in: english) != group(containing: "Oleg Sentsov", in: english))
}

@Test func aChineseOrJapaneseCompoundOfACommonWordIsAKeywordOfItsOwn() {
    // Genuine parts and parts: a keyphrase set lists both.
    let japanese = groups(
        ["純正/NOUN 部品/NOUN が/ADP 高い/ADJ 。/PUNCT", "純正/NOUN 部品/NOUN を/ADP 買う/VERB 。/PUNCT", "部品/NOUN が/ADP 届い/VERB た/AUX 。/PUNCT"],
        language: "ja")
    #expect(group(containing: "部品", in: japanese) != nil)
    #expect(group(containing: "部品", in: japanese) != group(containing: "純正部品", in: japanese))
}

@Test func aLemmaTrainingMetIsShownBeforeAGuess() {
    // "нафти" → "нафта" (met in training), "нафту" → "нафт" (a guess, though more frequent); a
    // stemmer gives both the key "нафт".
    let found = candidates(
        ["Ціна/NOUN/ціна нафти/NOUN/нафта впала/VERB ./PUNCT", "Купують/VERB нафту/NOUN/нафт ./PUNCT", "Продають/VERB нафту/NOUN/нафт ./PUNCT"],
        language: "uk", known: ["нафта", "ціна"], stem: { $0.hasSuffix("а") ? String($0.dropLast()) : $0 })
    let oil = found.first { $0.wordCount == 1 && $0.surfaceOrder.contains("нафту") }
    #expect(oil?.displayForm == "нафта", "\(String(describing: oil?.lemmaTally))")
}

@Test func aRomanceAdjectiveBeforeANameBelongsToTheNounBeforeIt() {
    let found = surfaces(candidates(
        ["Le/DET président/NOUN béninois/ADJ Patrice/PROPN Talon/PROPN a/AUX parlé/VERB ./PUNCT",
         "La/DET Nouvelle/ADJ Zélande/PROPN vote/VERB ./PUNCT"], language: "fr"))
    #expect(!found.contains("béninois Patrice Talon") && found.contains("Patrice Talon"), "\(found)")
    #expect(found.contains("président béninois"), "\(found)")
    #expect(found.contains("Nouvelle Zélande"), "a capitalised adjective may start a name: \(found)")
}

@Test func anAcronymAndTheNameItIsMadeOfAreOneKeyword() {
    let english = groups([
        "The/DET United/PROPN Nations/PROPN met/VERB ./PUNCT", "The/DET UN/PROPN voted/VERB ./PUNCT", "The/DET UN/PROPN left/VERB ./PUNCT",
        "The/DET United/PROPN Nations/PROPN spoke/VERB ./PUNCT", "The/DET USA/PROPN spoke/VERB ./PUNCT",
    ])
    #expect(Set(group(containing: "UN", in: english) ?? []).isSuperset(of: ["UN", "United Nations"]), "\(english.map(\.chosen.candidate.surface))")
    #expect(group(containing: "USA", in: english) != group(containing: "UN", in: english))
    let spanish = groups([
        "Viajó/VERB a/ADP Estados/PROPN Unidos/PROPN ./PUNCT", "En/ADP EE.UU/PROPN hay/VERB ./PUNCT", "De/ADP EE.UU/PROPN vienen/VERB ./PUNCT",
        "En/ADP Estados/PROPN Unidos/PROPN viven/VERB ./PUNCT",
    ], language: "es")
    #expect(Set(group(containing: "EE.UU", in: spanish) ?? []).isSuperset(of: ["EE.UU", "Estados Unidos"]), "\(spanish.map(\.chosen.candidate.surface))")
    let russian = groups([
        "Генсек/NOUN ООН/PROPN выступил/VERB ./PUNCT", "В/ADP ООН/PROPN заявили/VERB ./PUNCT",
        "Вчера/ADV Организация/PROPN Объединённых/PROPN Наций/PROPN заявила/VERB ./PUNCT",
    ], language: "ru")
    #expect(Set(group(containing: "ООН", in: russian) ?? []).contains("Организация Объединённых Наций"), "\(russian.map(\.chosen.candidate.surface))")
}

@Test func aGermanPhraseShowsItsAdjectiveInTheNominativeWhereTheTextHasIt() {
    let found = candidates(
        ["Nach/ADP der/DET festgelegten/ADJ/festgelegt Reihenfolge/NOUN/Reihenfolge ./PUNCT",
         "In/ADP der/DET festgelegten/ADJ/festgelegt Reihenfolge/NOUN/Reihenfolge ./PUNCT",
         "Eine/DET festgelegte/ADJ/festgelegt Reihenfolge/NOUN/Reihenfolge gilt/VERB ./PUNCT",
         "Es/PRON gibt/VERB viele/ADJ Wörter/NOUN/Wort ./PUNCT", "Die/DET Bäume/NOUN/Baum wachsen/VERB ./PUNCT"],
        language: "de")
    #expect(found.first { $0.surface == "festgelegten Reihenfolge" }?.displayForm == "festgelegte Reihenfolge")
    // An umlaut in the plural does not make the lemma a slip.
    #expect(found.first { $0.surface == "Wörter" }?.displayForm == "Wort")
    #expect(found.first { $0.surface == "Bäume" }?.displayForm == "Baum")
}

@Test func aKoreanWordWithACaseParticleEndsItsPhraseAndIsShownWithoutIt() {
    let found = candidates(
        ["르쁠레는/PROPN/르쁠레+는 직계가족을/NOUN/직계가족+을 가계를/NOUN/가계+를 중시하면서도/ADV/중시+하+면서+도 개인의/NOUN/개인+의 자유를/NOUN/자유+를 보장한다/VERB ./PUNCT"],
        language: "ko")
    let shown = Set(found.map(\.displayForm))
    #expect(!found.contains { $0.surface == "직계가족을 가계를" }, "\(shown)")
    #expect(shown.contains("개인의 자유"), "\(shown)")
}

@Test func onlyAnArticleFollowsDeInsideARomancePhrase() {
    let found = surfaces(candidates(["Sulle/ADP spalle/NOUN di/ADP questo/DET venerabile/ADJ business/NOUN ./PUNCT",
                                     "Il/DET ministro/NOUN della/ADP giustizia/NOUN parla/VERB ./PUNCT"], language: "it"))
    #expect(!found.contains { $0.hasPrefix("spalle di questo") }, "\(found)")
    #expect(found.contains("ministro della giustizia"), "\(found)")
}

@Test func aGuessedLemmaThatLeavesTheStemIsNotShown() {
    // A suffix rule learnt from one word turned "tracking" into "trank": the stem is "track".
    let (document, annotation) = tagged(
        ["Contour/NOUN/contour tracking/NOUN/trank works/VERB ./PUNCT", "The/DET tracking/NOUN/trank fails/VERB ./PUNCT"],
        language: "en", stemmed: true, term: { $0.hasSuffix("ing") ? String($0.dropLast(3)) : $0 })
    let guessed = CandidateExtractor().candidates(in: document, annotation: annotation)
    let tracking = guessed.first { $0.wordCount == 1 && $0.surfaceOrder.contains("tracking") }
    #expect(tracking?.displayForm == "tracking", "\(String(describing: tracking?.lemmaTally))")
    // Guesses that keep the stem are shown: an ending cut ("contours" → "contour"), an accent the
    // stemmer drops ("antibióticos" → "antibiótico", stem "antibiot"), an irregular plural.
    #expect(KeywordCandidate.keepsStem("contour", of: "contour", forms: ["contours"]))
    #expect(KeywordCandidate.keepsStem("antibiot", of: "antibiótico", forms: ["antibióticos"]))
    #expect(KeywordCandidate.keepsStem("gunmen", of: "gunman", forms: ["gunmen"]))
    #expect(KeywordCandidate.keepsStem("grandchildren", of: "grandchild", forms: ["grandchildren"]))
    #expect(!KeywordCandidate.keepsStem("track", of: "trank", forms: ["tracking"]))
}

@Test func aNameAfterADescribedTitleIsTheNameWhereNamesDoNotInflect() {
    // "German airline Lufthansa": an adjective, then the title in lower case, then the name.
    let english = groups([
        "German/ADJ airline/NOUN Lufthansa/PROPN may/AUX sue/VERB ./PUNCT", "Lufthansa/PROPN said/VERB so/ADV ./PUNCT",
        "Flights/NOUN of/ADP Lufthansa/PROPN were/AUX late/ADJ ./PUNCT", "Lufthansa/PROPN lost/VERB money/NOUN ./PUNCT",
    ])
    #expect(Set(group(containing: "Lufthansa", in: english) ?? []).isSuperset(of: ["Lufthansa", "German airline Lufthansa"]),
        "\(english.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
    // Where names inflect, a noun before a name is seldom its title: the aerospace industry of
    // Russia is not Russia.
    let ukrainian = groups([
        "Працює/VERB в/ADP авіакосмічній/ADJ/авіакосмічний галузі/NOUN/галузь Росії/PROPN/Росія ./PUNCT",
        "Росія/PROPN відповіла/VERB ./PUNCT", "Кажуть/VERB про/ADP Росію/PROPN/Росія ./PUNCT",
        "Санкції/NOUN/санкція проти/ADP Росії/PROPN/Росія ./PUNCT",
    ], language: "uk")
    #expect(!(group(containing: "авіакосмічній галузі Росії", in: ukrainian) ?? []).contains("Росії"),
        "\(ukrainian.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
}

@Test func aNameWrittenAloneOnlyAtSentenceStartsIsANameWhenCapitalisedInsideAnotherPhrase() {
    let found = groups([
        "Indonesians/PROPN/Indonesian face/VERB a/DET rise/NOUN ./PUNCT", "Indonesia/PROPN pays/VERB subsidies/NOUN ./PUNCT",
        "Indonesia/PROPN 's/PART government/NOUN agreed/VERB ./PUNCT", "People/NOUN in/ADP Indonesia/PROPN Aceh/PROPN left/VERB ./PUNCT",
        "Millions/NOUN of/ADP Indonesians/PROPN/Indonesian cook/VERB ./PUNCT",
    ])
    #expect(group(containing: "Indonesia", in: found) == group(containing: "Indonesians", in: found),
        "\(found.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
}

@Test func aLongerNameWithTheSameTitleAndSurnameIsTheSamePerson() {
    let found = groups([
        "The/DET arrival/NOUN of/ADP US/PROPN president/NOUN George/PROPN W/PROPN Bush/PROPN disrupted/VERB flights/NOUN ./PUNCT",
        "President/PROPN Bush/PROPN arrived/VERB late/ADV ./PUNCT", "It/PRON waited/VERB for/ADP President/PROPN Bush/PROPN ./PUNCT",
        "President/PROPN Bush/PROPN left/VERB ./PUNCT",
    ])
    #expect(group(containing: "President Bush", in: found) == group(containing: "US president George W Bush", in: found),
        "\(found.map { ([$0.chosen] + $0.others).map(\.candidate.surface) })")
}

@Test func aNameAfterANounShowsTheFormWhoseLastWordIsInItsBaseForm() {
    // "Канье", a first name, read as a noun, heads the phrase; "Уэстом" is the instrumental.
    let found = candidates([
        "Он/PRON спорил/VERB с/ADP Канье/NOUN/канье Уэстом/PROPN/Уэст ./PUNCT",
        "Рэпер/NOUN/рэпер Канье/NOUN/канье Уэст/PROPN/Уэст молчит/VERB ./PUNCT",
        "Мы/PRON говорили/VERB с/ADP Канье/NOUN/канье Уэстом/PROPN/Уэст ./PUNCT",
    ], language: "ru")
    let west = found.first { $0.surfaceOrder.contains("Канье Уэстом") }
    #expect(west?.displayForm == "Канье Уэст", "\(found.map(\.displayForm))")
}

@Test func aPhraseWrittenAcrossALineBreakIsShownOnOneLine() {
    var candidate = KeywordCandidate(key: "sensor node", wordKeys: ["sensor", "node"], firstSentence: 0)
    candidate.addSurface("sensor\n\tnode")
    candidate.addSurface("sensor\n\tnode")
    candidate.addSurface("sensor node")
    #expect(candidate.displayForm == "sensor node")
    #expect(KeywordCandidate.collapsingWhitespace("Ann\n   Arbor") == "Ann Arbor")
    #expect(KeywordCandidate.collapsingWhitespace("北极航线") == "北极航线")
}

@Test func aStopwordIsANameOnlyWhereTheTextWritesItAsOne() {
    let found = surfaces(candidates([
        // Read as names by a tagger, but capitalised only where a clause starts, or inside a title.
        "When/PROPN Smith/PROPN arrived/VERB ./PUNCT", "She/PROPN spoke/VERB ./PUNCT", "Critics/NOUN said/VERB :/PUNCT When/PROPN ?/PUNCT",
        "Fans/NOUN saw/VERB Be/PROPN With/PROPN You/PROPN ./PUNCT",
        // Written as names: inside a sentence, as an acronym among words in lower case, in a title.
        "The/DET US/PROPN economy/NOUN grew/VERB ./PUNCT", "Jobs/NOUN in/ADP the/DET US/PROPN rose/VERB ./PUNCT",
        "Audiences/NOUN loved/VERB A/PROPN Very/PROPN Long/PROPN Engagement/PROPN ./PUNCT",
        // In capitals among capitals: a shouted line, not an acronym.
        "READ/VERB THE/PROPN REPORT/PROPN ./PUNCT",
    ]))
    for wrong in ["When", "When Smith", "She", "With", "THE", "THE REPORT"] {
        #expect(!found.contains(wrong), "\(wrong) is not a name here")
    }
    #expect(found.isSuperset(of: ["Smith", "US", "US economy", "A Very Long Engagement", "REPORT"]), "\(found.sorted())")
}

@Test func aPolishVerbalNounShowsInItsNominativeNotAsItsVerb() {
    let (document, annotation) = tagged([
        "Badamy/VERB skuteczności/NOUN/skuteczność ekranowania/NOUN/ekranować ./PUNCT",
        "Wzrost/NOUN skuteczności/NOUN/skuteczność ekranowania/NOUN/ekranować ./PUNCT",
        "Unikamy/VERB szkodliwym/ADJ/szkodliwy oddziaływaniem/NOUN/oddziaływać ./PUNCT",
        "Wiemy/VERB o/ADP szkodliwym/ADJ/szkodliwy oddziaływaniem/NOUN/oddziaływać ./PUNCT",
        "Brak/NOUN zasilania/NOUN/zasilać ./PUNCT", "Koszt/NOUN zasilania/NOUN/zasilać ./PUNCT",
    ], language: "pl")
    let tags = annotation.tags.withVerbalNounLemmas(in: document)
    let relemmatised = CandidateExtractor.Annotation(tags: tags, lemmaKeys: tags.lemmas.map { $0.lowercased() })
    let found = CandidateExtractor().candidates(in: document, annotation: relemmatised)
    let shown = { (surface: String) in found.first { $0.surface == surface }?.displayForm }
    #expect(shown("skuteczności ekranowania") == "skuteczność ekranowania")
    #expect(shown("szkodliwym oddziaływaniem") == "szkodliwe oddziaływanie", "a verbal noun is neuter")
    #expect(shown("zasilania") == "zasilanie")
    #expect(!found.contains { $0.displayForm.contains("zasilać") || $0.displayForm.contains("oddziaływać") })
}

@Test func aPolishActiveParticipleIsNoAdjectiveOfANounPhrase() {
    let found = surfaces(candidates([
        "Nabór/NOUN przekraczający/ADJ/przekraczać średnią/NOUN/średnia rośnie/VERB ./PUNCT",
        "Badamy/VERB wymagania/NOUN/wymaganie dotyczące/ADJ/dotyczyć parametrów/NOUN/parametr ./PUNCT",
        "Mamy/VERB zainstalowane/ADJ/zainstalować ekrany/NOUN/ekran ./PUNCT",
    ], language: "pl"))
    for wrong in ["Nabór przekraczający średnią", "przekraczający średnią", "wymagania dotyczące parametrów", "dotyczące parametrów"] {
        #expect(!found.contains(wrong), "\(wrong) is a clause")
    }
    #expect(found.contains("zainstalowane ekrany"), "a passive participle is an adjective")
}

@Test func anAcronymShowsInCapitalsInTheSingularNotAsItsGuessedLemma() {
    let found = candidates([
        "Two/NUM CIOs/NOUN/cio met/VERB ./PUNCT", "The/DET CIOs/NOUN/cio left/VERB ./PUNCT",
        "We/PRON use/VERB CMOS/NOUN/cmo sensors/NOUN/sensor ./PUNCT", "Cheap/ADJ CMOS/NOUN/cmo works/VERB ./PUNCT",
        "A/DET SNP/NOUN/snp and/CCONJ SNPs/NOUN/snp differ/VERB ./PUNCT", "More/ADJ SNPs/NOUN/snp appear/VERB ./PUNCT",
    ])
    let shown = Set(found.filter { $0.wordCount == 1 }.map(\.displayForm))
    #expect(shown.isSuperset(of: ["CIO", "CMOS", "SNP"]), "\(shown)")
    #expect(shown.isDisjoint(with: ["Cio", "cio", "Cmo", "cmo", "Snp", "snp", "CIOs"]), "\(shown)")
    #expect(KeywordCandidate.singularAcronym(["ABSTRACT", "abstract"], tallies: [1, 3]) == nil, "a heading in capitals")
    #expect(KeywordCandidate.singularAcronym(["HAYTHORNTHWAITE"], tallies: [2]) == nil, "a name in capitals")
}

@Test func inATextInLowerCaseAGuessedLemmaTheTextNeverWritesIsNotShown() {
    // Lower-cased text hides names: "roberts" reads as a plural common noun.
    let lower = candidates(
        ["virginia/NOUN roberts/NOUN/robert spoke/VERB ./PUNCT", "miss/NOUN roberts/NOUN/robert left/VERB ./PUNCT",
         "two/NUM babies/NOUN/baby cried/VERB ./PUNCT", "the/DET baby/NOUN slept/VERB ./PUNCT"],
        known: ["baby"])
    #expect(lower.first { $0.surface == "roberts" }?.displayForm == "roberts")
    #expect(lower.first { $0.surfaceOrder.contains("babies") }?.displayForm == "baby", "a lemma training met, or the text writes")
    // With capitals, the guess is shown as before.
    let cased = candidates(["Two/NUM sensors/NOUN/sensor failed/VERB ./PUNCT", "The/DET sensors/NOUN/sensor work/VERB ./PUNCT"], known: [])
    #expect(cased.first { $0.surface == "sensors" }?.displayForm == "sensor")
}

@Test func aCommonWordWrittenMostlyInLowerCaseIsShownSoAndANameInMixedCaseAsWritten() {
    // "Seed" capitalised in headings, "seeds" in the text: the word is "seed".
    let seed = candidates([
        "Seed/PROPN/seed Banks/NOUN/bank ./PUNCT", "Farmers/NOUN keep/VERB seeds/NOUN/seed ./PUNCT", "Good/ADJ seeds/NOUN/seed grow/VERB ./PUNCT",
        "Rich/ADJ SEED/NOUN/seed Stock/NOUN/stock ./PUNCT", "They/PRON sell/VERB seeds/NOUN/seed ./PUNCT", "We/PRON buy/VERB Seed/PROPN/seed ./PUNCT",
    ])
    #expect(seed.first { $0.wordCount == 1 && $0.surfaceOrder.contains("seeds") }?.displayForm == "seed", "\(seed.map(\.displayForm))")
    // A product written in mixed case keeps its capitals.
    let product = candidates(["We/PRON use/VERB dBBlue/NOUN/dbblue ./PUNCT", "Then/ADV dBBlue/NOUN/dbblue runs/VERB ./PUNCT", "THE/DET DBBLUE/NOUN/dbblue ./PUNCT"])
    #expect(product.first { $0.wordCount == 1 && $0.surfaceOrder.contains("dBBlue") }?.displayForm == "dBBlue", "\(product.map(\.displayForm))")
}

@Test func anAcronymAndTheLowerCaseWordItSpellsAreReadApart() {
    // "us" the pronoun is no occurrence of "US" the country.
    let found = candidates([
        "The/DET US/PROPN economy/NOUN grew/VERB ./PUNCT", "Jobs/NOUN in/ADP the/DET US/PROPN rose/VERB ./PUNCT", "He/PRON told/VERB us/PRON ./PUNCT",
    ])
    let us = found.first { $0.wordCount == 1 && $0.surfaceOrder.contains("US") }
    #expect(us?.count == 2 && us?.surfaceOrder == ["US"], "\(found.map { ($0.surface, $0.count, $0.surfaceOrder) })")
}

@Test func aWordReadAsANameOnlyInAHeadlineThatTheTextWritesInLowerCaseIsNoKeyword() {
    let found = surfaces(candidates([
        "Going/VERB Genetic/PROPN :/PUNCT Tests/PROPN Tell/VERB Too/ADV Much/ADJ", "They/PRON sell/VERB genetic/ADJ tests/NOUN/test ./PUNCT",
        "Many/ADJ genetic/ADJ tests/NOUN/test fail/VERB ./PUNCT", "Doctors/NOUN use/VERB genetic/ADJ data/NOUN ./PUNCT",
        // A noun read as a name in a heading stays a noun: "Graph" and "graph".
        "Graph/PROPN Mining/PROPN", "We/PRON draw/VERB a/DET graph/NOUN ./PUNCT", "The/DET graph/NOUN grows/VERB ./PUNCT",
        // A name written in capitals only is a name, whatever else the tagger reads it as.
        "Will/PROPN Smith/PROPN spoke/VERB ./PUNCT", "Will/AUX left/VERB ./PUNCT", "Fans/NOUN of/ADP Will/PROPN cheered/VERB ./PUNCT",
    ]))
    #expect(!found.contains("Genetic") && !found.contains("genetic"), "\(found.sorted())")
    #expect(found.contains("Graph") || found.contains("graph"), "\(found.sorted())")
    #expect(found.contains("Will Smith"), "\(found.sorted())")
}

@Test func aCapitalisedAdjectiveBeforeACommonNounIsNoKeywordOnItsOwn() {
    let found = surfaces(candidates([
        "The/DET Dutch/ADJ director/NOUN died/VERB ./PUNCT", "A/DET Dutch/ADJ court/NOUN ruled/VERB ./PUNCT",
        "The/DET slain/ADJ Dutch/PROPN director/NOUN was/AUX famous/ADJ ./PUNCT",
        // A name read as a name before a noun stays one.
        "Microsoft/PROPN software/NOUN sells/VERB ./PUNCT", "Microsoft/PROPN grew/VERB ./PUNCT",
    ]))
    #expect(!found.contains("Dutch"), "\(found.sorted())")
    #expect(found.contains("Dutch director") && found.contains("Microsoft"), "\(found.sorted())")
}

@Test func aNounBeforeANounThatIsOftenReadAsAnAdjectiveIsNoKeywordOnItsOwnThere() {
    let found = surfaces(candidates([
        "Problems/NOUN with/ADP postal/NOUN votes/NOUN grew/VERB ./PUNCT",
        "A/DET fiasco/NOUN involved/VERB postal/ADJ ballots/NOUN ./PUNCT",
        "Thousands/NOUN of/ADP postal/NOUN forms/NOUN failed/VERB ./PUNCT",
        // A noun the tagger seldom reads otherwise stays a keyword before another noun.
        "Voter/NOUN fraud/NOUN rose/VERB ./PUNCT", "The/DET fraud/NOUN spread/VERB ./PUNCT",
        "Fraud/NOUN charges/NOUN followed/VERB ./PUNCT", "The/DET fraud/ADJ squad/NOUN came/VERB ./PUNCT",
    ]))
    #expect(!found.contains("postal"), "\(found.sorted())")
    #expect(found.isSuperset(of: ["postal votes", "postal ballots", "postal forms", "fraud"]), "\(found.sorted())")
}

@Test func aChineseOrJapaneseWordOnlyEverJoinedToOneNounIsPartOfThatTerm() {
    let (document, annotation) = tagged([
        "新型/NOUN コロナウイルス/NOUN が/ADP 広がる/VERB 。/PUNCT", "新型/NOUN コロナウイルス/NOUN の/ADP ワクチン/NOUN 。/PUNCT",
        // A word joined to several nouns, and one met alone.
        "大統領/NOUN 選挙/NOUN が/ADP ある/VERB 。/PUNCT", "大統領/NOUN 令/NOUN が/ADP 出る/VERB 。/PUNCT",
        "ワクチン/NOUN が/ADP 届く/VERB 。/PUNCT",
    ], language: "ja")
    let found = CandidateExtractor().candidates(in: document, annotation: annotation)
    let modifiers = CompoundModifiers(document, annotation: annotation)
    let only = Set(found.filter(modifiers.isOnlyModifier).map(\.surface))
    #expect(only == ["新型"], "\(only)")
    #expect(found.contains { $0.surface == "新型コロナウイルス" }, "\(found.map(\.surface))")
    // Without tags, nothing is.
    #expect(!found.contains { CompoundModifiers(document, annotation: nil).isOnlyModifier($0) })
}

@Test func inATextInLowerCaseAModifierReadingSaysNothingOfANoun() {
    // Lower-cased for processing, names read as adjectives now and then: "southampton" stays.
    let found = surfaces(candidates([
        "southampton/NOUN manager/NOUN spoke/VERB ./PUNCT", "southampton/ADJ fans/NOUN cheered/VERB ./PUNCT",
        "the/DET southampton/NOUN players/NOUN left/VERB ./PUNCT",
    ]))
    #expect(found.contains("southampton"), "\(found.sorted())")
}

@Test func aCapitalisedArticleInsideASentenceBeforeANameIsPartOfTheName() {
    let found = surfaces(candidates([
        "Marine/PROPN Le/DET Pen/PROPN a/AUX parlé/VERB ./PUNCT", "Il/PRON habite/VERB à/ADP Las/DET Vegas/PROPN ./PUNCT",
        // At a sentence's start, an article stays one.
        "Le/DET Monde/PROPN écrit/VERB ./PUNCT",
    ], language: "fr"))
    #expect(found.isSuperset(of: ["Marine Le Pen", "Las Vegas"]), "\(found.sorted())")
    #expect(!found.contains("Le Monde"), "\(found.sorted())")
    // Not in English, where it is a title's ("The Aviator") or joins two names.
    let english = surfaces(candidates(["He/PRON saw/VERB The/DET Aviator/PROPN ./PUNCT"]))
    #expect(!english.contains("The Aviator"), "\(english.sorted())")
}

@Test func whereEveryNounHasACapitalAMonthAfterANounIsNoName() {
    let (document, annotation) = tagged([
        "Das/DET Fest/NOUN ist/AUX Ende/NOUN September/PROPN ./PUNCT", "Im/ADP September/PROPN feiert/VERB man/PRON ./PUNCT",
        "Ende/NOUN September/PROPN ist/AUX es/PRON kalt/ADJ ./PUNCT",
    ], language: "de")
    let found = CandidateExtractor().candidates(in: document, annotation: annotation)
    let german = CalendarNames(["September", "Oktober", "Sonntag"])
    #expect(found.contains { $0.surface == "Ende September" }, "\(found.map(\.surface))")
    #expect(german.namesEndingInCalendarNames(of: found).isEmpty, "\(found.map(\.surface))")
    #expect(found.first { $0.surface == "September" }.map { german.isTime($0, keptAsNames: { german.namesEndingInCalendarNames(of: found) }) } == true)
}
