import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "The most central sentences of a text, in their original order.",
        discussion: """
            Give at most one length: -n (sentences, default 3), --ratio, --words or --chars. \
            Text output is one sentence a line; JSON adds each sentence's index, UTF-8 byte \
            offsets into the text (after NFC normalisation) and score, the language and the \
            input's encoding.

            With several files, each file's text output follows a header line, ==> FILE <==, \
            and JSON output is an array with one object a file (its "path" added, or "path" and \
            "error" for a file that failed). A file that fails is named on standard error, the \
            others go on, and the exit status is 1.
            """,
        aliases: ["summarise"]
    )

    @Argument(help: "Text files, or '-' for standard input (the default).")
    var files: [String] = ["-"]

    @OptionGroup var length: LengthOptions

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: SummaryFormat = .text

    @OptionGroup var text: TextOptions

    @OptionGroup var ranking: RankingOptions

    func validate() throws { try FileList.validate(files) }

    func run() throws {
        // Options first: a bad --stopwords file or length is found before any input is read.
        let pipeline = DocumentPipeline(
            options: try text.pipelineOptions(summary: .init(length: try length.length(), configuration: ranking.configuration())))
        let list = FileList(files: files)
        let failed = try list.run(json: format == .json ? { $0 } : nil, { input throws(DocumentFailure) -> SummaryReport in
            let analysis = try pipeline.analyze(input)
            return SummaryReport(analysis.summary!, document: analysis.document, encoding: analysis.encoding ?? "UTF-8")
        }, text: { file, summary, first in
            let bullet = format == .markdown ? "- " : ""
            list.write(summary.sentences.map { bullet + String(singleLine: $0.text) }, for: file, first: first)
        })
        if failed { throw ExitCode.failure }
    }
}
