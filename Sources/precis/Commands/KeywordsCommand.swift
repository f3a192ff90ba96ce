import ArgumentParser
import Foundation
import Precis

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "The top keywords and keyphrases of a text, with scores.",
        discussion: """
            Candidates are words and phrases of up to three words between stopwords and \
            punctuation (in Chinese, Japanese and Thai, adjacent dictionary words joined), \
            scored by TF-IDF against background statistics shipped for the text's language, or \
            your own (--idf FILE, made with `precis idf build`). Names and keywords in other \
            scripts carry a Latin form; one name written in two scripts is one keyword. JSON gives \
            each keyword's score, key, surface forms, occurrence count, first UTF-8 offsets, \
            whether it is a name and its Latin form, and the input's encoding.

            With several files, each file's text and lines output follows a header line, \
            ==> FILE <==; TSV output gets a leading path column; JSON output is an array with \
            one object a file (its "path" added, or "path" and "error" for a file that failed). \
            A file that fails is named on standard error, the others go on, and the exit status \
            is 1.
            """
    )

    @Argument(help: "Text files, or '-' for standard input (the default).")
    var files: [String] = ["-"]

    @Option(
        name: [.short, .customLong("keywords"), .customLong("count")],
        help: "Number of keywords (as -k in `batch`; --count is the old name).")
    var k: Int = 10

    @OptionGroup var keywordOptions: KeywordOptions

    @Option(name: .long, help: "Output format: text (score and phrase), json, tsv or lines (phrases alone).")
    var format: KeywordFormat = .text

    @OptionGroup var text: TextOptions

    func validate() throws {
        if k < 1 { throw ValidationError("-k must be at least 1 (got \(k))") }
        try FileList.validate(files)
    }

    func run() throws {
        // Options first: a bad --idf or --stopwords file is found before any input is read.
        let pipeline = DocumentPipeline(
            options: try text.pipelineOptions(keywords: .init(count: k, configuration: try keywordOptions.configuration())))
        let list = FileList(files: files)
        var elements: [FileJSON<KeywordReport>] = []
        var first = true
        let failed = try list.forEach({ file -> (keywords: [Keyword], json: KeywordReport) in
            let analysis = try pipeline.analyze(FileList.input(file))
            let keywords = analysis.keywords ?? []
            return (keywords, KeywordReport(keywords, document: analysis.document, encoding: analysis.encoding ?? "UTF-8", requested: k))
        }, deliver: { file, outcome in
            guard case .success(let result) = outcome else {
                if format == .json && list.isSeveral { elements.append(FileJSON(file, outcome.map(\.json))) }
                return
            }
            let keywords = result.keywords
            switch format {
            case .text:
                list.write(keywords.map { keyword in
                    let latin = keyword.latin.map { " (\($0))" } ?? ""
                    return String(format: "%.4f", keyword.score) + "\t" + collapsingWhitespace(Substring(keyword.phrase)) + latin
                }, for: file, first: first)
            case .tsv:
                // Several files: a leading path column instead of headers, so the table stays one table.
                if first { Output.line((list.isSeveral ? "path\t" : "") + "phrase\tscore\tcount\tname\tlatin") }
                let path = list.isSeveral ? [FileList.name(file)] : []
                for keyword in keywords {
                    Output.line(
                        (path + [collapsingWhitespace(Substring(keyword.phrase)), String(format: "%.6f", keyword.score), String(keyword.count),
                         keyword.isName ? "1" : "0", keyword.latin ?? ""]).joined(separator: "\t"))
                }
            case .lines:
                list.write(keywords.map { collapsingWhitespace(Substring($0.phrase)) }, for: file, first: first)
            case .json:
                if list.isSeveral { elements.append(FileJSON(file, .success(result.json))) } else { try Output.json(result.json) }
            }
            first = false
        })
        if list.isSeveral && format == .json { try Output.json(elements) }
        if failed { throw ExitCode.failure }
    }
}

/// Output formats of `keywords`.
enum KeywordFormat: String, ExpressibleByArgument, CaseIterable {
    /// Score, a tab, the phrase (and its Latin form in brackets).
    case text
    /// Everything, as JSON.
    case json
    /// A header line, then phrase, score, count, name, Latin form.
    case tsv
    /// The phrases alone, one a line: for pipelines.
    case lines
}

/// Options shared by the commands that extract keywords.
struct KeywordOptions: ParsableArguments {
    @Option(name: .long, help: "Phrase lengths in words: N or MIN...MAX (default 1...3, and names of up to 5 words).")
    var ngrams: String = "1...3"

