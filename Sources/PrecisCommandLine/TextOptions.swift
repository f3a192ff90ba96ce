import ArgumentParser
import Foundation
import Precis

/// The values `--lang` takes: a code Precis has something of its own for (a stopword list, a
/// stemmer, keyword statistics, dictionary segmentation or a transliteration: the rows of
/// `precis languages`), in any form `Language` normalises ("pt-BR", "EN", "iw"), or a keyword
/// such as 'auto'. Any other code is a usage error that names the known codes, rather than a
/// language that silently treats every word as content.
package enum LanguageArgument {
    /// Throws a `ValidationError` (exit status 2) unless `value` is one of `keywords` or a known
    /// code. `keywords` pairs each keyword with what it does, for the message.
    package static func validate(
        _ value: String, option: String = "--lang", keywords: KeyValuePairs<String, String> = ["auto": "to identify it"]
    ) throws {
        if keywords.contains(where: { $0.key == value }) || LanguageSupport.isKnown(Language(value)) { return }
        throw ValidationError(unknownMessage(value, option: option, keywords: keywords))
    }

    package static func unknownMessage(_ value: String, option: String, keywords: KeyValuePairs<String, String>) -> String {
        let codes = LanguageSupport.knownLanguages.map(\.code).joined(separator: ", ")
        let alternatives = keywords.map { "'\($0.key)' \($0.value)" }.joined(separator: ", ")
        return "unknown language '\(value)' for \(option). Known codes: \(codes) (or \(alternatives))."
    }
}

/// Options shared by commands that read text.
package struct TextOptions: ParsableArguments {
    /// Options with their defaults (for ArgumentParser).
    package init() {}

    @Option(name: .long, help: "Language code (en, ru, zh…; `precis languages` lists them) or 'auto' to identify it from the text.")
    package var lang: String = "auto"

    @Option(name: .long, help: "A file of extra stopwords, one a line ('#' starts a comment).")
    package var stopwords: String?

    @Option(name: .long, help: ArgumentHelp(
        "The input's encoding (windows-1251, Shift_JIS, latin1…); by default UTF-8 or detected.", valueName: "name"))
    package var encoding: String?

    @Flag(name: .long, help: "Keep HTML tags and character references (by default, <p>, &nbsp; and the like are removed).")
    package var keepHTML = false

    @Option(name: .long, help: ArgumentHelp(
        "Refuse inputs larger than this (e.g. 500K, 32M, 1G; default 256M, and 32M a document in batch).", valueName: "size"))
    package var maxSize: String?

    package func validate() throws {
        try LanguageArgument.validate(lang)
        if let maxSize, ByteCount(parsing: maxSize) == nil {
            throw ValidationError("--max-size takes a size like 500K, 32M or 1G (got '\(maxSize)')")
        }
        if let encoding { try Self.validateEncoding(encoding) }
    }

    /// Throws a `ValidationError` (status 2, before any file is read) unless ICU knows the
    /// encoding `name` given with `--encoding`.
    package static func validateEncoding(_ name: String) throws {
        do { try TextDecoder.checkEncoding(name) } catch { throw ValidationError(TextFile.problem(error)) }
    }

    /// The pipeline's options for one command: the text options given, and the summary or the
    /// keywords asked for (the limit on an input's size is `defaultMaxBytes`, 256 MB unless a
    /// command says otherwise, unless `--max-size`).
    package func pipelineOptions(
        defaultMaxBytes: Int = 256 << 20, summary: PipelineOptions.Summary? = nil, keywords: PipelineOptions.Keywords? = nil
    ) throws -> PipelineOptions {
        PipelineOptions(
            decoding: .init(encoding: encoding), maxBytes: maxSize.flatMap { ByteCount(parsing: $0)?.bytes } ?? defaultMaxBytes,
            keepHTML: keepHTML,
            segmentation: try segmenterConfiguration(), summary: summary, keywords: keywords)
    }

    package func segmenterConfiguration() throws -> Segmenter.Configuration {
        var configuration = Segmenter.Configuration()
        if lang != "auto" {
            configuration.language = .fixed(Language(lang))
        }
        if let stopwords {
            // A file an option names is part of the command line: a problem with it is a setup
            // error (status 2), not a bad input.
            let text: String
            do {
                text = try TextFile.read(stopwords).text
            } catch {
                throw SetupError("--stopwords \(error.description)")
            }
            configuration.extraStopwords = Stopwords.parse(text)
        }
        return configuration
    }
}


