import ArgumentParser
import Precis
import Foundation

/// Writes results to standard output and problems to standard error.
package enum Output {
    /// A line of results on standard output.
    package static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A problem, on standard error after "precis: ".
    package static func error(_ text: String) {
        FileHandle.standardError.write(Data(("precis: " + text + "\n").utf8))
    }

    /// A line on standard error that is not an error (progress, a summary), after "precis: ".
    package static func note(_ text: String) { error(text) }

    /// Encodes `value` as pretty JSON with sorted keys.
    package static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// Output formats.
package enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
