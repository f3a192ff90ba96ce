import ArgumentParser
import Foundation
import Precis

/// How `precis` and `precis-eval` end.
package enum ExitStatuses {
    /// Runs the command line, with the exit statuses the README documents: 0 done, 1 an input
    /// (or, in a batch, some documents) could not be processed, 2 a usage or setup error found
    /// before any work (ArgumentParser's own usage status, 64, is mapped to 2). Every error line
    /// starts with "precis: ", whichever command and whichever layer found it.
    package static func run(_ root: any AsyncParsableCommand.Type) async {
        do {
            var command = try root.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as SetupError {
            Output.error(error.description)
            Foundation.exit(2)
        } catch let error as BatchOutputFailure {
            Output.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = root.exitCode(for: error)
            // Help and --version are "errors" that print their text and exit 0.
            if code == .success { root.exit(withError: error) }
            let message = root.message(for: error)
            if code == .validationFailure {
                Output.error(message)
                let usage = root.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                    .drop { !$0.hasPrefix("Usage:") }
                if !usage.isEmpty { FileHandle.standardError.write(Data((usage.joined(separator: "\n") + "\n").utf8)) }
                Foundation.exit(2)
            }
            if !message.isEmpty { Output.error(message) }
            Foundation.exit(code.rawValue)
        }
    }
}
