// Scoring of sentence and word segmentation against the gold sets in
// `shared/eval/segmentation/` (Universal Dependencies test files). The metrics are the ones its
// README defines; this file interprets them as follows:
//
// - Offsets count Unicode scalars (Python `str` indices), the unit the README's baselines use.
// - "Whitespace" is Python's `str.isspace()`: the Unicode White_Space property plus
//   U+001C…U+001F (bidi classes B and S). "Punctuation" is general category P*.
// - Sentence boundaries: the end offset of every gold sentence but the last of its paragraph;
//   the end of every predicted sentence after trailing whitespace is trimmed, leaving out the
//   paragraph end (the text's end before any trailing whitespace). Offsets in the full text.
// - Word boundaries: offsets in the text with every whitespace scalar removed. Tokens holding no
//   scalar that is neither whitespace nor punctuation are dropped from gold and prediction.
//   The boundary set is the union of the remaining tokens' start and end offsets.
// - Word tokens: exact (start, end) match of the remaining tokens, in the same offsets.
// - Everything is a set per paragraph (duplicate predictions count once); counts are summed over
//   paragraphs (micro-average) before precision, recall and F1 are taken.

/// Counts for one boundary or span metric, from which precision, recall and F1 follow.
///
/// Counts add up across paragraphs (`+=`), so ratios taken from a sum are micro-averages.
/// When a ratio's denominator is zero it is 1 if `predicted` and `gold` are both zero (nothing to
/// find and nothing found) and 0 otherwise.
package struct MatchCounts: Sendable, Hashable {
    /// Predicted items that are also gold items.
    package var matched: Int
    /// Distinct predicted items.
    package var predicted: Int
    /// Distinct gold items.
    package var gold: Int

    /// Creates counts; all default to zero.
    package init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.matched = matched
        self.predicted = predicted
        self.gold = gold
    }

    /// `matched / predicted`.
    package var precision: Double { Self.ratio(matched, predicted, bothEmpty: predicted == 0 && gold == 0) }

    /// `matched / gold`.
    package var recall: Double { Self.ratio(matched, gold, bothEmpty: predicted == 0 && gold == 0) }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    package var f1: Double {
        let p = precision
        let r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// Sums two sets of counts.
    package static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(
            matched: lhs.matched + rhs.matched,
            predicted: lhs.predicted + rhs.predicted,
            gold: lhs.gold + rhs.gold)
    }

    /// Adds `rhs` to `lhs`.
    package static func += (lhs: inout MatchCounts, rhs: MatchCounts) {
        lhs = lhs + rhs
    }

    /// Counts for a predicted set against a gold set.
    init<Element>(predicted: Set<Element>, gold: Set<Element>) {
        let (small, large) = predicted.count <= gold.count ? (predicted, gold) : (gold, predicted)
        self.init(
            matched: small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) },
            predicted: predicted.count,
            gold: gold.count)
    }

    private static func ratio(_ numerator: Int, _ denominator: Int, bothEmpty: Bool) -> Double {
        if denominator == 0 { return bothEmpty ? 1 : 0 }
        return Double(numerator) / Double(denominator)
    }
}

/// A half-open span of offsets in a paragraph with whitespace removed.
struct CompactSpan: Hashable, Sendable {
    var start: Int
    var end: Int
}

