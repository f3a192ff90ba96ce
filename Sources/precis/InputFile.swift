import ArgumentParser
import Foundation
import Precis

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
        /// The encoding of the bytes: "UTF-8", "UTF-16LE", "windows-1251", "Shift_JIS"…
        let encoding: String
    }

    /// The text at `path` ("-" for standard input), without a byte-order mark.
    static func read(_ path: String) throws(Failure) -> String {
        try load(path).text
    }

    /// The text at `path` ("-" for standard input) and its encoding: `encoding` when given (any
    /// name ICU knows), else the one found as `TextDecoder` finds it.
    /// Inputs larger than `maxBytes` are refused before they are read (standard input: once read).
    static func load(_ path: String, encoding: String? = nil, maxBytes: Int = .max) throws(Failure) -> Contents {
        let data: Data
        let tooLarge = { (size: Int) in
            Failure(
                path: path == "-" ? "<stdin>" : path,
                problem: "is \(ByteCount(size)), over the size limit of \(ByteCount(maxBytes)); raise --max-size to process it")
        }
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > maxBytes { throw tooLarge(data.count) }
        } else {
            try checkRegularFile(path)
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
                throw tooLarge(size)
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw Failure(path: path, problem: "cannot be read (\(String(cString: strerror(errno))))")
            }
            data = contents
        }
        return try decode(data, path: path == "-" ? "<stdin>" : path, encoding: encoding)
    }

    /// `data` as text, with the encoding it was read in: `encoding` when given, else detected.
    static func decode(_ data: Data, path: String, encoding: String? = nil) throws(Failure) -> Contents {
        do {
            let decoded = try TextDecoder(configuration: .init(encoding: encoding)).decode(data)
            return Contents(text: decoded.text, encoding: decoded.encoding)
        } catch {
            throw Failure(path: path, problem: problem(error))
        }
    }

    /// Throws a `ValidationError` (status 2, before any file is read) unless ICU knows the
    /// encoding `name` given with `--encoding`.
    static func validateEncoding(_ name: String) throws {
        do {
            _ = try TextDecoder(configuration: .init(encoding: name)).decode([UInt8(ascii: " ")])
        } catch .unsupportedEncoding {
            throw ValidationError(problem(.unsupportedEncoding(name)))
        } catch {
            // Any other failure is about the probe's byte, not the name.
        }
    }

    /// The decoder's failure in the command line's words (`--encoding NAME`).
    static func problem(_ failure: TextDecoder.Failure) -> String {
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

    /// Throws unless `path` names a regular file (or a link to one). Checked before opening, so
    /// that a FIFO or a device never blocks or streams forever.
    static func checkRegularFile(_ path: String) throws(Failure) {
        var status = stat()
        if stat(path, &status) != 0 {
            let error = errno
            var link = stat()
            if error == ENOENT && lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                throw Failure(path: path, problem: "is a symbolic link to a file that does not exist")
            }
            if error == ENOENT { throw Failure(path: path, problem: "no such file") }
            throw Failure(path: path, problem: "cannot be read (\(String(cString: strerror(error))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw Failure(path: path, problem: "is a directory; give a text file")
        case S_IFIFO:
            throw Failure(path: path, problem: "is a named pipe, not a regular file; to read from it, give '-' and redirect it to standard input")
        case S_IFCHR, S_IFBLK: throw Failure(path: path, problem: "is a device, not a regular file; give a text file")
        case S_IFSOCK: throw Failure(path: path, problem: "is a socket, not a regular file; give a text file")
        default: throw Failure(path: path, problem: "is not a regular file; give a text file")
        }
    }
}
