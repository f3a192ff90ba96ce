import Testing

@testable import PrecisEvaluation

private func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

@Test func identicalTextsScoreOne() {
    let scores = Rouge.score(candidate: words("the cat sat on the mat"), reference: words("the cat sat on the mat"))
    #expect(scores.rouge1.f1 == 1 && scores.rouge2.f1 == 1 && scores.rougeL.f1 == 1)
}

@Test func disjointTextsScoreZero() {
    let scores = Rouge.score(candidate: words("a b c"), reference: words("x y z"))
    #expect(scores.rouge1.f1 == 0 && scores.rouge2.f1 == 0 && scores.rougeL.f1 == 0)
}

@Test func rougeMatchesHandComputedValues() {
    // Candidate "the cat was found under the bed", reference "the cat was under the bed"
    // (Lin 2004's style of example): unigrams 6 of 7 / 6 of 6; bigrams "the cat", "cat was",
    // "under the", "the bed" = 4 of 6 / 4 of 5; LCS "the cat was under the bed" = 6.
    let candidate = words("the cat was found under the bed")
    let reference = words("the cat was under the bed")
    let scores = Rouge.score(candidate: candidate, reference: reference)
    #expect(abs(scores.rouge1.precision - 6.0 / 7) < 1e-12)
    #expect(scores.rouge1.recall == 1)
    #expect(abs(scores.rouge2.precision - 4.0 / 6) < 1e-12)
    #expect(abs(scores.rouge2.recall - 4.0 / 5) < 1e-12)
    #expect(Rouge.longestCommonSubsequence(candidate, reference) == 6)
    #expect(abs(scores.rougeL.f1 - 2 * (6.0 / 7) / (6.0 / 7 + 1)) < 1e-12)
}

@Test func repeatedWordsAreClipped() {
    // "the" three times in the candidate, once in the reference: one match.
    let score = Rouge.ngramScore(words("the the the"), words("the cat"), n: 1)
    #expect(abs(score.precision - 1.0 / 3) < 1e-12)
    #expect(abs(score.recall - 0.5) < 1e-12)
}

@Test func emptyCandidateScoresZero() {
    let scores = Rouge.score(candidate: [], reference: words("a b"))
    #expect(scores.rouge1.f1 == 0 && scores.rougeL.f1 == 0)
}
