#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Extractive summarisation: picks the most central sentences of a `Document` and returns them in
/// their original order.
///
/// The pipeline: each sentence becomes a bag of content terms (stemmed, stopwords left out, as
/// the segmenter marked them) → a sparse similarity graph (`SentenceGraph`) → PageRank with a
/// teleport distribution that leans towards the start of the text and towards sentences that
/// share terms with its title (`PageRank`) → greedy selection in score order that skips
/// near-duplicates of sentences already chosen.
///
/// A `Summarizer` is a plain value: share it freely across tasks.
public struct Summarizer: Sendable {
    /// How sentences are ranked and chosen.
    ///
    /// A sentence's score is its PageRank in the similarity graph, times a position boost
    /// `1 + positionWeight / k^positionDecay` for the k-th body sentence, divided by
    /// `(content terms)^lengthPenalty`. The boost and the penalty fade as the summary grows
    /// towards `fadeAt` of the document (strength `1 − (coverage / fadeAt)²`): a short summary of news leans on the lead, as
    /// writers put the gist first, while a long one is chosen by centrality, once the lead is used
    /// up. The defaults were chosen on the development sets (the README gives the figures and the
    /// alternatives measured).
    public struct Configuration: Sendable, Hashable {
        /// How sentence likeness is measured.
        public var similarity: SentenceSimilarity
        /// The PageRank settings (damping, tolerance, cap on rounds).
        public var pageRank: PageRank
        /// The position boost of the first body sentence, over 1 (0 = no preference for early
        /// sentences).
        public var positionWeight: Double
        /// How fast the position boost falls with position.
        public var positionDecay: Double
        /// How strongly long sentences are penalised (0 = not at all): PageRank favours them, as
        /// they share terms with more sentences.
        public var lengthPenalty: Double
        /// The share of the document a summary must cover for the position boost and length
        /// penalty to vanish (0 = they never fade).
        public var fadeAt: Double
        /// How the fading goes: at coverage c the strength is `1 − (c / fadeAt)^fadeShape`
        /// (1 = linear; 2 keeps nearly full strength for short summaries and drops near `fadeAt`).
        public var fadeShape: Double
        /// Whether a one-sentence summary keeps the full position boost and length penalty however
        /// short the text, so that it leans on the lead (otherwise one sentence of a five-sentence
        /// text is a fifth of it, and the boost has half faded).
        public var fadeBeyondFirst: Bool = true
        /// The weight, relative to 1, of the edge by which a sentence votes for a later one; the
        /// vote for an earlier one keeps its full weight. Below 1, centrality flows towards
        /// sentences that announce what follows (as PacSum's directed edges do).
        public var forwardWeight: Double = 1
        /// How strongly random jumps in PageRank favour early sentences: the k-th body sentence
        /// gets teleport weight `1 / k^leadBias` (0 = uniform).
        public var leadBias: Double
        /// How strongly random jumps favour sentences like the title (the opening heading):
        /// teleport weight × `(1 + titleBias × cosine)`.
        public var titleBias: Double
        /// A sentence whose term cosine with an already chosen sentence exceeds this is skipped as
        /// redundant (1 = keep everything).
        public var redundancy: Double
        /// Headings (one-line paragraphs that do not end a sentence, `DocumentLayout`) are chosen
        /// only when the text has nothing else.
        public var skipHeadings: Bool
        /// When the title (`DocumentLayout.title`) may be a summary sentence; with `skipHeadings`
        /// off it may in any case. Whether or not it may, it guides the ranking (`titleBias`,
        /// `titleWeight`).
        public var title: TitleUse = .inShortSummaries(upTo: 0.2)
        /// Whether a one-sentence summary of a text with a title (`DocumentLayout.title`) is the
        /// title whenever `title` lets it be chosen, rather than whichever sentence ranks first: a
        /// headline is the editor's own one-line summary, and one that shares few words with the
        /// body (a teaser, a quotation) ranks low in the similarity graph all the same.
        public var titleIsOneSentenceSummary: Bool = true
        /// How strongly the final score favours sentences like the title (Edmundson's title
        /// cue): × `(1 + titleWeight × cosine)` (0 = not at all).
        public var titleWeight: Double = 0
        /// The factor on the score of a sentence of a longer quotation (its quotation marks do
        /// not pair up within it): it reads less well on its own (1 = no change).
        public var partialQuoteWeight: Double = 1
        /// Page furniture (`DocumentLayout.Furniture`: navigation, list items, bylines, questions,
        /// fragments) is chosen only when the text has nothing else. Off only to measure what the
        /// filtering does.
        public var skipFurniture: Bool = true
        /// Bounds on the graph of very long texts.
        public var limits: SentenceGraph.Limits

