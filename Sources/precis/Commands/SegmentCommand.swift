import ArgumentParser
import Precis
import PrecisCommandLine

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut a text into sentences (one a line) or words.",
        discussion: """
            JSON gives paragraphs, sentences and tokens with UTF-8 byte offsets into the text \
            (after NFC normalisation), token kinds, stopword flags and matching keys. With --tags, \
            every token also gets its part of speech (Universal Dependencies tags: NOUN, VERB, \
            ADJ…) and every word its lemma, from the tagger Precis ships for the language \
            (`precis languages` lists them).
            """
    )

    @Argument(help: "A text file, or '-' for standard input.")
    var file: String = "-"

    @Flag(name: .long, help: "Print word tokens (one sentence a line, tokens separated by spaces).")
    var words = false

    @Flag(name: .long, help: "Tag parts of speech and lemmas (text: word/TAG/lemma; implies --words).")
    var tags = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var options: TextOptions

    func run() throws {
        let pipeline = DocumentPipeline(options: try options.pipelineOptions())
        let document = try pipeline.analyze(.file(file)).document
        var annotation: PartOfSpeechTags?
        if tags {
            guard let model = TaggerModel.bundled(for: document.language) else {
                throw SetupError(
                    "no part-of-speech tagger for '\(document.language.code)'; taggers: "
                        + TaggerModel.bundledLanguages.map(\.code).joined(separator: ", "))
            }
            annotation = Tagger(model: model).annotate(document)
        }
        switch format {
        case .text:
            for sentence in document.sentences {
                if let annotation {
                    Output.line(
                        sentence.tokens.map { index in
                            let token = document.tokens[index]
                            let lemma = annotation.lemma(ofToken: index).map { "/" + $0 } ?? ""
                            return String(document[token]) + "/" + annotation.tags[index].name + lemma
                        }.joined(separator: " "))
                } else if words {
                    Output.line(document.words(of: sentence).map { String(document[$0]) }.joined(separator: " "))
                } else {
                    Output.line(String(singleLine: document[sentence]))
                }
            }
        case .json:
            try Output.json(SegmentationReport(document, tags: annotation))
        }
    }
}
