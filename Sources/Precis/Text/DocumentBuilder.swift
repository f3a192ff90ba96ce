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
        var tokenMapper = OffsetMapper(text, units: units)
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

        var sentenceMapper = OffsetMapper(text, units: units)
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

        var paragraphMapper = OffsetMapper(text, units: units)
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
        TextBreaks.containsLineBreak(units, in: gap)
    }
}

/// Converts increasing UTF-16 offsets into `String.Index` values by walking forward from the last
/// one, so that converting every boundary of a text costs one pass over it.
///
/// It counts the UTF-8 length of the text's UTF-16 units as it goes and makes each index from its
/// UTF-8 offset, which is direct for Swift's native UTF-8 strings (an index from the UTF-16 view
/// of a non-ASCII string has to find its place by decoding).
struct OffsetMapper {
    private let utf8: String.UTF8View
    private let units: [UInt16]
    private var utf16Offset = 0
    private var utf8Offset = 0

    /// `units` is `text`'s UTF-16 form (or one with some units replaced by others of the same
    /// UTF-8 length, as `LineStructure` replaces newlines by spaces).
    init(_ text: String, units: [UInt16]) {
        utf8 = text.utf8
        self.units = units
    }

    /// The index at `target`, a scalar boundary; targets should not decrease (a decrease restarts
    /// from the start).
    mutating func index(at target: Int) -> String.Index {
        if target < utf16Offset {
            utf16Offset = 0
            utf8Offset = 0
        }
        units.withUnsafeBufferPointer { units in
            while utf16Offset < target {
                let unit = units[utf16Offset]
                if unit < 0x80 {
                    utf8Offset += 1
                } else if unit < 0x800 {
                    utf8Offset += 2
                } else if UTF16.isLeadSurrogate(unit) {
                    // The pair is one four-byte scalar (boundaries never fall inside it); a lead
                    // surrogate alone would be U+FFFD.
                    let paired = utf16Offset + 1 < units.count && UTF16.isTrailSurrogate(units[utf16Offset + 1])
                    utf8Offset += paired ? 4 : 3
                    if paired { utf16Offset += 1 }
                } else {
                    utf8Offset += 3
                }
                utf16Offset += 1
            }
        }
        return utf8.index(utf8.startIndex, offsetBy: utf8Offset)
    }

    mutating func range(_ span: Range<Int>) -> Range<String.Index> {
        let lower = index(at: span.lowerBound)
        return lower..<index(at: span.upperBound)
    }
}