        /// Creates a configuration; the defaults are the measured best.
        public init(
            similarity: SentenceSimilarity = .tfidfCosine, pageRank: PageRank = PageRank(),
            positionWeight: Double = 16, positionDecay: Double = 1, lengthPenalty: Double = 0.4,
            fadeAt: Double = 0.4, fadeShape: Double = 2, leadBias: Double = 0, titleBias: Double = 1, redundancy: Double = 0.6,
            skipHeadings: Bool = true, limits: SentenceGraph.Limits = .init()
        ) {
            self.similarity = similarity
            self.pageRank = pageRank
            self.positionWeight = positionWeight
            self.positionDecay = positionDecay
            self.lengthPenalty = lengthPenalty
            self.fadeAt = fadeAt
            self.fadeShape = fadeShape
            self.leadBias = leadBias
            self.titleBias = titleBias
            self.redundancy = redundancy
            self.skipHeadings = skipHeadings
            self.limits = limits
        }

        /// TextRank as published (Mihalcea & Tarau 2004, with TF-IDF cosine edges): centrality
        /// alone, no position or length preference.
        public static let textRank: Configuration = {
            var configuration = Configuration(positionWeight: 0, lengthPenalty: 0, fadeAt: 0, titleBias: 0, redundancy: 1)
            configuration.title = .exclude
            return configuration
        }()

        /// The Lead-N baseline: the first sentences of the text (title, headings and furniture
        /// skipped), in order.
        /// The reference point for news, where it is hard to beat.
        public static let lead: Configuration = {
            var configuration = Configuration(
                pageRank: PageRank(damping: 0), positionWeight: 0, lengthPenalty: 0, fadeAt: 0, leadBias: 1,
                titleBias: 0, redundancy: 1)
            configuration.title = .exclude
            return configuration
        }()
    }

    /// When a document's title may be a summary sentence.
    public enum TitleUse: Sendable, Hashable {
        /// Never; it still guides the ranking.
        case exclude
        /// Always.
        case include
        /// In summaries that take, beyond their first sentence, at most this share of the text's
        /// sentences (so always in one-sentence summaries): a headline is what an editor writes
        /// as a one-line summary, while a long extract is made of the body.
        case inShortSummaries(upTo: Double)
    }

    /// How long a summary should be.
    public enum Length: Sendable, Hashable {
        /// This many sentences.
        case sentences(Int)
        /// This share of the document's sentences (0.2 = a fifth), at least one, taken from its
        /// running text (furniture never fills it). Shares above 1 take every sentence of running
        /// text; below 0 (and NaN), one.
        case ratio(Double)
        /// At most this many words (the best sentence is kept even if it is longer).
        case words(Int)
        /// At most this many characters, spaces included: the natural budget for Chinese,
        /// Japanese and Thai (the best sentence is kept even if it is longer).
        case characters(Int)
    }

    /// The settings.
    public var configuration: Configuration

    /// Creates a summariser.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Every sentence's score, as for a one-sentence summary: the PageRank of its node, summing to
    /// 1 over the document. Sentences that may not be chosen (headings when `skipHeadings` is on,
    /// the title when `title` is `.exclude`, furniture) score 0 when the text has other sentences.
    public func scores(for document: Document) -> [Double] {
        rank(features(document, length: nil)).scores
    }

    /// The features of `document` for a summary of `length` (`nil`: as short as can be).
    func features(_ document: Document, length: Length?) -> SentenceFeatures {
        var eligibility = SentenceFeatures.Eligibility(
            title: false, headings: !configuration.skipHeadings, furniture: !configuration.skipFurniture)
        switch configuration.title {
        case .exclude: break
        case .include: eligibility.title = true
        case .inShortSummaries(let share):
            var features = SentenceFeatures(document, eligibility: eligibility)
            guard features.layout.title != nil, (length.map { coverage(features, $0, beyondFirst: true) } ?? 0) <= share
            else { return features }
            eligibility.title = true
            features.allow(eligibility)
            return features
        }
        return SentenceFeatures(document, eligibility: eligibility)
    }

    /// The summary of `document`: the chosen sentences, in original order.
    ///
    /// A document with sentences always gets at least one; asking for more sentences than it has
    /// returns all of them.
    public func summarize(_ document: Document, length: Length = .sentences(3)) -> Summary {
        let features = features(document, length: length)
        let oneSentence = configuration.fadeBeyondFirst && length == .sentences(1)
        let ranking = rank(features, coverage: oneSentence ? 0 : coverage(features, length))
        let chosen = select(features, ranking: ranking, length: length)
        let title = features.layout.title.map { index in
            Summary.Title(document, sentence: index, markdown: features.layout.titleIsMarkdown)
        }
        return Summary(
            language: document.language, documentSentenceCount: document.sentences.count, title: title,
            sentences: chosen.map { index in
                let sentence = document.sentences[index]
                return Summary.Sentence(
                    index: index, range: sentence.range, score: ranking.scores[index], text: String(document[sentence]))
            })
    }

    // MARK: - Ranking

    struct Ranking {
        var scores: [Double]
        /// Sentence indices, best first; ties go to the earlier sentence.
        var order: [Int]
    }

    /// A `.ratio` as a share in 0...1: above 1 (infinity included) is all, below 0 and NaN are
    /// none (the summary then keeps its one sentence). Unclamped, a huge ratio times the sentence
    /// count would trap converting to `Int`.
    static func share(_ ratio: Double) -> Double {
        ratio.isNaN ? 0 : min(max(ratio, 0), 1)
    }

