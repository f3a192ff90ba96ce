import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a corpus, found one at a time in a fixed order: the paths given, in the order
/// given; below each folder, depth first with names in byte order. Nothing is listed ahead of use
/// beyond the folder being read, so a tree of millions of files costs no more memory than its
/// widest folder. It is the walk `precis batch DIR` makes (and `--list-files` prints).
///
/// ```swift
/// let walker = try CorpusWalker(roots: ["corpus"], filter: .init(include: ["*.txt", "*.md"]))
/// var inputs = walker.lazy.map { DocumentInput.file($0.path) }.makeIterator()
/// ```
public struct CorpusWalker: Sequence, Sendable {
    /// One file to process.
    public struct Entry: Sendable, Hashable {
        /// The path as it will appear in records: the folder given, then the path below it.
        public let path: String
        /// The path below the folder given (the file name for a file given directly): where
        /// `--out-dir` puts its result.
        public let relative: String
        /// The size in bytes when the file was found.
        public let size: Int
        /// What is there: a regular file, or something that is reported instead of read.
        public var kind: Kind = .regularFile

        /// An entry for the file at `path` (`relative` below its root), of `size` bytes.
        public init(path: String, relative: String, size: Int, kind: Kind = .regularFile) {
            self.path = path
            self.relative = relative
            self.size = size
            self.kind = kind
        }
    }

    /// What a path found is.
    public enum Kind: Sendable, Hashable {
        /// A regular file (or a link to one).
        case regularFile
        /// A pipe, socket or device: reading it could block or never end.
        case notRegularFile
        /// A symbolic link (followed on request) whose target does not exist.
        case brokenLink
    }

    /// Which files are taken, and how links are treated.
    public struct Filter: Sendable {
        /// Shell patterns a file must match one of (`*.txt` by default). A pattern without `/`
        /// is matched against the file name, one with `/` against the path below the folder.
        public var include: [String] = ["*.txt"]
        /// Shell patterns of files and folders to leave out, matched the same way.
        public var exclude: [String] = []
        /// Whether symbolic links found in folders are followed (they are skipped otherwise).
        public var followSymlinks = false
        /// Paths never entered or taken (the output of the run itself).
        public var skipPaths: Set<String> = []

        /// Leaves a run's own outputs out of the walk: the records file `output` and the results
        /// folder `outDir`, and the options records beside them (``BatchRunRecord/path(for:)``).
        public mutating func skipOutputs(output: String?, outDir: String?) {
            if let output { skipPaths.formUnion([output, BatchRunRecord.path(for: output)].map(CorpusWalker.normalized)) }
            if let outDir { skipPaths.formUnion([outDir, BatchRunRecord.path(forOutDir: outDir)].map(CorpusWalker.normalized)) }
        }

        /// `*.txt` files, links skipped, or the filter given.
        public init(include: [String] = ["*.txt"], exclude: [String] = [], followSymlinks: Bool = false, skipPaths: Set<String> = []) {
            self.include = include
            self.exclude = exclude
            self.followSymlinks = followSymlinks
            self.skipPaths = skipPaths
        }
    }

