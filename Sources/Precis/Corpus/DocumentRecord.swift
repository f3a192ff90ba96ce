public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Documents as JSON Lines, the input `precis batch --stdin-jsonl` and `precis idf build
/// --stdin-jsonl` read: one object a line with an optional `"id"` (a string or a number; the line
/// number by default) and the document as exactly one of `"text"` (a string), `"base64"` (the
/// bytes, decoded as files are) or `"path"` (a file to read).
///
/// ```swift
/// var lines = JSONLinesReader(descriptor: STDIN_FILENO, maxBytes: options.maxBytes)
/// while let line = lines.next() {
///     switch DocumentRecord.parse(line, maxBytes: options.maxBytes) {
///     case .success(let input): reports.append(pipeline.report(for: input))
///     case .failure(let failure): reports.append(DocumentReport(id: failure.id, error: failure.problem))
///     }
/// }
/// ```
public enum DocumentRecord {
    /// What is wrong with a line, in the words the `precis` command line prints after
    /// "line N ".
    public struct Failure: Error, Sendable, Equatable {
        /// The record's id, when the line was readable enough to give one (the line number
        /// otherwise).
        public let id: String
        /// What is wrong, and what to do.
        public let problem: String

        /// A failure of the record `id`.
        public init(id: String, problem: String) {
            self.id = id
            self.problem = problem
        }
    }

    /// The document in `line`, or what is wrong with it. `maxBytes` is the size limit that the
    /// reader held the line to (a line without bytes was longer than its documents can be).
    public static func parse(_ line: JSONLinesReader.Line, maxBytes: Int) -> Result<DocumentInput, Failure> {
        guard let bytes = line.bytes else {
            return .failure(Failure(
                id: String(line.number),
                problem: "is longer than a document within the size limit of \(ByteCount(maxBytes)) can be; raise --max-size to process it"))
        }
        return parse(bytes, defaultID: String(line.number))
    }

    /// The document in one JSON object, or what is wrong with it; `defaultID` is its id when it
    /// gives none.
    public static func parse(_ json: Data, defaultID: String) -> Result<DocumentInput, Failure> {
        guard let object = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) as? [String: Any] else {
            return .failure(Failure(id: defaultID, problem: "is not a JSON object; each line must be like {\"id\": \"a1\", \"text\": \"...\"} (or with \"base64\" or \"path\" for \"text\")"))
        }
        let id: String
        switch object["id"] {
        case nil, is NSNull: id = defaultID
        case let string as String: id = string
        case let number as NSNumber: id = number.stringValue
        default:
            return .failure(Failure(id: defaultID, problem: "its \"id\" must be a string or a number"))
        }
        let given = ["text", "base64", "path"].filter { object[$0] != nil }
        guard given.count == 1 else {
            let problem = given.isEmpty ? "has no \"text\", \"base64\" or \"path\" string" : "gives \(given.map { "\"\($0)\"" }.joined(separator: " and ")); give one"
            return .failure(Failure(id: id, problem: problem))
        }
        guard let value = object[given[0]] as? String else {
            return .failure(Failure(id: id, problem: "its \"\(given[0])\" must be a string"))
        }
        switch given[0] {
        case "text": return .success(DocumentInput(content: .text(value), id: id))
        case "path": return .success(DocumentInput(content: .file(value), id: id))
        default:
            guard let bytes = Data(base64Encoded: value, options: .ignoreUnknownCharacters) else {
                return .failure(Failure(id: id, problem: "its \"base64\" is not base64"))
            }
            return .success(DocumentInput(content: .bytes(bytes), id: id))
        }
    }
}

/// The lines of a file descriptor (standard input, a pipe, a socket), read as they arrive, so that
/// a pipeline can stream any number of ``DocumentRecord``s through; blank lines are passed over.
/// The reader reads only the descriptor it is given, and never closes it.
public struct JSONLinesReader: IteratorProtocol {
    /// One line of input, not yet parsed (parsing can happen in the task that processes it).
    public struct Line: Sendable {
        /// The 1-based line number.
        public let number: Int
        /// The line's bytes, without the newline, or `nil` when it was longer than the limit.
        public let bytes: Data?

        /// Line `number`, with its `bytes` (`nil`: too long).
        public init(number: Int, bytes: Data?) {
            self.number = number
            self.bytes = bytes
        }
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var buffered = 0..<0
    private var finished = false
    private var number = 0

    /// Reads from `descriptor`; lines longer than a document of `maxBytes` bytes can make (base64
    /// takes 4 bytes for 3, and JSON escapes take up to 6 for 1) are passed on without their bytes,
    /// to be reported. The document itself is held to `maxBytes` once decoded, by the pipeline.
    public init(descriptor: Int32 = STDIN_FILENO, maxBytes: Int) {
        self.descriptor = descriptor
        self.maxLineBytes = Self.lineLimit(forDocumentsOf: maxBytes)
    }

    /// The longest line a document of `maxBytes` bytes can take.
    public static func lineLimit(forDocumentsOf maxBytes: Int) -> Int {
        maxBytes > Int.max / 8 ? Int.max : maxBytes * 6 + 4096
    }

    /// The next non-blank line, or `nil` at the end of the input.
    public mutating func next() -> Line? {
        while true {
            guard let (bytes, tooLong) = nextRawLine() else { return nil }
            number += 1
            if tooLong { return Line(number: number, bytes: nil) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Line(number: number, bytes: bytes)
        }
    }

    /// The bytes up to the next newline (without it), and whether the line was cut for length.
    private mutating func nextRawLine() -> (Data, Bool)? {
        var line = Data()
        var tooLong = false
        while true {
            if buffered.isEmpty {
                if finished { return line.isEmpty && !tooLong ? nil : (line, tooLong) }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    finished = true
                    continue
                }
                buffered = 0..<count
            }
            let newline = buffer[buffered].firstIndex(of: 0x0A)
            let end = newline ?? buffered.upperBound
            if !tooLong {
                if line.count + (end - buffered.lowerBound) > maxLineBytes {
                    tooLong = true
                    line = Data()
                } else {
                    line.append(contentsOf: buffer[buffered.lowerBound..<end])
                }
            }
            if let newline {
                buffered = (newline + 1)..<buffered.upperBound
                return (line, tooLong)
            }
            buffered = buffered.upperBound..<buffered.upperBound
        }
    }
}
