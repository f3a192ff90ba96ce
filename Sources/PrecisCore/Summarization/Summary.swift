/// A summary: the chosen sentences in original order.
public struct Summary: Sendable, Hashable {
    /// The language the document was read as.
    public let language: Language
    /// How many sentences the document has.
    public let documentSentenceCount: Int
    /// The chosen sentences, in the order they appear in the document.
    public let sentences: [Sentence]
    /// The document's title or headline, if it has one (`DocumentLayout`), whether or not it is
    /// among the chosen sentences.
    public let title: Title?

    /// A document's title.
    public struct Title: Sendable, Hashable {
        /// Its sentence's index in `Document.sentences`.
        public let index: Int
        /// Where it is in `Document.text`, without Markdown's `#` marks.
        public let range: Range<String.Index>
        /// Its text, without Markdown's `#` marks.
        public let text: String

        /// Creates a title.
        public init(index: Int, range: Range<String.Index>, text: String) {
            self.index = index
            self.range = range
            self.text = text
        }

        /// The title found at sentence `index` of `document`; `markdown` strips the leading `#`s.
        init(_ document: Document, sentence index: Int, markdown: Bool) {
            var range = document.sentences[index].range
            if markdown {
                let text = document.text
                var start = range.lowerBound
                while start < range.upperBound, text[start] == "#" || text[start] == " " { start = text.index(after: start) }
                range = start..<range.upperBound
            }
            self.init(index: index, range: range, text: String(document.text[range]))
        }
    }

    /// One chosen sentence.
    public struct Sentence: Sendable, Hashable {
        /// Its index in `Document.sentences`.
        public let index: Int
        /// Where it is in `Document.text`.
        public let range: Range<String.Index>
        /// Its score (PageRank; all sentences of the document sum to 1).
        public let score: Double
        /// Its text.
        public let text: String
    }

    /// Creates a summary.
    public init(language: Language, documentSentenceCount: Int, title: Title? = nil, sentences: [Sentence]) {
        self.language = language
        self.documentSentenceCount = documentSentenceCount
        self.title = title
        self.sentences = sentences
    }
}
