import PrecisCore

/// A corpus processed in parallel and in order, resumably: what `precis batch` runs over the files
/// of a ``CorpusWalker`` or the records of a ``JSONLinesReader``. Each document gets one
/// ``DocumentPipeline/report(for:)`` (and, with a ``folder``, a result file); the outcomes come
/// back in input order, whatever the number of jobs, for the caller to write (to a ``ReportLog``)
/// and count.
///
/// ```swift
/// let log = try ReportLog(path: "out.jsonl", resume: true)
/// var batch = CorpusBatch(options: options, jobs: 8)
/// batch.done = log.done
/// try await batch.run(try CorpusWalker(roots: ["corpus"], filter: .init())) { outcome in
///     if let report = outcome.report { try log.write(report) }
/// }
/// ```
public struct CorpusBatch: Sendable {
    /// What became of one document.
    public struct Outcome: Sendable {
        /// The report to write, or `nil` when the document was done in an earlier run.
        public var report: DocumentReport?
        /// The document in messages: its path, "id ID", or "line N" for a record that could not
        /// be read.
        public var name: String
        /// The input's size in bytes (for a record, its line's).
        public var bytes: Int
    }

    /// How each document is processed.
    public var options: PipelineOptions
    /// The number of documents processed at once (each task has its own pipeline).
    public var jobs: Int
    /// The names (paths or ids) of documents done in an earlier run (``ReportLog/done``): they
    /// are skipped, with an outcome without a report.
    public var done: Set<String> = []
    /// A folder that gets each document's result file, if any (a result that cannot be written
    /// there makes the document's report an error).
    public var folder: ReportFolder?
    /// Whether documents whose result file is in ``folder`` already are skipped as done.
    public var resumesFolder = false

    /// A batch that processes documents with `options`, `jobs` at a time.
    public init(options: PipelineOptions, jobs: Int) {
        self.options = options
        self.jobs = max(1, jobs)
    }

    /// Processes the files `walker` finds, calling `deliver` with each outcome in walk order. An
    /// error thrown by `deliver` stops the run and is rethrown.
    public func run(_ walker: CorpusWalker, deliver: (Outcome) throws -> Void) async throws {
        var entries = walker.makeIterator()
        let batch = self
        try await OrderedWork.run(
            &entries, jobs: jobs, makeWorker: { DocumentPipeline(options: batch.options) },
            work: { pipeline, entry in batch.process(entry, pipeline: pipeline) }, deliver: deliver)
    }

    /// Processes the ``DocumentRecord``s read from `lines`, calling `deliver` with each outcome
    /// in line order; a line that is not a record gets a report with its id and the error.
    public func run(_ lines: inout JSONLinesReader, deliver: (Outcome) throws -> Void) async throws {
        let batch = self
        try await OrderedWork.run(
            &lines, jobs: jobs, makeWorker: { DocumentPipeline(options: batch.options) },
            work: { pipeline, line in batch.process(line, pipeline: pipeline) }, deliver: deliver)
    }

    /// Reads, processes and (with a folder) writes one file.
    func process(_ entry: CorpusWalker.Entry, pipeline: DocumentPipeline) -> Outcome {
        if done.contains(entry.path) || (resumesFolder && folder?.hasResult(for: entry) == true) {
            return Outcome(report: nil, name: entry.path, bytes: entry.size)
        }
        var report = pipeline.report(for: .file(entry.path))
        if report.error == nil, let folder {
            do {
                try folder.write(report, for: entry)
            } catch let failure as DocumentFailure {
                report = DocumentReport(path: entry.path, error: failure.problem)
            } catch {
                report = DocumentReport(path: entry.path, error: "\(error)")
            }
        }
        return Outcome(report: report, name: entry.path, bytes: entry.size)
    }

    /// Parses and processes one line of records.
    func process(_ line: JSONLinesReader.Line, pipeline: DocumentPipeline) -> Outcome {
        let bytes = line.bytes?.count ?? options.maxBytes
        switch DocumentRecord.parse(line, maxBytes: options.maxBytes) {
        case .failure(let failure):
            if done.contains(failure.id) { return Outcome(report: nil, name: failure.id, bytes: bytes) }
            let report = DocumentReport(id: failure.id, error: "line \(line.number) " + failure.problem)
            return Outcome(report: report, name: "line \(line.number)", bytes: bytes)
        case .success(let input):
            let id = input.id ?? ""
            if done.contains(id) { return Outcome(report: nil, name: id, bytes: bytes) }
            return Outcome(report: pipeline.report(for: input), name: "id \(id)", bytes: bytes)
        }
    }
}

extension CorpusStatistics {
    /// Counts the files `walker` finds, `jobs` at a time, each read and segmented as `options`
    /// say, with candidates of up to the keyword options' `maxWords` words: the first pass of
    /// `precis batch --idf corpus`. Files that cannot be read or segmented are left out.
    public static func count(_ walker: CorpusWalker, options: PipelineOptions, jobs: Int) async throws -> CorpusStatistics {
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
        return statistics
    }
}
