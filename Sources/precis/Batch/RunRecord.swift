import Foundation
import PrecisCommandLine

/// The options a batch ran with, kept next to its `--output` FILE as `FILE.options.json` (and in
/// its `--out-dir` DIR as `DIR/.precis-options.json`), so that `--resume` can refuse to add
/// records of another shape (or of other inputs) to the file, or results to the folder.
///
/// A sidecar file rather than a first header line: the output stays one document record a line,
/// so `jq`, Spark, pandas and `wc -l` read it as they read any JSON Lines, and `--resume` finds
/// the records where they always were.
struct RunRecord: Codable, Equatable {
    /// The Precis version that wrote the file (for the reader; not compared).
    var precis: String
    /// Every option that changes what the records hold or which documents they cover, by its
    /// long name, with the value the run took (defaults included).
    var options: [String: String]
    /// The folders and files given, as given (the record paths start with them); empty with
    /// `--stdin-jsonl`.
    var inputs: [String]

    /// Where the options of the run writing `output` are kept.
    static func path(for output: String) -> String { output + ".options.json" }

    /// Where the options of the run writing results under `outDir` are kept.
    static func path(forOutDir outDir: String) -> String {
        URL(fileURLWithPath: outDir).appendingPathComponent(".precis-options.json").path
    }

    /// The record at `path`, `nil` when there is none; a file that is not one is a setup error.
    static func read(_ path: String) throws(SetupError) -> RunRecord? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
            let record = try? JSONDecoder().decode(RunRecord.self, from: data)
        else {
            throw SetupError("\(path): is not the options record of a Precis batch; move it away, or give another --output")
        }
        return record
    }

    /// Writes the record to `path`, whole (a temporary file, then a rename).
    func write(to path: String) throws(SetupError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SetupError("\(path): cannot be written (\(error.localizedDescription)); check that its folder is writable")
        }
    }

    /// The options (and inputs) that differ between `self`, the run that wrote the file, and
    /// `other`, this run, as "--name: then → now" phrases; empty when they match.
    func differences(from other: RunRecord) -> [String] {
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
