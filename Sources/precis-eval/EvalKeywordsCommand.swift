import ArgumentParser
import Dispatch
import Foundation
import Precis
import PrecisCommandLine
import PrecisEvaluation

struct EvalKeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Precision, recall and F1 at 5 and 10 of Precis's keywords on keyphrase sets.",
        discussion: """
            Each set is a folder of <id>.txt (the text) and <id>.key (gold keyphrases, one a \
            line); a folder of such folders is every set in it. Phrases match when their words' \
            folded, stemmed keys are equal (Precis's segmenter; in Chinese and Japanese, the \
            phrase without spaces), the convention of shared/bench. Duplicates are removed before \
            the cut-off; P@k divides by k, R@k by the number of gold phrases; F1 per document, \
            averaged. --idf corpus first counts document frequencies over the set's own texts (what \
            a user with a corpus gets); bundled uses the statistics shipped with Precis.
            """
    )

    @Argument(help: "Set folders, or a folder of sets.")
    var directories: [String]

    @Option(name: .long, help: "Language of the texts: auto (identify each), prefix (the file name's 'xx_' prefix) or a code.")
    var lang: String = "auto"

    @Option(name: .long, help: "Document frequencies: bundled, corpus (the set's own texts) or none.")
    var statistics: String = "bundled"

    @Option(name: .long, help: "Output format: text (a Markdown table) or json.")
    var format: OutputFormat = .text

    @OptionGroup var keywordOptions: KeywordOptions

    @OptionGroup var tuning: KeywordTuning

    struct Row: Encodable {
        let set: String
        let documents: Int
        let precision5, recall5, f1At5, precision10, recall10, f1At10: Double
    }

    struct Outcome: Sendable {
        let language: String
        /// P, R, F1 at 5 and at 10.
        let scores: [Double]
    }

    func validate() throws {
        try LanguageArgument.validate(lang, keywords: EvalSets.languageKeywords)
        guard ["bundled", "corpus", "none"].contains(statistics) else {
            throw ValidationError("--statistics is bundled, corpus or none (got '\(statistics)')")
        }
    }

    func run() throws {
        var rows: [Row] = []
        for (name, folder, ids) in try EvalSets.find(directories, goldExtension: "key") {
            let outcomes = try evaluate(folder: folder, ids: ids)
            rows += EvalSets.rows(name, outcomes, language: \.language, row: Self.row)
        }
        if format == .json {
            try Output.json(rows)
            return
        }
        func g(_ value: Double) -> String { String(format: "%.1f", 100 * value) }
        Output.line("| set | docs | P@5 | R@5 | F1@5 | P@10 | R@10 | F1@10 |")
        Output.line("|---|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            Output.line(
                "| \(row.set) | \(row.documents) | \(g(row.precision5)) | \(g(row.recall5)) | \(g(row.f1At5)) | \(g(row.precision10)) | \(g(row.recall10)) | **\(g(row.f1At10))** |")
        }
    }

    static func row(_ name: String, _ outcomes: [Outcome]) -> Row {
        var sums = [Double](repeating: 0, count: 6)
        for outcome in outcomes { for i in 0..<6 { sums[i] += outcome.scores[i] } }
        let n = Double(max(outcomes.count, 1))
        let m = sums.map { $0 / n }
        return Row(set: name, documents: outcomes.count, precision5: m[0], recall5: m[1], f1At5: m[2], precision10: m[3], recall10: m[4], f1At10: m[5])
    }

    /// The language to segment document `id` in, or nil to identify it.
    func fixedLanguage(_ id: String) -> Language? {
        if lang == "prefix", let underscore = id.firstIndex(of: "_") { return Language(String(id[..<underscore])) }
        if lang != "auto" && lang != "prefix" { return Language(lang) }
        return nil
    }

    func evaluate(folder: String, ids: [String]) throws -> [Outcome] {
        // Pass 1 (--statistics corpus): document frequencies over the set itself, per language.
        var corpus = CorpusStatistics(maxWords: try keywordOptions.configuration().candidates.maxWords)
        var documents: [Document?] = Array(repeating: nil, count: ids.count)
        var segmenters: [Language: Segmenter] = [:]
        let auto = Segmenter()
        for (k, id) in ids.enumerated() {
            let text = try TextFile.read("\(folder)/\(id).txt").text
            let document: Document
            if let language = fixedLanguage(id) {
                document = try EvalSummariesCommand.segmenter(for: language, in: &segmenters).segment(text)
            } else {
                document = try auto.segment(text)
            }
            documents[k] = document
            if statistics == "corpus" { corpus.add(document) }
        }
        var outcomes: [Outcome] = []
        var extractors: [Language: KeywordExtractor] = [:]
        for (k, id) in ids.enumerated() {
            guard let document = documents[k] else { continue }
            let extractor: KeywordExtractor
            if let cached = extractors[document.language] {
                extractor = cached
            } else {
                var configuration = try keywordOptions.configuration(model: corpus.model(for: document.language))
                tuning.apply(to: &configuration)
                if statistics == "none" { configuration.statistics = .none }
                extractor = KeywordExtractor(configuration: configuration)
                extractors[document.language] = extractor
            }
            let predicted = try extractor.keywords(in: document, count: 10)
            let segmenter = EvalSummariesCommand.segmenter(for: document.language, in: &segmenters)
            let goldLines = try TextFile.read("\(folder)/\(id).key").text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var gold: [String] = []
            for line in goldLines {
                let key = try Self.matchKey(of: line, segmenter: segmenter)
                if !key.isEmpty && !gold.contains(key) { gold.append(key) }
            }
            var guesses: [String] = []
            for keyword in predicted {
                let key = Self.matchKey(ofCandidateKey: keyword.key, language: document.language)
                if !guesses.contains(key) { guesses.append(key) }
            }
            var scores: [Double] = []
            for cut in [5, 10] {
                let top = guesses.prefix(cut)
                let hits = top.filter { gold.contains($0) }.count
                let precision = Double(hits) / Double(cut)
                let recall = gold.isEmpty ? 0 : Double(hits) / Double(gold.count)
                let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
                scores += [precision, recall, f1]
            }
            outcomes.append(Outcome(language: document.language.code, scores: scores))
        }
        return outcomes
    }

    /// A gold phrase's matching key: its words' terms joined by a space (nothing in languages
    /// written without spaces).
    static func matchKey(of phrase: String, segmenter: Segmenter) throws -> String {
        let document = try segmenter.segment(phrase)
        let terms = document.tokens.compactMap { $0.kind.isWord ? $0.term.map { document.terms[$0] } : nil }
        return terms.joined(separator: document.language.writesWithoutSpaces ? "" : " ")
    }

    /// A candidate key in the same form (hyphen-joined words become separate words).
    static func matchKey(ofCandidateKey key: String, language: Language) -> String {
        language.writesWithoutSpaces ? key.replacingOccurrences(of: "-", with: "") : key.replacingOccurrences(of: "-", with: " ")
    }
}
