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
