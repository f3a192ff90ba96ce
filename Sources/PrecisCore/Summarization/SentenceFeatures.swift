/// What ranking and selection need to know about each sentence.
struct SentenceFeatures {
    let document: Document
    /// Content terms per sentence.
    let vectors: [TermVector]
    /// Word tokens per sentence.
    let wordCounts: [Int]
    /// Whether a sentence may be chosen (headings may not, unless nothing else can).
    let eligible: [Bool]
    /// The terms of the opening heading, if the text starts with one.
    let title: TermVector?

    init(_ document: Document, skipHeadings: Bool = true) {
        self.document = document
        var vectors: [TermVector] = []
        var wordCounts: [Int] = []
        vectors.reserveCapacity(document.sentences.count)
        var terms: [Int] = []
        for sentence in document.sentences {
            terms.removeAll(keepingCapacity: true)
            var words = 0
            for token in document.tokens[sentence.tokens] where token.kind.isWord {
                words += 1
                if !token.isStopword, let term = token.term { terms.append(term) }
            }
            vectors.append(TermVector(terms))
            wordCounts.append(words)
        }
        var eligible = [Bool](repeating: true, count: vectors.count)
        var title: TermVector?
        if skipHeadings && document.paragraphs.count > 1 {
            for (p, paragraph) in document.paragraphs.enumerated() where paragraph.sentences.count == 1 {
                let index = paragraph.sentences.lowerBound
                if Self.isHeading(document, document.sentences[index], words: wordCounts[index]) {
                    eligible[index] = false
                    if p == 0 && index == 0 { title = vectors[index] }
                }
            }
            if !eligible.contains(true) { eligible = eligible.map { _ in true } }
        }
        self.vectors = vectors
        self.wordCounts = wordCounts
        self.eligible = eligible
        self.title = title
    }

    /// A one-sentence paragraph of at most 20 words that ends in a letter or digit, not in
    /// punctuation: a title or section heading.
    static func isHeading(_ document: Document, _ sentence: Sentence, words: Int) -> Bool {
        guard words > 0, words <= 20, let last = document[sentence].last else { return false }
        return last.isLetter || last.isNumber
    }

    func characterCount(_ index: Int) -> Int {
        document[document.sentences[index]].count
    }
}
