import Testing

@testable import Precis

/// Texts with unusual characters go through segmentation, summarisation and keyword extraction
/// without a crash, and what comes out stays inside the text.
@Suite("Text hygiene in the library")
struct HygieneTests {
    static let base = "The old lighthouse stood at the end of the harbour wall. Volunteers spent three summers repairing it.\n\nThe lighthouse is now a museum.\n"

    static let texts: [(String, String)] = [
        ("control characters", base.replacingOccurrences(of: "old", with: "o\u{7}ld\u{1B}[0m").replacingOccurrences(of: "museum", with: "museum\u{85}\u{9F}")),
        ("zero-width characters", base.replacingOccurrences(of: "lighthouse", with: "light\u{200B}house\u{200D}\u{200C}\u{FEFF}")),
        ("bidi overrides left open", base.replacingOccurrences(of: "harbour", with: "\u{202E}harbour\u{2066}")),
        ("combining flood", "A" + String(repeating: "\u{0301}", count: 10_000) + ". " + base),
        ("lone combining marks", "\u{0301}\u{0301} \u{0308}. " + base),
        ("mixed scripts", "Путин встретился с Merkel в 北京. " + base + "Ο Τσίπρας μίλησε. ผู้นำไทย กล่าว"),
        ("emoji", "👨‍👩‍👧‍👦🏳️‍🌈👍🏽 " + base + " 🇬🇧🇫🇷"),
        ("CR line ends", base.replacingOccurrences(of: "\n", with: "\r")),
        ("CRLF line ends", base.replacingOccurrences(of: "\n", with: "\r\n")),
        ("only white space", " \t\n\u{00A0}\u{3000}\u{2028}\u{2029}\n"),
        ("only punctuation", "... !!! ??? --- *** ### ;;; ::: 。。。 ！！"),
        ("only numbers", "12 345 6789 0.5 3,14 100% 42\n2024-01-01"),
        ("noncharacters and private use", String(String.UnicodeScalarView([0xFFFE, 0xFDD0, 0xE000, 0xF8FF].compactMap(Unicode.Scalar.init))) + " " + base),
    ]

    @Test(arguments: texts.indices)
    func everyStageCopes(_ index: Int) throws {
        let (_, text) = Self.texts[index]
        let document = try Segmenter().segment(text)
        for sentence in document.sentences {
            #expect(sentence.range.lowerBound >= document.text.startIndex && sentence.range.upperBound <= document.text.endIndex)
        }
        let summary = Summarizer().summarize(document, length: .sentences(2))
        #expect(summary.sentences.count <= min(2, document.sentences.count))
        let keywords = try KeywordExtractor().keywords(in: document, count: 5)
        for keyword in keywords {
            #expect(!keyword.phrase.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(!keyword.key.isEmpty)
        }
    }

    @Test func invisibleCharactersFoldAwayInKeys() throws {
        let plain = try Segmenter().segment(Self.base)
        let marked = try Segmenter().segment(
            Self.base.replacingOccurrences(of: "harbour", with: "har\u{FEFF}bour").replacingOccurrences(of: "museum", with: "\u{200F}mu\u{200C}seum\u{200E}"))
        let keys = { (document: Document) in document.tokens.compactMap { $0.term.map { document.terms[$0] } } }
        #expect(keys(plain) == keys(marked))
    }
}
