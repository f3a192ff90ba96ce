import Foundation

/// Reads the text a command works on, and says clearly what is wrong with a file that cannot be
/// read as text.
enum InputFile {
    /// What went wrong, with the path, as one line for standard error.
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let problem: String
        var description: String { "\(path): \(problem)" }
    }

    /// A file's text and the encoding it was read in.
    struct Contents: Sendable {
        /// The text, without a byte-order mark.
        let text: String
        /// The encoding of the bytes ("UTF-8" for UTF-8 input).
        let encoding: String
    }

    /// The text at `path` ("-" for standard input), without a byte-order mark.
    static func read(_ path: String) throws(Failure) -> String {
        try load(path).text
    }

    /// The text at `path` ("-" for standard input) and its encoding.
    static func load(_ path: String) throws(Failure) -> Contents {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(path: path, problem: "no such file")
            }
            if isDirectory.boolValue {
                throw Failure(path: path, problem: "is a directory; give a text file")
            }
            guard FileManager.default.isReadableFile(atPath: path), let contents = FileManager.default.contents(atPath: path)
            else {
                throw Failure(path: path, problem: "cannot be read (permission denied?)")
            }
            data = contents
        }
        return try decode(data, path: path == "-" ? "<stdin>" : path)
    }

    /// `data` as text, with the encoding it was read in.
    static func decode(_ data: Data, path: String) throws(Failure) -> Contents {
        Contents(text: try decodeUTF8(data, path: path), encoding: "UTF-8")
    }

    /// `data` as UTF-8 text; NUL bytes mean a binary file.
    static func decodeUTF8(_ data: Data, path: String) throws(Failure) -> String {
        if data.isEmpty { throw Failure(path: path, problem: "is empty") }
        let bomLength = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // The common case in one pass each over contiguous bytes: no NUL (memchr), valid UTF-8
        // (the standard library's validating initialiser). Problems are located below.
        let text: String? = data.withUnsafeBytes { raw in
            let bytes = UnsafeRawBufferPointer(rebasing: raw[bomLength...])
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
            if memchr(base, 0, bytes.count) != nil { return nil }
            return String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
        }
        if let text { return text }
        let bytes = data[(data.startIndex + bomLength)...]
        if let nul = bytes.firstIndex(of: 0) {
            throw Failure(path: path, problem: "is not a text file (NUL byte at offset \(nul - data.startIndex))")
        }
        let bad = firstInvalidUTF8(bytes) ?? bytes.startIndex
        throw Failure(
            path: path,
            problem: "is not valid UTF-8 (bad byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad - data.startIndex)); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8")
    }

    /// The index of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: Data.SubSequence) -> Data.Index? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .emptyInput: return nil
            case .error: return position
            }
        }
    }
}
