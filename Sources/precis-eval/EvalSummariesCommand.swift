import ArgumentParser
import Dispatch
import Foundation
import Precis
import PrecisCommandLine
import PrecisEvaluation

struct EvalSummariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summaries",
        abstract: "ROUGE-1, ROUGE-2 and ROUGE-L F1 of Precis and Lead-N on summarisation sets.",
        discussion: """
            Each set is a folder of <id>.txt (the text) and <id>.ref (the reference summary, a \
            sentence a line); a folder of such folders is every set in it. Each text is \
            summarised to as many sentences as its reference has. Both sides are tokenised by \
            Precis's segmenter (ICU words, so Chinese, Japanese and Thai are scored on words), \
            case-folded and stemmed where Snowball has a stemmer. On the English sets the \
            figures agree with the rouge-score package (Porter stemmer) within 0.2 points \
            (bench/rouge_agreement.py). Sets whose texts are in several languages get a row per \
            language too.
            """
    )

    @Argument(help: "Set folders, or a folder of sets.")
    var directories: [String]

    @Option(name: .long, help: "Language of the texts: auto (identify each), prefix (the file name's 'xx_' prefix) or a code.")
    var lang: String = "auto"

    @Option(name: .long, help: "Output format: text (a Markdown table) or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write each summary to DIR/<set>/<id>.txt.")
    var saveDir: String?

    @OptionGroup var ranking: RankingOptions

    @OptionGroup var tuning: RankingTuning

    func validate() throws {
        try LanguageArgument.validate(lang, keywords: EvalSets.languageKeywords)
    }

    struct Triple: Encodable {
        var rouge1 = 0.0, rouge2 = 0.0, rougeL = 0.0
        mutating func add(_ scores: Rouge.Scores) {
            rouge1 += scores.rouge1.f1
            rouge2 += scores.rouge2.f1
            rougeL += scores.rougeL.f1
        }
        func mean(_ count: Int) -> Triple {
            let n = Double(max(count, 1))
            return Triple(rouge1: 100 * rouge1 / n, rouge2: 100 * rouge2 / n, rougeL: 100 * rougeL / n)
        }
    }
    struct Row: Encodable {
        let set: String
        let documents: Int
        let precis: Triple
        let lead: Triple
    }

    /// One scored document.
    struct Outcome: Sendable {
        let language: String
        let precis: Rouge.Scores
        let lead: Rouge.Scores
        let summary: [String]
    }

    func run() throws {
        let sets = try EvalSets.find(directories, goldExtension: "ref")
        var rows: [Row] = []
        for (name, folder, ids) in sets {
            let outcomes = try evaluate(folder: folder, ids: ids)
            if let saveDir {
                try FileManager.default.createDirectory(atPath: "\(saveDir)/\(name)", withIntermediateDirectories: true)
                for (id, outcome) in zip(ids, outcomes) {
                    try (outcome.summary.joined(separator: "\n") + "\n").write(toFile: "\(saveDir)/\(name)/\(id).txt", atomically: true, encoding: .utf8)
                }
            }
            rows += EvalSets.rows(name, outcomes, language: \.language, row: Self.row)
        }
        if format == .json {
            try Output.json(rows)
            return
        }
        func g(_ value: Double) -> String { String(format: "%.1f", value) }
        Output.line("| set | docs | Precis R1 | R2 | RL | Lead R1 | R2 | RL |")
        Output.line("|---|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            let p = row.precis, l = row.lead
            Output.line("| \(row.set) | \(row.documents) | \(g(p.rouge1)) | \(g(p.rouge2)) | \(g(p.rougeL)) | \(g(l.rouge1)) | \(g(l.rouge2)) | \(g(l.rougeL)) |")
        }
    }

    static func row(_ name: String, _ outcomes: [Outcome]) -> Row {
        var precis = Triple(), lead = Triple()
        for outcome in outcomes {
            precis.add(outcome.precis)
            lead.add(outcome.lead)
        }
        return Row(set: name, documents: outcomes.count, precis: precis.mean(outcomes.count), lead: lead.mean(outcomes.count))
    }

    /// Scores every document of a set, on as many threads as there are cores.
    func evaluate(folder: String, ids: [String]) throws -> [Outcome] {
        let results = ResultSlots<Result<Outcome, any Error>>(count: ids.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count))
        var tuned = ranking.configuration()
        tuning.apply(to: &tuned, title: ranking.title)
        let configuration = tuned
        let lang = self.lang
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var segmenters: [Language: Segmenter] = [:]
            let auto = Segmenter()
            for k in stride(from: worker, to: ids.count, by: workers) {
                results[k] = Result {
                    try Self.score(
                        folder: folder, id: ids[k], lang: lang, configuration: configuration, auto: auto,
                        segmenters: &segmenters)
                }
            }
        }
        return try results.values.map { try $0!.get() }
    }

    static func score(
        folder: String, id: String, lang: String, configuration: Summarizer.Configuration, auto: Segmenter,
        segmenters: inout [Language: Segmenter]
    ) throws -> Outcome {
        let text = try TextFile.read("\(folder)/\(id).txt").text
        let reference = try TextFile.read("\(folder)/\(id).ref").text
        let lines = reference.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        var language: Language?
        if lang == "prefix", let underscore = id.firstIndex(of: "_") {
            language = Language(String(id[..<underscore]))
        } else if lang != "auto" && lang != "prefix" {
            language = Language(lang)
        }
        do {
            let document: Document
            if let language {
                document = try segmenter(for: language, in: &segmenters).segment(text)
            } else {
                document = try auto.segment(text)
            }
            let count = max(1, lines.count)
            let rouge = RougeTokenizer(segmenter: segmenter(for: document.language, in: &segmenters))
            let referenceTokens = try rouge.tokens(of: lines.joined(separator: "\n"))
            let precis = Summarizer(configuration: configuration).summarize(document, length: .sentences(count))
            let lead = Summarizer(configuration: .lead).summarize(document, length: .sentences(count))
            return Outcome(
                language: document.language.code,
                precis: Rouge.score(candidate: try rouge.tokens(of: precis), reference: referenceTokens),
                lead: Rouge.score(candidate: try rouge.tokens(of: lead), reference: referenceTokens),
                summary: precis.sentences.map { String(singleLine: $0.text) })
        } catch {
            throw DocumentFailure(path: "\(folder)/\(id).txt", problem: "ICU failed: \(error)")
        }
    }

    /// A segmenter for a fixed language, made once per worker.
    static func segmenter(for language: Language, in cache: inout [Language: Segmenter]) -> Segmenter {
        if let segmenter = cache[language] { return segmenter }
        let segmenter = Segmenter(configuration: .init(language: .fixed(language)))
        cache[language] = segmenter
        return segmenter
    }
}

/// Turns summaries and references into ROUGE tokens: ICU words (stopwords included), case-folded,
/// Snowball-stemmed.
struct RougeTokenizer {
    let segmenter: Segmenter

    func tokens(of text: String) throws -> [String] {
        tokens(of: try segmenter.segment(text))
    }

    func tokens(of summary: Summary) throws -> [String] {
        try tokens(of: summary.sentences.map(\.text).joined(separator: "\n"))
    }

    func tokens(of document: Document) -> [String] {
        document.tokens.compactMap { token in token.kind.isWord ? token.term.map { document.terms[$0] } : nil }
    }
}

/// Per-index result slots that concurrent workers fill, each index once.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }
    var values: [Value?] { lock.withLock { storage } }
}
