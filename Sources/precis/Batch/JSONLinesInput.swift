import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Documents as JSON Lines on a file descriptor (standard input): one object a line with a
/// `"text"` string and an optional `"id"` (a string or a number; the line number by default).
/// Lines are read as they arrive, so a pipeline can stream any number of documents through.
struct JSONLinesInput: IteratorProtocol {
    /// One line of input, not yet parsed (parsing happens in the task that processes it).
    struct Line: Sendable {
        /// The 1-based line number.
        let number: Int
        /// The line's bytes, or `nil` when it was longer than the limit.
        let bytes: Data?
    }

    /// What a line holds.
    struct Document: Sendable {
        let id: String
        let text: String
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

    /// Reads from `descriptor`; lines of more than `maxBytes` bytes are passed on without their
    /// bytes, to be reported.
    init(descriptor: Int32 = STDIN_FILENO, maxBytes: Int) {
        self.descriptor = descriptor
        self.maxBytes = maxBytes
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
    static func parse(_ line: Line, maxBytes: Int) -> Result<Document, Failure> {
        let fallbackID = String(line.number)
        guard let bytes = line.bytes else {
            return .failure(Failure(id: fallbackID, problem: "is longer than the size limit of \(ByteCount(maxBytes)); raise --max-size to process it"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) as? [String: Any] else {
            return .failure(Failure(id: fallbackID, problem: "is not a JSON object; each line must be like {\"id\": \"a1\", \"text\": \"...\"}"))
        }
        let id: String
        switch object["id"] {
        case nil, is NSNull: id = fallbackID
        case let string as String: id = string
        case let number as NSNumber: id = number.stringValue
        default:
            return .failure(Failure(id: fallbackID, problem: "its \"id\" must be a string or a number"))
        }
        guard let text = object["text"] as? String else {
            return .failure(Failure(id: id, problem: "has no \"text\" string"))
        }
        return .success(Document(id: id, text: text))
    }
}

/// A size in bytes, written for people ("32 MB") and read from the command line ("32M").
struct ByteCount: CustomStringConvertible, Sendable {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    /// Reads "1000", "64K", "32M", "2G" (powers of 1024).
    init?(parsing text: String) {
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

    var description: String {
        for (unit, size) in [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] where bytes >= size {
            let value = Double(bytes) / Double(size)
            return (value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)) + " " + unit
        }
        return "\(bytes) bytes"
    }
}
