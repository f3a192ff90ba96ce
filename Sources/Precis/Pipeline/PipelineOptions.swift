public import PrecisCore

/// Everything a ``DocumentPipeline`` does to each document: how bytes are decoded, whether HTML
/// remnants are removed, how text is segmented, and whether a summary and keywords are made.
///
/// The defaults are the command line's: detected encodings, HTML removed, the language identified,
/// a three-sentence summary and ten keywords.
///
/// ```swift
/// var options = PipelineOptions()
/// options.summary?.length = .characters(120)
/// options.keywords = nil                     // summaries only
/// ```
public struct PipelineOptions: Sendable {
    /// How bytes are turned into text (an encoding to force, or detection).
    public var decoding: TextDecoder.Configuration
    /// Inputs larger than this many bytes are refused (``DocumentFailure/Kind/tooLarge``).
    public var maxBytes: Int
    /// Whether HTML tags and character references are kept (by default they are removed).
    public var keepHTML: Bool
    /// How text is split into paragraphs, sentences and words, and in which language.
    public var segmentation: Segmenter.Configuration
    /// The summary to make, or `nil` for none.
    public var summary: Summary?
    /// The keywords to extract, or `nil` for none.
    public var keywords: Keywords?

    /// A summary's length and ranking.
    public struct Summary: Sendable {
        /// How long the summary is.
        public var length: Summarizer.Length
        /// How sentences are ranked.
        public var configuration: Summarizer.Configuration

        /// Three sentences, ranked as measured best.
        public init(length: Summarizer.Length = .sentences(3), configuration: Summarizer.Configuration = .init()) {
            self.length = length
            self.configuration = configuration
        }
    }

    /// How many keywords, and how they are found.
    public struct Keywords: Sendable {
        /// The number of keywords (at most).
        public var count: Int
        /// Candidates, ranking and statistics.
        public var configuration: KeywordExtractor.Configuration
        /// Statistics counted over a corpus (``CorpusStatistics``): when set, each document's
        /// keywords use its language's model, in place of ``KeywordExtractor/Configuration/statistics``.
        public var corpusStatistics: CorpusStatistics?
        /// Whether reports list every occurrence of each keyword (by default only the first).
        public var occurrences: Bool

        /// Ten keywords with the shipped statistics.
        public init(
            count: Int = 10, configuration: KeywordExtractor.Configuration = .init(), corpusStatistics: CorpusStatistics? = nil,
            occurrences: Bool = false
        ) {
            self.count = count
            self.configuration = configuration
            self.corpusStatistics = corpusStatistics
            self.occurrences = occurrences
        }
    }

    /// The default size limit of one document: 32 MB.
    public static let defaultMaxBytes = 32 << 20

    /// Options with the command line's defaults, or those given.
    public init(
        decoding: TextDecoder.Configuration = .init(), maxBytes: Int = defaultMaxBytes, keepHTML: Bool = false,
        segmentation: Segmenter.Configuration = .init(), summary: Summary? = Summary(), keywords: Keywords? = Keywords()
    ) {
        self.decoding = decoding
        self.maxBytes = maxBytes
        self.keepHTML = keepHTML
        self.segmentation = segmentation
        self.summary = summary
        self.keywords = keywords
    }
}
