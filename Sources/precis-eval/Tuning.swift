import ArgumentParser
import Precis
import PrecisCommandLine

/// The summariser's numeric settings, for experiments (`precis-eval summaries`): hidden options
/// whose defaults are the measured best.
struct RankingTuning: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Share of the text up to which --title auto includes the title.", visibility: .hidden))
    var titleShare: Double?

    @Option(name: .long, help: ArgumentHelp("Whether the fading counts only what follows the first sentence (true/false).", visibility: .hidden))
    var fadeBeyondFirst: Bool?

    @Option(name: .long, help: ArgumentHelp("Whether a one-sentence summary is the title when the text has one (true/false).", visibility: .hidden))
    var titleFirst: Bool?

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

    package enum SimilarityName: String, ExpressibleByArgument, CaseIterable {
        case bm25, tfidf, overlap
    }

    /// `configuration` with the settings given; `title` is the `--title` choice.
    func apply(to configuration: inout Summarizer.Configuration, title: RankingOptions.TitleChoice?) {
        switch similarity {
        case .bm25: configuration.similarity = .bm25()
        case .tfidf: configuration.similarity = .tfidfCosine
        case .overlap: configuration.similarity = .overlap
        case nil: break
        }
        if title == nil || title == .auto, let titleShare { configuration.title = .inShortSummaries(upTo: titleShare) }
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
    }
}

/// The keyword ranking's numeric settings, for experiments (`precis-eval keywords`): hidden
/// options whose defaults are the measured best.
struct KeywordTuning: ParsableArguments {
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

    /// `configuration` with the settings given.
    func apply(to configuration: inout KeywordExtractor.Configuration) {
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
    }
}
