public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder that gets one result file per document of a corpus, at the document's path below the
/// folder it was found in (``CorpusWalker/Entry/relative``): what `precis batch --out-dir` writes.
/// Files are written whole (a temporary file, then a rename), and a path that would lead outside
/// the folder is refused.
///
/// ```swift
/// let folder = try ReportFolder(path: "summaries", format: .markdown)
/// for entry in walker where !folder.hasResult(for: entry) {
///     try folder.write(pipeline.report(for: .file(entry.path)), for: entry)
/// }
/// ```
public struct ReportFolder: Sendable {
    /// What a result file holds.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// The summary sentences, then (after a blank line) the keyword phrases, one a line.
        case text
        /// The ``DocumentReport`` as pretty JSON; the file name gets `.json`.
        case json
        /// As ``text``, each line a Markdown list item; the file name gets `.md`.
        case markdown

        /// What the file name of a result adds to the input's: "", ".json" or ".md".
        public var fileSuffix: String {
            switch self {
            case .text: ""
            case .json: ".json"
            case .markdown: ".md"
            }
        }
    }

    /// The folder, as an absolute, standardised file URL.
    public let root: URL
    /// What each result file holds.
    public let format: Format

    /// Makes the folder at `path` if needed, and checks that files can be written in it, before
    /// any work is done.
    public init(path: String, format: Format) throws(BatchOutputFailure) {
        root = URL(fileURLWithPath: path).standardizedFileURL
        self.format = format
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let probe = root.appendingPathComponent(".precis-write-check-\(getpid())")
            try Data().write(to: probe)
            try FileManager.default.removeItem(at: probe)
        } catch {
            throw BatchOutputFailure("\(path): cannot write results there (\(error.localizedDescription)); give a folder you can write to")
        }
    }

    /// Where the result for `entry` goes, or `nil` if its name would lead outside the folder.
    public func target(for entry: CorpusWalker.Entry) -> URL? {
        let relative = entry.relative + format.fileSuffix
        let components = relative.split(separator: "/")
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        let target = root.appendingPathComponent(relative).standardizedFileURL
        return target.path.hasPrefix(root.path + "/") ? target : nil
    }

    /// Whether the result for `entry` was written already (by an earlier run).
    public func hasResult(for entry: CorpusWalker.Entry) -> Bool {
        target(for: entry).map { FileManager.default.fileExists(atPath: $0.path) } ?? false
    }

    /// Writes the result file of `report`, the report of `entry`.
    public func write(_ report: DocumentReport, for entry: CorpusWalker.Entry) throws {
        guard let target = target(for: entry) else {
            throw DocumentFailure(path: entry.path, problem: "its name would lead outside --out-dir")
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try Self.render(report, as: format).utf8).write(to: target, options: .atomic)
    }

    /// The content of the result file of `report` in `format`.
    public static func render(_ report: DocumentReport, as format: Format) throws -> String {
        guard format != .json else {
            return String(decoding: try ReportEncoder(pretty: true).encode(report), as: UTF8.self) + "\n"
        }
        let bullet = format == .markdown ? "- " : ""
        var rendered = (report.summary ?? []).map { bullet + String(singleLine: $0.text) + "\n" }.joined()
        if let keywords = report.keywords {
            if !rendered.isEmpty { rendered += "\n" }
            rendered += keywords.map { bullet + String(singleLine: $0.phrase) + "\n" }.joined()
        }
        return rendered
    }

    /// The inputs among `walker`'s files whose results would be written over them: the folder is
    /// the inputs' own (`precis batch c1 --out-dir c1`), or a result's name is an input's. Files
    /// are compared by device and inode, so every spelling of a path, and hard and symbolic links,
    /// count. Sorted; empty when the folder is safe. Nothing is made or written.
    public static func inputsOverwritten(byResultsIn path: String, format: Format, walker: CorpusWalker) -> [String] {
        struct Identity: Hashable {
            let device: UInt64
            let inode: UInt64
            init?(_ path: String) {
                var status = stat()
                guard stat(path, &status) == 0 else { return nil }
                device = UInt64(status.st_dev)
                inode = UInt64(status.st_ino)
            }
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        var inputs: Set<Identity> = []
        var targets: [Identity: String] = [:]
        for entry in walker {
            if let identity = Identity(entry.path) { inputs.insert(identity) }
            if let identity = Identity(root + "/" + entry.relative + format.fileSuffix) { targets[identity] = entry.path }
        }
        return targets.filter { inputs.contains($0.key) }.map(\.value).sorted()
    }

    /// Throws, before the folder is made or anything is written, when results in `format` written
    /// in `path` would replace inputs among `walker`'s files (``inputsOverwritten(byResultsIn:format:walker:)``):
    /// the failure names the first of them and says where results may go instead.
    public static func checkInputsKept(byResultsIn path: String, format: Format, walker: CorpusWalker) throws(BatchOutputFailure) {
        let overwritten = inputsOverwritten(byResultsIn: path, format: format, walker: walker)
        guard let first = overwritten.first else { return }
        let more = overwritten.count > 1 ? " and \(overwritten.count - 1) more" : ""
        throw BatchOutputFailure(
            "--out-dir \(path) would write results over the input files (\(first)\(more)); nothing was done. "
                + "Give a folder outside the inputs (e.g. --out-dir \(path.hasSuffix("/") ? String(path.dropLast()) : path)-summaries), "
                + "or --format json or markdown, whose file names differ from the inputs'")
    }
}

extension String {
    /// `text` on one line: every run of white space (line breaks included) and control characters
    /// becomes one space (a run at the end is dropped), so that no control character (an escape
    /// sequence, say) reaches a terminal; word joiners and soft hyphens (the padding of removed
    /// HTML) are left out.
    public init(singleLine text: some StringProtocol) {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for character in text {
            if character == "\u{2060}" || character == "\u{AD}" { continue }
            if character.isWhitespace || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                inSpace = true
            } else {
                if inSpace { result.append(" ") }
                inSpace = false
                result.append(character)
            }
        }
        self = result
    }
}
