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
/// for a file that failed, `path` and `error`).
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

    /// The name of `file` in headers and messages.
    static func name(_ file: String) -> String { file == "-" ? "<stdin>" : file }

    /// The pipeline's input for `file`: standard input for "-", named "<stdin>" in messages.
    static func input(_ file: String) -> DocumentInput {
        DocumentInput(content: .file(file), path: name(file))
    }

    /// The header line before a file's text output when there are several files.
    static func header(_ file: String) -> String { "==> \(name(file)) <==" }

    /// Calls `body` with each file, in order, and prints what it returns: with `json`, the JSON
    /// of one file's result, or for several files one array of them with their paths (and the
    /// files that failed, with their errors); otherwise `text` prints it (and is told whether it
    /// is the first file printed). A setup error stops the run; any other error is reported and
    /// the next file goes on. Returns whether some file failed (the command then exits with
    /// status 1, once its output is complete).
    func run<Result>(
        json: ((Result) -> any Encodable)?, _ body: (String) throws -> Result, text: (String, Result, Bool) throws -> Void
    ) throws -> Bool {
        var failed = 0
        var elements: [FileJSON] = []
        var first = true
        for file in files {
            let outcome: Swift.Result<Result, FileFailure>
            do {
                outcome = .success(try body(file))
            } catch let error as SetupError {
                throw error
            } catch let failure as InputFile.Failure {
                outcome = .failure(FileFailure(path: failure.path, problem: failure.problem))
            } catch {
                outcome = .failure(FileFailure(path: Self.name(file), problem: "\(error)"))
            }
            if case .failure(let failure) = outcome {
                Output.error("\(failure.path): \(failure.problem)")
                failed += 1
            }
            if let json, isSeveral {
                elements.append(FileJSON(file, outcome.map(json)))
            } else if case .success(let result) = outcome {
                if let json {
                    try Output.json(json(result))
                } else {
                    try text(file, result, first)
                    first = false
                }
            }
        }
        if json != nil && isSeveral { try Output.json(elements) }
        return failed > 0
    }

    /// A file that failed: its name and what went wrong.
    struct FileFailure: Error {
        let path: String
        let problem: String
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

/// One element of the JSON array that `summarize` and `keywords` print for several files: the
/// single-file object with a `path`, or the `path` and the `error` of a file that failed.
struct FileJSON: Encodable {
    let path: String
    let body: (any Encodable)?
    let error: String?

    private enum Key: String, CodingKey { case path, error }

    init(_ file: String, _ outcome: Result<any Encodable, FileList.FileFailure>) {
        path = FileList.name(file)
        switch outcome {
        case .success(let body):
            self.body = body
            error = nil
        case .failure(let failure):
            body = nil
            error = failure.problem
        }
    }

    func encode(to encoder: any Encoder) throws {
        try body?.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
