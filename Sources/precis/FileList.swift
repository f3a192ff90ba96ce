import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

/// The files `summarize` and `keywords` are given, and how those commands run over several.
///
/// Each file is done in turn, its output written before the next is read. A file that cannot be
/// read or processed is named on standard error (`precis: PATH: problem`) and the others go on;
/// the exit status is then 1. With one file the output is exactly the single-file output; with
/// several, each file's text output follows a header line, `==> PATH <==`, as `head` and `tail`
/// print them, and JSON output is one array of the single-file objects, each with its `path` (or,
/// for a file that failed, `path` and `error`: the library's ``FileResult``).
struct FileList {
    let files: [String]

    /// Whether a header (or a `path` field) tells the files' outputs apart.
    var isSeveral: Bool { files.count > 1 }

    /// Throws a usage error when standard input is named more than once.
    static func validate(_ files: [String]) throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("give '-' (standard input) at most once")
        }
    }

    /// The header line before a file's text output when there are several files.
    static func header(_ file: String) -> String { "==> \(TextFile.name(of: file)) <==" }

    /// Calls `body` with each file's input ("-" is standard input), in order, and prints what it
    /// returns: with `json`, the JSON of one file's result, or for several files one array of
    /// ``FileResult``s; otherwise `text` prints it (and is told whether it is the first file
    /// printed). A file that fails is reported and the next goes on. Returns whether some file
    /// failed (the command then exits with status 1, once its output is complete).
    func run<Result>(
        json: ((Result) -> any Encodable)?, _ body: (DocumentInput) throws(DocumentFailure) -> Result,
        text: (String, Result, Bool) throws -> Void
    ) throws -> Bool {
        var failed = false
        var results: [FileResult] = []
        var first = true
        for file in files {
            let outcome = Swift.Result { () throws(DocumentFailure) in try body(.file(file)) }
            if case .failure(let failure) = outcome {
                Output.error(failure.description)
                failed = true
            }
            if let json, isSeveral {
                results.append(FileResult(path: file, outcome: outcome.map(json)))
            } else if case .success(let result) = outcome {
                if let json {
                    try Output.json(json(result))
                } else {
                    try text(file, result, first)
                    first = false
                }
            }
        }
        if json != nil && isSeveral { try Output.json(results) }
        return failed
    }

    /// Writes the text lines of one file's output, after its header when there are several files.
    func write(_ lines: [String], for file: String, first: Bool) {
        if isSeveral {
            if !first { Output.line("") }
            Output.line(Self.header(file))
        }
        for line in lines { Output.line(line) }
    }
}
