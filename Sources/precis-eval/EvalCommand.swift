import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine
import PrecisEvaluation
import PrecisCore

struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Sentence and word boundary F1 against gold segmentation, per language.",
        discussion: """
            DIR holds one folder per language code with text.txt, sentences.txt and words.txt \
            (the layout of shared/eval/segmentation). ICU's own breaks (default locale rules, no \
            tailoring) are scored in the same run for comparison.
            """
    )

    @Argument(help: "The gold-standard folder.")
    var directory: String

    @Option(name: .long, parsing: .upToNextOption, help: "Only these languages.")
    var lang: [String] = []

    @Option(name: .long, help: "Output format: text (a Markdown table) or json.")
    var format: OutputFormat = .text

    struct Row: Encodable {
        let language: String
        let precis: Scores
        let icu: Scores
    }
    struct Scores: Encodable {
        let sentenceP, sentenceR, sentenceF1, wordBoundaryF1, wordTokenF1: Double
        init(_ scores: SegmentationScores) {
            sentenceP = scores.sentenceBoundary.precision
            sentenceR = scores.sentenceBoundary.recall
            sentenceF1 = scores.sentenceBoundary.f1
            wordBoundaryF1 = scores.wordBoundary.f1
            wordTokenF1 = scores.wordToken.f1
        }
    }

    /// The language folders of `directory` that hold a gold set.
    static func goldSets(in directory: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return entries.filter { FileManager.default.fileExists(atPath: "\(directory)/\($0)/text.txt") }.sorted()
    }

    func validate() throws {
        let available = Self.goldSets(in: directory)
        guard !available.isEmpty else { return }   // run() reports a missing folder
        for code in lang where !available.contains(code) {
            throw ValidationError(
                "no gold set '\(code)' for --lang in \(directory). Sets there: \(available.joined(separator: ", ")).")
        }
    }

    func run() throws {
        let fileManager = FileManager.default
        guard (try? fileManager.contentsOfDirectory(atPath: directory)) != nil else {
            throw ValidationError("\(directory): no such folder (pass the gold folder, e.g. ../shared/eval/segmentation)")
        }
        let languages = (lang.isEmpty ? Self.goldSets(in: directory) : lang).sorted()
        var rows: [Row] = []
        for code in languages {
            let folder = "\(directory)/\(code)"
            let gold = try SegmentationGold.parse(
                text: try TextFile.read("\(folder)/text.txt").text, sentences: try TextFile.read("\(folder)/sentences.txt").text,
                words: try TextFile.read("\(folder)/words.txt").text)
            let language = Language(code)
            let precis = Segmenter(configuration: .init(language: .fixed(language)))
            let icu = Segmenter(configuration: .init(language: .fixed(language), plainICU: true))
            var precisScores = SegmentationScores()
            var icuScores = SegmentationScores()
            for paragraph in gold {
                for (segmenter, isPrecis) in [(precis, true), (icu, false)] {
                    let document = try segmenter.segment(paragraph.text)
                    let sentences = document.sentences.map(\.range)
                    let words = document.tokens.map(\.range)
                    if isPrecis {
                        precisScores.score(paragraph, sentences: sentences, words: words)
                    } else {
                        icuScores.score(paragraph, sentences: sentences, words: words)
                    }
                }
            }
            rows.append(Row(language: code, precis: Scores(precisScores), icu: Scores(icuScores)))
        }
        if format == .json {
            try Output.json(rows)
            return
        }
        Output.line("| lang | sentence F1 ICU | sentence F1 Precis (P / R) | word-boundary F1 ICU | Precis | word-token F1 ICU | Precis |")
        Output.line("|---|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            let p = row.precis
            let i = row.icu
            Output.line(
                "| \(row.language) | \(f(i.sentenceF1)) | **\(f(p.sentenceF1))** (\(f(p.sentenceP)) / \(f(p.sentenceR))) | \(f(i.wordBoundaryF1)) | \(f(p.wordBoundaryF1)) | \(f(i.wordTokenF1)) | \(f(p.wordTokenF1)) |")
        }
    }
}

struct EvalLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Accuracy of language identification on labelled texts.",
        discussion: """
            Every .txt file below the given paths is one text, labelled by its file-name prefix \
            ("ru_1234.txt" is Russian) or, failing that, by its folder's name when that is a \
            language code ("segmentation/de/text.txt", whose blank-line-separated paragraphs are \
            then each one text), or by --expect.
            """
    )

    @Argument(help: "Files or folders of labelled texts.")
    var paths: [String]

    @Option(name: .long, help: "The language of texts whose name carries none.")
    var expect: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Result: Encodable {
        var texts = 0
        var correct = 0
        var perLanguage: [String: [Int]] = [:]  // code: [texts, correct]
        var confusions: [String: Int] = [:]  // "expected→guessed": count
    }

    func run() throws {
        var result = Result()
        let identifier = LanguageIdentifier()
        for (path, label) in try labelledFiles() {
            let text = try TextFile.read(path).text
            let units: [Substring] =
                path.hasSuffix("/text.txt") ? text.split(separator: "\n\n").map { $0 } : [Substring(text)]
            for unit in units where !unit.allSatisfy(\.isWhitespace) {
                let guess = identifier.identify(String(unit)).language
                result.texts += 1
                result.perLanguage[label.code, default: [0, 0]][0] += 1
                if guess == label {
                    result.correct += 1
                    result.perLanguage[label.code]![1] += 1
                } else {
                    result.confusions["\(label.code)→\(guess.code)", default: 0] += 1
                }
            }
        }
        if format == .json {
            try Output.json(result)
            return
        }
        Output.line("Language identification: \(result.correct)/\(result.texts) correct (\(f(Double(result.correct) / Double(max(result.texts, 1)))))")
        Output.line("| lang | texts | correct | accuracy |")
        Output.line("|---|---:|---:|---:|")
        for (code, counts) in result.perLanguage.sorted(by: { $0.key < $1.key }) {
            Output.line("| \(code) | \(counts[0]) | \(counts[1]) | \(f(Double(counts[1]) / Double(counts[0]))) |")
        }
        if !result.confusions.isEmpty {
            Output.line("Errors: " + result.confusions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
        }
    }

    private func labelledFiles() throws -> [(String, Language)] {
        var files: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("\(path): no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let enumerator = fileManager.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".txt") { files.append("\(path)/\(relative)") }
            }
        }
        var labelled: [(String, Language)] = []
        for file in files.sorted() {
            let name = (file as NSString).lastPathComponent
            let folder = ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent
            if let underscore = name.firstIndex(of: "_"), name.distance(from: name.startIndex, to: underscore) == 2,
                name[..<underscore].allSatisfy(\.isLowercase)
            {
                labelled.append((file, Language(String(name[..<underscore]))))
            } else if (2...3).contains(folder.count), folder.allSatisfy(\.isLowercase), name == "text.txt" {
                labelled.append((file, Language(folder)))
            } else if let expect {
                labelled.append((file, Language(expect)))
            }
        }
        return labelled
    }
}

/// A score with three decimals.
func f(_ value: Double) -> String { String(format: "%.3f", value) }
