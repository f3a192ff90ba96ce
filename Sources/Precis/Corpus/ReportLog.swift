import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem with where a batch writes its results (a file or folder that cannot be written, read
/// back or cut, or that holds something else), found before any document is processed. The
/// ``description`` is one line that names the path and says what to do.
public struct BatchOutputFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, with the path, and what to do.
    public let description: String

    /// A failure described by `description`.
    public init(_ description: String) { self.description = description }
}

/// ``DocumentReport``s as JSON Lines (the records `precis batch` writes), appended one whole record
/// at a time, and read back to resume a run.
///
/// Each record is written with a single `write` call on a file opened for appending, so a run that
/// is stopped (Ctrl-C, `kill -9`, a crash) leaves whole records behind, and at worst one partial
/// last line after a power loss. Opened with `resume`, the log keeps the longest run of whole,
/// valid records from the file's start, cuts anything after it, and names the documents already
/// done, so that a rerun can skip them.
///
/// ```swift
/// let log = try ReportLog(path: "out.jsonl", resume: true)
/// for input in inputs where !log.done.contains(input.name) {
///     try log.write(pipeline.report(for: input))
/// }
/// ```
public final class ReportLog {
    private let descriptor: Int32
    private let name: String
    private let closes: Bool
    private let encoder = ReportEncoder()
    private var unsynced = 0

    /// The names (``DocumentReport/name``: paths or ids) of the records found in the file when
    /// resuming.
    public private(set) var done: Set<String> = []
    /// The number of whole records found in the file when resuming.
    public private(set) var doneCount = 0

    /// Writes to `descriptor`, already open (standard output, a pipe), which the log neither syncs
    /// nor closes; `name` names it in failures.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        closes = false
    }

    /// Opens the file at `path`, made if missing: emptied, or with `resume` kept and checked (see
    /// ``scan(_:)``). Fails before any record is written when the file cannot be written.
    public init(path: String, resume: Bool) throws(BatchOutputFailure) {
        name = path
        closes = true
        let flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (resume ? 0 : O_TRUNC)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            throw BatchOutputFailure("\(path): cannot be written (\(String(cString: strerror(errno)))); check that its folder exists and is writable")
        }
        self.descriptor = descriptor
        guard resume else { return }
        let scanned: Scan
        do {
            scanned = try Self.scan(path)
        } catch {
            close(descriptor)
            throw error
        }
        done = scanned.names
        doneCount = scanned.count
        if ftruncate(descriptor, off_t(scanned.validLength)) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw BatchOutputFailure("\(path): cannot cut off its unfinished last record (\(reason))")
        }
    }

    deinit {
        if closes {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Writes `report` as one line, in one piece (synced to disk every thousand records).
    public func write(_ report: DocumentReport) throws {
        var line = try encoder.encode(report)
        line.append(0x0A)
        try line.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw BatchOutputFailure("\(name): write failed (\(String(cString: strerror(errno))))")
                }
                offset += written
            }
        }
        unsynced += 1
        if unsynced >= 1000, closes {
            fsync(descriptor)
            unsynced = 0
        }
    }

    /// What a resumed log finds at the start of its file.
    public struct Scan: Sendable, Equatable {
        /// The names (paths or ids) of the whole, valid records.
        public var names: Set<String>
        /// The number of those records.
        public var count: Int
        /// The length in bytes of the part of the file they fill; anything after it is cut.
        public var validLength: Int
    }

    /// The whole, valid records at the start of the file at `path` (none when there is no file).
    /// A record counts when it is a JSON object with a `path` or an `id`, ended by a newline.
    public static func scan(_ path: String) throws(BatchOutputFailure) -> Scan {
        var scan = Scan(names: [], count: 0, validLength: 0)
        guard let handle = FileHandle(forReadingAtPath: path) else { return scan }
        defer { try? handle.close() }
        struct Name: Decodable {
            let path: String?
            let id: String?
        }
        let decoder = JSONDecoder()
        var pending = Data()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw BatchOutputFailure("\(path): cannot be read to resume (\(error.localizedDescription))")
            }
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                let line = pending[start..<newline]
                guard let record = try? decoder.decode(Name.self, from: line), let name = record.path ?? record.id else {
                    return scan
                }
                scan.names.insert(name)
                scan.count += 1
                scan.validLength += line.count + 1
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        return scan
    }
}
