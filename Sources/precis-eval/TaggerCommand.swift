import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine
import PrecisEvaluation

/// `precis tagger`: train and evaluate part-of-speech taggers and lemmatisers.
struct TaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train and evaluate the part-of-speech taggers and lemmatisers.",
        discussion: """
            Precis ships a tagger for each language in `precis languages` marked with one; keywords \
            use it to keep noun phrases and to show them in their base form. The taggers are \
            trained on Universal Dependencies treebanks: a folder with one sub-folder per language \
            code holding train.tsv and test.tsv (or .conllu; .xz-compressed files are read through \
            xz). The tsv form is FORM<TAB>LEMMA<TAB>UPOS<TAB>FEATS with `# text = ` lines, one \
            blank line between sentences.
            """,
        subcommands: [TaggerTrainCommand.self, TaggerEvalCommand.self]
    )
}

/// Options shared by `tagger train` and `tagger eval`.
struct TreebankOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of treebanks: one sub-folder per language code.", valueName: "dir"))
    var ud: String

    @Option(name: .long, help: "Languages: codes separated by commas, or 'all' (every sub-folder).")
    var lang: String = "all"

    /// The language codes asked for, checked to have a folder.
    func languages() throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: ud, isDirectory: &isFolder), isFolder.boolValue else {
            throw SetupError("\(ud): no such folder of treebanks (give one with --ud DIR)")
        }
        if lang == "all" {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: ud)) ?? []
            return entries.filter { entry in
                var folder: ObjCBool = false
                return FileManager.default.fileExists(atPath: ud + "/" + entry, isDirectory: &folder) && folder.boolValue
            }.sorted()
        }
        let codes = lang.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        for code in codes where !FileManager.default.fileExists(atPath: ud + "/" + code) {
            throw SetupError("\(ud)/\(code): no such folder (the treebank of '\(code)')")
        }
        return codes
    }

    /// The sentences of `<ud>/<code>/<part>.{tsv,conllu}[.xz]`, or `nil` when there is no such file.
    func sentences(_ code: String, _ part: String) throws -> [TreebankSentence]? {
        for name in ["\(part).tsv", "\(part).conllu", "\(part).tsv.xz", "\(part).conllu.xz"] {
            let path = "\(ud)/\(code)/\(name)"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let text = name.hasSuffix(".xz") ? try Self.decompress(path) : try TextFile.read(path).text
            return TreebankSentence.parse(text)
        }
        return nil
    }

    private static func decompress(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xz", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            throw SetupError("\(path): cannot run xz to read it (\(error.localizedDescription)); install xz-utils")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SetupError("\(path): xz could not read it") }
        return String(decoding: data, as: UTF8.self)
    }
}

/// What the treebank gives for one language, tokenised both ways.
struct TreebankData {
    /// Sentences cut into Precis's tokens, with projected tags and lemmas.
    var precisTokens: [TaggedSentence] = []
    /// Sentences as the treebank tokenises them.
    var treebankTokens: [TaggedSentence] = []
    /// How Precis's tokens met the treebank's words.
    var alignment = TreebankSentence.Alignment()

    init(_ sentences: [TreebankSentence], language: String) throws {
        let segmenter = Segmenter(configuration: .init(language: .fixed(Language(language)), joinWrappedLines: false))
        for sentence in sentences {
            let (projected, alignment) = try sentence.projected(with: segmenter)
            precisTokens.append(projected)
            treebankTokens.append(sentence.goldTokens)
            self.alignment = self.alignment + alignment
        }
    }

    var tokenCount: Int { treebankTokens.reduce(0) { $0 + $1.forms.count } }

    /// The sentences cut into Precis's tokens, into the treebank's words, or both.
    func sentences(_ source: TokenSource) -> [TaggedSentence] {
        switch source {
        case .precis: precisTokens
        case .treebank: treebankTokens
        case .both: precisTokens + treebankTokens
        }
    }
}

