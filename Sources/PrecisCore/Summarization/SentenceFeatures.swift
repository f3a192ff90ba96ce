/// What ranking and selection need to know about each sentence.
struct SentenceFeatures {
    let document: Document
    /// Content terms per sentence.
    let vectors: [TermVector]
    /// Word tokens per sentence.
    let wordCounts: [Int]
    /// The part each sentence plays (title, heading, furniture, running text).
    let layout: DocumentLayout
    /// Whether a sentence may be chosen.
    private(set) var eligible: [Bool]
    /// The terms of the title, if the text has one.
    let title: TermVector?
    /// Whether a sentence is part of a longer quotation (its quotation marks do not pair up).
    let partialQuotes: [Bool]

    /// Which sentences a summary may use.
    struct Eligibility {
        /// Whether the title may be a summary sentence.
        var title = false
        /// Whether headings may be summary sentences.
        var headings = false
        /// Whether furniture may be (turned off to measure what the filtering does).
        var furniture = false
    }

    init(_ document: Document, eligibility: Eligibility = .init()) {
        self.document = document
        var vectors: [TermVector] = []
        vectors.reserveCapacity(document.sentences.count)
        var terms: [Int] = []
        for sentence in document.sentences {
            terms.removeAll(keepingCapacity: true)
            for token in document.tokens[sentence.tokens] where token.kind.isWord {
                if !token.isStopword, let term = token.term { terms.append(term) }
            }
            vectors.append(TermVector(terms))
        }
        // The facts count each sentence's words already.
        let facts = document.sentences.map { SentenceFacts(document, $0) }
        let wordCounts = facts.map(\.words)
        let layout = DocumentLayout(document, facts: facts)
        self.vectors = vectors
        self.wordCounts = wordCounts
        self.layout = layout
        self.eligible = Self.eligible(layout.roles, eligibility)
        self.title = layout.title.map { vectors[$0] }
        self.partialQuotes = facts.map(\.unpairedQuotes)
    }

    /// Changes which sentences may be chosen.
    mutating func allow(_ eligibility: Eligibility) {
        eligible = Self.eligible(layout.roles, eligibility)
    }

    /// Running text first; when a text has none, its headings and title; when it has none of those
    /// either, everything (a text with sentences always gets a summary).
    static func eligible(_ roles: [DocumentLayout.Role], _ eligibility: Eligibility) -> [Bool] {
        func allowed(_ role: DocumentLayout.Role, fallback: Int) -> Bool {
            switch role {
            case .body: true
            case .title: eligibility.title || eligibility.headings || fallback >= 1
            case .heading: eligibility.headings || fallback >= 1
            case .furniture: eligibility.furniture || fallback >= 2
            }
        }
        var eligible: [Bool] = []
        for fallback in 0...2 {
            eligible = roles.map { allowed($0, fallback: fallback) }
            if eligible.contains(true) || eligible.isEmpty { break }
        }
        return eligible
    }

    func characterCount(_ index: Int) -> Int {
        document[document.sentences[index]].count
    }
}
