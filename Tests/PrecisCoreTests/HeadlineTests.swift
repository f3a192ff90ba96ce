import Testing

@testable import PrecisCore

/// A document of paragraphs, each a list of sentences, each words separated by spaces (a final
/// "." is a token of its own); a word's term is its lower-cased form.
private func document(_ paragraphs: [[String]]) -> Document {
    var text = ""
    var tokens: [Token] = []
    var sentences: [Sentence] = []
    var paragraphValues: [Paragraph] = []
    var terms: [String] = []
    var termIndex: [String: Int] = [:]
    for (p, paragraph) in paragraphs.enumerated() {
        if !text.isEmpty { text += "\n\n" }
        let paragraphStart = text.endIndex
        let firstSentence = sentences.count
        for (s, sentence) in paragraph.enumerated() {
            if s > 0 { text += " " }
            let sentenceStart = text.endIndex
            let firstToken = tokens.count
            for (w, word) in sentence.split(separator: " ").enumerated() {
                if w > 0 && word != "." { text += " " }
                let start = text.endIndex
                text += word
                let range = start..<text.endIndex
                if word == "." {
                    tokens.append(Token(range: range, kind: .other, term: nil))
                    continue
                }
                let key = word.lowercased()
                let term = termIndex[key] ?? {
                    terms.append(key)
                    termIndex[key] = terms.count - 1
                    return terms.count - 1
                }()
                tokens.append(Token(range: range, kind: .letter, term: term, isStopword: ["for", "the", "in", "his", "a"].contains(key)))
            }
            sentences.append(Sentence(range: sentenceStart..<text.endIndex, tokens: firstToken..<tokens.count, paragraph: p))
        }
        paragraphValues.append(Paragraph(range: paragraphStart..<text.endIndex, sentences: firstSentence..<sentences.count))
    }
    // Ranges were made while the text grew: rebuild them on the final string.
    let final = text
    func moved(_ range: Range<String.Index>) -> Range<String.Index> {
        let lower = final.utf8.index(final.startIndex, offsetBy: text.utf8.distance(from: text.startIndex, to: range.lowerBound))
        let upper = final.utf8.index(final.startIndex, offsetBy: text.utf8.distance(from: text.startIndex, to: range.upperBound))
        return lower..<upper
    }
    return Document(
        text: final, language: "en", paragraphs: paragraphValues.map { Paragraph(range: moved($0.range), sentences: $0.sentences) },
        sentences: sentences.map { Sentence(range: moved($0.range), tokens: $0.tokens, paragraph: $0.paragraph) },
        tokens: tokens.map { Token(range: moved($0.range), kind: $0.kind, term: $0.term, isStopword: $0.isStopword) }, terms: terms)
}

@Test func aHeadlinePhraseWithAWordTheBodyNeverUsesIsAFragment() {
    let text = document([
        ["Edwards tips Idowu for European gold"],
        ["Jonathan Edwards backed Phillips Idowu in the triple jump .", "Idowu won European gold in Madrid ."],
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

@Test func aFirstLineThatEndsASentenceIsNoHeadline() {
    let text = document([
        ["Edwards tips Idowu for European gold ."],
        ["Jonathan Edwards backed Phillips Idowu in the triple jump ."],
    ])
    let headline = Headline(text)
    #expect(headline.sentence == nil)
    #expect(!CandidateExtractor().candidates(in: text).contains { headline.isHeadlineFragment($0, in: text) })
}
