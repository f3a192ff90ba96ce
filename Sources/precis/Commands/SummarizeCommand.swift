import ArgumentParser
import Foundation
import Precis

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "The most central sentences of a text, in their original order.",
        discussion: """
            Give at most one length: -n (sentences, default 3), --ratio, --words or --chars. \
            Text output is one sentence a line; JSON adds each sentence's index, UTF-8 byte \
            offsets into the text (after NFC normalisation) and score, the language and the \
            input's encoding.

            With several files, each file's text output follows a header line, ==> FILE <==, \
            and JSON output is an array with one object a file (its "path" added, or "path" and \
            "error" for a file that failed). A file that fails is named on standard error, the \
            others go on, and the exit status is 1.
            """,
        aliases: ["summarise"]
    )

    @Argument(help: "Text files, or '-' for standard input (the default).")
    var files: [String] = ["-"]

    @OptionGroup var length: LengthOptions

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: SummaryFormat = .text

    @OptionGroup var text: TextOptions

    @OptionGroup var ranking: RankingOptions

    func validate() throws { try FileList.validate(files) }

    func run() throws {
        // Options first: a bad --stopwords file or length is found before any input is read.
        let pipeline = DocumentPipeline(
            options: try text.pipelineOptions(summary: .init(length: try length.length(), configuration: ranking.configuration())))
        let list = FileList(files: files)
        var elements: [FileJSON<SummaryReport>] = []
        var first = true
        let failed = try list.forEach({ file -> SummaryReport in
            let analysis = try pipeline.analyze(FileList.input(file))
            return SummaryReport(analysis.summary!, document: analysis.document, encoding: analysis.encoding ?? "UTF-8")
        }, deliver: { file, outcome in
            switch (format, outcome) {
            case (.json, _) where list.isSeveral: elements.append(FileJSON(file, outcome))
            case (.json, .success(let summary)): try Output.json(summary)
            case (.text, .success(let summary)), (.markdown, .success(let summary)):
                let bullet = format == .markdown ? "- " : ""
                list.write(summary.sentences.map { bullet + collapsingWhitespace(Substring($0.text)) }, for: file, first: first)
                first = false
            case (_, .failure): break
            }
        })
        if list.isSeveral && format == .json { try Output.json(elements) }
        if failed { throw ExitCode.failure }
    }
}

/// Output formats of `summarize`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// How long a summary should be.
struct LengthOptions: ParsableArguments {
    @Option(name: [.short, .customLong("sentences")], help: "Number of sentences (default 3).")
    var n: Int?

    @Option(name: .long, help: "Share of the text's sentences, e.g. 0.2.")
    var ratio: Double?

    @Option(name: .long, help: "Word budget.")
    var words: Int?

    @Option(name: .customLong("chars"), help: "Character budget (what users of Chinese, Japanese and Thai mean by length).")
    var characters: Int?

    func validate() throws {
        let given = [n != nil, ratio != nil, words != nil, characters != nil].filter { $0 }.count
        if given > 1 { throw ValidationError("give at most one of -n, --ratio, --words and --chars") }
        if let n, n < 1 { throw ValidationError("-n must be at least 1 (got \(n))") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be above 0 and at most 1 (got \(ratio))") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1 (got \(words))") }
        if let characters, characters < 1 { throw ValidationError("--chars must be at least 1 (got \(characters))") }
    }

    func length() throws -> Summarizer.Length {
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        if let characters { return .characters(characters) }
        return .sentences(n ?? 3)
    }
}

