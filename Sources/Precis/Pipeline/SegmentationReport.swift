public import PrecisCore

/// A segmented document: paragraphs, sentences and tokens with UTF-8 byte offsets, token kinds,
/// stopword flags and keys, and (when tagged) parts of speech and lemmas. The shape of
/// `precis segment --format json`.
public struct SegmentationReport: Codable, Sendable, Equatable {
    /// A paragraph.
    public struct Span: Codable, Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let text: String
    }
    /// A token.
    public struct Token: Codable, Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let text: String
        public let kind: String
        public let key: String?
        public let stopword: Bool
        public let tag: String?
        public let lemma: String?
    }
    /// A sentence with its tokens.
    public struct Sentence: Codable, Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let paragraph: Int
        public let text: String
        public let tokens: [Token]
    }

    /// The document's language.
    public let language: String
    /// Its paragraphs.
    public let paragraphs: [Span]
    /// Its sentences.
    public let sentences: [Sentence]

    /// The report of `document`, with the parts of speech and lemmas of `tags` when given.
    public init(_ document: Document, tags: PartOfSpeechTags? = nil) {
        let offset = document.utf8Offset
        language = document.language.code
        paragraphs = document.paragraphs.map {
            Span(start: offset($0.range.lowerBound), end: offset($0.range.upperBound), text: String(document[$0]))
        }
        sentences = document.sentences.map { sentence in
            Sentence(
                start: offset(sentence.range.lowerBound), end: offset(sentence.range.upperBound),
                paragraph: sentence.paragraph, text: String(document[sentence]),
                tokens: sentence.tokens.map { index in
                    let token = document.tokens[index]
                    return Token(
                        start: offset(token.range.lowerBound), end: offset(token.range.upperBound),
                        text: String(document[token]), kind: token.kind.description,
                        key: token.term.map { document.terms[$0] }, stopword: token.isStopword,
                        tag: tags.map { $0.tags[index].name }, lemma: tags?.lemma(ofToken: index))
                })
        }
    }
}
