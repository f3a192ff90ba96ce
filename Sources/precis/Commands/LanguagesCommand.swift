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

    struct Row: Encodable {
        let code: String
        let name: String
        let script: String?
        let segmentation: String
        let stopwords: Int
        let stemmer: Bool
        let transliteration: String?
        /// Documents behind the bundled keyword statistics (0: none).
        let idfDocuments: Int
        /// Whether Precis ships a part-of-speech tagger and lemmatiser for it.
        let tagger: Bool
    }

    func run() throws {
        let english = Locale(identifier: "en")
        let rows = LanguageSupport.all.map { support in
            Row(
                code: support.language.code,
                name: english.localizedString(forLanguageCode: support.language.code) ?? support.language.code,
                script: support.script,
                segmentation: support.dictionarySegmentation ? "dictionary" : "rules",
                stopwords: support.stopwords, stemmer: support.stemmer, transliteration: support.transliteration,
                idfDocuments: support.keywordStatisticsDocuments, tagger: support.tagger)
        }
        switch format {
        case .json:
            try Output.json(rows)
        case .text:
            Output.line("ICU \(ICU.version); \(rows.count) languages (any other language: ICU root rules, no stopwords).")
            Output.line(pad("code", 5) + pad("language", 22) + pad("script", 7) + pad("words", 11) + pad("stopwords", 10) + pad("stemmer", 8) + pad("keyword DF", 11) + pad("tagger", 7) + "to Latin")
            for row in rows {
                Output.line(
                    pad(row.code, 5) + pad(row.name, 22) + pad(row.script ?? "-", 7) + pad(row.segmentation, 11)
                        + pad(row.stopwords == 0 ? "-" : String(row.stopwords), 10) + pad(row.stemmer ? "yes" : "-", 8)
                        + pad(row.idfDocuments == 0 ? "-" : "\(row.idfDocuments) docs", 11) + pad(row.tagger ? "yes" : "-", 7)
                        + (row.transliteration ?? "(Latin)"))
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
