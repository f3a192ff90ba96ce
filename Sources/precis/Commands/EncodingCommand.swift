import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

/// `precis encoding`: the encoding each file would be read in, so users can check an archive
/// before processing it, or find what to give `--encoding`.
struct EncodingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encoding",
        abstract: "The encoding Precis reads each file in, and how it was found.",
        discussion: """
            One line a file: the path, the encoding ("UTF-8", "windows-1251", "Shift_JIS"…) and \
            how it was found (bom, utf8, units for UTF-16/32 without a byte-order mark, \
            detected:CONFIDENCE, or forced), or the problem. Exits with status 1 if any file \
            cannot be read as text.
            """
    )

    @Argument(help: "Text files, or '-' for standard input.")
    var files: [String] = ["-"]

    @Option(name: .long, help: ArgumentHelp("Check the files in this encoding instead of detecting one.", valueName: "name"))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("Confidence (0-100) ICU's detector must reach.", visibility: .hidden))
    var minimumConfidence: Int = TextDecoder.Configuration.defaultMinimumConfidence

    func validate() throws {
        if let encoding { try TextOptions.validateEncoding(encoding) }
    }

    /// Prints one line a file, problems on standard error; fails if any file cannot be read.
    func run() throws {
        let decoding = TextDecoder.Configuration(encoding: encoding, minimumConfidence: minimumConfidence)
        var failed = false
        for path in files {
            do {
                let decoded = try TextFile.read(path, decoding: decoding)
                Output.line("\(path)\t\(decoded.encoding)\t\(decoded.source)")
            } catch {
                Output.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
