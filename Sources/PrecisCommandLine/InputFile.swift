import ArgumentParser
import Foundation
import Precis

/// Files the command line names: read with the library's ``TextFile``, failures as the library
/// words them (``DocumentFailure``).
package enum InputFile {
    /// What went wrong, with the path, as one line for standard error.
    package typealias Failure = DocumentFailure

    /// The text at `path` ("-" for standard input), without a byte-order mark.
    package static func read(_ path: String) throws(Failure) -> String {
        try TextFile.read(path).text
    }

    /// Throws a `ValidationError` (status 2, before any file is read) unless ICU knows the
    /// encoding `name` given with `--encoding`.
    package static func validateEncoding(_ name: String) throws {
        do {
            _ = try TextDecoder(configuration: .init(encoding: name)).decode([UInt8(ascii: " ")])
        } catch .unsupportedEncoding {
            throw ValidationError(TextFile.problem(.unsupportedEncoding(name)))
        } catch {
            // Any other failure is about the probe's byte, not the name.
        }
    }
}