/// One gold paragraph: its text, its gold sentences and the gold tokens of each sentence, with the
/// gold boundaries worked out once when it is created.
package struct GoldParagraph: Sendable {
    /// The paragraph as it appears in `text.txt`.
    package let text: String
    /// The gold sentences, in order; joined with single spaces they give `text`.
    package let sentences: [String]
    /// The gold tokens of each sentence (parallel to `sentences`), as written in `words.txt`:
    /// punctuation included, and `_` possibly standing for a space inside a token.
    package let tokens: [[String]]

    /// Scalar offsets (in `text`) of the gold sentence boundaries, paragraph end left out.
    let sentenceBoundaries: Set<Int>
    /// Gold tokens that are not whitespace or punctuation only, in whitespace-free offsets.
    let tokenSpans: Set<CompactSpan>
    /// Start and end offsets of `tokenSpans`.
    let wordBoundaries: Set<Int>
    /// `compactOffset[i]`: how many non-whitespace scalars precede scalar offset `i`
    /// (`count == scalar count + 1`).
    let compactOffset: [Int]
    /// `contentCount[i]`: how many scalars that are neither whitespace nor punctuation precede
    /// scalar offset `i` (`count == scalar count + 1`).
    let contentCount: [Int]
    /// Scalar offset just past the last non-whitespace scalar of `text`.
    let trimmedEnd: Int

    /// Creates a gold paragraph and aligns its tokens to its text.
    ///
    /// Each sentence's tokens are aligned to the sentence by scanning forward, skipping
    /// whitespace in the text; `_` in a token matches either `_` or a whitespace scalar.
    /// Comparisons are scalar by scalar (no Unicode normalisation).
    ///
    /// - Throws: `SegmentationGoldError` (with `paragraph` nil) if there are no sentences, the
    ///   counts of `sentences` and `tokens` differ, the sentences joined with single spaces are not
    ///   `text`, or the tokens of a sentence do not spell it.
    /// - Complexity: O(*n*) in the length of `text`.
    package init(text: String, sentences: [String], tokens: [[String]]) throws {
        try self.init(text: text, sentences: sentences, tokens: tokens, paragraph: nil)
    }

    init(text: String, sentences: [String], tokens: [[String]], paragraph: Int?) throws {
        func failure(_ reason: SegmentationGoldError.Reason) -> SegmentationGoldError {
            SegmentationGoldError(reason: reason, paragraph: paragraph)
        }
        guard !sentences.isEmpty else { throw failure(.noSentences) }
        guard sentences.count == tokens.count else {
            throw failure(.sentenceCountMismatch(sentences: sentences.count, tokenLines: tokens.count))
        }
        let scalars = Array(text.unicodeScalars)
        let joined = sentences.joined(separator: " ")
        guard joined.unicodeScalars.elementsEqual(text.unicodeScalars) else {
            throw failure(.sentencesDoNotJoinToText)
        }

        var compactOffset = [Int](repeating: 0, count: scalars.count + 1)
        var contentCount = [Int](repeating: 0, count: scalars.count + 1)
        var trimmedEnd = 0
        for (i, scalar) in scalars.enumerated() {
            let space = SegmentationScalar.isWhitespace(scalar)
            compactOffset[i + 1] = compactOffset[i] + (space ? 0 : 1)
            let content = !space && !SegmentationScalar.isPunctuation(scalar)
            contentCount[i + 1] = contentCount[i] + (content ? 1 : 0)
            if !space { trimmedEnd = i + 1 }
        }

        var sentenceBoundaries = Set<Int>()
        var tokenSpans = Set<CompactSpan>()
        var sentenceStart = 0
        for (s, sentence) in sentences.enumerated() {
            let sentenceEnd = sentenceStart + sentence.unicodeScalars.count
            if s < sentences.count - 1 { sentenceBoundaries.insert(sentenceEnd) }
            var position = sentenceStart
            for token in tokens[s] {
                while position < sentenceEnd && SegmentationScalar.isWhitespace(scalars[position]) {
                    position += 1
                }
                let start = position
                for tokenScalar in token.unicodeScalars {
                    guard position < sentenceEnd,
                        scalars[position] == tokenScalar
                            || (tokenScalar == "_" && SegmentationScalar.isWhitespace(scalars[position]))
                    else {
                        throw failure(
                            .tokenDoesNotAlign(sentence: s, token: token, offset: position - sentenceStart))
                    }
                    position += 1
                }
                if contentCount[position] > contentCount[start] {
                    tokenSpans.insert(CompactSpan(start: compactOffset[start], end: compactOffset[position]))
                }
            }
            while position < sentenceEnd && SegmentationScalar.isWhitespace(scalars[position]) {
                position += 1
            }
            guard position == sentenceEnd else {
                throw failure(.tokensEndEarly(sentence: s, offset: position - sentenceStart))
            }
            sentenceStart = sentenceEnd + 1
        }

        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self.sentenceBoundaries = sentenceBoundaries
        self.tokenSpans = tokenSpans
        self.wordBoundaries = Set(tokenSpans.lazy.flatMap { [$0.start, $0.end] })
        self.compactOffset = compactOffset
        self.contentCount = contentCount
        self.trimmedEnd = trimmedEnd
    }
}

