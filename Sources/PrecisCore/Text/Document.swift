/// A text cut into paragraphs, sentences and word tokens, each of which keeps its range in `text`.
///
/// A `Document` is a plain value: it is made by `Segmenter` (in the `Precis` module, on ICU) or,
/// in tests, by hand, and everything after segmentation (similarity, ranking, keywords) reads it.
/// Word tokens carry a *term*: the index of their matching key (case-folded and stemmed form) in
/// `terms`, so that "Runs" and "running" can meet as one term.
public struct Document: Sendable {
    /// The text that every range points into (the input after NFC normalisation).
    public let text: String
    /// The language the text was segmented, folded and stemmed as.
    public let language: Language
    /// Paragraphs in order; each covers a contiguous run of `sentences`.
    public let paragraphs: [Paragraph]
    /// Sentences in order; each covers a contiguous run of `tokens`.
    public let sentences: [Sentence]
    /// Non-space tokens in order: words, numbers and punctuation.
    public let tokens: [Token]
    /// The matching keys of word tokens, indexed by `Token.term`.
    public let terms: [String]

    /// Creates a document from its parts. The parts must be consistent: ranges in `text`, in
    /// order, paragraphs covering sentences and sentences covering tokens.
    public init(
        text: String, language: Language, paragraphs: [Paragraph], sentences: [Sentence],
        tokens: [Token], terms: [String]
    ) {
        self.text = text
        self.language = language
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.terms = terms
    }

    /// The text of a sentence.
    public subscript(sentence: Sentence) -> Substring { text[sentence.range] }

    /// The text of a token.
    public subscript(token: Token) -> Substring { text[token.range] }

    /// The text of a paragraph.
    public subscript(paragraph: Paragraph) -> Substring { text[paragraph.range] }

    /// The tokens of a sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }

    /// The word tokens (letters, numbers, ideographs, kana) of a sentence.
    public func words(of sentence: Sentence) -> [Token] {
        tokens[sentence.tokens].filter { $0.kind.isWord }
    }

    /// The index of the token that starts at `position`, if one does (by binary search).
    package func tokenIndex(startingAt position: String.Index) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.lowerBound == position ? low : nil
    }
}

/// A paragraph: text between line breaks (lines that were merely wrapped are joined first).
public struct Paragraph: Sendable, Hashable {
    /// Where the paragraph is in `Document.text`, without surrounding white space.
    public let range: Range<String.Index>
    /// The indices of its sentences in `Document.sentences`.
    public let sentences: Range<Int>

    /// Creates a paragraph.
    public init(range: Range<String.Index>, sentences: Range<Int>) {
        self.range = range
        self.sentences = sentences
    }
}

/// A sentence: its range without trailing white space, and the tokens inside it.
public struct Sentence: Sendable, Hashable {
    /// Where the sentence is in `Document.text`.
    public let range: Range<String.Index>
    /// The indices of its tokens in `Document.tokens`.
    public let tokens: Range<Int>
    /// The index of its paragraph in `Document.paragraphs`.
    public let paragraph: Int

    /// Creates a sentence.
    public init(range: Range<String.Index>, tokens: Range<Int>, paragraph: Int) {
        self.range = range
        self.tokens = tokens
        self.paragraph = paragraph
    }
}

/// One token: a word, a number, or a run of punctuation or symbols (never white space).
public struct Token: Sendable, Hashable {
    /// Where the token is in `Document.text`.
    public let range: Range<String.Index>
    /// What kind of token ICU's word-break rules found.
    public let kind: TokenKind
    /// Whether its folded form is on the language's stopword list.
    public let isStopword: Bool
    private let termIndex: Int32

    /// Creates a token; `term` is its index in `Document.terms`, `nil` for punctuation and symbols.
    public init(range: Range<String.Index>, kind: TokenKind, term: Int?, isStopword: Bool = false) {
        self.range = range
        self.kind = kind
        self.termIndex = term.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.isStopword = isStopword
    }

    /// Its index in `Document.terms` (its case-folded, stemmed matching key); `nil` for tokens that
    /// are not words.
    public var term: Int? { termIndex < 0 ? nil : Int(termIndex) }
}

/// The kinds of token, from ICU's word-break rule status.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Letters (and marks), in scripts written with spaces or not covered by a dictionary.
    case letter
    /// A number, possibly with separators ("3.50", "1,000").
    case number
    /// Han ideographs (Chinese characters, Japanese kanji), cut by ICU's dictionary.
    case ideographic
    /// Japanese kana.
    case kana
    /// Punctuation, symbols, emoji and everything else that is not white space.
    case other

    /// Whether tokens of this kind are words (everything but `other`).
    public var isWord: Bool { self != .other }

    public var description: String {
        switch self {
        case .letter: "letter"
        case .number: "number"
        case .ideographic: "ideographic"
        case .kana: "kana"
        case .other: "other"
        }
    }
}
