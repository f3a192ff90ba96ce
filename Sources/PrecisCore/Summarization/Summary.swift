/// A summary: the chosen sentences in original order.
public struct Summary: Sendable, Hashable {
    /// The language the document was read as.
    public let language: Language
    /// How many sentences the document has.
    public let documentSentenceCount: Int
    /// The chosen sentences, in the order they appear in the document.
    public let sentences: [Sentence]

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
    public init(language: Language, documentSentenceCount: Int, sentences: [Sentence]) {
        self.language = language
        self.documentSentenceCount = documentSentenceCount
        self.sentences = sentences
    }
}
