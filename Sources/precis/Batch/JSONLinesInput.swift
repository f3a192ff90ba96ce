import Foundation
import Precis
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Documents as JSON Lines on a file descriptor (standard input): one object a line with an
/// optional `"id"` (a string or a number; the line number by default) and the document as one of
/// `"text"` (a string), `"base64"` (the bytes, decoded as files are) or `"path"` (a file to read).
/// Lines are read as they arrive, so a pipeline can stream any number of documents through.
struct JSONLinesInput: IteratorProtocol {
    /// One line of input, not yet parsed (parsing happens in the task that processes it).
    struct Line: Sendable {
        /// The 1-based line number.
        let number: Int
        /// The line's bytes, or `nil` when it was longer than the limit.
        let bytes: Data?
    }

    /// What is wrong with a line.
    struct Failure: Error {
        /// The id, when the line was readable enough to give one.
        let id: String
        let problem: String
    }

    private let descriptor: Int32
    private let maxBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var buffered = 0..<0
    private var finished = false
    private var number = 0

    /// Reads from `descriptor`; lines longer than a document of `maxBytes` bytes can make (base64
    /// takes 4 bytes for 3, and JSON escapes take up to 6 for 1) are passed on without their bytes,
    /// to be reported. The document itself is held to `maxBytes` once decoded, by the pipeline.
    init(descriptor: Int32 = STDIN_FILENO, maxBytes: Int) {
        self.descriptor = descriptor
        self.maxBytes = Self.lineLimit(forDocumentsOf: maxBytes)
    }

    /// The longest line a document of `maxBytes` bytes can take.
    static func lineLimit(forDocumentsOf maxBytes: Int) -> Int {
        maxBytes > Int.max / 8 ? Int.max : maxBytes * 6 + 4096
    }

    /// The next non-blank line.
    mutating func next() -> Line? {
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
                if line.count + (end - buffered.lowerBound) > maxBytes {
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

    /// The document in `line`, or what is wrong with it.
    static func parse(_ line: Line, maxBytes: Int) -> Result<DocumentInput, Failure> {
        let fallbackID = String(line.number)
        guard let bytes = line.bytes else {
            return .failure(Failure(
                id: fallbackID,
                problem: "is longer than a document within the size limit of \(ByteCount(maxBytes)) can be; raise --max-size to process it"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) as? [String: Any] else {
            return .failure(Failure(id: fallbackID, problem: "is not a JSON object; each line must be like {\"id\": \"a1\", \"text\": \"...\"} (or with \"base64\" or \"path\" for \"text\")"))
        }
        let id: String
        switch object["id"] {
        case nil, is NSNull: id = fallbackID
        case let string as String: id = string
        case let number as NSNumber: id = number.stringValue
        default:
            return .failure(Failure(id: fallbackID, problem: "its \"id\" must be a string or a number"))
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
