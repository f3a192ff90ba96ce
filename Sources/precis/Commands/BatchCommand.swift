import ArgumentParser
import Dispatch
import Foundation
import Precis

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Summarise every .txt file under one or more folders, and extract its keywords, in parallel.",
        discussion: """
            Files are taken in sorted order and results come out in that order, whatever the \
            number of jobs. Without --out-dir, one JSON record a line goes to standard output: \
            path, language, character and sentence counts and the summary sentences (index, UTF-8 \
            offsets, score, text) and, with -k, the keywords (as `keywords --format json` gives \
            them), or an "error" field for a file that could not be read. With --out-dir, each \
            file's results are written to the same relative path under DIR: in text format the \
            summary a sentence a line, then (with -k) the keyword phrases one a line. A file that fails is reported on standard error and the \
            others go on; the exit status is then 1.
            """
    )

    @Argument(help: "Folders (searched recursively for .txt files) or files.")
    var paths: [String]

    @OptionGroup var length: LengthOptions

    @Option(name: [.short, .customLong("keywords")], help: "Keywords per file (default 0: none).")
    var k: Int = 0

    @Flag(name: .customLong("no-summary"), help: "Keywords only.")
    var noSummary = false

    @OptionGroup var keywordOptions: KeywordOptions

    @Option(name: .long, help: "Write one result file per input under this folder.")
    var outDir: String?

    @Option(name: .long, help: "Format of the files in --out-dir: text, json or markdown.")
    var format: SummaryFormat = .text

    @Option(name: .long, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var text: TextOptions

    @OptionGroup var ranking: RankingOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs))") }
        if k < 0 { throw ValidationError("-k must be at least 0 (got \(k))") }
        if noSummary && k == 0 { throw ValidationError("--no-summary needs -k: there would be nothing to do") }
    }

    struct Record: Encodable {
        let path: String
        var language: String?
        var characters: Int?
        var sentences: Int?
        var summary: [SummaryJSON.SentenceJSON]?
        var keywords: [KeywordsJSON.KeywordJSON]?
        var error: String?
    }

    func run() throws {
        let inputs = try TextFiles.find(paths)
        let segmenterConfiguration = try text.segmenterConfiguration()
        let summarizer: Summarizer? = noSummary ? nil : Summarizer(configuration: ranking.configuration())
        let keywordConfiguration = try keywordOptions.configuration()
        let keywordCount = k
        let length = try length.length()
        let jobs = max(1, self.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let outDir = self.outDir.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let format = self.format
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

        var failures = 0
        let window = max(jobs * 16, 64)
        for windowStart in stride(from: 0, to: inputs.count, by: window) {
            let slice = Array(inputs[windowStart..<min(inputs.count, windowStart + window)])
            let results = ResultSlots<Record>(count: slice.count)
            let workers = min(jobs, slice.count)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let segmenter = Segmenter(configuration: segmenterConfiguration)
                let extractor = keywordCount > 0 ? KeywordExtractor(configuration: keywordConfiguration) : nil
                for index in stride(from: worker, to: slice.count, by: workers) {
                    results[index] = Self.process(
                        slice[index], segmenter: segmenter, summarizer: summarizer, length: length,
                        keywords: extractor.map { ($0, keywordCount) }, format: format, outDir: outDir)
                }
            }
            for case let record? in results.values {
                if let error = record.error {
                    failures += 1
                    Output.error("\(record.path): \(error)")
                }
                if outDir == nil {
                    Output.line(String(decoding: try encoder.encode(record), as: UTF8.self))
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Summarises one file; with `outDir`, writes the summary there.
    static func process(
        _ input: TextFiles.Input, segmenter: Segmenter, summarizer: Summarizer?, length: Summarizer.Length,
        keywords: (extractor: KeywordExtractor, count: Int)?, format: SummaryFormat, outDir: URL?
    ) -> Record {
        var record = Record(path: input.path)
        do {
            let text = try InputFile.read(input.path)
            let document = try segmenter.segment(text)
            record.language = document.language.code
            record.characters = text.count
            record.sentences = document.sentences.count
            let summary = summarizer?.summarize(document, length: length)
            let summaryJSON = summary.map { SummaryJSON($0, document: document) }
            record.summary = summaryJSON?.sentences
            let found = try keywords.map { try $0.extractor.keywords(in: document, count: $0.count) }
            let keywordsJSON = found.map { KeywordsJSON($0, document: document) }
            record.keywords = keywordsJSON?.keywords
            if let outDir {
                var rendered = ""
                switch format {
                case .text, .markdown:
                    let bullet = format == .markdown ? "- " : ""
                    let lines = (summary?.sentences.map { collapsingWhitespace(Substring($0.text)) } ?? [])
                    rendered = lines.map { bullet + $0 + "\n" }.joined()
                    if let found {
                        if !rendered.isEmpty { rendered += "\n" }
                        rendered += found.map { bullet + collapsingWhitespace(Substring($0.phrase)) + "\n" }.joined()
                    }
                case .json:
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    rendered = String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
                }
                let target = outDir.appendingPathComponent(input.relative).standardizedFileURL
                guard target.path.hasPrefix(outDir.path + "/") else {
                    throw InputFile.Failure(path: input.path, problem: "would be written outside --out-dir")
                }
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(rendered.utf8).write(to: target, options: .atomic)
            }
        } catch let failure as InputFile.Failure {
            record.error = failure.problem
        } catch {
            record.error = "\(error)"
        }
        return record
    }

}
