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
        let maxBytes = text.maxBytes(default: PipelineOptions.defaultMaxBytes)
        var options = try pipelineOptions(maxBytes: maxBytes)
        let jobs = max(1, self.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let progress = BatchProgress(quiet: quiet)

        // Everything that can fail for the whole run fails here, before any document is read
        // and before any file is made, emptied or written.
        var skip = CorpusWalker.Filter()
        if !include.isEmpty { skip.include = include }
        skip.exclude = exclude
        skip.followSymlinks = followSymlinks
        if let output {
            skip.skipPaths.insert(CorpusWalker.normalized(output))
            skip.skipPaths.insert(CorpusWalker.normalized(RunRecord.path(for: output)))
        }
        if let outDir {
            skip.skipPaths.insert(CorpusWalker.normalized(outDir))
            skip.skipPaths.insert(CorpusWalker.normalized(RunRecord.path(forOutDir: outDir)))
        }
        let filter = skip
        var walker: CorpusWalker?
        if !stdinJSONL {
            do {
                walker = try CorpusWalker(roots: paths, filter: filter)
            } catch {
                throw SetupError(error.description)
            }
        }
        if listFiles, let walker {
            try Self.list(walker)
            return
        }
        if let outDir, let walker { try Self.checkOutDir(outDir, format: format, walker: walker) }
        let thisRun = try self.runRecord(maxBytes: maxBytes)
        let runRecords = [try checkOutput(thisRun), try checkOutDirResume(thisRun)].compactMap { $0 }
        let outDir = try self.outDir.map { try OutDirWriter(path: $0, format: format) }
        let records: RecordOutput? = outDir != nil && output == nil ? nil : try RecordOutput(path: output, resume: resume)
        for runRecord in runRecords { try runRecord.record.write(to: runRecord.path) }
        let interruption = Interruption(written: records?.doneCount ?? 0, clearsLine: progress.isLive) { [output, outDir = self.outDir] written in
            let count = written == 1 ? "1 record" : "\(written) records"
            if let output { return "\(count) written to \(output); to carry on, run the same command with --resume" }
            if let outDir {
                let documents = written == 1 ? "1 document" : "\(written) documents"
                return "\(documents) done, results under \(outDir); to carry on, run the same command with --resume"
            }
            return "\(count) written to standard output; to be able to resume a run, write it to a file with -o FILE"
        }

        let done = records?.done ?? []
        if stdinJSONL {
            var lines = JSONLinesInput(maxBytes: maxBytes)
            let pipelineOptions = options
            try await OrderedWork.run(
                &lines, jobs: jobs, makeWorker: { DocumentPipeline(options: pipelineOptions) },
                work: { pipeline, line in Self.process(line, pipeline: pipeline, maxBytes: maxBytes, skip: done) },
                deliver: { outcome in try interruption.delivering { try deliver(outcome, to: records, progress: progress) } })
        } else if let walker {
            if progress.isLive {
                progress.total = walker.reduce(into: (0, 0)) { total, entry in
                    total.0 += 1
                    total.1 += entry.size
                }
            }
            if keywordOptions.idf == "corpus" && k > 0 {
                let statistics = try await countCorpus(walker, options: options, jobs: jobs)
                options.keywords?.corpusStatistics = statistics
            }
            let pipelineOptions = options
            var entries = walker.makeIterator()
            try await OrderedWork.run(
                &entries, jobs: jobs, makeWorker: { DocumentPipeline(options: pipelineOptions) },
                work: { pipeline, entry in
                    Self.process(entry, pipeline: pipeline, outDir: outDir, resume: resume, skip: done)
                },
                deliver: { outcome in try interruption.delivering { try deliver(outcome, to: records, progress: progress) } })
        }
        interruption.end()
        progress.finish()
        if progress.failed > 0 { throw ExitCode(1) }
    }

    /// What became of one document.
    struct Outcome: Sendable {
        /// The record to write, or `nil` when the document was done in an earlier run.
        var record: DocumentReport?
        var name: String
        var bytes: Int
    }

    /// Writes the record of `outcome`, if it has one, and counts it; returns whether a record
    /// (or, with --out-dir alone, a document) was done.
    private func deliver(_ outcome: Outcome, to records: RecordOutput?, progress: BatchProgress) throws -> Bool {
        guard let record = outcome.record else {
            progress.skip(bytes: outcome.bytes)
            return false
        }
        try records?.write(record)
        progress.finished(name: outcome.name, bytes: outcome.bytes, error: record.error)
        return true
    }

    /// The pipeline's options, as the command line gives them.
    private func pipelineOptions(maxBytes: Int) throws -> PipelineOptions {
        var keywordOptions = self.keywordOptions
        if keywordOptions.idf == "corpus" { keywordOptions.idf = "none" }
        let keywords: KeywordExtractor.Configuration
        do {
            keywords = try keywordOptions.configuration()
        } catch let failure as InputFile.Failure {
            throw SetupError(failure.description)
        }
        return PipelineOptions(
            decoding: .init(encoding: text.encoding), maxBytes: maxBytes, keepHTML: text.keepHTML,
            segmentation: try text.segmenterConfiguration(),
            summary: noSummary ? nil : .init(length: try length.length(), configuration: ranking.configuration()),
            keywords: k > 0 ? .init(count: k, configuration: keywords) : nil)
    }

    /// `--list-files`: the files the batch would take, one JSON object a line.
    private static func list(_ walker: CorpusWalker) throws {
        struct Listed: Encodable {
            let path: String
            let bytes: Int
        }
        let encoder = ReportEncoder()
        for entry in walker {
            Output.line(String(decoding: try encoder.encode(Listed(path: entry.path, bytes: entry.size)), as: UTF8.self))
        }
    }

    /// The first pass of `--idf corpus`: document frequencies of the whole corpus, per language.
    private func countCorpus(_ walker: CorpusWalker, options: PipelineOptions, jobs: Int) async throws -> CorpusStatistics {
        let maxWords = options.keywords?.configuration.candidates.maxWords ?? CandidateExtractor.Configuration().maxWords
        var statistics = CorpusStatistics(maxWords: maxWords)
        var entries = walker.makeIterator()
        try await OrderedWork.run(
            &entries, jobs: jobs, makeWorker: { DocumentPipeline(options: options) },
            work: { pipeline, entry -> CorpusStatistics? in
                var counted = CorpusStatistics(maxWords: maxWords)
                return (try? pipeline.count(.file(entry.path), into: &counted)) == nil ? nil : counted
            },
            deliver: { counted in
                if let counted { try statistics.merge(counted) }
            })
        if !quiet {
            let counts = statistics.documentCounts
            let summary = counts.keys.sorted { $0.code < $1.code }.map { "\($0.code) \(counts[$0]!)" }
            FileHandle.standardError.write(Data("precis: corpus statistics counted (documents per language: \(summary.joined(separator: ", ")))\n".utf8))
        }
        return statistics
    }

    /// Reads, processes and (with --out-dir) writes one file.
    static func process(
        _ entry: CorpusWalker.Entry, pipeline: DocumentPipeline, outDir: OutDirWriter?, resume: Bool, skip: Set<String>
    ) -> Outcome {
        if skip.contains(entry.path) || (resume && outDir?.hasResult(for: entry) == true) {
            return Outcome(record: nil, name: entry.path, bytes: entry.size)
        }
        var record = pipeline.report(for: .file(entry.path))
        if record.error == nil, let outDir {
            do {
                try outDir.write(record, for: entry)
            } catch let failure as InputFile.Failure {
                record = DocumentReport(path: entry.path, error: failure.problem)
            } catch {
                record = DocumentReport(path: entry.path, error: "\(error)")
            }
        }
        return Outcome(record: record, name: entry.path, bytes: entry.size)
    }

    /// Parses and processes one line of `--stdin-jsonl` input.
    static func process(_ line: JSONLinesInput.Line, pipeline: DocumentPipeline, maxBytes: Int, skip: Set<String>) -> Outcome {
        let bytes = line.bytes?.count ?? maxBytes
        switch JSONLinesInput.parse(line, maxBytes: maxBytes) {
        case .failure(let failure):
            if skip.contains(failure.id) { return Outcome(record: nil, name: failure.id, bytes: bytes) }
            return Outcome(record: DocumentReport(id: failure.id, error: "line \(line.number) " + failure.problem), name: "line \(line.number)", bytes: bytes)
        case .success(let input):
            let id = input.id ?? ""
            if skip.contains(id) { return Outcome(record: nil, name: id, bytes: bytes) }
            return Outcome(record: pipeline.report(for: input), name: "id \(id)", bytes: bytes)
        }
    }
}