struct TaggerTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train taggers and lemmatisers on Universal Dependencies data.",
        discussion: """
            For each language, reads train.tsv, cuts each sentence into Precis's own tokens (ICU \
            word breaks) and carries the treebank's tags and lemmas over to them, trains the model \
            and writes <out>/<code>.model. Training is deterministic. Where test.tsv exists, prints \
            the accuracy on it. `make taggers` trains the shipped models; `make data` embeds them.
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the models.", valueName: "dir"))
    var out: String = "models/pos"

    @Option(name: .long, help: "Passes over the training data.")
    var rounds: Int = TaggerTrainer.Configuration().rounds

    @Option(name: .long, help: "Averaged weights smaller than this are left out of the model (larger: smaller models).")
    var smallestWeight: Double = TaggerTrainer.Configuration().smallestWeight

    @Option(
        name: .long,
        help: "Words seen at least this often in training, nearly always with one tag, get that tag without scoring (the dictionary of unambiguous words).")
    var dictionaryMinimumCount: Int = TaggerTrainer.Configuration().dictionaryMinimumCount

    @Option(name: .long, help: "Train on Precis's tokens (precis, the default), on the treebank's own words (treebank), or on both.")
    var tokens: TokenSource = .precis

    @Option(name: .long, help: "The tokens the lemmatiser learns from: precis, treebank or both (the default).")
    var lemmaTokens: TokenSource = .both

    @Option(
        name: .customLong("held-out"),
        help: ArgumentHelp(
            "Leave every Nth training sentence out of training and report the accuracy on those instead of test.tsv (for choosing settings without looking at the test data).",
            valueName: "n"))
    var heldOut: Int?

    @Option(name: .long, help: ArgumentHelp("Write each language's evaluated tokens, with gold and predicted tags and lemmas, to <dir>/<code>.tsv.", valueName: "dir"))
    var errors: String?

    /// Languages whose Precis tokens are often pieces of words: Chinese and Japanese (ICU's
    /// dictionary cuts), Vietnamese (syllables). Their taggers look at pairs of words.
    static let wordPairLanguages: Set<String> = ["ja", "vi", "zh"]

    func validate() throws {
        if rounds < 1 { throw ValidationError("--rounds must be at least 1 (got \(rounds))") }
        if dictionaryMinimumCount < 1 {
            throw ValidationError("--dictionary-minimum-count must be at least 1 (got \(dictionaryMinimumCount))")
        }
        if let heldOut, heldOut < 2 { throw ValidationError("--held-out must be at least 2 (got \(heldOut))") }
    }

    func run() throws {
        let codes = try treebanks.languages()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var rows: [TaggerReportRow] = []
        for code in codes {
            guard var train = try treebanks.sentences(code, "train") else {
                Output.error("\(treebanks.ud)/\(code): no train.tsv, skipped")
                continue
            }
            var test = try treebanks.sentences(code, "test")
            if let heldOut {
                test = train.indices.filter { $0 % heldOut == heldOut - 1 }.map { train[$0] }
                train = train.indices.filter { $0 % heldOut != heldOut - 1 }.map { train[$0] }
            }
            let data = try TreebankData(train, language: code)
            var configuration = TaggerTrainer.Configuration()
            configuration.rounds = rounds
            configuration.smallestWeight = smallestWeight
            configuration.dictionaryMinimumCount = dictionaryMinimumCount
            configuration.wordPairs = Self.wordPairLanguages.contains(code)
            let started = Date()
            let model = TaggerTrainer(configuration: configuration)
                .train(
                    data.sentences(tokens), language: Language(code), lemmaSentences: data.sentences(lemmaTokens))
            let bytes = model.serialized()
            let path = "\(out)/\(code).model"
            do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                throw SetupError("\(path): cannot be written (\(error.localizedDescription))")
            }
            Output.error(
                "\(code): \(data.tokenCount) training words, \(model.featureCount) features, lemma rules \(model.lemmatizer.ruleCount), exceptions \(model.lemmatizer.exceptionCount), "
                    + "\(bytes.count / 1024) KB, \(String(format: "%.1f", Date().timeIntervalSince(started))) s → \(path)")
            if let errors {
                try TaggerReportRow.writeTokens(data.precisTokens, model: model, to: "\(errors)/\(code).train.tsv")
            }
            if let test {
                rows.append(try TaggerReportRow(code: code, model: model, train: data, test: test, errors: errors))
            }
        }
        if !rows.isEmpty { TaggerReportRow.print(rows) }
    }
}

enum TokenSource: String, ExpressibleByArgument, CaseIterable {
    case precis, treebank, both
}

struct TaggerEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Accuracy of the taggers and lemmatisers on Universal Dependencies test data.",
        discussion: """
            For each language, tags test.tsv twice: cut into Precis's tokens (what keywords see) \
            and as the treebank's own words. Prints part-of-speech (UPOS) and lemma accuracy both \
            ways, how Precis's tokens meet the treebank's words, and tagging speed.
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @Option(name: .long, help: ArgumentHelp("Models from `precis tagger train` instead of the shipped ones.", valueName: "dir"))
    var models: String?

    func run() throws {
        var rows: [TaggerReportRow] = []
        for code in try treebanks.languages() {
            let model: TaggerModel
            if let models {
                let path = "\(models)/\(code).model"
                guard let data = FileManager.default.contents(atPath: path) else {
                    Output.error("\(path): no model, skipped")
                    continue
                }
                do { model = try TaggerModel(serialized: [UInt8](data)) } catch {
                    throw SetupError("\(path): \(error)")
                }
            } else {
                guard let bundled = TaggerModel.bundled(for: Language(code)) else {
                    Output.error("\(code): Precis ships no tagger, skipped")
                    continue
                }
                model = bundled
            }
            guard let test = try treebanks.sentences(code, "test") else {
                Output.error("\(treebanks.ud)/\(code): no test.tsv, skipped")
                continue
            }
            let train = try treebanks.sentences(code, "train").map { try TreebankData($0, language: code) }
            rows.append(try TaggerReportRow(code: code, model: model, train: train, test: test))
        }
        TaggerReportRow.print(rows)
    }
}

