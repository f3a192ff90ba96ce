import ArgumentParser
import Foundation
import Precis

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
            SummarizeCommand.self, KeywordsCommand.self, BatchCommand.self, SegmentCommand.self, EncodingCommand.self, TranslitCommand.self, LanguagesCommand.self, EvalCommand.self, IDFCommand.self, TaggerCommand.self,
        ]
    )

    /// Runs the command line, with the exit statuses the README documents: 0 done, 1 an input
    /// (or, in a batch, some documents) could not be processed, 2 a usage or setup error found
    /// before any work (ArgumentParser's own usage status, 64, is mapped to 2). Every error line
    /// starts with "precis: ", whichever command and whichever layer found it.
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
            // Help and --version are "errors" that print their text and exit 0.
            if code == .success { exit(withError: error) }
            let message = self.message(for: error)
            if code == .validationFailure {
                Output.error(message)
                let usage = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                    .drop { !$0.hasPrefix("Usage:") }
                if !usage.isEmpty { FileHandle.standardError.write(Data((usage.joined(separator: "\n") + "\n").utf8)) }
                Foundation.exit(2)
            }
            if !message.isEmpty { Output.error(message) }
            Foundation.exit(code.rawValue)
        }
    }
}

/// The values `--lang` takes: a code Precis has something of its own for (a stopword list, a
/// stemmer, keyword statistics, dictionary segmentation or a transliteration: the rows of
/// `precis languages`), in any form `Language` normalises ("pt-BR", "EN", "iw"), or a keyword
/// such as 'auto'. Any other code is a usage error that names the known codes, rather than a
/// language that silently treats every word as content.
enum LanguageArgument {
    /// Throws a `ValidationError` (exit status 2) unless `value` is one of `keywords` or a known
    /// code. `keywords` pairs each keyword with what it does, for the message.
    static func validate(
        _ value: String, option: String = "--lang", keywords: KeyValuePairs<String, String> = ["auto": "to identify it"]
    ) throws {
        if keywords.contains(where: { $0.key == value }) || LanguageSupport.isKnown(Language(value)) { return }
        throw ValidationError(unknownMessage(value, option: option, keywords: keywords))
    }

    static func unknownMessage(_ value: String, option: String, keywords: KeyValuePairs<String, String>) -> String {
        let codes = LanguageSupport.knownLanguages.map(\.code).joined(separator: ", ")
        let alternatives = keywords.map { "'\($0.key)' \($0.value)" }.joined(separator: ", ")
        return "unknown language '\(value)' for \(option). Known codes: \(codes) (or \(alternatives))."
    }
}

/// Options shared by commands that read text.
struct TextOptions: ParsableArguments {
    @Option(name: .long, help: "Language code (en, ru, zh…; `precis languages` lists them) or 'auto' to identify it from the text.")
    var lang: String = "auto"

    @Option(name: .long, help: "A file of extra stopwords, one a line ('#' starts a comment).")
    var stopwords: String?

    @Option(name: .long, help: ArgumentHelp(
        "The input's encoding (windows-1251, Shift_JIS, latin1…); by default UTF-8 or detected.", valueName: "name"))
    var encoding: String?

    @Flag(name: .long, help: "Keep HTML tags and character references (by default, <p>, &nbsp; and the like are removed).")
    var keepHTML = false

    @Option(name: .long, help: ArgumentHelp(
        "Refuse inputs larger than this (e.g. 500K, 32M, 1G; default 256M, and 32M a document in batch).", valueName: "size"))
    var maxSize: String?

    func validate() throws {
        try LanguageArgument.validate(lang)
        if let maxSize, ByteCount(parsing: maxSize) == nil {
            throw ValidationError("--max-size takes a size like 500K, 32M or 1G (got '\(maxSize)')")
        }
        if let encoding { try InputFile.validateEncoding(encoding) }
    }

    /// The size limit in bytes: `--max-size`, else `defaultSize`.
    func maxBytes(default defaultSize: Int) -> Int {
        maxSize.flatMap { ByteCount(parsing: $0)?.bytes } ?? defaultSize
    }

    /// The pipeline's options for one command: the text options given, and the summary or the
    /// keywords asked for (the limit on an input's size is 256 MB unless `--max-size`).
    func pipelineOptions(summary: PipelineOptions.Summary? = nil, keywords: PipelineOptions.Keywords? = nil) throws -> PipelineOptions {
        PipelineOptions(
            decoding: .init(encoding: encoding), maxBytes: maxBytes(default: 256 << 20), keepHTML: keepHTML,
            segmentation: try segmenterConfiguration(), summary: summary, keywords: keywords)
    }

    func segmenterConfiguration() throws -> Segmenter.Configuration {
        var configuration = Segmenter.Configuration()
        if lang != "auto" {
            configuration.language = .fixed(Language(lang))
        }
        if let stopwords {
            // A file an option names is part of the command line: a problem with it is a setup
            // error (status 2), not a bad input.
            let text: String
            do {
                text = try InputFile.read(stopwords)
            } catch {
                throw SetupError("--stopwords \(error.description)")
            }
            configuration.extraStopwords = Stopwords.parse(text)
        }
        return configuration
    }
}


