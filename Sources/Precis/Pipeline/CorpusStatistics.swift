public import PrecisCore

/// Document frequencies counted over a corpus, one ``IDFModel`` per language: the statistics
/// `precis batch --idf corpus` and `precis idf build` count, and the one place Precis counts them.
///
/// Counting is mergeable, so a corpus can be counted in parts (one builder per task, or per Spark
/// partition) and the parts merged in any order:
///
/// ```swift
/// var statistics = CorpusStatistics()
/// for document in documents { statistics.add(document) }
/// try statistics.merge(countedElsewhere)
/// options.keywords?.corpusStatistics = statistics
/// ```
public struct CorpusStatistics: Sendable {
    /// The models counted so far, by language.
    public private(set) var models: [Language: IDFModel] = [:]
    private let candidates: CandidateExtractor

    /// An empty count; keys are the candidates of up to `maxWords` words.
    public init(maxWords: Int = CandidateExtractor.Configuration().maxWords) {
        candidates = CandidateExtractor(configuration: .init(maxWords: maxWords))
    }

    /// Counts `document` into its language's model: each candidate key once.
    public mutating func add(_ document: Document) {
        models[document.language, default: IDFModel(language: document.language)]
            .addDocument(keys: candidates.candidates(in: document).lazy.map(\.key))
    }

    /// Adds the counts of `other`, language by language.
    public mutating func merge(_ other: CorpusStatistics) throws(IDFModel.Error) {
        for (language, model) in other.models {
            if models[language] == nil {
                models[language] = model
            } else {
                try models[language]!.merge(model)
            }
        }
    }

    /// The model of `language`, if any document in it was counted.
    public func model(for language: Language) -> IDFModel? { models[language] }

    /// The number of documents counted, by language.
    public var documentCounts: [Language: Int] { models.mapValues(\.documentCount) }
}
