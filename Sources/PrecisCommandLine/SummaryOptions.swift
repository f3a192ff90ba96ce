import ArgumentParser
import Foundation
import Precis

/// Output formats of `summarize`.
package enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// How long a summary should be.
package struct LengthOptions: ParsableArguments {
    /// Options with their defaults (for ArgumentParser).
    package init() {}

    @Option(name: [.short, .customLong("sentences")], help: "Number of sentences (default 3).")
    package var n: Int?

    @Option(name: .long, help: "Share of the text's sentences, e.g. 0.2.")
    package var ratio: Double?

    @Option(name: .long, help: "Word budget.")
    package var words: Int?

    @Option(name: .customLong("chars"), help: "Character budget (what users of Chinese, Japanese and Thai mean by length).")
    package var characters: Int?

    package func validate() throws {
        let given = [n != nil, ratio != nil, words != nil, characters != nil].filter { $0 }.count
        if given > 1 { throw ValidationError("give at most one of -n, --ratio, --words and --chars") }
        if let n, n < 1 { throw ValidationError("-n must be at least 1 (got \(n))") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be above 0 and at most 1 (got \(ratio))") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1 (got \(words))") }
        if let characters, characters < 1 { throw ValidationError("--chars must be at least 1 (got \(characters))") }
    }

    package func length() throws -> Summarizer.Length {
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        if let characters { return .characters(characters) }
        return .sentences(n ?? 3)
    }
}

/// Ranking settings, for experiments; the defaults are the measured best.
package struct RankingOptions: ParsableArguments {
    /// Options with their defaults (for ArgumentParser).
    package init() {}

    @Option(name: .long, help: "Ranking: precis (default), textrank (centrality alone, as published) or lead (the first sentences).")
    package var method: Method = .precis

    package enum Method: String, ExpressibleByArgument, CaseIterable {
        case precis, textrank, lead
    }

    @Flag(name: .long, help: "Let headings (a title, section headings) be summary sentences.")
    package var headings = false

    @Option(name: .long, help: "The title or headline as a summary sentence: auto (default: in summaries of at most a fifth of the text), include or exclude. It guides the ranking in any case.")
    package var title: TitleChoice?

    package enum TitleChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, include, exclude
    }

    @Option(name: .long, help: ArgumentHelp("Share of the text up to which --title auto includes the title.", visibility: .hidden))
    package var titleShare: Double?

    @Option(name: .long, help: ArgumentHelp("Whether the fading counts only what follows the first sentence (true/false).", visibility: .hidden))
    package var fadeBeyondFirst: Bool?

    @Option(name: .long, help: ArgumentHelp("Whether a one-sentence summary is the title when the text has one (true/false).", visibility: .hidden))
    package var titleFirst: Bool?

    @Option(name: .long, help: ArgumentHelp("Final-score preference for sentences like the title (0 = none).", visibility: .hidden))
    package var titleWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Score factor for sentences of longer quotations (1 = none).", visibility: .hidden))
    package var partialQuoteWeight: Double?

    @Flag(name: .long, help: ArgumentHelp("Let page furniture (navigation, list items, questions, fragments) be summary sentences.", visibility: .hidden))
    package var furniture = false

    @Option(name: .long, help: ArgumentHelp("Sentence similarity: bm25, tfidf or overlap.", visibility: .hidden))
    package var similarity: SimilarityName?

    @Option(name: .long, help: ArgumentHelp("Preference for early sentences (0 = none).", visibility: .hidden))
    package var leadBias: Double?

    @Option(name: .long, help: ArgumentHelp("Preference for sentences like the title (0 = none).", visibility: .hidden))
    package var titleBias: Double?

    @Option(name: .long, help: ArgumentHelp("Cosine above which a sentence is skipped as redundant (1 = off).", visibility: .hidden))
    package var redundancy: Double?

    @Option(name: .long, help: ArgumentHelp("Final-score preference for early sentences (0 = none).", visibility: .hidden))
    package var positionWeight: Double?

    @Option(name: .long, help: ArgumentHelp("How fast the position boost fades.", visibility: .hidden))
    package var positionDecay: Double?

    @Option(name: .long, help: ArgumentHelp("Penalty on long sentences (0 = none).", visibility: .hidden))
    package var lengthPenalty: Double?

    @Option(name: .long, help: ArgumentHelp("Coverage at which position and length effects vanish.", visibility: .hidden))
    package var fadeAt: Double?

    @Option(name: .long, help: ArgumentHelp("Weight of votes for later sentences (1 = undirected).", visibility: .hidden))
    package var forwardWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Shape of the fading (1 = linear).", visibility: .hidden))
    package var fadeShape: Double?

    @Option(name: .long, help: ArgumentHelp("PageRank damping.", visibility: .hidden))
    package var damping: Double?

    package enum SimilarityName: String, ExpressibleByArgument, CaseIterable {
        case bm25, tfidf, overlap
    }

    package func configuration() -> Summarizer.Configuration {
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
        if let titleFirst { configuration.titleIsOneSentenceSummary = titleFirst }
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
