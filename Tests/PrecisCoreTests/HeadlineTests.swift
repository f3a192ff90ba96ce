import Testing

@testable import PrecisCore

@Test func aHeadlinePhraseWithAWordTheBodyNeverUsesIsAFragment() {
    let text = makeDocument([
        ["Edwards tips Idowu for European gold"],
        ["Jonathan Edwards backed Phillips Idowu in the triple jump.", "Idowu won European gold in Madrid."],
    ])
    let headline = Headline(text)
    #expect(headline.sentence == 0)
    let found = CandidateExtractor().candidates(in: text)
    let fragment = found.first { $0.surface == "Edwards tips Idowu" }
    let gold = found.first { $0.surface == "European gold" }
    #expect(fragment.map { headline.isHeadlineFragment($0, in: text) } == true, "\(found.map(\.surface))")
    // Also in the body: a phrase of the text.
    #expect(gold.map { headline.isHeadlineFragment($0, in: text) } == false, "\(found.map(\.surface))")
}

@Test func aHeadlineMayAskAQuestion() {
    let text = makeDocument([
        ["Could teenagers derail the Austrian vote?"],
        ["Flora turned 16 in May and will vote in the Austrian election.", "Teenagers may vote at 16."],
    ])
    let headline = Headline(text)
    #expect(headline.sentence == 0)
    let found = CandidateExtractor().candidates(in: text)
    let fragment = found.first { $0.surface == "teenagers derail" || $0.surface == "Could teenagers derail" }
    #expect(fragment.map { headline.isHeadlineFragment($0, in: text) } == true, "\(found.map(\.surface))")
}

@Test func aFirstLineThatEndsASentenceIsNoHeadline() {
    let text = makeDocument([
        ["Edwards tips Idowu for European gold."],
        ["Jonathan Edwards backed Phillips Idowu in the triple jump."],
    ])
    let headline = Headline(text)
    #expect(headline.sentence == nil)
    #expect(!CandidateExtractor().candidates(in: text).contains { headline.isHeadlineFragment($0, in: text) })
}
