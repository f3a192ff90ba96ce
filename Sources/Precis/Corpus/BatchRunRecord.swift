import Foundation

/// The options a batch ran with, kept next to its output (`precis batch` keeps it in
/// `FILE.options.json` beside `--output FILE`, and in `DIR/.precis-options.json` in `--out-dir`
/// DIR), so that a resumed run can refuse to add records of another shape, or of other inputs.
///
/// A sidecar file rather than a first header line: the output stays one document record a line,
/// so `jq`, Spark, pandas and `wc -l` read it as they read any JSON Lines, and a resumed run finds
/// the records where they always were.
///
/// ```swift
/// let now = BatchRunRecord(precis: "0.1.0", options: ["--keywords": "10"], inputs: ["corpus"])
/// if let then = try BatchRunRecord.read(BatchRunRecord.path(for: "out.jsonl")), then != now {
///     print(then.differences(from: now))   // ["--keywords 5 then, 10 now"]
/// }
/// ```
public struct BatchRunRecord: Codable, Sendable, Equatable {
    /// The Precis version that wrote the file (for the reader; not compared).
    public var precis: String
    /// Every option that changes what the records hold or which documents they cover, by its
    /// long name, with the value the run took (defaults included).
    public var options: [String: String]
    /// The folders and files given, as given (the record paths start with them); empty when the
    /// documents came from a stream.
    public var inputs: [String]

    /// A record of a run of Precis version `precis` with `options` over `inputs`.
    public init(precis: String, options: [String: String], inputs: [String]) {
        self.precis = precis
        self.options = options
        self.inputs = inputs
    }

    /// Where the options of the run writing `output` are kept: `output` + `.options.json`.
    public static func path(for output: String) -> String { output + ".options.json" }

    /// Where the options of the run writing results under `outDir` are kept.
    public static func path(forOutDir outDir: String) -> String {
        URL(fileURLWithPath: outDir).appendingPathComponent(".precis-options.json").path
    }

    /// The record at `path`, `nil` when there is none; a file that is not one is a failure.
    public static func read(_ path: String) throws(BatchOutputFailure) -> BatchRunRecord? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
            let record = try? JSONDecoder().decode(BatchRunRecord.self, from: data)
        else {
            throw BatchOutputFailure("\(path): is not the options record of a Precis batch; move it away, or give another --output")
        }
        return record
    }

    /// Writes the record to `path`, whole (a temporary file, then a rename), as pretty JSON with
    /// sorted keys.
    public func write(to path: String) throws(BatchOutputFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw BatchOutputFailure("\(path): cannot be written (\(error.localizedDescription)); check that its folder is writable")
        }
    }

    /// The options (and inputs) that differ between `self`, the run that wrote the file, and
    /// `other`, this run, as "--name then-value then, now-value now" phrases in name order; empty
    /// when they match. The ``precis`` version is not compared.
    public func differences(from other: BatchRunRecord) -> [String] {
        var found: [String] = []
        for name in Set(options.keys).union(other.options.keys).sorted() where options[name] != other.options[name] {
            found.append("\(name) \(options[name] ?? "(not recorded)") then, \(other.options[name] ?? "(not recorded)") now")
        }
        if inputs != other.inputs {
            found.append("inputs \(inputs.joined(separator: " ")) then, \(other.inputs.joined(separator: " ")) now")
        }
        return found
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BatchRunRecord {
    /// What a run does with an output file that already holds records.
    public enum Start: Sendable, Hashable {
        /// Refuses it: records are never emptied unasked.
        case fresh
        /// Empties it (`precis batch --force`).
        case overwrite
        /// Carries on after its records, if it was written with the same options (`--resume`).
        case resume
    }

    /// Checks, before `output` is opened, that this run may write its records there: a file that
    /// already holds records is emptied only with ``Start/overwrite``, and continued only with
    /// ``Start/resume`` by a run whose record matches the one beside it. Returns where to write
    /// this record before the first report, or `nil` when there is nothing to write (`output` is
    /// not a regular file, such as /dev/null or a pipe; or its record is there already).
    public func checkOutput(_ output: String, start: Start) throws(BatchOutputFailure) -> String? {
        let recordPath = Self.path(for: output)
        var status = stat()
        let exists = stat(output, &status) == 0
        // /dev/null, a pipe, a terminal: nothing to protect, and nothing to resume from.
        if exists && (status.st_mode & S_IFMT) != S_IFREG { return nil }
        let holdsRecords = exists && status.st_size > 0
        if start == .resume {
            guard holdsRecords else { return recordPath }
            guard let earlier = try Self.read(recordPath) else {
                throw BatchOutputFailure(
                    "\(output): --resume cannot tell which options wrote its records (\(recordPath) is missing); "
                        + "to start over, run without --resume and with --force, which overwrites \(output)")
            }
            let differences = earlier.differences(from: self)
            guard differences.isEmpty else {
                throw BatchOutputFailure(
                    "\(output): --resume refused: its records were written with other options (\(differences.joined(separator: "; "))); "
                        + "resume with the options of that run, or start over with --force (without --resume), which overwrites \(output)")
            }
            return nil
        }
        if holdsRecords && start != .overwrite {
            throw BatchOutputFailure(
                "\(output) already exists and holds \(ByteCount(Int(status.st_size))) of records; "
                    + "give --resume to carry on that run, or --force to overwrite it (or another -o FILE)")
        }
        // A file of the user's own with the record's name is not taken over silently.
        _ = try Self.read(recordPath)
        return recordPath
    }

    /// Checks the outputs of a run before anything is opened or written: its records at `output`
    /// (``checkOutput(_:start:)``) and its result files in `format` under `outDir`
    /// (``checkFolder(_:resume:)``, whose record also holds the format, as "--format"). Returns the
    /// records to write before the first report, with their paths.
    public func checkOutputs(
        output: String?, outDir: String?, format: ReportFolder.Format, start: Start
    ) throws(BatchOutputFailure) -> [(path: String, record: BatchRunRecord)] {
        var records: [(path: String, record: BatchRunRecord)] = []
        if let output, let path = try checkOutput(output, start: start) { records.append((path, self)) }
        if let outDir {
            var record = self
            record.options["--format"] = format.rawValue
            if let path = try record.checkFolder(outDir, resume: start == .resume) { records.append((path, record)) }
        }
        return records
    }

    /// Checks, before anything is written in `folder`, that this run may write its result files
    /// there: resuming, the results already there must have been written with the same options
    /// (the record in the folder), or the folder must be empty. Returns where to write this
    /// record, or `nil` when it is there already.
    public func checkFolder(_ folder: String, resume: Bool) throws(BatchOutputFailure) -> String? {
        let recordPath = Self.path(forOutDir: folder)
        let earlier = try Self.read(recordPath)
        guard resume else { return recordPath }
        guard let earlier else {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw BatchOutputFailure(
                    "--out-dir \(folder): --resume cannot tell which options wrote the results there (\(recordPath) is missing); "
                        + "to start over, run without --resume")
            }
            return recordPath
        }
        let differences = earlier.differences(from: self)
        guard differences.isEmpty else {
            throw BatchOutputFailure(
                "--out-dir \(folder): --resume refused: its results were written with other options (\(differences.joined(separator: "; "))); "
                    + "resume with the options of that run, or start over without --resume")
        }
        return nil
    }
}
