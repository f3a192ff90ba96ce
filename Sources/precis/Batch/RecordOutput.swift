import Foundation
import Precis
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a batch's JSON Lines go: standard output, or a file written one whole record at a time.
///
/// Each record is written with a single `write` call on a file opened for appending, so a run that
/// is stopped (Ctrl-C, `kill -9`, a crash) leaves whole records behind, and at worst one partial
/// last line after a power loss. `--resume` reads the file back, keeps the longest run of whole,
/// valid records from its start, cuts anything after it, and names the documents already done.
final class RecordOutput {
    private let descriptor: Int32
    private let path: String?
    private let encoder = ReportEncoder()
    private var unsynced = 0

    /// The names (paths or ids) of the records found in the file when resuming.
    private(set) var done: Set<String> = []
    /// The number of whole records found in the file when resuming.
    private(set) var doneCount = 0

    /// Opens standard output (`path == nil`) or the file at `path`: emptied, or with `resume`
    /// kept and checked. Fails before any work is done when the file cannot be written.
    init(path: String?, resume: Bool) throws(SetupError) {
        self.path = path
        guard let path else {
            descriptor = STDOUT_FILENO
            return
        }
        let flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (resume ? 0 : O_TRUNC)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            throw SetupError("\(path): cannot be written (\(String(cString: strerror(errno)))); check that its folder exists and is writable")
        }
        self.descriptor = descriptor
        if resume {
            let scanned: (names: Set<String>, count: Int, validLength: Int)
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
                throw SetupError("\(path): cannot cut off its unfinished last record (\(reason))")
            }
        }
    }

    deinit {
        if descriptor != STDOUT_FILENO {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Writes `record` as one line, in one piece.
    func write(_ record: DocumentReport) throws {
        var line = try encoder.encode(record)
        line.append(0x0A)
        try line.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SetupError("\(path ?? "standard output"): write failed (\(String(cString: strerror(errno))))")
                }
                offset += written
            }
        }
        unsynced += 1
        if unsynced >= 1000, descriptor != STDOUT_FILENO {
            fsync(descriptor)
            unsynced = 0
        }
    }

    /// The names and the number of the whole, valid records at the start of the file at `path`,
    /// and the length in bytes of that part of the file.
    static func scan(_ path: String) throws(SetupError) -> (names: Set<String>, count: Int, validLength: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return ([], 0, 0) }
        defer { try? handle.close() }
        struct Name: Decodable {
            let path: String?
            let id: String?
        }
        let decoder = JSONDecoder()
        var names: Set<String> = []
        var validLength = 0
        var count = 0
        var pending = Data()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw SetupError("\(path): cannot be read to resume (\(error.localizedDescription))")
            }
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                let line = pending[start..<newline]
                guard let record = try? decoder.decode(Name.self, from: line), let name = record.path ?? record.id else {
                    return (names, count, validLength)
                }
                names.insert(name)
                count += 1
                validLength += line.count + 1
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        return (names, count, validLength)
    }
}
