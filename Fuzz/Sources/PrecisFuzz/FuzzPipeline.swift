// The libFuzzer entry point: every input runs through the whole pipeline the CLI runs.
//
//   bytes ─▶ text (`TextDecoder`, as `precis` reads a file: UTF-8 or a byte-order mark, else the
//            encoding ICU detects; binary and undecodable input refused) ─▶ HTML remnants removed
//         ─▶ Segmenter (language identified, or fixed by the first byte on some inputs; options
//            such as plain ICU breaks or no stemming chosen by the second byte on some inputs)
//         ─▶ Summarizer (several lengths, and presets) ─▶ KeywordExtractor (with Latin forms of
//            names; with and without the bundled keyword statistics)
//
// Beyond crashes, sanitizer reports and hangs, the target checks a few invariants of the results
// (ranges inside the text and in order, summaries in document order) and traps when one fails.
import Precis

/// Languages a fuzz input can fix instead of identifying its language: scripts whose segmentation
/// differs most (dictionary word breaks, right-to-left, no stemmer, stemmers of several families).
private let fixedLanguages: [Language] = ["en", "zh", "ja", "th", "ar", "ru", "de", "ko", "hi", "el", "he"]

/// Segmenters and extractors are reused across inputs, as `precis batch` reuses them across files,
/// so that ICU state cached by language is exercised too. libFuzzer runs inputs one at a time.
nonisolated(unsafe) private var segmenters: [SegmenterKey: Segmenter] = [:]
nonisolated(unsafe) private let extractors = [KeywordExtractor(), KeywordExtractor(configuration: .init(statistics: .none))]

/// What a fuzz input chooses of a segmenter: its language and option bits.
private struct SegmenterKey: Hashable {
    var language: Language?
    var plainICU = false
    var stemming = true
    var joinWrappedLines = true
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let decoded = try? TextDecoder().decode(bytes) else { return 0 }

    // The first byte: about a third of the inputs fix the language, the rest identify it. The
    // second byte, on some inputs, turns options away from their defaults; the last bytes set an
    // extra summary length.
    let first = Int(bytes[0])
    let options = size > 1 && bytes[1] & 0xE0 == 0xE0 ? bytes[1] : 0
    let last = Int(bytes[size - 1])
    var key = SegmenterKey()
    key.language = first % 3 == 0 ? fixedLanguages[(first / 3) % fixedLanguages.count] : nil
    key.plainICU = options & 0x01 != 0
    key.stemming = options & 0x02 == 0
    key.joinWrappedLines = options & 0x04 == 0
    let segmenter: Segmenter
    if let cached = segmenters[key] {
        segmenter = cached
    } else {
        segmenter = Segmenter(
            configuration: .init(
                language: key.language.map { .fixed($0) } ?? .auto, stemming: key.stemming,
                joinWrappedLines: key.joinWrappedLines, plainICU: key.plainICU))
        segmenters[key] = segmenter
    }

    // The "plain" option bit also keeps HTML, like `--keep-html`.
    let text = key.plainICU ? decoded.text : HTMLRemnants.strip(decoded.text)
    let document: Document
    do { document = try segmenter.segment(text) } catch { return 0 }
    FuzzInput.check(document)

    let summarizer: Summarizer
    switch options & 0x18 {
    case 0x08: summarizer = Summarizer(configuration: .lead)
    case 0x10: summarizer = Summarizer(configuration: .textRank)
    default: summarizer = Summarizer()
    }
    // The extra length: its kind from the last byte, its value from the last eight bytes (any
    // integer, any double: zero, negative, huge, infinite, NaN), as a library caller could pass.
    var raw: UInt64 = 0
    for byte in bytes.suffix(8) { raw = raw << 8 | UInt64(byte) }
    let extra: Summarizer.Length
    switch last % 4 {
    case 0: extra = .sentences(Int(truncatingIfNeeded: raw))
    case 1: extra = .ratio(Double(bitPattern: raw))
    case 2: extra = .words(Int(truncatingIfNeeded: raw))
    default: extra = .characters(Int(truncatingIfNeeded: raw))
    }
    for length: Summarizer.Length in [.sentences(1), .sentences(3), .ratio(0.3), .words(40), .characters(120), extra] {
        let summary = summarizer.summarize(document, length: length)
        FuzzInput.check(summary, of: document)
    }

    let extractor = extractors[options & 0x10 == 0 ? 0 : 1]
    if let keywords = try? extractor.keywords(in: document, count: 10) {
        for keyword in keywords {
            FuzzInput.require(keyword.score.isFinite, "non-finite keyword score")
            for occurrence in keyword.occurrences {
                FuzzInput.require(
                    occurrence.lowerBound >= document.text.startIndex && occurrence.upperBound <= document.text.endIndex,
                    "keyword occurrence outside the text")
            }
        }
    }
    return 0
}

/// The invariants the fuzz target checks.
enum FuzzInput {
    /// Traps with `message` when `condition` is false, so that libFuzzer records the input.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant failed: \(message())") }
    }

    /// Ranges in order and inside the text; paragraphs, sentences and tokens consistent.
    static func check(_ document: Document) {
        let text = document.text
        var previousEnd = text.startIndex
        for (index, sentence) in document.sentences.enumerated() {
            require(sentence.range.lowerBound >= previousEnd && sentence.range.upperBound <= text.endIndex,
                    "sentence \(index) out of order or outside the text")
            require(sentence.tokens.lowerBound >= 0 && sentence.tokens.upperBound <= document.tokens.count,
                    "sentence \(index) covers tokens that do not exist")
            require(document.paragraphs.indices.contains(sentence.paragraph), "sentence \(index) in no paragraph")
            previousEnd = sentence.range.upperBound
        }
        previousEnd = text.startIndex
        for token in document.tokens {
            require(token.range.lowerBound >= previousEnd && token.range.upperBound <= text.endIndex,
                    "token out of order or outside the text")
            if let term = token.term { require(document.terms.indices.contains(term), "token term out of range") }
            previousEnd = token.range.upperBound
        }
        for paragraph in document.paragraphs {
            require(paragraph.sentences.upperBound <= document.sentences.count, "paragraph covers sentences that do not exist")
        }
    }

    /// Sentences of the document, in document order, at least one when the document has any.
    static func check(_ summary: Summary, of document: Document) {
        require(summary.documentSentenceCount == document.sentences.count, "summary counts other sentences")
        require(document.sentences.isEmpty || !summary.sentences.isEmpty, "empty summary of a non-empty document")
        var previous = -1
        for sentence in summary.sentences {
            require(sentence.index > previous && sentence.index < document.sentences.count, "summary out of order")
            require(sentence.score.isFinite, "non-finite sentence score")
            previous = sentence.index
        }
    }
}
