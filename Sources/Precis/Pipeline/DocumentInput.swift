public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// One document for a ``DocumentPipeline``: where its content comes from, and the name its report
/// carries.
///
/// ```swift
/// let fromDisk = DocumentInput.file("news/article.txt")
/// let fromMemory = DocumentInput.bytes(data, id: "a1")      // decoded as files are
/// let alreadyText = DocumentInput.text("Some text.", id: "a2")
/// ```
public struct DocumentInput: Sendable {
    /// Where the content comes from.
    public enum Content: Sendable {
        /// Text that is already decoded.
        case text(String)
        /// Bytes in any encoding ``TextDecoder`` reads (the pipeline's ``PipelineOptions/decoding``).
        case bytes(Data)
        /// The file at this path, read and decoded as ``Content/bytes(_:)`` are. Only regular files
        /// (or links to them) are read, so a named pipe or a device never blocks.
        case file(String)
    }

    /// The content.
    public var content: Content
    /// The path the report names (``DocumentReport/path``), if any.
    public var path: String?
    /// The id the report names (``DocumentReport/id``), if any.
    public var id: String?

    /// An input with its content and names.
    public init(content: Content, path: String? = nil, id: String? = nil) {
        self.content = content
        self.path = path
        self.id = id
    }

    /// The file at `path`, reported under that path; "-" is standard input, reported as "<stdin>"
    /// (``TextFile/name(of:)``).
    public static func file(_ path: String) -> DocumentInput { DocumentInput(content: .file(path), path: TextFile.name(of: path)) }

    /// Decoded text, reported under `id` when one is given.
    public static func text(_ text: String, id: String? = nil) -> DocumentInput { DocumentInput(content: .text(text), id: id) }

    /// Bytes to decode, reported under `id` when one is given.
    public static func bytes(_ bytes: Data, id: String? = nil) -> DocumentInput { DocumentInput(content: .bytes(bytes), id: id) }

    /// Whether the content is text already (no bytes to decode, no encoding to report).
    public var isText: Bool {
        if case .text = content { return true }
        return false
    }

    /// The name in messages: the path, the id, or "<input>".
    public var name: String { path ?? id ?? "<input>" }
}

/// Why a document has no results. The ``problem`` says what is wrong and what to do, in the words
/// the `precis` command line prints after the document's name.
public struct DocumentFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is: what a service answers with (a size limit, bytes that are not
    /// text, a file that cannot be read).
    public enum Kind: Sendable, Equatable {
        /// The file is missing, unreadable, or not a regular file.
        case unreadable
        /// The input is larger than ``PipelineOptions/maxBytes``.
        case tooLarge
        /// The bytes are empty, binary, or not text in any encoding found or given.
        case undecodable
        /// Segmentation or another stage failed (an ICU error).
        case processing
    }

    /// The document's path or id, as messages name it.
    public var path: String
    /// What is wrong, and what to do.
    public var problem: String
    /// What kind of problem it is.
    public var kind: Kind

    /// A failure of the document named `path`.
    public init(path: String, problem: String, kind: Kind = .unreadable) {
        self.path = path
        self.problem = problem
        self.kind = kind
    }

    /// "PATH: problem", as one line for a log or standard error.
    public var description: String { "\(path): \(problem)" }
}