    @Flag(name: .long, help: "No part-of-speech tagging: candidates are runs between stopwords, as in languages without a tagger.")
    var noTagger = false

    @Option(name: .long, help: "Document frequencies: 'bundled' (shipped for the language), 'none', or a model FILE from `precis idf build`.")
    var idf: String = "bundled"

    @Option(name: .long, help: ArgumentHelp("Phrase-length weight exponent.", visibility: .hidden))
    var phraseWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Factor for phrases gluing a name to common words.", visibility: .hidden))
    var mixedCaseWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Extra phrase weight in short texts.", visibility: .hidden))
    var shortBonus: Double?

    @Option(name: .long, help: ArgumentHelp("Sentences from which a text is long.", visibility: .hidden))
    var shortText: Int?

    @Option(name: .long, help: ArgumentHelp("Weight of an early first occurrence.", visibility: .hidden))
    var earlyWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Factor for names and acronyms.", visibility: .hidden))
    var nameBoost: Double?

    @Option(name: .long, help: ArgumentHelp("Term frequency exponent (1 = raw; default 1 + log tf).", visibility: .hidden))
    var tfExponent: Double?

    @Flag(name: .long, help: ArgumentHelp("Keep sub-phrases of chosen phrases.", visibility: .hidden))
    var keepOverlaps = false

    @Option(name: .long, help: ArgumentHelp("Share of lone occurrences that makes an overlapping phrase distinct.", visibility: .hidden))
    var distinctShare: Double?

    @Option(name: .long, help: ArgumentHelp("Drop candidates seen once in texts of this many sentences or more.", visibility: .hidden))
    var singletonLimit: Int?

    func validate() throws { _ = try wordRange() }

    func wordRange() throws -> ClosedRange<Int> {
        let parts = ngrams.split(whereSeparator: { $0 == "." || $0 == "-" }).compactMap { Int($0) }
        let range: ClosedRange<Int>
        switch parts.count {
        case 1: range = 1...parts[0]
        case 2 where parts[0] <= parts[1]: range = parts[0]...parts[1]
        default: throw ValidationError("--ngrams takes N or MIN...MAX, e.g. 1...3 (got '\(ngrams)')")
        }
        guard range.lowerBound >= 1, range.upperBound <= 6 else {
            throw ValidationError("--ngrams must lie within 1...6 (got '\(ngrams)')")
        }
        return range
    }

    func configuration(model: IDFModel? = nil) throws -> KeywordExtractor.Configuration {
        var configuration = KeywordExtractor.Configuration()
        let range = try wordRange()
        // Names may be longer than other phrases, unless phrase lengths are given.
        configuration.candidates = .init(
            minWords: range.lowerBound, maxWords: range.upperBound,
            maxNameWords: ngrams == "1...3" ? CandidateExtractor.Configuration().maxNameWords : range.upperBound)
        configuration.partsOfSpeech = !noTagger
        if let model {
            configuration.statistics = .model(model)
        } else {
            switch idf {
            case "bundled": configuration.statistics = .bundled
            case "none": configuration.statistics = .none
            default:
                // A file an option names is part of the command line: a problem with it is a
                // setup error (status 2), not a bad input.
                let text: String
                do {
                    text = try InputFile.read(idf)
                } catch {
                    throw SetupError("--idf \(error.description)")
                }
                do {
                    configuration.statistics = .model(try IDFModel(parsing: text))
                } catch {
                    throw SetupError("--idf \(idf): is not a Precis IDF model (\(error)); make one with `precis idf build`")
                }
            }
        }
        if let phraseWeight { configuration.ranking.phraseWeight = phraseWeight }
        if let mixedCaseWeight { configuration.ranking.mixedCaseWeight = mixedCaseWeight }
        if let shortBonus { configuration.ranking.shortTextPhraseBonus = shortBonus }
        if let shortText { configuration.ranking.shortText = shortText }
        if let earlyWeight { configuration.ranking.positionWeight = earlyWeight }
        if let nameBoost { configuration.ranking.nameBoost = nameBoost }
        if let tfExponent { configuration.ranking.frequencyExponent = tfExponent }
        if keepOverlaps { configuration.ranking.removeOverlaps = false }
        if let distinctShare { configuration.ranking.distinctShare = distinctShare }
        if let singletonLimit { configuration.ranking.singletonSentenceLimit = singletonLimit }
        return configuration
    }
}
