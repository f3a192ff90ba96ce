import Testing

@testable import PrecisCore

/// Builds a `Document` by hand: paragraphs of sentences, words split at spaces, a word's term its
/// lower-cased form, a few English stopwords flagged. A sentence ending in a letter is a heading.
func makeDocument(_ paragraphs: [[String]]) -> Document {
    let stopwords: Set<String> = ["the", "a", "of", "and", "in", "is", "on", "to"]
    var text = ""
    var termIndex: [String: Int] = [:]
    var terms: [String] = []
    var tokens: [Token] = []
    var sentences: [Sentence] = []
    var outParagraphs: [Paragraph] = []
    for paragraph in paragraphs {
        if !text.isEmpty { text += "\n\n" }
        let paragraphStart = text.endIndex
        let firstSentence = sentences.count
        for (s, sentence) in paragraph.enumerated() {
            if s > 0 { text += " " }
            let sentenceStart = text.endIndex
            let firstToken = tokens.count
            for (w, raw) in sentence.split(separator: " ").enumerated() {
                if w > 0 { text += " " }
                var word = String(raw)
                var mark: String?
                if let last = word.last, last == "." || last == "!" || last == "?" {
                    mark = String(last)
                    word.removeLast()
                }
                let start = text.endIndex
                text += word
                // Offsets are recomputed below, once the text is complete.
                let key = word.lowercased()
                let term = termIndex[key] ?? {
                    terms.append(key)
                    termIndex[key] = terms.count - 1
                    return terms.count - 1
                }()
                let kind: TokenKind = word.allSatisfy(\.isNumber) ? .number : .letter
                tokens.append(Token(range: start..<start, kind: kind, term: term, isStopword: stopwords.contains(key)))
                if let mark {
                    text += mark
                    tokens.append(Token(range: start..<start, kind: .other, term: nil))
                }
            }
            sentences.append(Sentence(range: sentenceStart..<sentenceStart, tokens: firstToken..<tokens.count, paragraph: outParagraphs.count))
        }
        outParagraphs.append(Paragraph(range: paragraphStart..<paragraphStart, sentences: firstSentence..<sentences.count))
    }
    // Second pass: real ranges now that `text` will not change.
    var cursor = text.startIndex
    var fixedTokens: [Token] = []
    for token in tokens {
        while text[cursor].isWhitespace { cursor = text.index(after: cursor) }
        var end = cursor
        if token.kind == .other {
            end = text.index(after: cursor)
        } else {
            while end < text.endIndex, !text[end].isWhitespace, !".!?".contains(text[end]) { end = text.index(after: end) }
        }
        fixedTokens.append(Token(range: cursor..<end, kind: token.kind, term: token.term, isStopword: token.isStopword))
        cursor = end
    }
    let fixedSentences = sentences.map { sentence in
        Sentence(
            range: fixedTokens[sentence.tokens.lowerBound].range.lowerBound..<fixedTokens[sentence.tokens.upperBound - 1].range.upperBound,
            tokens: sentence.tokens, paragraph: sentence.paragraph)
    }
    let fixedParagraphs = outParagraphs.map { paragraph in
        Paragraph(
            range: fixedSentences[paragraph.sentences.lowerBound].range.lowerBound..<fixedSentences[paragraph.sentences.upperBound - 1].range.upperBound,
            sentences: paragraph.sentences)
    }
    return Document(text: text, language: "en", paragraphs: fixedParagraphs, sentences: fixedSentences, tokens: fixedTokens, terms: terms)
}

