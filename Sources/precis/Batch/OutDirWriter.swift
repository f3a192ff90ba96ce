import Foundation
import Precis
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes each document's results to its own file under `--out-dir`, at the document's path
/// below the folder it was found in. Files are written whole (a temporary file, then a rename),
/// and a path that would lead outside the folder is refused.
struct OutDirWriter: Sendable {
    let root: URL
    let format: SummaryFormat

    /// Makes the folder, and checks it can be written, before any work is done.
    init(path: String, format: SummaryFormat) throws(SetupError) {
        root = URL(fileURLWithPath: path).standardizedFileURL
        self.format = format
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let probe = root.appendingPathComponent(".precis-write-check-\(getpid())")
            try Data().write(to: probe)
            try FileManager.default.removeItem(at: probe)
        } catch {
            throw SetupError("\(path): cannot write results there (\(error.localizedDescription)); give a folder you can write to")
        }
    }

    /// Where the results for `entry` go, or `nil` if its name would lead outside the folder.
    func target(for entry: CorpusWalker.Entry) -> URL? {
        var relative = entry.relative
        switch format {
        case .text: break
        case .json: relative += ".json"
        case .markdown: relative += ".md"
        }
        let components = relative.split(separator: "/")
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let target = root.appendingPathComponent(relative).standardizedFileURL
        return target.path.hasPrefix(root.path + "/") ? target : nil
    }

    /// Whether results for `entry` were written by an earlier run.
    func hasResult(for entry: CorpusWalker.Entry) -> Bool {
        target(for: entry).map { FileManager.default.fileExists(atPath: $0.path) } ?? false
    }

    /// Writes `record` for `entry`.
    func write(_ record: DocumentReport, for entry: CorpusWalker.Entry) throws {
        guard let target = target(for: entry) else {
            throw InputFile.Failure(path: entry.path, problem: "its name would lead outside --out-dir")
        }
        var rendered = ""
        switch format {
        case .text, .markdown:
            let bullet = format == .markdown ? "- " : ""
            rendered = (record.summary ?? []).map { bullet + collapsingWhitespace(Substring($0.text)) + "\n" }.joined()
            if let keywords = record.keywords {
                if !rendered.isEmpty { rendered += "\n" }
                rendered += keywords.map { bullet + collapsingWhitespace(Substring($0.phrase)) + "\n" }.joined()
            }
        case .json:
            rendered = String(decoding: try ReportEncoder(pretty: true).encode(record), as: UTF8.self) + "\n"
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(rendered.utf8).write(to: target, options: .atomic)
    }
}
