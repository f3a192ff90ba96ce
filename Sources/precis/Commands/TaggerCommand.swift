import ArgumentParser
import Foundation
import Precis

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
    var ud: String = "../shared/data/ud"

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
            let text = name.hasSuffix(".xz") ? try Self.decompress(path) : try InputFile.read(path)
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

    @Option(name: .long, help: "Train on the treebank's own words (precis) or on Precis's tokens (default).")
    var tokens: TokenSource = .precis

    func validate() throws {
        if rounds < 1 { throw ValidationError("--rounds must be at least 1 (got \(rounds))") }
    }

    func run() throws {
        let codes = try treebanks.languages()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var rows: [TaggerReportRow] = []
        for code in codes {
            guard let train = try treebanks.sentences(code, "train") else {
                Output.error("\(treebanks.ud)/\(code): no train.tsv, skipped")
                continue
            }
            let data = try TreebankData(train, language: code)
            var configuration = TaggerTrainer.Configuration()
            configuration.rounds = rounds
            configuration.smallestWeight = smallestWeight
            let started = Date()
            let model = TaggerTrainer(configuration: configuration)
                .train(tokens == .precis ? data.precisTokens : data.treebankTokens, language: Language(code))
            let bytes = model.serialized()
            let path = "\(out)/\(code).model"
            do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                throw SetupError("\(path): cannot be written (\(error.localizedDescription))")
            }
            Output.error(
                "\(code): \(data.tokenCount) training words, \(model.featureCount) features, lemma rules \(model.lemmatizer.ruleCount), exceptions \(model.lemmatizer.exceptionCount), "
                    + "\(bytes.count / 1024) KB, \(String(format: "%.1f", Date().timeIntervalSince(started))) s → \(path)")
            if let test = try treebanks.sentences(code, "test") {
                rows.append(try TaggerReportRow(code: code, model: model, train: data, test: test))
            }
        }
        if !rows.isEmpty { TaggerReportRow.print(rows) }
    }
}

enum TokenSource: String, ExpressibleByArgument, CaseIterable {
    case precis, treebank
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
    let modelBytes: Int

    init(code: String, model: TaggerModel, train: TreebankData?, test: [TreebankSentence]) throws {
        self.code = code
        let data = try TreebankData(test, language: code)
        trainWords = train?.tokenCount
        testWords = data.tokenCount
        precis = TaggerEvaluation.evaluate(Tagger(model: model), on: data.precisTokens)
        treebank = TaggerEvaluation.evaluate(Tagger(model: model), on: data.treebankTokens)
        alignment = data.alignment
        modelBytes = model.serialized().count
        // Speed: tag the test sentences (Precis tokens) three times with a fresh tagger, so the
        // first pass fills the caches as a long-running batch job would; best of three.
        let forms = data.precisTokens.map { $0.forms.map { Substring($0) } }
        let tokenCount = forms.reduce(0) { $0 + $1.count }
        let tagger = Tagger(model: model)
        var best = Double.infinity
        for _ in 0..<3 {
            let started = DispatchTime.now().uptimeNanoseconds
            for sentence in forms { _ = tagger.tag(sentence) }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        tokensPerSecond = Double(tokenCount) / max(best, 1e-9)
    }

    static func print(_ rows: [TaggerReportRow]) {
        Output.line(
            "| lang | train words | test words | UPOS | lemma | UPOS (UD words) | lemma (UD words) | tokens 1:1 / part / several / none | tokens/s | model KB |")
        Output.line("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|")
        func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }
        for row in rows {
            let a = row.alignment
            let share = { (n: Int) in String(format: "%.1f", Double(n) * 100 / Double(max(a.total, 1))) }
            Output.line(
                "| \(row.code) | \(row.trainWords.map(String.init) ?? "-") | \(row.testWords) | \(percent(row.precis.tagAccuracy)) | "
                    + "\(percent(row.precis.lemmaAccuracy)) | \(percent(row.treebank.tagAccuracy)) | \(percent(row.treebank.lemmaAccuracy)) | "
                    + "\(share(a.oneToOne)) / \(share(a.partOfWord)) / \(share(a.severalWords)) / \(share(a.unmatched)) | "
                    + "\(Int(row.tokensPerSecond / 1000))k | \(row.modelBytes / 1024) |")
        }
    }
}