/// Reading files and decoding bytes, with the failures named as ``DocumentFailure``s.
public enum TextFile {
    /// The text of the file at `path` ("-" for standard input) and its encoding. Inputs larger
    /// than `maxBytes` are refused before they are read (standard input: once read).
    public static func read(
        _ path: String, decoding: TextDecoder.Configuration = .init(), maxBytes: Int = .max
    ) throws(DocumentFailure) -> TextDecoder.Decoded {
        let name = name(of: path)
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > maxBytes { throw tooLarge(name, size: data.count, limit: maxBytes) }
        } else {
            let size = try checkRegularFile(path)
            if size > maxBytes { throw tooLarge(name, size: size, limit: maxBytes) }
            data = try contents(of: path, expectedSize: size, maxBytes: maxBytes)
        }
        return try decode(data, name: name, decoding: decoding)
    }

    /// The name of the file at `path` in reports and messages: the path, or "<stdin>" for "-"
    /// (standard input).
    public static func name(of path: String) -> String { path == "-" ? "<stdin>" : path }

    /// The text of `input` and its encoding: text as given, bytes decoded, a file read and decoded.
    /// Inputs over `maxBytes` (text: in UTF-8) are refused.
    public static func text(
        of input: DocumentInput, decoding: TextDecoder.Configuration = .init(), maxBytes: Int = .max
    ) throws(DocumentFailure) -> TextDecoder.Decoded {
        switch input.content {
        case .text(let text):
            guard text.utf8.count <= maxBytes else { throw tooLarge(input.name, size: text.utf8.count, limit: maxBytes) }
            return TextDecoder.Decoded(text: text, encoding: "UTF-8", source: .validUTF8)
        case .bytes(let data):
            guard data.count <= maxBytes else { throw tooLarge(input.name, size: data.count, limit: maxBytes) }
            return try decode(data, name: input.name, decoding: decoding)
        case .file(let path):
            return try read(path, decoding: decoding, maxBytes: maxBytes)
        }
    }

    /// `data` as text, with the encoding it was read in; failures name the document `name`.
    public static func decode(_ data: Data, name: String, decoding: TextDecoder.Configuration = .init()) throws(DocumentFailure) -> TextDecoder.Decoded {
        do {
            return try TextDecoder(configuration: decoding).decode(data)
        } catch {
            throw DocumentFailure(path: name, problem: problem(error), kind: .undecodable)
        }
    }

    /// The failure for an input of `size` bytes over the limit.
    public static func tooLarge(_ name: String, size: Int, limit: Int) -> DocumentFailure {
        DocumentFailure(
            path: name, problem: "is \(ByteCount(size)), over the size limit of \(ByteCount(limit)); raise --max-size to process it",
            kind: .tooLarge)
    }

    /// The decoder's failure in the words of the command line (`--encoding NAME`).
    public static func problem(_ failure: TextDecoder.Failure) -> String {
        switch failure {
        case .unknownEncoding(let guess?, let confidence):
            "is not UTF-8, and its encoding is unclear (best guess \(guess), \(confidence)% confident); "
                + "if you know the encoding, give it with --encoding NAME (e.g. --encoding \(guess))"
        case .unknownEncoding(nil, _):
            "is not UTF-8, and its encoding is unclear; if you know it, give it with --encoding NAME"
        case .unsupportedEncoding(let name):
            "--encoding '\(name)' is not an encoding ICU knows; use e.g. UTF-8, windows-1252, windows-1251, "
                + "KOI8-R, ISO-8859-2, GB18030, Shift_JIS, EUC-KR or UTF-16LE"
        case .illegalBytes(let encoding, let offset, let bytes):
            "is not valid \(encoding): \(TextDecoder.Failure.hex(bytes)) at byte offset \(offset); "
                + "give the right encoding with --encoding NAME, or convert the file first (e.g. with iconv)"
        case .empty, .binary: failure.description
        }
    }

    /// The bytes of the regular file at `path`, read with one `open` and as few `read`s as its
    /// size allows (`expectedSize`, from `checkRegularFile`; a file that grew since is read to
    /// its end, and refused once past `maxBytes`), straight into the `Data` returned.
    static func contents(of path: String, expectedSize: Int, maxBytes: Int) throws(DocumentFailure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DocumentFailure(path: path, problem: "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var bytes = Data(count: max(expectedSize, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.count += max(bytes.count, 4096) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw DocumentFailure(path: path, problem: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if got == 0 { break }
            count += got
            if count > maxBytes { throw tooLarge(path, size: count, limit: maxBytes) }
        }
        bytes.count = count
        return bytes
    }

    /// Checks that `path` names a regular file (following symbolic links) and returns its size in
    /// bytes; otherwise throws a failure that says what it is instead. Checked before opening, so
    /// that a FIFO or a device never blocks or streams forever.
    @discardableResult
    public static func checkRegularFile(_ path: String) throws(DocumentFailure) -> Int {
        var status = stat()
        if stat(path, &status) != 0 {
            let error = errno
            var link = stat()
            if error == ENOENT && lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                throw DocumentFailure(path: path, problem: "is a symbolic link to a file that does not exist")
            }
            if error == ENOENT { throw DocumentFailure(path: path, problem: "no such file") }
            throw DocumentFailure(path: path, problem: "cannot be read (\(String(cString: strerror(error))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return Int(status.st_size)
        case S_IFDIR: throw DocumentFailure(path: path, problem: "is a directory; give a text file")
        case S_IFIFO:
            throw DocumentFailure(
                path: path, problem: "is a named pipe, not a regular file; to read from it, give '-' and redirect it to standard input")
        case S_IFCHR, S_IFBLK: throw DocumentFailure(path: path, problem: "is a device, not a regular file; give a text file")
        case S_IFSOCK: throw DocumentFailure(path: path, problem: "is a socket, not a regular file; give a text file")
        default: throw DocumentFailure(path: path, problem: "is not a regular file; give a text file")
        }
    }
}

/// A size in bytes, written for people ("32 MB") and read from the command line ("32M").
public struct ByteCount: CustomStringConvertible, Sendable, Equatable {
    /// The number of bytes.
    public let bytes: Int

    /// A count of `bytes`.
    public init(_ bytes: Int) { self.bytes = bytes }

    /// Reads "1000", "64K", "32M", "2G" (powers of 1024); `nil` for anything else.
    public init?(parsing text: String) {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        var digits = text.uppercased()
        if digits.hasSuffix("B") { digits.removeLast() }
        var scale = 1
        if let last = digits.last, let unit = units[last] {
            scale = unit
            digits.removeLast()
        }
        guard let value = Int(digits), value >= 0, value <= Int.max / scale else { return nil }
        bytes = value * scale
    }

    /// "32 MB", "1.5 KB", "100 bytes".
    public var description: String {
        for (unit, size) in [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] where bytes >= size {
            let value = Double(bytes) / Double(size)
            return (value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)) + " " + unit
        }
        return "\(bytes) bytes"
    }
}
