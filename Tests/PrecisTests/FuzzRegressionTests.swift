import Testing

@testable import Precis

/// Inputs that `make fuzz` (the `Fuzz/` package) found to crash, hang or leak, kept as tests. Each
/// test builds its input the way the fuzz target does, from the bytes of the minimised input.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The fuzz target's extra summary length: its value is the big-endian bit pattern of the
    /// input's last eight bytes.
    static func bitPattern(_ bytes: [UInt8]) -> UInt64 {
        bytes.suffix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// `.ratio` of a huge double trapped converting ratio × sentences to `Int` (minimised input
    /// "rpeoieoi": a ratio of about 2^808). Ratios above 1, infinite, negative or NaN are now
    /// clamped to 0...1 first: all the sentences, or at least one.
    @Test(arguments: [
        Double(bitPattern: bitPattern(Array("rpeoieoi".utf8))), .infinity, .greatestFiniteMagnitude, Double(Int.max),
        .nan, -.infinity, -1, 0,
    ])
    func ratioOutsideZeroToOneDoesNotTrap(ratio: Double) throws {
        let bytes: [UInt8] = Array("rpeoieoi".utf8)
        let text = String(decoding: bytes, as: UTF8.self)
        let document = try Segmenter().segment(text)
        let summary = Summarizer().summarize(document, length: .ratio(ratio))
        #expect(summary.sentences.count == 1, "one sentence, kept whatever the ratio")

        let article = try Segmenter(language: "en").segment("One sentence is here. Another one is there. A third one comes too. And here is a fourth.")
        let expected = ratio > 0 ? article.sentences.count : 1
        #expect(Summarizer().summarize(article, length: .ratio(ratio)).sentences.count == expected)
    }
}
