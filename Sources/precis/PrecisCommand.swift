import ArgumentParser
import Foundation
import Precis

@main
struct PrecisCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "Multilingual extractive summarisation and keyword extraction on ICU.",
        discussion: """
            Reads UTF-8 text from a file or standard input ('-') in any language ICU can segment, \
            including Chinese, Japanese and Thai, which are written without spaces.
            """,
        version: "0.1.0",
        subcommands: [
            SummarizeCommand.self, KeywordsCommand.self, BatchCommand.self, SegmentCommand.self, TranslitCommand.self, LanguagesCommand.self, EvalCommand.self, IDFCommand.self,
        ]
    )

    /// Runs the command line, with the exit statuses the batch mode documents: 0 done, 1 some
    /// documents failed, 2 a usage or setup error (ArgumentParser's own usage status, 64, is
    /// mapped to 2).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as SetupError {
            Output.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by commands that read text.
struct TextOptions: ParsableArguments {
    @Option(name: .long, help: "Language code (en, ru, zh…) or 'auto' to identify it from the text.")
    var lang: String = "auto"

    @Option(name: .long, help: "A file of extra stopwords, one a line ('#' starts a comment).")
    var stopwords: String?

    func segmenterConfiguration() throws -> Segmenter.Configuration {
        var configuration = Segmenter.Configuration()
        if lang != "auto" {
            configuration.language = .fixed(Language(lang))
        }
        if let stopwords {
            let text = try InputFile.read(stopwords)
            configuration.extraStopwords = Stopwords.parse(text)
        }
        return configuration
    }
}