/// Ranking settings, for experiments; the defaults are the measured best.
struct RankingOptions: ParsableArguments {
    @Option(name: .long, help: "Ranking: precis (default), textrank (centrality alone, as published) or lead (the first sentences).")
    var method: Method = .precis

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case precis, textrank, lead
    }

    @Flag(name: .long, help: "Let headings (a title, section headings) be summary sentences.")
    var headings = false

    @Option(name: .long, help: "The title or headline as a summary sentence: auto (default: in summaries of at most a fifth of the text), include or exclude. It guides the ranking in any case.")
    var title: TitleChoice?

    enum TitleChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, include, exclude
    }

    @Option(name: .long, help: ArgumentHelp("Share of the text up to which --title auto includes the title.", visibility: .hidden))
    var titleShare: Double?

    @Option(name: .long, help: ArgumentHelp("Whether the fading counts only what follows the first sentence (true/false).", visibility: .hidden))
    var fadeBeyondFirst: Bool?

    @Option(name: .long, help: ArgumentHelp("Final-score preference for sentences like the title (0 = none).", visibility: .hidden))
    var titleWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Score factor for sentences of longer quotations (1 = none).", visibility: .hidden))
    var partialQuoteWeight: Double?

    @Flag(name: .long, help: ArgumentHelp("Let page furniture (navigation, list items, questions, fragments) be summary sentences.", visibility: .hidden))
    var furniture = false

    @Option(name: .long, help: ArgumentHelp("Sentence similarity: bm25, tfidf or overlap.", visibility: .hidden))
    var similarity: SimilarityName?

    @Option(name: .long, help: ArgumentHelp("Preference for early sentences (0 = none).", visibility: .hidden))
    var leadBias: Double?

    @Option(name: .long, help: ArgumentHelp("Preference for sentences like the title (0 = none).", visibility: .hidden))
    var titleBias: Double?

    @Option(name: .long, help: ArgumentHelp("Cosine above which a sentence is skipped as redundant (1 = off).", visibility: .hidden))
    var redundancy: Double?

    @Option(name: .long, help: ArgumentHelp("Final-score preference for early sentences (0 = none).", visibility: .hidden))
    var positionWeight: Double?

    @Option(name: .long, help: ArgumentHelp("How fast the position boost fades.", visibility: .hidden))
    var positionDecay: Double?

    @Option(name: .long, help: ArgumentHelp("Penalty on long sentences (0 = none).", visibility: .hidden))
    var lengthPenalty: Double?

    @Option(name: .long, help: ArgumentHelp("Coverage at which position and length effects vanish.", visibility: .hidden))
    var fadeAt: Double?

    @Option(name: .long, help: ArgumentHelp("Weight of votes for later sentences (1 = undirected).", visibility: .hidden))
    var forwardWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Shape of the fading (1 = linear).", visibility: .hidden))
    var fadeShape: Double?

    @Option(name: .long, help: ArgumentHelp("PageRank damping.", visibility: .hidden))
    var damping: Double?

    enum SimilarityName: String, ExpressibleByArgument, CaseIterable {
        case bm25, tfidf, overlap
    }

    func configuration() -> Summarizer.Configuration {
        var configuration: Summarizer.Configuration
        switch method {
        case .precis: configuration = Summarizer.Configuration()
        case .textrank: configuration = .textRank
        case .lead: configuration = .lead
        }
        switch similarity {
        case .bm25: configuration.similarity = .bm25()
        case .tfidf: configuration.similarity = .tfidfCosine
        case .overlap: configuration.similarity = .overlap
        case nil: break
        }
        if headings { configuration.skipHeadings = false }
        switch title {
        case .include: configuration.title = .include
        case .exclude: configuration.title = .exclude
        case .auto, nil: if let titleShare { configuration.title = .inShortSummaries(upTo: titleShare) }
        }
        if let fadeBeyondFirst { configuration.fadeBeyondFirst = fadeBeyondFirst }
        if let titleWeight { configuration.titleWeight = titleWeight }
        if let partialQuoteWeight { configuration.partialQuoteWeight = partialQuoteWeight }
        if furniture { configuration.skipFurniture = false }
        if let leadBias { configuration.leadBias = leadBias }
        if let titleBias { configuration.titleBias = titleBias }
        if let redundancy { configuration.redundancy = redundancy }
        if let positionWeight { configuration.positionWeight = positionWeight }
        if let positionDecay { configuration.positionDecay = positionDecay }
        if let lengthPenalty { configuration.lengthPenalty = lengthPenalty }
        if let fadeAt { configuration.fadeAt = fadeAt }
        if let fadeShape { configuration.fadeShape = fadeShape }
        if let forwardWeight { configuration.forwardWeight = forwardWeight }
        if let damping { configuration.pageRank.damping = damping }
        return configuration
    }
}
