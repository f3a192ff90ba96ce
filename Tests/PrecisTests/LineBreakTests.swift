import Testing

@testable import Precis

/// One definition of line breaks (`TextBreaks`): LF, CR, CRLF, NEL, LINE SEPARATOR and PARAGRAPH
/// SEPARATOR cut text the same way, wherever they are.
@Suite("line breaks")
struct LineBreakTests {
    static let breaks = ["\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// Paragraphs and sentences of `text`, as texts with the break written as "\n".
    private func cut(_ text: String, language: Language = "en") throws -> (paragraphs: Int, sentences: [String]) {
        let document = try Segmenter(language: language).segment(text)
        let sentences = document.sentences.map { sentence in
            var text = String(document[sentence])
            for lineBreak in Self.breaks { text = text.replacingOccurrences(of: lineBreak, with: "\n") }
            return text
        }
        return (document.paragraphs.count, sentences)
    }

    @Test("an abbreviation before a line break", arguments: breaks)
    func anAbbreviationBeforeALineBreak(lineBreak: String) throws {
        let expected = try cut("He met Mr.\nSmith today. It rained.")
        let found = try cut("He met Mr.\(lineBreak)Smith today. It rained.")
        #expect(found.paragraphs == expected.paragraphs)
        #expect(found.sentences == expected.sentences)
        #expect(expected.paragraphs == 2)
    }

    @Test("a line wrapped inside a sentence keeps the sentence whole and its offsets right", arguments: ["\r\n", "\r", "\u{85}", "\u{2028}"])
    func aWrappedLine(lineBreak: String) throws {
        let text = "Policies should cover all sources of greenhouse gases \(lineBreak)and comprise all sectors. Clearly, this covers forests. For most nations it is new."
        let found = try cut(text)
        #expect(found.sentences == [
            "Policies should cover all sources of greenhouse gases \nand comprise all sectors.", "Clearly, this covers forests.",
            "For most nations it is new.",
        ])
        #expect(found.paragraphs == 1)
    }

    @Test("a paragraph separator is never taken for a wrap")
    func aParagraphSeparatorIsNotAWrap() throws {
        let found = try cut("Policies should cover all sources of greenhouse gases\u{2029}and comprise all sectors.")
        #expect(found.paragraphs == 2)
    }

    @Test("white space is one set everywhere")
    func whiteSpace() {
        for unit: UInt16 in [0x20, 0x09, 0x0A, 0x0D, 0x85, 0xA0, 0x2028, 0x2029, 0x3000, 0x2009, 0x202F] {
            #expect(TextBreaks.isSpace(unit), "U+\(String(unit, radix: 16))")
        }
        for unit: UInt16 in [0x0A, 0x0D, 0x85, 0x2028, 0x2029] {
            #expect(TextBreaks.isLineBreak(unit) && !TextBreaks.isSpaceInLine(unit))
            // A joined line break keeps its UTF-8 length, so offsets stay right.
            let joined = TextBreaks.joiningSpace(for: unit)
            #expect(String(UnicodeScalar(joined)!).utf8.count == String(UnicodeScalar(unit)!).utf8.count)
            #expect(TextBreaks.isSpaceInLine(joined))
        }
        for unit: UInt16 in [0x41, 0x2E, 0x4E00, 0x00AD] { #expect(!TextBreaks.isSpace(unit)) }
    }
}
