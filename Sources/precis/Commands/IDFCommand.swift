import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

/// `precis idf`: corpus statistics (document frequencies) for TF-IDF keywords.
struct IDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idf",
        abstract: "Build, merge and inspect corpus statistics (document frequencies) for keywords.",
        discussion: """
            An IDF model counts, for one language, in how many documents of a background corpus \
            each keyword candidate (a folded, stemmed word or phrase) occurs. Precis ships models \
            for the languages in corpora/idf/; build your own from text of your domain. The file \
            format is described in corpora/README.md.
            """,
        subcommands: [IDFBuildCommand.self, IDFMergeCommand.self, IDFShowCommand.self]
    )
}

/// Writing model files.
enum IDFFile {
    /// Writes `model` to `path` ("-" for standard output), replacing the file atomically.
    static func write(_ model: IDFModel, to path: String) throws(DocumentFailure) {
        if path == "-" {
            FileHandle.standardOutput.write(Data(model.serialized().utf8))
        } else {
            try model.write(toFile: path)
        }
    }
}

struct IDFBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Count document frequencies of keyword candidates in text files.",
        discussion: """
            PATHs are text files or folders, searched recursively for .txt files as `precis batch` \
            walks them (names in byte order, symbolic links skipped). Files are read one at a \
            time. With --documents file each file is one document; with --documents paragraphs \
            each block of lines separated by a blank line is one. Every document is segmented and \
            its keyword candidates (words and phrases of up to --ngrams words, as `precis \
            keywords` finds them) are counted once.

            The language is --lang, or the language identified in the first document; all \
            documents are then read as that language. A file that cannot be read (invalid UTF-8, \
            binary, empty) is reported on standard error and skipped; the model of the rest is \
            still written, and the exit status is 1.
            """
    )

    enum DocumentUnit: String, ExpressibleByArgument, CaseIterable {
        case file, paragraphs
    }

    @Argument(help: "Text files ('-' for standard input), or folders searched recursively for .txt files.")
    var paths: [String] = []

    @Flag(name: .customLong("stdin-jsonl"), help: "Read documents as JSON Lines ({\"id\": …, \"text\": …}) from standard input, as `precis batch --stdin-jsonl` does.")
    var stdinJSONL = false

    @Option(name: [.short, .customLong("output")], help: "The model file to write ('-' for standard output).")
    var output: String

    @Option(name: .long, help: "What a document is: file (each file) or paragraphs (blocks between blank lines).")
    var documents: DocumentUnit = .file

    @Option(name: .customLong("min-df"), help: "Leave out keys found in fewer documents than this (1 keeps all).")
    var minDF: Int = 1

    @Option(name: .long, help: "The longest phrase counted, in words.")
    var ngrams: Int = 3

    @OptionGroup var text: TextOptions

    func validate() throws {
        if minDF < 1 { throw ValidationError("--min-df must be at least 1 (got \(minDF))") }
        if ngrams < 1 { throw ValidationError("--ngrams must be at least 1 (got \(ngrams))") }
        if stdinJSONL == !paths.isEmpty { throw ValidationError("give text files or folders, or --stdin-jsonl") }
    }

    func run() throws {
        let started = DispatchTime.now()
        let files: [String]
        do {
            files = stdinJSONL ? [] : try CorpusWalker.textFiles(in: paths)
        } catch {
            throw ValidationError(error.description)
        }
        var builder = IDFModelBuilder(
            configuration: try text.segmenterConfiguration(), maxWords: ngrams, unit: documents == .file ? .text : .paragraphs)
        var skipped = 0
        let skip = { (document: IDFModelBuilder.Skipped) in
            Output.error("\(document); skipped")
            skipped += 1
        }
        if stdinJSONL {
            var lines = JSONLinesReader(maxBytes: Int.max)
            try builder.add(records: &lines, skipped: skip)
        }
        try builder.add(files: files, skipped: skip)
        guard var model = builder.model else {
            throw DocumentFailure(path: stdinJSONL ? "<stdin>" : paths.joined(separator: " "), problem: "no documents found; nothing written")
        }
        let counted = model.keyCount
        model = model.pruned(minimumDocumentFrequency: minDF)
        try IDFFile.write(model, to: output)

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let kept = minDF > 1 ? "\(model.keyCount) keys (of \(counted); min-df \(minDF))" : "\(model.keyCount) keys"
        var summary = "\(model.documentCount) documents, \(kept), language \(model.language.code), "
        summary += String(format: "%.1f s", seconds) + " → \(output)"
        if skipped > 0 { summary += "; \(skipped) skipped" }
        Output.note(summary)
        if skipped > 0 { throw ExitCode(1) }
    }
}

