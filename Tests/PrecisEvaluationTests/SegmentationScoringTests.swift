import Testing

@testable import PrecisEvaluation

/// Ranges of the given substrings in `text`, found left to right (each search starts after the
/// previous match).
private func ranges(of parts: [String], in text: String) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var from = text.unicodeScalars.startIndex
    for part in parts {
        let scalars = text.unicodeScalars
        let needle = Array(part.unicodeScalars)
        var start = from
        while !scalars[start...].starts(with: needle) { start = scalars.index(after: start) }
        let end = scalars.index(start, offsetBy: needle.count)
        result.append(start..<end)
        from = end
    }
    return result
}

@Test func perfectPredictionScoresOne() throws {
    let paragraph = try GoldParagraph(
        text: "The cat sat. It purred, loudly! Then it slept.",
        sentences: ["The cat sat.", "It purred, loudly!", "Then it slept."],
        tokens: [["The", "cat", "sat", "."], ["It", "purred", ",", "loudly", "!"], ["Then", "it", "slept", "."]])
    let text = paragraph.text
    let scores = SegmentationScores(
        paragraph,
        sentences: ranges(of: paragraph.sentences, in: text),
        words: ranges(of: ["The", "cat", "sat", "It", "purred", "loudly", "Then", "it", "slept"], in: text))
    #expect(scores.sentenceBoundary == MatchCounts(matched: 2, predicted: 2, gold: 2))
    #expect(scores.sentenceBoundary.f1 == 1)
    #expect(scores.wordBoundary.f1 == 1)
    #expect(scores.wordToken == MatchCounts(matched: 9, predicted: 9, gold: 9))
    #expect(scores.wordToken.f1 == 1)
}

@Test func missedSentenceBoundaryLowersRecall() throws {
    let paragraph = try GoldParagraph(
        text: "Hi there. See you Monday. Bye!",
        sentences: ["Hi there.", "See you Monday.", "Bye!"],
        tokens: [["Hi", "there", "."], ["See", "you", "Monday", "."], ["Bye", "!"]])
    // Gold boundaries at 9 and 25; the prediction merges the first two sentences.
    let scores = SegmentationScores(
        paragraph, sentences: ranges(of: ["Hi there. See you Monday. ", "Bye!"], in: paragraph.text),
        words: [])
    #expect(scores.sentenceBoundary == MatchCounts(matched: 1, predicted: 1, gold: 2))
    #expect(scores.sentenceBoundary.precision == 1)
    #expect(scores.sentenceBoundary.recall == 0.5)
    #expect(abs(scores.sentenceBoundary.f1 - 2.0 / 3.0) < 1e-12)
}

@Test func spuriousSentenceBoundaryLowersPrecision() throws {
    let paragraph = try GoldParagraph(
        text: "Dr. Ruiz came. He left.",
        sentences: ["Dr. Ruiz came.", "He left."],
        tokens: [["Dr.", "Ruiz", "came", "."], ["He", "left", "."]])
    let scores = SegmentationScores(
        paragraph, sentences: ranges(of: ["Dr. ", "Ruiz came. ", "He left."], in: paragraph.text),
        words: [])
    #expect(scores.sentenceBoundary == MatchCounts(matched: 1, predicted: 2, gold: 1))
    #expect(scores.sentenceBoundary.precision == 0.5)
    #expect(scores.sentenceBoundary.recall == 1)
}

@Test func paragraphEndIsNotCounted() throws {
    let one = try GoldParagraph(
        text: "Only one sentence here.", sentences: ["Only one sentence here."],
        tokens: [["Only", "one", "sentence", "here", "."]])
    let whole = one.text.startIndex..<one.text.endIndex
    let scores = SegmentationScores(one, sentences: [whole], words: [])
    #expect(scores.sentenceBoundary == MatchCounts(matched: 0, predicted: 0, gold: 0))
    #expect(scores.sentenceBoundary.f1 == 1)

    // A text with trailing whitespace: the sentence ending before it is the paragraph end too.
    let padded = try GoldParagraph(text: "Ends here.  ", sentences: ["Ends here.  "], tokens: [["Ends", "here", "."]])
    let paddedScores = SegmentationScores(
        padded, sentences: [padded.text.startIndex..<padded.text.endIndex], words: [])
    #expect(paddedScores.sentenceBoundary.predicted == 0)
}