    /// A path given that is neither a file nor a folder that can be read.
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let problem: String
        public var description: String { "\(path): \(problem)" }
    }

    public let roots: [String]
    public let filter: Filter

    /// Checks that every root exists, so that a typing mistake fails before any work is done.
    public init(roots: [String], filter: Filter) throws(Failure) {
        for root in roots {
            var status = stat()
            guard stat(root, &status) == 0 else {
                throw Failure(path: root, problem: "no such file or folder")
            }
        }
        self.roots = roots
        self.filter = filter
    }

    public func makeIterator() -> Iterator { Iterator(walker: self) }

    /// The number of files the walk takes and their bytes, found by walking once (for a progress
    /// line's total).
    public var total: (documents: Int, bytes: Int) {
        reduce(into: (documents: 0, bytes: 0)) { total, entry in
            total.documents += 1
            total.bytes += entry.size
        }
    }

    /// Walks the roots depth first, one folder listing at a time.
    public struct Iterator: IteratorProtocol {
        /// A folder being read: its path, its path below the root, its remaining entry names
        /// (sorted, consumed from the end) and its identity, for finding link loops.
        private struct Frame {
            let path: String
            let relative: String
            var names: [String]
            let identity: FileIdentity
        }

        private struct FileIdentity: Hashable {
            let device: UInt64
            let inode: UInt64
        }

        private let walker: CorpusWalker
        private var rootIndex = 0
        private var stack: [Frame] = []
        private var rootPrefix = ""

        fileprivate init(walker: CorpusWalker) { self.walker = walker }

        public mutating func next() -> Entry? {
            while true {
                if stack.isEmpty {
                    guard rootIndex < walker.roots.count else { return nil }
                    let root = walker.roots[rootIndex]
                    rootIndex += 1
                    var status = stat()
                    guard stat(root, &status) == 0 else { continue }
                    if isDirectory(status) {
                        rootPrefix = root.hasSuffix("/") ? String(root.dropLast()) : root
                        stack.append(Frame(path: rootPrefix, relative: "", names: listing(rootPrefix), identity: identity(status)))
                        continue
                    }
                    // A file named directly is taken whatever its name.
                    if walker.filter.skipPaths.contains(normalized(root)) { continue }
                    return Entry(
                        path: root, relative: (root as NSString).lastPathComponent, size: Int(status.st_size),
                        kind: isRegularFile(status) ? .regularFile : .notRegularFile)
                }
                guard let name = stack[stack.count - 1].names.popLast() else {
                    stack.removeLast()
                    continue
                }
                let frame = stack[stack.count - 1]
                let path = frame.path + "/" + name
                let relative = frame.relative.isEmpty ? name : frame.relative + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if isSymbolicLink(status) {
                    guard walker.filter.followSymlinks else { continue }
                    guard stat(path, &status) == 0 else {
                        if included(name: name, relative: relative) {
                            return Entry(path: path, relative: relative, size: 0, kind: .brokenLink)
                        }
                        continue
                    }
                }
                if excluded(name: name, relative: relative)
                    || (!walker.filter.skipPaths.isEmpty && walker.filter.skipPaths.contains(normalized(path)))
                {
                    continue
                }
                if isDirectory(status) {
                    let id = identity(status)
                    // A link back to a folder already being read would loop forever.
                    if stack.contains(where: { $0.identity == id }) { continue }
                    stack.append(Frame(path: path, relative: relative, names: listing(path), identity: id))
                } else if included(name: name, relative: relative) {
                    let kind: Kind = isRegularFile(status) ? .regularFile : .notRegularFile
                    return Entry(path: path, relative: relative, size: kind == .regularFile ? Int(status.st_size) : 0, kind: kind)
                }
            }
        }

        /// The names in a folder, sorted so the last is taken first; an unreadable folder is empty.
        private func listing(_ path: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.reversed()
        }

        private func included(name: String, relative: String) -> Bool {
            walker.filter.include.contains { matches($0, name: name, relative: relative) }
        }

        private func excluded(name: String, relative: String) -> Bool {
            walker.filter.exclude.contains { matches($0, name: name, relative: relative) }
        }

        private func matches(_ pattern: String, name: String, relative: String) -> Bool {
            pattern.contains("/")
                ? fnmatch(pattern, relative, FNM_PATHNAME) == 0
                : fnmatch(pattern, name, 0) == 0
        }

        private func identity(_ status: stat) -> FileIdentity {
            FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        }
    }

    /// The files `paths` name, in order, as `precis idf build` takes them: a file (or "-",
    /// standard input) as it is, and the `.txt` files below a folder, walked as a walker with the
    /// default ``Filter`` walks it. Throws, before anything is read, for a path that does not exist.
    public static func textFiles(in paths: [String]) throws(Failure) -> [String] {
        var files: [String] = []
        for path in paths {
            files += path == "-" ? [path] : try CorpusWalker(roots: [path], filter: .init()).map(\.path)
        }
        return files
    }

    /// The path in the form `skipPaths` holds: absolute, without `.` or `..` components.
    public static func normalized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

private func normalized(_ path: String) -> String { CorpusWalker.normalized(path) }
private func isDirectory(_ status: stat) -> Bool { (status.st_mode & S_IFMT) == S_IFDIR }
private func isRegularFile(_ status: stat) -> Bool { (status.st_mode & S_IFMT) == S_IFREG }
private func isSymbolicLink(_ status: stat) -> Bool { (status.st_mode & S_IFMT) == S_IFLNK }

extension CorpusWalker.Entry: Encodable {
    private enum Key: String, CodingKey { case path, bytes }

    /// `{"bytes": SIZE, "path": PATH}`: a line of `precis batch --list-files` (with
    /// ``ReportEncoder``), for a driver that shares a corpus out among workers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(path, forKey: .path)
        try container.encode(size, forKey: .bytes)
    }
}
