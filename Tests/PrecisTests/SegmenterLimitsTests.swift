import Foundation
import Testing

@testable import Precis
@testable import PrecisCore

/// Texts at the limits of segmentation: longer than ICU takes at once, without sentence
/// punctuation, with enormous words; and the caches and fast paths that must not change results.
@Suite struct SegmenterLimitsTests {
    /// The repository's sample articles (English and Russian), several paragraphs each.
    static func sample(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("corpora/samples/\(name)"), encoding: .utf8)
    }

    static func expectSameDocument(_ a: Document, _ b: Document, _ comment: Comment? = nil) {
        #expect(a.paragraphs == b.paragraphs, comment)
        #expect(a.sentences == b.sentences, comment)
        #expect(a.tokens == b.tokens, comment)
        #expect(a.terms == b.terms, comment)
    }

    /// Chunks of these sizes always find a line break in their last quarter (the samples'
    /// paragraphs are shorter than 300 characters), so every chunk ends where a sentence does.
    @Test(arguments: ["lake-en.txt", "lake-ru.txt"], [1200, 2000])
    func chunksEndingAtLineBreaksGiveTheSameDocument(sample: String, chunkSize: Int) throws {
        let text = Array(repeating: try Self.sample(sample), count: 12).joined(separator: "\n")
        #expect(text.utf16.count > chunkSize)
        let whole = try Segmenter(language: sample.hasSuffix("ru.txt") ? "ru" : "en").segment(text)
        let chunked = Segmenter(language: sample.hasSuffix("ru.txt") ? "ru" : "en")
        chunked.chunkSize = chunkSize
        Self.expectSameDocument(whole, try chunked.segment(text), "chunks of \(chunkSize)")
    }

    @Test func chunksCutAtSpacesKeepTheWords() throws {
        // One line, no line break to cut after: chunks end after spaces, so the words are the same.
        let text = try Self.sample("lake-en.txt").replacingOccurrences(of: "\n", with: " ")
        let whole = try Segmenter(language: "en").segment(text)
        let segmenter = Segmenter(language: "en")
        segmenter.chunkSize = 300
        let chunked = try segmenter.segment(text)
        #expect(chunked.tokens == whole.tokens)
        #expect(chunked.terms == whole.terms)
    }

    @Test func chunkEndsAvoidSurrogatePairs() {
        let units = Array("😀😀😀😀😀😀😀😀".utf16)
        units.withUnsafeBufferPointer { buffer in
            for size in 2...7 {
                let end = ChunkedBoundaries.chunkEnd(buffer, from: 0, size: size)
                #expect(!UTF16.isTrailSurrogate(buffer[end]), "size \(size)")
            }
        }
    }

    @Test func textWithoutPunctuationIsCutIntoBoundedSentences() throws {
        let words = ["river", "lake", "council", "water", "farm", "reed", "town", "summer"]
        let text = (0..<50_000).map { words[$0 % words.count] }.joined(separator: " ")
        let document = try Segmenter(language: "en").segment(text)
        let longest = document.sentences.map { document.text[$0.range].utf16.count }.max() ?? 0
        #expect(document.sentences.count >= text.utf16.count / 2_000)
        #expect(longest <= SentenceRules(language: "en").maximumLength)
        // Cuts fall at spaces: every word is whole.
        #expect(document.tokens.filter(\.kind.isWord).count == 50_000)
        #expect(!Summarizer().summarize(document, length: .sentences(3)).sentences.isEmpty)
    }

    @Test func textWithoutSpacesIsCutToo() throws {
        let text = String(repeating: "北极航线的可能性", count: 2_000)
        let document = try Segmenter(language: "zh").segment(text)
        #expect(document.sentences.count > 1)
        for sentence in document.sentences {
            // The cut moves to the end of the word it falls in, so a sentence may pass the
            // bound by at most a word.
            #expect(document.text[sentence.range].utf16.count <= SentenceRules(language: "zh").maximumLength + 16)
        }
    }

    @Test func anEnormousWordIsOneToken() throws {
        let text = "It said " + String(repeating: "a", count: 100_000) + " and stopped."
        let document = try Segmenter(language: "en").segment(text)
        #expect(document.tokens.contains { document[$0].utf8.count == 100_000 })
        let keywords = try KeywordExtractor().keywords(in: document, count: 5)
        #expect(!keywords.isEmpty)
    }

    @Test func theWordCacheChangesNothing() throws {
        let english = try Self.sample("lake-en.txt")
        let russian = try Self.sample("lake-ru.txt")
        // A segmenter that has seen other texts (and one whose cache is emptied after every few
        // words) gives the same documents as a fresh one.
        let used = Segmenter()
        _ = try used.segment(russian)
        _ = try used.segment(english)
        let tiny = Segmenter()
        tiny.wordCacheCapacity = 5
        for text in [english, russian, english] {
            let fresh = try Segmenter().segment(text)
            Self.expectSameDocument(fresh, try used.segment(text))
            Self.expectSameDocument(fresh, try tiny.segment(text))
        }
    }

    @Test func rankingTheTableEqualsRankingCandidates() throws {
        for name in ["lake-en.txt", "lake-ru.txt"] {
            let document = try Segmenter().segment(try Self.sample(name))
            let extractor = CandidateExtractor()
            let ranker = KeywordRanker()
            let model = IDFModel.bundled(for: document.language)
            let idf = { (key: String) -> (value: Double, seen: Bool) in
                guard let model else { return (1, false) }
                return (model.idf(key), model.documentFrequency(of: key) > 0)
            }
            let fromCandidates = ranker.score(extractor.candidates(in: document), sentenceCount: document.sentences.count, idf: idf)
            let fromTable = Array(ranker.rank(extractor.table(in: document), sentenceCount: document.sentences.count, idf: idf))
            #expect(fromCandidates == fromTable, "\(name)")
            #expect(!fromTable.isEmpty)
        }
    }

    @Test func utf16TranscodingMatchesTheStandardLibrary() {
        var generator = SplitMix64(seed: 7)
        let pool: [UInt16] = [0x41, 0x7A, 0xE9, 0x416, 0x4E2D, 0xD83D, 0xDE00, 0xDC00, 0xD800, 0xFFFD, 0x20, 0x0A]
        for _ in 0..<500 {
            let units = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            let expected = String(decoding: units, as: UTF16.self)
            let made = units.withUnsafeBufferPointer { String(utf16Units: $0) }
            #expect(made == expected && Array(made.utf8) == Array(expected.utf8))
            #expect(expected.utf16Array() == Array(expected.utf16))
        }
    }
}
