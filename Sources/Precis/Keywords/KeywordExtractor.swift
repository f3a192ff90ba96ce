public import PrecisCore

/// A keyword or keyphrase of a document.
public struct Keyword: Sendable, Hashable {
    /// Its most frequent surface form ("Lake Marrow").
    public let phrase: String
    /// Its matching key: folded, stemmed words ("lake marrow").
    public let key: String
    /// Its score (TF-IDF with phrase, position and name weights; see `KeywordRanker`).
    public let score: Double
    /// Every surface form, in the order first seen (after merging, forms in several scripts).
    public let surfaceForms: [String]
    /// How often it occurs.
    public let count: Int
    /// Where its occurrences are in `Document.text`, in order.
    public let occurrences: [Range<String.Index>]
    /// Whether it looks like a name (capitalised inside sentences, in a cased script) or is an
    /// acronym.
    public let isName: Bool
    /// Its Latin transliteration, when it is written in another script ("Путин" → "Putin").
    public let latin: String?
}

/// Extracts keywords and keyphrases from documents: candidates (`CandidateExtractor`) → TF-IDF
/// scores with corpus statistics (`KeywordRanker`, `IDFModel`) → different things only → Latin
/// forms of names in other scripts, and one keyword for a name written in two scripts.
///
/// A `KeywordExtractor` caches ICU transliterators: use one per task, like a `Segmenter`.
public final class KeywordExtractor {
    /// Where document frequencies come from.
    public enum Statistics: Sendable, Hashable {
        /// The model shipped with Precis for the document's language (`IDFModel.bundled(for:)`);
        /// term frequency alone for languages without one.
        case bundled
        /// This model (e.g. one built on your own corpus with `precis idf build`).
        case model(IDFModel)
        /// None: term frequency alone.
        case none
    }

    /// The settings.
    public struct Configuration: Sendable, Hashable {
        /// What counts as a candidate (phrase lengths).
        public var candidates: CandidateExtractor.Configuration
        /// How candidates are scored and chosen.
        public var ranking: KeywordRanker.Configuration
        /// Where document frequencies come from.
        public var statistics: Statistics
        /// Whether keywords in non-Latin scripts get a Latin form, and keywords with the same
        /// Latin form are merged.
        public var transliterate: Bool

        /// Creates a configuration; the defaults suit most texts.
        public init(
            candidates: CandidateExtractor.Configuration = .init(), ranking: KeywordRanker.Configuration = .init(),
            statistics: Statistics = .bundled, transliterate: Bool = true
        ) {
            self.candidates = candidates
            self.ranking = ranking
            self.statistics = statistics
            self.transliterate = transliterate
        }
    }

    /// The settings.
    public let configuration: Configuration
    private let transliterator = NameTransliterator()

    /// Creates an extractor.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// The best `count` keywords of `document`, best first.
    ///
    /// - Throws: `ICUError` if ICU cannot transliterate.
    public func keywords(in document: Document, count: Int = 10) throws(ICUError) -> [Keyword] {
        guard count > 0 else { return [] }
        let candidates = CandidateExtractor(configuration: configuration.candidates).table(in: document)
        let model: IDFModel?
        switch configuration.statistics {
        case .bundled: model = IDFModel.bundled(for: document.language)
        case .model(let given): model = given
        case .none: model = nil
        }
        let ranker = KeywordRanker(configuration: configuration.ranking)
        let scored = ranker.rank(candidates, sentenceCount: document.sentences.count) { key in
            guard let model else { return (1, false) }
            let frequency = model.documentFrequency(of: key)
            return (IDFModel.idf(documentFrequency: frequency, documentCount: model.documentCount), frequency > 0)
        }
        // Take more than asked: merging names written in two scripts can make the list shorter.
        let chosen = ranker.select(from: scored, count: configuration.transliterate ? count * 2 : count)
        var keywords = try chosen.map { item throws(ICUError) -> Keyword in
            let candidate = item.candidate
            let phrase = candidate.surface
            let latin = configuration.transliterate ? try transliterator.latin(phrase, language: document.language) : nil
            return Keyword(
                phrase: phrase, key: candidate.key, score: item.score, surfaceForms: candidate.surfaceOrder,
                count: candidate.count, occurrences: candidate.occurrences,
                isName: candidate.isName || candidate.isAcronym, latin: latin)
        }
        if configuration.transliterate { keywords = Self.mergingScripts(keywords) }
        return Array(keywords.prefix(count))
    }

    /// Segments `text` and extracts its keywords.
    public func keywords(in text: String, count: Int = 10, segmenter: Segmenter = Segmenter()) throws(ICUError) -> [Keyword] {
        try keywords(in: try segmenter.segment(text), count: count)
    }

    /// Keywords whose Latin forms are the same (folded) become one: the better-scored one keeps
    /// its place and takes the other's surface forms and occurrences ("Putin" + "Путин").
    static func mergingScripts(_ keywords: [Keyword]) -> [Keyword] {
        var result: [Keyword] = []
        var slots: [String: Int] = [:]
        for keyword in keywords {
            let form = (keyword.latin ?? keyword.phrase).lowercased()
            guard let slot = slots[form] else {
                slots[form] = result.count
                result.append(keyword)
                continue
            }
            let kept = result[slot]
            var forms = kept.surfaceForms
            for surface in keyword.surfaceForms where !forms.contains(surface) { forms.append(surface) }
            result[slot] = Keyword(
                phrase: kept.phrase, key: kept.key, score: kept.score, surfaceForms: forms, count: kept.count + keyword.count,
                occurrences: (kept.occurrences + keyword.occurrences).sorted { $0.lowerBound < $1.lowerBound },
                isName: kept.isName || keyword.isName, latin: kept.latin ?? keyword.latin)
        }
        return result
    }
}
