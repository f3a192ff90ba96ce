import Testing

@testable import PrecisCore

private func candidates(_ paragraphs: [[String]]) -> (Document, [KeywordCandidate]) {
    let document = makeDocument(paragraphs)
    return (document, CandidateExtractor().candidates(in: document))
}

@Test func candidatesAreRunsBetweenStopwordsAndPunctuation() {
    let (_, found) = candidates([["The town council of Elmstead approved the lake plan.", "Lake plan costs money."]])
    let keys = Set(found.map(\.key))
    #expect(keys.isSuperset(of: ["town", "council", "town council", "elmstead", "lake plan", "lake plan costs", "plan costs money"]))
    #expect(!keys.contains { $0.split(separator: " ").contains("the") || $0.split(separator: " ").contains("of") }, "no stopwords")
    #expect(!keys.contains("council elmstead"), "a stopword breaks the run")
    #expect(!keys.contains("plan lake"), "a sentence end breaks the run")
    let lakePlan = found.first { $0.key == "lake plan" }
    #expect(lakePlan?.count == 2)
    #expect(lakePlan?.surfaceOrder == ["lake plan", "Lake plan"])
    #expect(lakePlan?.firstSentence == 0)
}

@Test func idfDecidesBetweenEquallyFrequentWords() {
    let (document, found) = candidates([["Marrow lake report.", "Marrow lake again."]])
    let ranker = KeywordRanker(configuration: .init(positionWeight: 0, nameBoost: 1))
    let idf: (String) -> (value: Double, seen: Bool) = { key in key == "lake" ? (1, true) : (5, key == "marrow") }
    let ranked = ranker.score(found, sentenceCount: document.sentences.count, idf: idf)
    let position = { (key: String) in ranked.firstIndex { $0.candidate.key == key } ?? .max }
    #expect(position("marrow") < position("lake"), "the rarer word first")
}

@Test func frequencyIsSublinear() {
    let (document, found) = candidates([["Fish fish fish fish.", "Heron."]])
    let ranker = KeywordRanker(configuration: .init(positionWeight: 0, nameBoost: 1))
    let ranked = ranker.score(found, sentenceCount: document.sentences.count) { _ in (1, true) }
    let fish = ranked.first { $0.candidate.key == "fish" }!.score
    let heron = ranked.first { $0.candidate.key == "heron" }!.score
    #expect(fish > heron)
    #expect(fish < 4 * heron, "four times as frequent is not four times as important")
}

@Test func overlappingPhrasesAreNotChosenTwice() {
    let (document, found) = candidates([["Yesterday Lake Marrow was green.", "They said Lake Marrow needs work."]])
    let ranker = KeywordRanker()
    let chosen = ranker.select(ranker.score(found, sentenceCount: document.sentences.count) { _ in (2, false) }, count: 10)
    let keys = chosen.map(\.candidate.key)
    #expect(keys.contains("lake marrow"))
    #expect(!keys.contains("lake") && !keys.contains("marrow"), "parts of a chosen phrase are left out: \(keys)")
    #expect(Set(keys).count == keys.count)
    let all = KeywordRanker(configuration: .init(removeOverlaps: false))
    #expect(all.select(all.score(found, sentenceCount: 2) { _ in (2, false) }, count: 10).count > chosen.count)
}

@Test func namesNeedCapitalsInsideASentence() {
    let (_, found) = candidates([["Yesterday Ada Okafor spoke.", "Councillors heard Ada Okafor.", "Lakes matter."]])
    #expect(found.first { $0.key == "ada okafor" }?.isName == true)
    #expect(found.first { $0.key == "lakes" }?.isName == false, "capitalised only at the start of a sentence")
}

@Test func numbersAloneAreNotCandidates() {
    let document = Document(
        text: "", language: "en", paragraphs: [], sentences: [], tokens: [], terms: [])
    #expect(CandidateExtractor().candidates(in: document).isEmpty)
    let (_, found) = candidates([["Ticket prices rose 2019."]])
    #expect(!found.contains { $0.key == "2019" })
}

@Test func containsFindsContiguousRuns() {
    #expect(KeywordRanker.contains(["a", "b", "c"], ["b", "c"]))
    #expect(!KeywordRanker.contains(["a", "b", "c"], ["a", "c"]))
    #expect(!KeywordRanker.contains(["a"], ["a", "b"]))
}

@Test func whereNothingElseMergesThemOtherEndingsOfOneWordAreOneKeywordShownWithoutTheEnding() {
    // Bengali without a tagger or stemmer: a case (মামলা) in three case forms, a president in two,
    // and a donation beside a donation box (another word that starts the same).
    // (The words stand between the test segmenter's stopwords, so that each is a candidate.)
    let (document, found) = candidates([
        ["মামলার and রাষ্ট্রপতির.", "মামলায় and দানবাক্স.", "মামলা and রাষ্ট্রপতি."],
        ["দান and মামলার.", "দানবাক্স and মামলায়."],
    ])
    let ranker = KeywordRanker()
    let scored = ranker.score(found, sentenceCount: document.sentences.count) { _ in (1, false) }
    let merged = ranker.selectGroups(from: scored, count: 20, endingsByPrefix: true)
    let caseGroup = merged.first { group in ([group.chosen] + group.others).contains { $0.candidate.surface == "মামলায়" } }
    #expect(caseGroup?.chosen.candidate.surface == "মামলা", "\(merged.map(\.chosen.candidate.surface))")
    let forms = Set(([caseGroup?.chosen].compactMap { $0 } + (caseGroup?.others ?? [])).map(\.candidate.surface))
    #expect(forms.isSuperset(of: ["মামলা", "মামলার", "মামলায়"]), "\(forms)")
    let shown = merged.map(\.chosen.candidate.surface)
    #expect(shown.contains("রাষ্ট্রপতি") && !shown.contains("রাষ্ট্রপতির"), "\(shown)")
    #expect(shown.contains("দান") && shown.contains("দানবাক্স"), "\(shown)")
    // Off (text with a tagger), each form is its own keyword.
    let apart = ranker.selectGroups(from: scored, count: 20).map(\.chosen.candidate.surface)
    #expect(apart.contains("মামলার") && apart.contains("মামলা"), "\(apart)")
}

@Test func anEndingIsCountedInUnicodeScalarsNotCharacters() {
    func one(_ word: String) -> KeywordCandidate {
        CandidateExtractor().candidates(in: makeDocument([[word]])).first { $0.wordCount == 1 }!
    }
    // Punjabi: the plural's vowel sign joins the last consonant in one character.
    #expect(KeywordRanker.isOtherEnding(one("ਕਿਸਾਨ"), one("ਕਿਸਾਨਾਂ")))
    #expect(KeywordRanker.isBareForm(one("ਕਿਸਾਨ"), of: one("ਕਿਸਾਨਾਂ")))
    // Two endings on one stem, neither bare.
    #expect(KeywordRanker.isOtherEnding(one("চৌধুরীকে"), one("চৌধুরীর")))
    // Other words sharing a beginning: worker and programme.
    #expect(!KeywordRanker.isOtherEnding(one("कार्यकर्ता"), one("कार्यक्रम")))
    #expect(!KeywordRanker.isOtherEnding(one("state"), one("statement")))
}
