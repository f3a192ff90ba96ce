import ArgumentParser
import Precis

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut a text into sentences (one a line) or words.",
        discussion: """
            JSON gives paragraphs, sentences and tokens with UTF-8 byte offsets into the text \
            (after NFC normalisation), token kinds, stopword flags and matching keys.
            """
    )

    @Argument(help: "A text file, or '-' for standard input.")
    var file: String = "-"

    @Flag(name: .long, help: "Print word tokens (one sentence a line, tokens separated by spaces).")
    var words = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var options: TextOptions

    func run() throws {
        let text = try options.load(file).text
        let segmenter = Segmenter(configuration: try options.segmenterConfiguration())
        let document = try segmenter.segment(text)
        switch format {
        case .text:
            for sentence in document.sentences {
                if words {
                    Output.line(document.words(of: sentence).map { String(document[$0]) }.joined(separator: " "))
                } else {
                    Output.line(collapsingWhitespace(document[sentence]))
                }
            }
        case .json:
            try Output.json(SegmentationJSON(document))
        }
    }
}

/// `text` on one line: every run of white space (line breaks included) and control characters
/// becomes one space, so that no control character (an escape sequence, say) reaches a terminal;
/// word joiners and soft hyphens (the padding of removed HTML) are left out.
func collapsingWhitespace(_ text: Substring) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var inSpace = false
    for character in text {
        if character == "\u{2060}" || character == "\u{AD}" { continue }
        if character.isWhitespace || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            inSpace = true
        } else {
            if inSpace { result.append(" ") }
            inSpace = false
            result.append(character)
        }
    }
    return result
}

/// The JSON form of a segmented document.
struct SegmentationJSON: Encodable {
    struct Span: Encodable {
        let start: Int
        let end: Int
        let text: String
    }
    struct TokenJSON: Encodable {
        let start: Int
        let end: Int
        let text: String
        let kind: String
        let key: String?
        let stopword: Bool
    }
    struct SentenceJSON: Encodable {
        let start: Int
        let end: Int
        let paragraph: Int
        let text: String
        let tokens: [TokenJSON]
    }

    let language: String
    let paragraphs: [Span]
    let sentences: [SentenceJSON]

    init(_ document: Document) {
        let offset = document.utf8Offset
        language = document.language.code
        paragraphs = document.paragraphs.map {
            Span(start: offset($0.range.lowerBound), end: offset($0.range.upperBound), text: String(document[$0]))
        }
        sentences = document.sentences.map { sentence in
            SentenceJSON(
                start: offset(sentence.range.lowerBound), end: offset(sentence.range.upperBound),
                paragraph: sentence.paragraph, text: String(document[sentence]),
                tokens: document.tokens(of: sentence).map { token in
                    TokenJSON(
                        start: offset(token.range.lowerBound), end: offset(token.range.upperBound),
                        text: String(document[token]), kind: token.kind.description,
                        key: token.term.map { document.terms[$0] }, stopword: token.isStopword)
                })
        }
    }
}