/// One language's line of the accuracy table.
struct TaggerReportRow {
    let code: String
    let trainWords: Int?
    let testWords: Int
    let precis: TaggerEvaluation
    let treebank: TaggerEvaluation
    let alignment: TreebankSentence.Alignment
    let tokensPerSecond: Double
    /// Tokens timed and the CPU seconds they took (best pass).
    private(set) var tokens = 0
    private(set) var seconds = 0.0
    let modelBytes: Int

    init(code: String, model: TaggerModel, train: TreebankData?, test: [TreebankSentence], errors: String? = nil) throws {
        self.code = code
        let data = try TreebankData(test, language: code)
        if let errors { try Self.writeTokens(data.precisTokens, model: model, to: "\(errors)/\(code).tsv") }
        trainWords = train?.tokenCount
        testWords = data.tokenCount
        precis = TaggerEvaluation.evaluate(Tagger(model: model), on: data.precisTokens)
        treebank = TaggerEvaluation.evaluate(Tagger(model: model), on: data.treebankTokens)
        alignment = data.alignment
        modelBytes = model.serialized().count
        // Speed: tag the test sentences (Precis tokens, as slices of one text per sentence, as a
        // document hands them over) three times with a fresh tagger, so the first pass fills the
        // caches as a long-running batch job would; best of three, in CPU time (the
        // machine may be busy with other work).
        var sentences: [[Substring]] = []
        for sentence in data.precisTokens {
            let text = sentence.forms.joined(separator: " ")
            var slices: [Substring] = []
            var start = text.startIndex
            for form in sentence.forms {
                let end = text.utf8.index(start, offsetBy: form.utf8.count)
                slices.append(text[start..<end])
                start = end < text.endIndex ? text.utf8.index(after: end) : end
            }
            sentences.append(slices)
        }
        let tokenCount = sentences.reduce(0) { $0 + $1.count }
        tokens = tokenCount
        let tagger = Tagger(model: model)
        var best = Double.infinity
        for _ in 0..<3 {
            let started = Self.cpuSeconds()
            for sentence in sentences { _ = tagger.tag(sentence) }
            best = min(best, Self.cpuSeconds() - started)
        }
        seconds = best
        tokensPerSecond = Double(tokenCount) / max(best, 1e-9)
    }

    /// CPU time of the process, in seconds (the tagging runs on one thread).
    static func cpuSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }

    /// Writes every evaluated token: form, gold tag, predicted tag, gold lemma, predicted lemma, and
    /// "T" / "L" marks where the tag / lemma is wrong.
    static func writeTokens(_ sentences: [TaggedSentence], model: TaggerModel, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let tagger = Tagger(model: model)
        var out = ""
        for sentence in sentences {
            let forms = sentence.forms.map { Substring($0) }
            let predicted = tagger.tag(forms)
            let first = forms.firstIndex(where: { $0.unicodeScalars.contains { $0.properties.isAlphabetic } })
            for i in forms.indices {
                let gold = sentence.tags[i]
                if gold == .other && sentence.lemmas[i] == nil { continue }
                let lemma = tagger.lemma(of: forms[i], tag: predicted[i], sentenceInitial: i == first)
                let lemmaWrong = sentence.lemmas[i] != nil && gold != .punctuation && gold != .symbol && sentence.lemmas[i] != lemma
                out += "\(forms[i])\t\(gold)\t\(predicted[i])\t\(sentence.lemmas[i] ?? "_")\t\(lemma)\t"
                    + (predicted[i] != gold ? "T" : "") + (lemmaWrong ? "L" : "") + "\n"
            }
            out += "\n"
        }
        do { try out.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw SetupError("\(path): cannot be written (\(error.localizedDescription))")
        }
    }

    static func print(_ rows: [TaggerReportRow]) {
        Output.line(
            "| lang | train words | test words | UPOS | lemma | lemma N/PROPN/ADJ | UPOS (UD words) | lemma (UD words) | tokens 1:1 / part / several / none | tokens/s | model KB |")
        Output.line("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
        func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }
        for row in rows {
            let a = row.alignment
            let share = { (n: Int) in String(format: "%.1f", Double(n) * 100 / Double(max(a.total, 1))) }
            Output.line(
                "| \(row.code) | \(row.trainWords.map(String.init) ?? "-") | \(row.testWords) | \(percent(row.precis.tagAccuracy)) | "
                    + "\(percent(row.precis.lemmaAccuracy)) | \(percent(row.precis.phraseWordLemmaAccuracy)) | \(percent(row.treebank.tagAccuracy)) | \(percent(row.treebank.lemmaAccuracy)) | "
                    + "\(share(a.oneToOne)) / \(share(a.partOfWord)) / \(share(a.severalWords)) / \(share(a.unmatched)) | "
                    + "\(Int(row.tokensPerSecond / 1000))k | \(row.modelBytes / 1024) |")
        }
        let tokens = rows.reduce(0) { $0 + $1.tokens }
        let seconds = rows.reduce(0) { $0 + $1.seconds }
        let bytes = rows.reduce(0) { $0 + $1.modelBytes }
        Output.line(
            "| all | | | | | | | | | \(Int(Double(tokens) / max(seconds, 1e-9) / 1000))k | \(bytes / 1024) |")
    }
}