/// Why gold files or a gold paragraph could not be read.
package struct SegmentationGoldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What disagreed.
    package enum Reason: Sendable, Equatable {
        /// The three files hold different numbers of paragraphs (blank-line separated groups).
        case paragraphCountMismatch(text: Int, sentences: Int, words: Int)
        /// A paragraph of `text.txt` spans more than one line.
        case multiLineParagraph(lines: Int)
        /// A paragraph has no sentences.
        case noSentences
        /// A paragraph has a different number of sentence lines and token lines.
        case sentenceCountMismatch(sentences: Int, tokenLines: Int)
        /// The paragraph's sentences joined with single spaces are not its text.
        case sentencesDoNotJoinToText
        /// A token of sentence `sentence` (0-based) does not match the sentence's text at scalar
        /// offset `offset` within the sentence, after whitespace is skipped.
        case tokenDoesNotAlign(sentence: Int, token: String, offset: Int)
        /// The tokens of sentence `sentence` (0-based) end at scalar offset `offset` but the
        /// sentence goes on with more than whitespace.
        case tokensEndEarly(sentence: Int, offset: Int)
    }

    /// What disagreed.
    package var reason: Reason
    /// The 0-based paragraph the problem is in, when known.
    package var paragraph: Int?

    /// Creates an error.
    package init(reason: Reason, paragraph: Int? = nil) {
        self.reason = reason
        self.paragraph = paragraph
    }

    /// A sentence naming the problem and where it is (paragraphs and sentences counted from 1).
    package var description: String {
        let place = paragraph.map { "paragraph \($0 + 1): " } ?? ""
        switch reason {
        case .paragraphCountMismatch(let text, let sentences, let words):
            return "segmentation gold files disagree: text.txt has \(text) paragraphs, "
                + "sentences.txt \(sentences), words.txt \(words)"
        case .multiLineParagraph(let lines):
            return "\(place)text.txt paragraph spans \(lines) lines, expected 1"
        case .noSentences:
            return "\(place)no sentences"
        case .sentenceCountMismatch(let sentences, let tokenLines):
            return "\(place)\(sentences) sentences but \(tokenLines) token lines"
        case .sentencesDoNotJoinToText:
            return "\(place)sentences joined with single spaces differ from the paragraph text"
        case .tokenDoesNotAlign(let sentence, let token, let offset):
            return "\(place)sentence \(sentence + 1): token \"\(token)\" does not match the text "
                + "at scalar offset \(offset)"
        case .tokensEndEarly(let sentence, let offset):
            return "\(place)sentence \(sentence + 1): tokens end at scalar offset \(offset) "
                + "but the sentence continues"
        }
    }
}