@Test func punctuationTokensAreIgnored() throws {
    let paragraph = try GoldParagraph(
        text: "Wait... «yes», she said.",
        sentences: ["Wait... «yes», she said."],
        tokens: [["Wait", "...", "«", "yes", "»", ",", "she", "said", "."]])
    #expect(paragraph.tokenSpans.count == 4)
    let words = ranges(of: ["Wait", "yes", "she", "said"], in: paragraph.text)
    let withPunctuation = ranges(of: ["Wait", "...", "«", "yes", "»,", "she", "said", "."], in: paragraph.text)
    let plain = SegmentationScores(paragraph, sentences: [], words: words)
    let noisy = SegmentationScores(paragraph, sentences: [], words: withPunctuation)
    #expect(plain.wordToken == MatchCounts(matched: 4, predicted: 4, gold: 4))
    #expect(noisy == plain)
    // Whitespace-only and empty ranges are dropped too.
    let space = paragraph.text.firstIndex(of: " ")!
    let blanks = [space..<paragraph.text.index(after: space), space..<space]
    #expect(SegmentationScores(paragraph, sentences: [], words: words + blanks) == plain)
}

@Test func wordOffsetsIgnoreWhitespace() throws {
    let paragraph = try GoldParagraph(text: "ab  cd e", sentences: ["ab  cd e"], tokens: [["ab", "cd", "e"]])
    // Whitespace-free offsets: ab = 0..<2, cd = 2..<4, e = 4..<5; boundaries {0, 2, 4, 5}.
    #expect(
        paragraph.tokenSpans == [
            CompactSpan(start: 0, end: 2), CompactSpan(start: 2, end: 4), CompactSpan(start: 4, end: 5),
        ])
    #expect(paragraph.wordBoundaries == [0, 2, 4, 5])
    // One predicted word spanning "ab  cd" (whitespace inside) keeps boundaries 0 and 4.
    let merged = SegmentationScores(paragraph, sentences: [], words: ranges(of: ["ab  cd", "e"], in: paragraph.text))
    #expect(merged.wordBoundary == MatchCounts(matched: 3, predicted: 3, gold: 4))
    #expect(merged.wordToken == MatchCounts(matched: 1, predicted: 2, gold: 3))
    // A predicted word with whitespace around it matches the gold word exactly.
    let padded = SegmentationScores(
        paragraph, sentences: [], words: ranges(of: ["ab ", " cd ", "e"], in: paragraph.text))
    #expect(padded.wordToken == MatchCounts(matched: 3, predicted: 3, gold: 3))
}

@Test func underscoreInGoldTokenStandsForSpace() throws {
    let paragraph = try GoldParagraph(
        text: "Tôi bắt chuyện với snake_case .",
        sentences: ["Tôi bắt chuyện với snake_case ."],
        tokens: [["Tôi", "bắt_chuyện", "với", "snake_case", "."]])
    let words = ranges(of: ["Tôi", "bắt chuyện", "với", "snake_case"], in: paragraph.text)
    let scores = SegmentationScores(paragraph, sentences: [], words: words)
    #expect(scores.wordToken == MatchCounts(matched: 4, predicted: 4, gold: 4))
    #expect(scores.wordBoundary.f1 == 1)
    // Syllables as separate words find the boundaries but not the token.
    let syllables = SegmentationScores(
        paragraph, sentences: [], words: ranges(of: ["Tôi", "bắt", "chuyện", "với", "snake_case"], in: paragraph.text))
    #expect(syllables.wordToken == MatchCounts(matched: 3, predicted: 5, gold: 4))
    #expect(syllables.wordBoundary == MatchCounts(matched: 5, predicted: 6, gold: 5))
}

