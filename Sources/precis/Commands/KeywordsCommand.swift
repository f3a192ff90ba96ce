import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "The top keywords and keyphrases of a text, with scores.",
        discussion: """
            Candidates are words and phrases of up to three words between stopwords and \
            punctuation (in Chinese, Japanese and Thai, adjacent dictionary words joined), \
            scored by TF-IDF against background statistics shipped for the text's language, or \
            your own (--idf FILE, made with `precis idf build`). Names and keywords in other \
            scripts carry a Latin form; one name written in two scripts is one keyword. JSON gives \
            each keyword's score, key, surface forms, occurrence count, first UTF-8 offsets, \
            whether it is a name and its Latin form, and the input's encoding.

            With several files, each file's text and lines output follows a header line, \
            ==> FILE <==; TSV output gets a leading path column; JSON output is an array with \
            one object a file (its "path" added, or "path" and "error" for a file that failed). \
            A file that fails is named on standard error, the others go on, and the exit status \
            is 1.
            """
    )

    @Argument(help: "Text files, or '-' for standard input (the default).")
    var files: [String] = ["-"]

    @Option(
        name: [.short, .customLong("keywords"), .customLong("count")],
        help: "Number of keywords (as -k in `batch`; --count is the old name).")
    var k: Int = 10

    @OptionGroup var keywordOptions: KeywordOptions

    @Option(name: .long, help: "Output format: text (score and phrase), json, tsv or lines (phrases alone).")
    var format: KeywordFormat = .text

    @OptionGroup var text: TextOptions

    func validate() throws {
        if k < 1 { throw ValidationError("-k must be at least 1 (got \(k))") }
        try FileList.validate(files)
    }

    func run() throws {
        // Options first: a bad --idf or --stopwords file is found before any input is read.
        let pipeline = DocumentPipeline(
            options: try text.pipelineOptions(keywords: .init(count: k, configuration: try keywordOptions.configuration())))
        let list = FileList(files: files)
        let failed = try list.run(json: format == .json ? { $0.json } : nil, { input throws(DocumentFailure) -> (keywords: [Keyword], json: KeywordReport) in
            let analysis = try pipeline.analyze(input)
            let keywords = analysis.keywords ?? []
            return (keywords, KeywordReport(keywords, document: analysis.document, encoding: analysis.encoding ?? "UTF-8", requested: k))
        }, text: { file, result, first in
            let keywords = result.keywords
            switch format {
            case .text:
                list.write(keywords.map { keyword in
                    let latin = keyword.latin.map { " (\($0))" } ?? ""
                    return String(format: "%.4f", keyword.score) + "\t" + String(singleLine: keyword.phrase) + latin
                }, for: file, first: first)
            case .tsv:
                // Several files: a leading path column instead of headers, so the table stays one table.
                if first { Output.line((list.isSeveral ? "path\t" : "") + "phrase\tscore\tcount\tname\tlatin") }
                let path = list.isSeveral ? [TextFile.name(of: file)] : []
                for keyword in keywords {
                    Output.line(
                        (path + [String(singleLine: keyword.phrase), String(format: "%.6f", keyword.score), String(keyword.count),
                         keyword.isName ? "1" : "0", keyword.latin ?? ""]).joined(separator: "\t"))
                }
            case .lines:
                list.write(keywords.map { String(singleLine: $0.phrase) }, for: file, first: first)
            case .json: break  // printed by `run`
            }
        })
        if failed { throw ExitCode.failure }
    }
}

/// Output formats of `keywords`.
enum KeywordFormat: String, ExpressibleByArgument, CaseIterable {
    /// Score, a tab, the phrase (and its Latin form in brackets).
    case text
    /// Everything, as JSON.
    case json
    /// A header line, then phrase, score, count, name, Latin form.
    case tsv
    /// The phrases alone, one a line: for pipelines.
    case lines
}
