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

/// Reading and writing model files.
enum IDFFile {
    /// The model in the file at `path`; failures name the path and, for bad content, the line.
    static func read(_ path: String) throws(InputFile.Failure) -> IDFModel {
        let text = try InputFile.read(path)
        do {
            return try IDFModel(parsing: text)
        } catch {
            throw InputFile.Failure(path: path, problem: error.description)
        }
    }

    /// Writes `model` to `path` ("-" for standard output), replacing the file atomically.
    static func write(_ model: IDFModel, to path: String) throws(InputFile.Failure) {
        let data = Data(model.serialized().utf8)
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputFile.Failure(path: path, problem: "cannot be written (\(error.localizedDescription))")
        }
    }

    /// A line on standard error that is not an error (progress, a summary).
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("precis: " + text + "\n").utf8))
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
        let files = stdinJSONL ? [] : try IDFBuildCommand.textFiles(in: paths)
        var configuration = try text.segmenterConfiguration()
        var segmenter = Segmenter(configuration: configuration)
        var statistics = CorpusStatistics(maxWords: ngrams)
        var language: Language?
        if case .fixed(let fixed) = configuration.language { language = fixed }
        var skipped = 0

        /// Counts the documents of one file's (or one record's) text.
        func count(_ contents: String, from path: String) throws {
            let units = documents == .file ? [contents[...]] : Self.paragraphs(of: contents)
            for (number, unit) in units.enumerated() {
                let document: Document
                do {
                    document = try segmenter.segment(String(unit))
                } catch {
                    let place = documents == .file ? path : "\(path) (document \(number + 1))"
                    Output.error("\(place): \(error); skipped")
                    skipped += 1
                    continue
                }
                if language == nil {
                    // The first document sets the language of the model and of every later document.
                    guard !document.language.isUndetermined else {
                        throw InputFile.Failure(
                            path: path,
                            problem:
                                "the language of the first document could not be identified; give it with --lang CODE")
                    }
                    language = document.language
                    configuration.language = .fixed(document.language)
                    segmenter = Segmenter(configuration: configuration)
                }
                statistics.add(document)
            }
        }

        if stdinJSONL {
            var lines = JSONLinesInput(maxBytes: Int.max)
            while let line = lines.next() {
                switch JSONLinesInput.parse(line, maxBytes: Int.max) {
                case .success(let record):
                    let text: String
                    do {
                        text = try TextFile.text(of: record).text
                    } catch {
                        Output.error("line \(line.number) (id \(record.id ?? "")): \(error.problem); skipped")
                        skipped += 1
                        continue
                    }
                    try count(text, from: "id \(record.id ?? "")")
                case .failure(let failure):
                    Output.error("line \(line.number) \(failure.problem); skipped")
                    skipped += 1
                }
            }
        }
        for path in files {
            let contents: String
            do {
                contents = try InputFile.read(path)
            } catch {
                Output.error("\(error.description); skipped")
                skipped += 1
                continue
            }
            try count(contents, from: path)
        }
        guard let language, var model = statistics.model(for: language) else {
            throw InputFile.Failure(path: stdinJSONL ? "<stdin>" : paths.joined(separator: " "), problem: "no documents found; nothing written")
        }
        let counted = model.keyCount
        model = model.pruned(minimumDocumentFrequency: minDF)
        try IDFFile.write(model, to: output)

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let kept = minDF > 1 ? "\(model.keyCount) keys (of \(counted); min-df \(minDF))" : "\(model.keyCount) keys"
        var summary = "\(model.documentCount) documents, \(kept), language \(model.language.code), "
        summary += String(format: "%.1f s", seconds) + " → \(output)"
        if skipped > 0 { summary += "; \(skipped) skipped" }
        IDFFile.note(summary)
        if skipped > 0 { throw ExitCode(1) }
    }

    /// The blocks of `text` separated by blank (or white-space-only) lines, without leading and
    /// trailing blank lines.
    static func paragraphs(of text: String) -> [Substring] {
        var result: [Substring] = []
        var blockStart: String.Index?
        var blockEnd = text.startIndex
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: \.isNewline) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if line.allSatisfy(\.isWhitespace) {
                if let start = blockStart { result.append(text[start..<blockEnd]) }
                blockStart = nil
            } else {
                if blockStart == nil { blockStart = lineStart }
                blockEnd = lineEnd
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        if let start = blockStart { result.append(text[start..<blockEnd]) }
        return result
    }

    /// The files named in `paths` ("-" is standard input), and the .txt files under the folders
    /// named, found as `precis batch` finds them, in the order given.
    static func textFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            do {
                files += try CorpusWalker(roots: [path], filter: .init()).map(\.path)
            } catch {
                throw ValidationError(error.description)
            }
        }
        return files
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
        var merged: IDFModel?
        for path in models {
            let model = try IDFFile.read(path)
            guard let current = merged else {
                merged = model
                continue
            }
            do {
                merged = try current.merging(model)
            } catch {
                throw InputFile.Failure(
                    path: path,
                    problem: "is a '\(model.language.code)' model, but \(models[0]) is '\(current.language.code)'; "
                        + "models of different languages cannot be merged")
            }
        }
        guard let merged else { return }
        let result = merged.pruned(minimumDocumentFrequency: minDF)
        try IDFFile.write(result, to: output)
        IDFFile.note(
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
        let model = try IDFFile.read(self.model)
        Output.line("language: \(model.language.code)")
        Output.line("documents: \(model.documentCount)")
        Output.line("keys: \(model.keyCount)")
        Output.line("unseen key idf: \(Self.format(model.unseenIDF))")
        if top > 0 {
            let ranked = model.documentFrequencies.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }
            Output.line("")
            Output.line("top \(top) keys by document frequency:")
            for (key, df) in ranked.prefix(top) {
                Output.line("\(key)\t\(df)\t\(Self.format(model.idf(key)))")
            }
        }
        guard !keys.isEmpty else { return }
        Output.line("")
        let segmenter = Segmenter(language: model.language)
        for typed in keys {
            let key = raw ? typed : try Self.key(for: typed, segmenter: segmenter)
            Output.line("\(key)\t\(model.documentFrequency(of: key))\t\(Self.format(model.idf(key)))\t\(typed)")
            if !raw, !model.contains(key), try Self.isStopwords(typed, segmenter: segmenter) {
                IDFFile.note(
                    "'\(typed)' is a stopword in '\(model.language.code)': stopwords are never keyword candidates, "
                        + "so models do not count them")
            }
        }
    }

    /// Whether every word of `typed` is a stopword.
    static func isStopwords(_ typed: String, segmenter: Segmenter) throws -> Bool {
        let words = try segmenter.segment(typed).tokens.filter { $0.term != nil }
        return !words.isEmpty && words.allSatisfy(\.isStopword)
    }

    /// The matching key of a word or phrase as typed: the key `CandidateExtractor` gives the whole
    /// phrase, or, when it has none (the phrase holds a stopword or punctuation), its words'
    /// terms joined as candidate keys are.
    static func key(for typed: String, segmenter: Segmenter) throws -> String {
        let document = try segmenter.segment(typed)
        let words = document.tokens.filter { $0.term != nil }
        guard let first = words.first, let last = words.last else { return typed }
        let whole = first.range.lowerBound..<last.range.upperBound
        let candidates = CandidateExtractor(configuration: .init(maxWords: max(1, words.count))).candidates(
            in: document)
        if let match = candidates.first(where: { $0.occurrences.contains(whole) }) { return match.key }
        let joiner = document.language.writesWithoutSpaces ? "" : " "
        return words.compactMap { $0.term.map { document.terms[$0] } }.joined(separator: joiner)
    }

    static func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
