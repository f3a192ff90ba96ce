import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Summarise a whole corpus and extract its keywords, in parallel, resumably.",
        discussion: """
            Walks the folders given (depth first, names in byte order; symbolic links are skipped \
            unless --follow-symlinks) and takes the files matching --include (default *.txt) and \
            not --exclude; files named directly are always taken. Each document gives one JSON \
            record a line, in that order whatever --jobs is: path, encoding, language, character \
            and sentence counts, the summary sentences (index, UTF-8 offsets, score, text) and, \
            with -k, the keywords (as `keywords --format json` gives them); or an "error" field \
            instead of results for a document that could not be processed.

            Records go to standard output, or to --output FILE, written one whole record at a \
            time: a run that is stopped leaves no partial record behind, and --resume continues \
            it, skipping the documents already in FILE. A FILE that already holds records is \
            refused unless --resume or --force (overwrite) is given; the options of the run that \
            writes FILE are kept in FILE.options.json, and --resume refuses a run whose options \
            or inputs differ. Ctrl-C says how many records were written (exit status 130). With \
            --out-dir, each document's results are also written to the same relative path under \
            DIR (in --format); a DIR where a result would replace an input is refused.

            With --stdin-jsonl, documents come from standard input as JSON Lines, one object a \
            line with an "id" and the document as "text", as "base64" (bytes, decoded as files \
            are) or as a "path" (a file read as files named on the command line are), and records \
            (with "id" for "path") go out in the same order: a worker for pipelines and for Spark \
            (see spark/README.md). --list-files prints the files the walk takes, one \
            {"path": ..., "bytes": ...} a line, and processes nothing.

            --idf corpus counts document frequencies over the corpus itself first (one model \
            per language), then extracts keywords with them.

            Exit status: 0 when every document was processed, 1 when some failed (each is \
            reported on standard error and in its record), 2 for a usage or setup error (nothing \
            is processed then), 130 when interrupted.
            """
    )

    @Argument(help: "Folders (walked recursively) or files.")
    var paths: [String] = []

    @Flag(name: .customLong("stdin-jsonl"), help: "Read documents as JSON Lines ({\"id\": …, \"text\": …}) from standard input.")
    var stdinJSONL = false

    @Flag(name: .customLong("list-files"), help: "List the files the batch would take ({\"path\": …, \"bytes\": …} a line), and process none.")
    var listFiles = false

    @OptionGroup var length: LengthOptions

    @Option(name: [.short, .customLong("keywords")], help: "Number of keywords per document, as in `precis keywords` (default 0: none).")
    var k: Int = 0

    @Flag(name: .customLong("no-summary"), help: "Keywords only.")
    var noSummary = false

    @OptionGroup var keywordOptions: KeywordOptions

    @Option(name: [.short, .customLong("output")], help: "Write the records to FILE instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Continue an interrupted run: skip documents whose records are already in --output (or whose files are in --out-dir).")
    var resume = false

    @Flag(name: .long, help: "Overwrite --output FILE when it already holds records (without it, such a file is refused).")
    var force = false

    @Option(name: .long, help: "Also write one result file per document under DIR, mirroring the tree (never over an input).")
    var outDir: String?

    @Option(name: .long, help: "Format of the files in --out-dir: text, json or markdown.")
    var format: SummaryFormat = .text

    @Option(name: .long, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Take files matching this shell pattern (repeatable; default *.txt). Without '/', it matches the file name; with '/', the path below the folder.")
    var include: [String] = []

    @Option(name: .long, help: "Leave out files and folders matching this pattern (repeatable).")
    var exclude: [String] = []

    @Flag(name: .long, help: "Follow symbolic links inside the folders.")
    var followSymlinks = false

    @Flag(name: [.short, .long], help: "No progress line and no summary line; failures are still reported.")
    var quiet = false

    @OptionGroup var text: TextOptions

    @OptionGroup var ranking: RankingOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs))") }
        if k < 0 { throw ValidationError("-k must be at least 0 (got \(k))") }
        if noSummary && k == 0 { throw ValidationError("--no-summary needs -k: there would be nothing to do") }
        if listFiles && (stdinJSONL || paths.isEmpty) { throw ValidationError("--list-files lists the files under folders: give folders or files") }
        if stdinJSONL && !paths.isEmpty { throw ValidationError("give folders and files, or --stdin-jsonl, not both") }
        if !stdinJSONL && paths.isEmpty { throw ValidationError("give one or more folders or files, or --stdin-jsonl") }
        if stdinJSONL && outDir != nil { throw ValidationError("--out-dir mirrors a tree of files; with --stdin-jsonl use --output") }
        if stdinJSONL && keywordOptions.idf == "corpus" {
            throw ValidationError("--idf corpus reads the corpus twice, which a stream cannot do; count it with `precis idf build --stdin-jsonl -o FILE` and give --idf FILE")
        }
        if resume && force { throw ValidationError("give --resume (carry on) or --force (start over), not both") }
        if force && output == nil { throw ValidationError("--force overwrites --output FILE; without -o there is nothing to overwrite") }
        if resume && output == nil && outDir == nil { throw ValidationError("--resume needs --output FILE or --out-dir DIR: standard output cannot be read back") }
    }

    func run() async throws {
        var options = try pipelineOptions()
        let maxBytes = options.maxBytes
        let jobs = max(1, self.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let progress = BatchProgress(quiet: quiet)

        // Everything that can fail for the whole run fails here, before any document is read
        // and before any file is made, emptied or written.
        var filter = CorpusWalker.Filter(include: include.isEmpty ? CorpusWalker.Filter().include : include, exclude: exclude, followSymlinks: followSymlinks)
        filter.skipOutputs(output: output, outDir: outDir)
        var walker: CorpusWalker?
        if !stdinJSONL {
            do {
                walker = try CorpusWalker(roots: paths, filter: filter)
            } catch {
                throw SetupError(error.description)
            }
        }
        if listFiles, let walker {
            let encoder = ReportEncoder()
            for entry in walker { Output.line(String(decoding: try encoder.encode(entry), as: UTF8.self)) }
            return
        }
        let resultFormat = ReportFolder.Format(rawValue: format.rawValue)!
        if let outDir, let walker { try ReportFolder.checkInputsKept(byResultsIn: outDir, format: resultFormat, walker: walker) }
        let runRecords = try runRecord(maxBytes: maxBytes).checkOutputs(
            output: output, outDir: outDir, format: resultFormat, start: resume ? .resume : force ? .overwrite : .fresh)
        let folder = try outDir.map { try ReportFolder(path: $0, format: resultFormat) }
        var records: ReportLog?
        if let output {
            records = try ReportLog(path: output, resume: resume)
        } else if folder == nil {
            records = ReportLog(descriptor: STDOUT_FILENO, name: "standard output")
        }
        for runRecord in runRecords { try runRecord.record.write(to: runRecord.path) }
        let interruption = Interruption(written: records?.doneCount ?? 0, clearsLine: progress.isLive) { [output, outDir] written in
            let count = written == 1 ? "1 record" : "\(written) records"
            if let output { return "\(count) written to \(output); to carry on, run the same command with --resume" }
            if let outDir {
                let documents = written == 1 ? "1 document" : "\(written) documents"
                return "\(documents) done, results under \(outDir); to carry on, run the same command with --resume"
            }
            return "\(count) written to standard output; to be able to resume a run, write it to a file with -o FILE"
        }

        /// Writes the record of `outcome`, if it has one, and counts it.
        func deliver(_ outcome: CorpusBatch.Outcome) throws {
            try interruption.delivering {
                guard let record = outcome.report else {
                    progress.skip(bytes: outcome.bytes)
                    return false
                }
                try records?.write(record)
                progress.finished(name: outcome.name, bytes: outcome.bytes, error: record.error)
                return true
            }
        }

        if let walker {
            if progress.isLive { progress.tally.total = walker.total }
            if keywordOptions.idf == "corpus" && k > 0 {
                let statistics = try await countCorpus(walker, options: options, jobs: jobs)
                options.keywords?.corpusStatistics = statistics
            }
        }
        var batch = CorpusBatch(options: options, jobs: jobs)
        batch.done = records?.done ?? []
        batch.folder = folder
        batch.resumesFolder = resume
        if let walker {
            try await batch.run(walker, deliver: deliver)
        } else {
            var lines = JSONLinesReader(maxBytes: maxBytes)
            try await batch.run(&lines, deliver: deliver)
        }
        interruption.end()
        progress.finish()
        if progress.tally.failed > 0 { throw ExitCode(1) }
    }

    /// The pipeline's options, as the command line gives them.
    private func pipelineOptions() throws -> PipelineOptions {
        var keywordOptions = self.keywordOptions
        if keywordOptions.idf == "corpus" { keywordOptions.idf = "none" }
        let keywords = try keywordOptions.configuration()
        return try text.pipelineOptions(
            defaultMaxBytes: PipelineOptions.defaultMaxBytes,
            summary: noSummary ? nil : .init(length: try length.length(), configuration: ranking.configuration()),
            keywords: k > 0 ? .init(count: k, configuration: keywords) : nil)
    }

    /// The first pass of `--idf corpus`: document frequencies of the whole corpus, per language.
    private func countCorpus(_ walker: CorpusWalker, options: PipelineOptions, jobs: Int) async throws -> CorpusStatistics {
        let statistics = try await CorpusStatistics.count(walker, options: options, jobs: jobs)
        if !quiet {
            let counts = statistics.documentCounts
            let summary = counts.keys.sorted { $0.code < $1.code }.map { "\($0.code) \(counts[$0]!)" }
            Output.note("corpus statistics counted (documents per language: \(summary.joined(separator: ", ")))")
        }
        return statistics
    }
}
