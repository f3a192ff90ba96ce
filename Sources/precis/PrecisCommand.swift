import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

@main
struct PrecisCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "Multilingual extractive summarisation and keyword extraction on ICU.",
        discussion: """
            Reads text from a file or standard input ('-') in any language ICU can segment, \
            including Chinese, Japanese and Thai, which are written without spaces. Text is UTF-8, \
            UTF-16/32 or a legacy encoding (windows-1251, Shift_JIS, GB18030…) found by ICU's \
            detector; --encoding NAME names it when detection cannot.
            """,
        version: "0.1.0",
        subcommands: [
            SummarizeCommand.self, KeywordsCommand.self, BatchCommand.self, SegmentCommand.self, EncodingCommand.self, TranslitCommand.self,
            LanguagesCommand.self, IDFCommand.self, ServeCommand.self,
        ]
    )

    /// Runs the command line, with the exit statuses the README documents (`ExitStatuses`).
    static func main() async { await ExitStatuses.run(PrecisCommand.self) }
}