/// A random document over a small vocabulary, so that sentences share words.
func randomDocument(using generator: inout SeededGenerator) -> Document {
    let vocabulary = ["river", "lake", "council", "money", "fish", "water", "plan", "vote", "town", "summer", "the", "of", "and"]
    let paragraphCount = Int.random(in: 1...4, using: &generator)
    return makeDocument(
        (0..<paragraphCount).map { _ in
            (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<Int.random(in: 2...12, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
                    .joined(separator: " ") + "."
            }
        })
}

let lakeStory = makeDocument([
    ["Lake Marrow rescue plan"],
    [
        "The town council approved a plan to restore Lake Marrow.",
        "The lake has lost half of its fish since the drought.",
        "Councillors said the plan would bring the fish back to the lake.",
        "Tickets for the summer fair are on sale.",
        "The restoration plan for the lake costs four million dollars.",
    ],
])

@Test func summaryIsChosenSentencesInOriginalOrder() {
    var configuration = Summarizer.Configuration()
    configuration.title = .exclude
    let summary = Summarizer(configuration: configuration).summarize(lakeStory, length: .sentences(2))
    #expect(summary.sentences.count == 2)
    #expect(summary.sentences.map(\.index) == summary.sentences.map(\.index).sorted())
    #expect(!summary.sentences.contains { $0.text.contains("Tickets") }, "the off-topic sentence is left out")
    #expect(!summary.sentences.contains { $0.index == 0 }, "the title is excluded")
    #expect(summary.title?.index == 0)
    for sentence in summary.sentences {
        #expect(sentence.text == String(lakeStory.text[lakeStory.sentences[sentence.index].range]))
        #expect(sentence.range == lakeStory.sentences[sentence.index].range)
    }
}

@Test(arguments: [21, 22, 23, 24, 25, 26, 27, 28])
func summaryIsAnOrderedSubsetOfTheDocument(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<20 {
        let document = randomDocument(using: &generator)
        let n = Int.random(in: 1...8, using: &generator)
        let summary = Summarizer().summarize(document, length: .sentences(n))
        let indices = summary.sentences.map(\.index)
        #expect(!indices.isEmpty, "a text with sentences never gets an empty summary")
        #expect(indices.count <= n)
        #expect(indices == indices.sorted() && Set(indices).count == indices.count)
        #expect(indices.allSatisfy { document.sentences.indices.contains($0) })
        if n >= document.sentences.count {
            #expect(indices == runningText(document), "asking for more returns all the running text")
        }
    }
}

/// The sentences a long summary takes: running text, or when there is none, headings and the
/// title, or when there are none either, everything.
func runningText(_ document: Document) -> [Int] {
    let roles = DocumentLayout(document).roles
    let body = roles.indices.filter { roles[$0] == .body }
    if !body.isEmpty { return body }
    let headings = roles.indices.filter { roles[$0] == .heading || roles[$0] == .title }
    return headings.isEmpty ? Array(roles.indices) : headings
}

@Test func askingForMoreSentencesThanTheDocumentHasReturnsAllTheRunningText() {
    for length in [Summarizer.Length.sentences(100), .ratio(1), .words(1_000), .characters(10_000)] {
        #expect(Summarizer().summarize(lakeStory, length: length).sentences.map(\.index) == Array(1..<6), "the title left out")
    }
}

@Test func emptyAndOneSentenceDocuments() {
    let empty = Document(text: "", language: "en", paragraphs: [], sentences: [], tokens: [], terms: [])
    #expect(Summarizer().summarize(empty).sentences.isEmpty)
    let one = makeDocument([["Just one sentence here."]])
    #expect(Summarizer().summarize(one, length: .sentences(3)).sentences.map(\.index) == [0])
    let heading = makeDocument([["Only a heading"]])
    #expect(Summarizer().summarize(heading).sentences.map(\.index) == [0])
    let noWords = makeDocument([["!"], ["?"]])
    #expect(Summarizer().summarize(noWords, length: .sentences(1)).sentences.count == 1)
}

@Test func scoresSumToOne() {
    let scores = Summarizer().scores(for: lakeStory)
    #expect(abs(scores.reduce(0, +) - 1) < 1e-9)
    #expect(scores[0] > 0, "the title may be a one-sentence summary")
    var configuration = Summarizer.Configuration()
    configuration.title = .exclude
    #expect(Summarizer(configuration: configuration).scores(for: lakeStory)[0] == 0, "unless it is excluded")
}

@Test func repeatedSentencesAreNotChosenTwice() {
    let repeated = "The council approved the lake plan."
    let document = makeDocument([[repeated, "Fish returned to the lake.", repeated, "The plan costs money.", repeated]])
    let summary = Summarizer().summarize(document, length: .sentences(3))
    let texts = summary.sentences.map(\.text)
    #expect(texts.filter { $0 == repeated }.count == 1)
    #expect(texts.count == 3)
}

@Test func aTextOfOnlyRepeatsStillGetsASummary() {
    let line = "The council approved the lake plan."
    let document = makeDocument([[line, line, line, line]])
    let summary = Summarizer().summarize(document, length: .sentences(2))
    #expect(summary.sentences.map(\.index) == [0], "one copy, not nonsense and not nothing")
}

@Test func tiesGoToTheEarlierSentence() {
    // No sentence shares a term with another and nothing else tells them apart.
    var configuration = Summarizer.Configuration()
    configuration.positionWeight = 0
    configuration.lengthPenalty = 0
    configuration.leadBias = 0
    let document = makeDocument([["Alpha beta.", "Gamma delta.", "Epsilon zeta.", "Eta theta."]])
    let summary = Summarizer(configuration: configuration).summarize(document, length: .sentences(2))
    #expect(summary.sentences.map(\.index) == [0, 1])
}

@Test(arguments: [31, 32, 33])
func outputIsDeterministic(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let document = randomDocument(using: &generator)
    let first = Summarizer().summarize(document, length: .ratio(0.5))
    for _ in 0..<5 { #expect(Summarizer().summarize(document, length: .ratio(0.5)) == first) }
}

@Test func wordAndCharacterBudgetsAreKept() {
    for budget in [12, 20, 30] {
        let summary = Summarizer().summarize(lakeStory, length: .words(budget))
        let words = summary.sentences.reduce(0) { $0 + lakeStory.words(of: lakeStory.sentences[$1.index]).count }
        #expect(words <= budget)
        #expect(!summary.sentences.isEmpty)
    }
    let characters = Summarizer().summarize(lakeStory, length: .characters(120))
    #expect(characters.sentences.reduce(0) { $0 + $1.text.count } <= 120)
    let tiny = Summarizer().summarize(lakeStory, length: .words(1))
    #expect(tiny.sentences.count == 1, "the best sentence is kept even when it is over budget")
}

@Test func leadPresetTakesTheFirstBodySentences() {
    let summary = Summarizer(configuration: .lead).summarize(lakeStory, length: .sentences(2))
    #expect(summary.sentences.map(\.index) == [1, 2])
}

@Test func aSentenceSkippedAsRedundantUsesNoBudget() {
    // The repeated sentence ranks high; skipping it must leave its words for the others.
    let document = makeDocument([[
        "Council votes to restore lake marrow after algae bloom.",
        "Council votes to restore lake marrow after algae bloom.",
        "Farmers worry about phosphate rules near lake.",
        "Residents welcome cleaner water this summer.",
    ]])
    let words = { (index: Int) in document.words(of: document.sentences[index]).count }
    let budget = words(0) + words(2) + words(3)
    let summary = Summarizer().summarize(document, length: .words(budget))
    #expect(summary.sentences.map(\.index) == [0, 2, 3], "every distinct sentence fits the budget")
}

@Test func doubleQuotesAreFoundWithoutTheSet() {
    for scalar in SentenceFacts.doubleQuotes { #expect(SentenceFacts.isDoubleQuote(scalar), "\(scalar)") }
    for scalar in "'‘’`a.,;:!?()[]«»".unicodeScalars where !SentenceFacts.doubleQuotes.contains(scalar) {
        #expect(!SentenceFacts.isDoubleQuote(scalar), "\(scalar)")
    }
}