@Test func offsetsCountUnicodeScalarsFromAnyView() throws {
    // "é" written as e + U+0301 is one Character but two scalars.
    let text = "Cafe\u{301}! Oui."
    let paragraph = try GoldParagraph(
        text: text, sentences: ["Cafe\u{301}!", "Oui."], tokens: [["Cafe\u{301}", "!"], ["Oui", "."]])
    #expect(paragraph.sentenceBoundaries == [6])
    let u16 = text.utf16
    let cafe = u16.startIndex..<u16.index(u16.startIndex, offsetBy: 5)
    let oui = u16.index(u16.startIndex, offsetBy: 7)..<u16.index(u16.startIndex, offsetBy: 10)
    let firstSentence = text.startIndex..<text.index(text.startIndex, offsetBy: 6)  // Characters, incl. the space
    let scores = SegmentationScores(
        paragraph, sentences: [firstSentence, firstSentence.upperBound..<text.endIndex], words: [oui, cafe])
    #expect(scores.sentenceBoundary == MatchCounts(matched: 1, predicted: 1, gold: 1))
    #expect(scores.wordToken == MatchCounts(matched: 2, predicted: 2, gold: 2))
}

@Test func countsSumAcrossParagraphs() {
    var total = SegmentationScores()
    total += SegmentationScores(sentenceBoundary: MatchCounts(matched: 1, predicted: 2, gold: 3))
    total.add(SegmentationScores(sentenceBoundary: MatchCounts(matched: 3, predicted: 2, gold: 1)))
    #expect(total.sentenceBoundary == MatchCounts(matched: 4, predicted: 4, gold: 4))
    #expect(MatchCounts(matched: 0, predicted: 0, gold: 5).precision == 0)
    #expect(MatchCounts(matched: 0, predicted: 0, gold: 5).f1 == 0)
}

@Test func parsesFilesIntoParagraphs() throws {
    let paragraphs = try SegmentationGold.parse(
        text: "A b. C d.\n\nE f\n",
        sentences: "A b.\r\nC d.\r\n\r\nE f\r\n",
        words: "A b .\nC d .\n\nE f\n")
    #expect(paragraphs.count == 2)
    #expect(paragraphs[0].sentences == ["A b.", "C d."])
    #expect(paragraphs[0].tokens == [["A", "b", "."], ["C", "d", "."]])
    #expect(paragraphs[0].sentenceBoundaries == [4])
    #expect(paragraphs[1].text == "E f")
}

@Test func parseRejectsMismatchedFiles() {
    #expect(throws: SegmentationGoldError(reason: .paragraphCountMismatch(text: 2, sentences: 1, words: 1))) {
        try SegmentationGold.parse(text: "A.\n\nB.\n", sentences: "A.\n", words: "A .\n")
    }
    #expect(throws: SegmentationGoldError(reason: .sentencesDoNotJoinToText, paragraph: 1)) {
        try SegmentationGold.parse(text: "A.\n\nB. C.\n", sentences: "A.\n\nB.\nC. \n", words: "A .\n\nB .\nC .\n")
    }
    #expect(throws: SegmentationGoldError(reason: .sentenceCountMismatch(sentences: 2, tokenLines: 1), paragraph: 0)) {
        try SegmentationGold.parse(text: "B. C.\n", sentences: "B.\nC.\n", words: "B . C .\n")
    }
    #expect(throws: SegmentationGoldError(reason: .tokenDoesNotAlign(sentence: 1, token: "D", offset: 0), paragraph: 0))
    {
        try SegmentationGold.parse(text: "B. C.\n", sentences: "B.\nC.\n", words: "B .\nD .\n")
    }
    #expect(throws: SegmentationGoldError(reason: .tokensEndEarly(sentence: 0, offset: 1), paragraph: 0)) {
        try SegmentationGold.parse(text: "B.", sentences: "B.", words: "B")
    }
    #expect(throws: SegmentationGoldError(reason: .multiLineParagraph(lines: 2), paragraph: 0)) {
        try SegmentationGold.parse(text: "B.\nC.\n", sentences: "B.\nC.\n", words: "B .\nC .\n")
    }
    let error = SegmentationGoldError(reason: .sentencesDoNotJoinToText, paragraph: 1)
    #expect(error.description.contains("paragraph 2"))
}