/// Reading of the gold files of one language.
package enum SegmentationGold {
    /// Parses the contents of `text.txt`, `sentences.txt` and `words.txt` into paragraphs.
    ///
    /// Paragraphs are groups of non-blank lines separated by blank lines (`\n` or `\r\n` line
    /// ends). Each paragraph of `text.txt` is one line; each line of `sentences.txt` is a sentence
    /// and the matching line of `words.txt` its tokens separated by spaces.
    ///
    /// - Throws: `SegmentationGoldError` when the files disagree: paragraph counts, sentence and
    ///   token line counts, sentences that do not join to the paragraph, tokens that do not
    ///   spell their sentence.
    /// - Complexity: O(*n*) in the total length of the files.
    package static func parse(text: String, sentences: String, words: String) throws -> [GoldParagraph] {
        let textParagraphs = paragraphs(text)
        let sentenceParagraphs = paragraphs(sentences)
        let wordParagraphs = paragraphs(words)
        guard textParagraphs.count == sentenceParagraphs.count,
            textParagraphs.count == wordParagraphs.count
        else {
            throw SegmentationGoldError(
                reason: .paragraphCountMismatch(
                    text: textParagraphs.count, sentences: sentenceParagraphs.count,
                    words: wordParagraphs.count))
        }
        var result: [GoldParagraph] = []
        result.reserveCapacity(textParagraphs.count)
        for index in textParagraphs.indices {
            guard textParagraphs[index].count == 1 else {
                throw SegmentationGoldError(
                    reason: .multiLineParagraph(lines: textParagraphs[index].count), paragraph: index)
            }
            let tokens = wordParagraphs[index].map { line in
                line.unicodeScalars.split(separator: " ").map { String(String.UnicodeScalarView($0)) }
            }
            result.append(
                try GoldParagraph(
                    text: textParagraphs[index][0], sentences: sentenceParagraphs[index],
                    tokens: tokens, paragraph: index))
        }
        return result
    }

    /// Splits file contents into groups of non-blank lines.
    static func paragraphs(_ contents: String) -> [[String]] {
        var groups: [[String]] = []
        var current: [String] = []
        for rawLine in contents.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if line.allSatisfy(SegmentationScalar.isWhitespace) {
                if !current.isEmpty { groups.append(current) }
                current = []
            } else {
                current.append(String(String.UnicodeScalarView(line)))
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}

/// Sentence-boundary, word-boundary and word-token counts, summed over the paragraphs scored.
package struct SegmentationScores: Sendable, Hashable {
    /// Sentence boundaries (paragraph ends left out), in scalar offsets of the text.
    package var sentenceBoundary: MatchCounts
    /// Word boundaries (starts and ends of non-punctuation tokens), in offsets with whitespace
    /// removed.
    package var wordBoundary: MatchCounts
    /// Exact spans of non-punctuation tokens, in offsets with whitespace removed.
    package var wordToken: MatchCounts

    /// Creates scores; all counts default to zero.
    package init(
        sentenceBoundary: MatchCounts = MatchCounts(), wordBoundary: MatchCounts = MatchCounts(),
        wordToken: MatchCounts = MatchCounts()
    ) {
        self.sentenceBoundary = sentenceBoundary
        self.wordBoundary = wordBoundary
        self.wordToken = wordToken
    }

    /// Scores one paragraph's predicted segmentation.
    ///
    /// - Parameters:
    ///   - paragraph: The gold paragraph.
    ///   - sentences: Predicted sentences as ranges into `paragraph.text`, in any order. Trailing
    ///     whitespace is trimmed from each; empty ones and the one ending at the paragraph end
    ///     add no boundary.
    ///   - words: Predicted words as ranges into `paragraph.text`, in any order, from any of the
    ///     string's views. Ranges holding only whitespace and punctuation are dropped.
    ///
    /// An index inside a Unicode scalar counts as the start of that scalar; one past the end of
    /// the text counts as the end.
    /// - Complexity: O(*n* + *k* log *k*) for a text of *n* scalars and *k* ranges.
    package init(
        _ paragraph: GoldParagraph, sentences: [Range<String.Index>], words: [Range<String.Index>]
    ) {
        var bounds: [String.Index] = []
        bounds.reserveCapacity(2 * (sentences.count + words.count))
        for range in sentences {
            bounds.append(range.lowerBound)
            bounds.append(range.upperBound)
        }
        for range in words {
            bounds.append(range.lowerBound)
            bounds.append(range.upperBound)
        }
        let offsets = Self.scalarOffsets(of: bounds, in: paragraph.text)

        let compact = paragraph.compactOffset
        let content = paragraph.contentCount
        var predictedSentenceEnds = Set<Int>()
        for i in sentences.indices {
            let start = offsets[2 * i]
            var end = offsets[2 * i + 1]
            // A whitespace scalar adds nothing to the compact offset.
            while end > start && compact[end - 1] == compact[end] { end -= 1 }
            if end > start && end != paragraph.trimmedEnd { predictedSentenceEnds.insert(end) }
        }
        var predictedSpans = Set<CompactSpan>()
        for i in words.indices {
            let start = offsets[2 * (sentences.count + i)]
            let end = offsets[2 * (sentences.count + i) + 1]
            if end > start && content[end] > content[start] {
                predictedSpans.insert(CompactSpan(start: compact[start], end: compact[end]))
            }
        }
        let predictedBoundaries = Set(predictedSpans.lazy.flatMap { [$0.start, $0.end] })

        self.init(
            sentenceBoundary: MatchCounts(predicted: predictedSentenceEnds, gold: paragraph.sentenceBoundaries),
            wordBoundary: MatchCounts(predicted: predictedBoundaries, gold: paragraph.wordBoundaries),
            wordToken: MatchCounts(predicted: predictedSpans, gold: paragraph.tokenSpans))
    }

    /// Scores one paragraph and adds its counts to these.
    ///
    /// See `init(_:sentences:words:)` for how the ranges are read.
    package mutating func score(
        _ paragraph: GoldParagraph, sentences: [Range<String.Index>], words: [Range<String.Index>]
    ) {
        self += SegmentationScores(paragraph, sentences: sentences, words: words)
    }

    /// Adds another set of counts (for example another paragraph's) to these.
    package mutating func add(_ other: SegmentationScores) {
        sentenceBoundary += other.sentenceBoundary
        wordBoundary += other.wordBoundary
        wordToken += other.wordToken
    }

    /// Sums two sets of scores.
    package static func + (lhs: SegmentationScores, rhs: SegmentationScores) -> SegmentationScores {
        var sum = lhs
        sum.add(rhs)
        return sum
    }

    /// Adds `rhs` to `lhs`.
    package static func += (lhs: inout SegmentationScores, rhs: SegmentationScores) {
        lhs.add(rhs)
    }

    /// Scalar offsets of `indices` in `text`, in the same order, found in one pass over the
    /// sorted indices. Indices inside a scalar round down to its start; indices past the end
    /// clamp to the scalar count.
    /// - Complexity: O(*n* + *k* log *k*).
    static func scalarOffsets(of indices: [String.Index], in text: String) -> [Int] {
        let scalars = text.unicodeScalars
        let order = indices.indices.sorted { indices[$0] < indices[$1] }
        var result = [Int](repeating: 0, count: indices.count)
        var cursor = scalars.startIndex
        var offset = 0
        for slot in order {
            let target = indices[slot]
            while cursor < target && cursor < scalars.endIndex {
                let next = scalars.index(after: cursor)
                if next > target { break }
                cursor = next
                offset += 1
            }
            result[slot] = offset
        }
        return result
    }
}

/// Character classes of the segmentation metrics.
enum SegmentationScalar {
    /// Python's `str.isspace()`: White_Space, plus U+001C…U+001F (bidi classes B and S).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// General category P* (Pc, Pd, Ps, Pe, Pi, Pf, Po).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
