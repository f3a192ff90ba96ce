internal import PrecisCore

/// Assembles a `Document` from spans in UTF-16 offsets: converts them to `String.Index` ranges in
/// one forward walk each, assigns tokens to sentences and sentences to paragraphs.
struct DocumentBuilder {
    private let text: String
    private let units: [UInt16]
    private var tokenSpans: [Range<Int>] = []
    private var tokenKinds: [TokenKind] = []
    private var tokenTerms: [Int?] = []
    private var tokenStops: [Bool] = []

    /// `units` is `text`'s UTF-16 form, after `LineStructure` replaced wrapping newlines by spaces.
    init(text: String, units: [UInt16]) {
        self.text = text
        self.units = units
    }

    /// Makes room for `count` tokens.
    mutating func reserveTokens(_ count: Int) {
        tokenSpans.reserveCapacity(count)
        tokenKinds.reserveCapacity(count)
        tokenTerms.reserveCapacity(count)
        tokenStops.reserveCapacity(count)
    }

    mutating func addToken(_ span: Range<Int>, kind: TokenKind, term: Int?, isStopword: Bool) {
        tokenSpans.append(span)
        tokenKinds.append(kind)
        tokenTerms.append(term)
        tokenStops.append(isStopword)
    }

    /// `alignSentences` moves sentence ends off the middle of tokens (off only to report ICU's own
    /// breaks unchanged).
    func build(sentences spans: [Range<Int>], language: Language, terms: [String], alignSentences: Bool = true)
        -> Document
    {
        let sentenceSpans = alignSentences ? alignedToTokens(spans) : spans
        var tokenMapper = OffsetMapper(text)
        var tokens: [Token] = []
        tokens.reserveCapacity(tokenSpans.count)
        for i in tokenSpans.indices {
            let range = tokenMapper.range(tokenSpans[i])
            tokens.append(Token(range: range, kind: tokenKinds[i], term: tokenTerms[i], isStopword: tokenStops[i]))
        }

        // Paragraph breaks: a line break left in the gap between two sentences.
        var paragraphOfSentence: [Int] = []
        paragraphOfSentence.reserveCapacity(sentenceSpans.count)
        var paragraphSpans: [(span: Range<Int>, sentences: Range<Int>)] = []
        for (index, span) in sentenceSpans.enumerated() {
            if let last = paragraphSpans.last, !hasLineBreak(last.span.upperBound..<span.lowerBound) {
                paragraphSpans[paragraphSpans.count - 1] = (last.span.lowerBound..<span.upperBound, last.sentences.lowerBound..<index + 1)
            } else {
                paragraphSpans.append((span, index..<index + 1))
            }
            paragraphOfSentence.append(paragraphSpans.count - 1)
        }

        var sentenceMapper = OffsetMapper(text)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceSpans.count)
        var nextToken = 0
        for (index, span) in sentenceSpans.enumerated() {
            let first = nextToken
            // A token belongs to the sentence its start lies in; tokens before the first sentence
            // (there are none: sentences cover all non-space text) would join it.
            while nextToken < tokenSpans.count,
                index == sentenceSpans.count - 1 || tokenSpans[nextToken].lowerBound < sentenceSpans[index + 1].lowerBound
            {
                nextToken += 1
            }
            sentences.append(
                Sentence(range: sentenceMapper.range(span), tokens: first..<nextToken, paragraph: paragraphOfSentence[index]))
        }

        var paragraphMapper = OffsetMapper(text)
        let paragraphs = paragraphSpans.map { Paragraph(range: paragraphMapper.range($0.span), sentences: $0.sentences) }
        return Document(
            text: text, language: language, paragraphs: paragraphs, sentences: sentences, tokens: tokens, terms: terms)
    }

    /// Sentence spans moved so that no token straddles a sentence boundary (ICU's word rules keep
    /// "Mr.Kim" one word where its sentence rules may break after the dot): a sentence ends where
    /// the token that crosses its end ends, and the next one starts after it.
    private func alignedToTokens(_ spans: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(spans.count)
        var token = 0
        var carriedStart: Int? = nil
        for span in spans {
            var lower = max(span.lowerBound, carriedStart ?? span.lowerBound)
            carriedStart = nil
            while lower < span.upperBound, Segmenter.isSpaceUnit(units[lower]) { lower += 1 }
            guard lower < span.upperBound else { continue }
            var upper = span.upperBound
            while token < tokenSpans.count, tokenSpans[token].upperBound <= upper { token += 1 }
            if token < tokenSpans.count, tokenSpans[token].lowerBound < upper {
                upper = tokenSpans[token].upperBound
                carriedStart = upper
            }
            if let last = result.last, lower < last.upperBound { lower = last.upperBound }
            if lower < upper { result.append(lower..<upper) }
        }
        return result
    }

    private func hasLineBreak(_ gap: Range<Int>) -> Bool {
        guard gap.lowerBound < gap.upperBound else { return false }
        return units[gap].contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x2029 || $0 == 0x2028 || $0 == 0x85 }
    }
}

/// Converts increasing UTF-16 offsets into `String.Index` values by walking forward from the last
/// one, so that converting every boundary of a text costs one pass over it.
struct OffsetMapper {
    private let utf16: String.UTF16View
    private var offset = 0
    private var index: String.Index

    init(_ text: String) {
        utf16 = text.utf16
        index = utf16.startIndex
    }

    /// The index at `target`; targets should not decrease (a decrease restarts from the start).
    mutating func index(at target: Int) -> String.Index {
        if target < offset {
            offset = 0
            index = utf16.startIndex
        }
        index = utf16.index(index, offsetBy: target - offset)
        offset = target
        return index
    }

    mutating func range(_ span: Range<Int>) -> Range<String.Index> {
        let lower = index(at: span.lowerBound)
        return lower..<index(at: span.upperBound)
    }
}