    /// The share of the eligible sentences a summary of `length` takes, estimated for budgets.
    func coverage(_ features: SentenceFeatures, _ length: Length, beyondFirst: Bool = false) -> Double {
        let count = Double(max(1, features.eligible.lazy.filter { $0 }.count))
        let share: Double
        switch length {
        case .sentences(let n): share = min(1, Double(n) / count)
        case .ratio(let ratio): share = Self.share(ratio)
        case .words(let words): share = min(1, Double(words) / Double(max(1, features.wordCounts.reduce(0, +))))
        case .characters(let characters):
            share = min(1, Double(characters) / Double(max(1, features.document.text.count)))
        }
        // A summary's first sentence is the one every summary has: beyond it, how much is taken?
        return beyondFirst ? max(0, share - 1 / count) : share
    }

    func rank(_ features: SentenceFeatures, coverage: Double = 0) -> Ranking {
        let fade = configuration.fadeAt > 0 ? max(0, 1 - pow(coverage / configuration.fadeAt, configuration.fadeShape)) : 1
        let n = features.vectors.count
        guard n > 0 else { return Ranking(scores: [], order: []) }
        var graph = SentenceGraph(vectors: features.vectors, similarity: configuration.similarity, limits: configuration.limits)
        if configuration.forwardWeight != 1 {
            let forward = Float(configuration.forwardWeight)
            graph = graph.reweighted { from, to, weight in to > from ? weight * forward : weight }
        }
        let eligible = features.eligible
        var teleport = [Double](repeating: 0, count: n)
        var position = 0
        for i in 0..<n where eligible[i] {
            position += 1
            var weight = configuration.leadBias == 0 ? 1 : 1 / pow(Double(position), configuration.leadBias)
            if let title = features.title, configuration.titleBias > 0 {
                weight *= 1 + configuration.titleBias * title.cosine(features.vectors[i])
            }
            teleport[i] = weight
        }
        var scores = configuration.pageRank.rank(graph, teleport: teleport).scores
        if configuration.positionWeight > 0 && fade > 0 {
            position = 0
            for i in 0..<n where eligible[i] {
                position += 1
                scores[i] *= 1 + fade * configuration.positionWeight / pow(Double(position), configuration.positionDecay)
            }
        }
        if configuration.titleWeight > 0, let title = features.title {
            for i in 0..<n { scores[i] *= 1 + configuration.titleWeight * title.cosine(features.vectors[i]) }
        }
        if configuration.partialQuoteWeight != 1 {
            for i in 0..<n where features.partialQuotes[i] { scores[i] *= configuration.partialQuoteWeight }
        }
        if configuration.lengthPenalty > 0 && fade > 0 {
            for i in 0..<n { scores[i] /= pow(Double(max(features.vectors[i].length, 1)), fade * configuration.lengthPenalty) }
        }
        for i in 0..<n where !eligible[i] { scores[i] = 0 }
        let total = scores.reduce(0, +)
        if total > 0 { scores = scores.map { $0 / total } }
        let order = (0..<n).sorted { a, b in
            if eligible[a] != eligible[b] { return eligible[a] }
            return scores[a] != scores[b] ? scores[a] > scores[b] : a < b
        }
        return Ranking(scores: scores, order: order)
    }

    // MARK: - Selection

    func select(_ features: SentenceFeatures, ranking: Ranking, length: Length) -> [Int] {
        // Only eligible sentences fill a budget: the rest is left short.
        let order = ranking.order.filter { features.eligible[$0] }
        let n = order.count
        guard n > 0 else { return [] }
        var sentenceBudget = n
        var budget: (limit: Int, cost: (Int) -> Int)?
        switch length {
        case .sentences(let count): sentenceBudget = max(1, count)
        case .ratio(let ratio):
            // A share of all the sentences, as documented, of which only eligible ones are taken.
            sentenceBudget = max(1, Int((Self.share(ratio) * Double(features.document.sentences.count)).rounded()))
        case .words(let limit): budget = (limit, { features.wordCounts[$0] })
        case .characters(let limit): budget = (limit, { features.characterCount($0) })
        }
        if sentenceBudget >= n && budget == nil { return order.sorted() }
        if sentenceBudget == 1, budget == nil, configuration.titleIsOneSentenceSummary,
            let title = features.layout.title, features.eligible[title]
        {
            return [title]
        }

        var chosen: [Int] = []
        var spent = 0
        var redundancy = RedundancyIndex(vectors: features.vectors)
        for index in order {
            if chosen.count >= sentenceBudget { break }
            // Only a sentence that is taken spends budget: a redundant one is skipped first.
            if !chosen.isEmpty && redundancy.maxCosine(index) > configuration.redundancy { continue }
            if let budget {
                let cost = budget.cost(index)
                if !chosen.isEmpty && spent + cost > budget.limit { continue }
                spent += cost
            }
            chosen.append(index)
            redundancy.add(index)
            if let budget, spent >= budget.limit { break }
        }
        return chosen.sorted()
    }
}