struct IDFMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add up models built on parts of a corpus into one.",
        discussion: """
            The result equals the model built on all the parts at once, provided the parts were \
            built without --min-df; prune the merged model instead (--min-df here). All models \
            must be of one language.
            """
    )

    @Argument(help: "Model files (from `precis idf build`).")
    var models: [String]

    @Option(name: [.short, .customLong("output")], help: "The model file to write ('-' for standard output).")
    var output: String

    @Option(name: .customLong("min-df"), help: "Leave out keys found in fewer documents than this (1 keeps all).")
    var minDF: Int = 1

    func validate() throws {
        if models.isEmpty { throw ValidationError("give at least one model file to merge") }
        if minDF < 1 { throw ValidationError("--min-df must be at least 1 (got \(minDF))") }
    }

    func run() throws {
        guard let merged = try IDFModel.merged(files: models) else { return }
        let result = merged.pruned(minimumDocumentFrequency: minDF)
        try IDFFile.write(result, to: output)
        Output.note(
            "\(models.count) models, \(result.documentCount) documents, \(result.keyCount) keys, "
                + "language \(result.language.code) → \(output)")
    }
}

struct IDFShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a model's language, documents and keys, and the counts of given keys.",
        discussion: """
            Each KEY is segmented, folded and stemmed as in the model's language before it is \
            looked up, so 'Lakes' finds the key 'lake' and 'Lake Marrow' finds 'lake marrow'; \
            --raw looks keys up as typed. For each key: the key looked up, its document \
            frequency, its IDF (ln((N + 1) / (df + 1)) + 1) and the key as typed, separated by tabs.
            """
    )

    @Argument(help: "A model file.")
    var model: String

    @Argument(help: "Words or phrases to look up.")
    var keys: [String] = []

    @Flag(name: .long, help: "Look keys up exactly as typed, without folding or stemming.")
    var raw = false

    @Option(name: .long, help: "Also list the N keys found in the most documents.")
    var top: Int = 0

    func run() throws {
        let model = try IDFModel(contentsOfFile: self.model)
        Output.line("language: \(model.language.code)")
        Output.line("documents: \(model.documentCount)")
        Output.line("keys: \(model.keyCount)")
        Output.line("unseen key idf: \(Self.format(model.unseenIDF))")
        if top > 0 {
            Output.line("")
            Output.line("top \(top) keys by document frequency:")
            for (key, df) in model.mostFrequentKeys(top) {
                Output.line("\(key)\t\(df)\t\(Self.format(model.idf(key)))")
            }
        }
        guard !keys.isEmpty else { return }
        Output.line("")
        let segmenter = Segmenter(language: model.language)
        for typed in keys {
            let key = raw ? typed : try segmenter.candidateKey(for: typed)
            Output.line("\(key)\t\(model.documentFrequency(of: key))\t\(Self.format(model.idf(key)))\t\(typed)")
            if !raw, !model.contains(key), try segmenter.isStopwords(typed) {
                Output.note(
                    "'\(typed)' is a stopword in '\(model.language.code)': stopwords are never keyword candidates, "
                        + "so models do not count them")
            }
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
