import Foundation
public import PrecisCore

/// The whole per-document pipeline: decode → remove HTML remnants → segment → summarise →
/// extract keywords, giving a ``DocumentReport``.
///
/// `precis summarize`, `keywords`, `batch` and `serve` all run it, so an app that embeds Precis gets
/// exactly what they give:
///
/// ```swift
/// let pipeline = DocumentPipeline(options: PipelineOptions())
/// let report = pipeline.report(for: .bytes(data, id: "a1"))
/// let line = try ReportEncoder().encode(report)   // the record `precis batch` writes
/// ```
///
/// A pipeline holds ICU objects and caches that are not shared between threads: make one per task
/// (``OrderedWork`` hands each task its own).
public final class DocumentPipeline {
    /// What the pipeline does to each document.
    public let options: PipelineOptions
    private let segmenter: Segmenter
    private let summarizer: Summarizer?
    private var extractors: [Language?: KeywordExtractor] = [:]
    private var statistics: CorpusStatistics?

    /// A pipeline doing what `options` say.
    public init(options: PipelineOptions = .init()) {
        self.options = options
        segmenter = Segmenter(configuration: options.segmentation)
        summarizer = options.summary.map { Summarizer(configuration: $0.configuration) }
    }

    /// The text of `input` and the encoding it was read in, after HTML clean-up (unless
    /// ``PipelineOptions/keepHTML``).
    public func text(of input: DocumentInput) throws(DocumentFailure) -> TextDecoder.Decoded {
        let decoded = try TextFile.text(of: input, decoding: options.decoding, maxBytes: options.maxBytes)
        if options.keepHTML { return decoded }
        return TextDecoder.Decoded(text: HTMLRemnants.strip(decoded.text), encoding: decoded.encoding, source: decoded.source)
    }

    /// Everything the pipeline finds in `input`: the segmented document, its summary and keywords.
    public func analyze(_ input: DocumentInput) throws(DocumentFailure) -> DocumentAnalysis {
        let decoded = try text(of: input)
        do {
            let document = try segmenter.segment(decoded.text)
            let summary = summarizer.map { $0.summarize(document, length: options.summary!.length) }
            var keywords: [Keyword]?
            if let settings = options.keywords, settings.count > 0 {
                keywords = try extractor(for: document.language).keywords(in: document, count: settings.count)
            }
            return DocumentAnalysis(
                input: input, encoding: input.isText ? nil : decoded.encoding, characters: decoded.text.count, document: document, summary: summary,
                keywords: keywords,
                keywordOccurrences: options.keywords?.occurrences ?? false)
        } catch {
            throw DocumentFailure(path: input.name, problem: "\(error)", kind: .processing)
        }
    }

    /// The report of `input`: its results, or (for a document that failed) its names and the
    /// problem in ``DocumentReport/error``.
    public func report(for input: DocumentInput) -> DocumentReport {
        do {
            return try analyze(input).report
        } catch {
            return DocumentReport(path: input.path, id: input.id, error: error.problem)
        }
    }

    /// Counts `input` into `statistics` (``CorpusStatistics/add(_:)``), returning its language.
    @discardableResult
    public func count(_ input: DocumentInput, into statistics: inout CorpusStatistics) throws(DocumentFailure) -> Language {
        let decoded = try text(of: input)
        do {
            let document = try segmenter.segment(decoded.text)
            statistics.add(document)
            return document.language
        } catch {
            throw DocumentFailure(path: input.name, problem: "\(error)", kind: .processing)
        }
    }

    /// The extractor for documents in `language`: with corpus statistics, the one using that
    /// language's model.
    private func extractor(for language: Language) -> KeywordExtractor {
        let corpus = options.keywords?.corpusStatistics
        let key: Language? = corpus == nil ? nil : language
        if let extractor = extractors[key] { return extractor }
        var configuration = options.keywords?.configuration ?? .init()
        if let corpus {
            configuration.statistics = corpus.model(for: language).map { .model($0) } ?? .none
        }
        let extractor = KeywordExtractor(configuration: configuration)
        extractors[key] = extractor
        return extractor
    }
}

/// What a ``DocumentPipeline`` found in one document, with the document itself for callers that
/// go on working with it (tokens, sentences, offsets).
public struct DocumentAnalysis: Sendable {
    /// The input, as given.
    public let input: DocumentInput
    /// The encoding the input was read in (`nil` for input given as text).
    public let encoding: String?
    /// The number of characters in the text before segmentation (decoded, HTML removed).
    public let characters: Int
    /// The segmented document (its text NFC-normalised).
    public let document: Document
    /// The summary, when the options ask for one.
    public let summary: Summary?
    /// The keywords, best first, when the options ask for them.
    public let keywords: [Keyword]?
    /// Whether reports list every occurrence of each keyword.
    let keywordOccurrences: Bool

    /// The report: the record `precis batch` writes.
    public var report: DocumentReport {
        var report = DocumentReport(path: input.path, id: input.id)
        report.encoding = encoding
        report.language = document.language.code
        report.characters = characters
        report.sentences = document.sentences.count
        if let summary {
            report.title = summary.title.map { ReportTitle($0, in: document) }
            report.summary = summary.sentences.map { ReportSentence($0, in: document) }
        }
        report.keywords = keywords?.map { ReportKeyword($0, in: document, occurrences: keywordOccurrences) }
        return report
    }
}
