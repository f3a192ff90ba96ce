import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

struct LanguagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "languages",
        abstract: "List the languages Precis supports and what it has for each.",
        discussion: """
            Every language gets ICU's sentence and word segmentation; this lists those with a \
            stopword list, a Snowball stemmer or dictionary word segmentation. "tagger" marks the \
            languages with a part-of-speech tagger and lemmatiser: their keywords are noun phrases \
            shown in their base form; the others' are runs of words between stopwords.
            """
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let languages = LanguageSupport.all
        switch format {
        case .json:
            try Output.json(languages)
        case .text:
            Output.line("ICU \(ICU.version); \(languages.count) languages (any other language: ICU root rules, no stopwords).")
            Output.line(pad("code", 5) + pad("language", 22) + pad("script", 7) + pad("words", 11) + pad("stopwords", 10) + pad("stemmer", 8) + pad("keyword DF", 11) + pad("tagger", 7) + "to Latin")
            for row in languages {
                Output.line(
                    pad(row.language.code, 5) + pad(row.englishName, 22) + pad(row.script ?? "-", 7)
                        + pad(row.dictionarySegmentation ? "dictionary" : "rules", 11)
                        + pad(row.stopwords == 0 ? "-" : String(row.stopwords), 10) + pad(row.stemmer ? "yes" : "-", 8)
                        + pad(row.keywordStatisticsDocuments == 0 ? "-" : "\(row.keywordStatisticsDocuments) docs", 11)
                        + pad(row.tagger ? "yes" : "-", 7) + (row.transliteration ?? "(Latin)"))
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
