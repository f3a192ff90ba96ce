import Foundation
import Precis

/// One line of `precis batch` output: a document's results, or why it has none.
struct BatchRecord: Encodable, Sendable {
    /// The file's path (file input).
    var path: String?
    /// The record's id (`--stdin-jsonl` input).
    var id: String?
    /// The encoding the bytes were read in.
    var encoding: String?
    /// The language the document was read as.
    var language: String?
    /// The number of characters in the text.
    var characters: Int?
    /// The number of sentences in the text.
    var sentences: Int?
    /// The title or headline the summariser found (absent when the text has none, or without a
    /// summary).
    var title: SummaryJSON.TitleJSON?
    /// The summary sentences, in text order.
    var summary: [SummaryJSON.SentenceJSON]?
    /// The keywords, best first.
    var keywords: [KeywordsJSON.KeywordJSON]?
    /// What went wrong, for a document that has no results.
    var error: String?

    /// The name the record is known by: its path or its id.
    var name: String { path ?? id ?? "" }
}

/// What every document of a batch gets: the settings the command line gives.
struct BatchSettings: Sendable {
    var segmenter: Segmenter.Configuration
    /// The summariser's settings, or `nil` for keywords only.
    var summarizer: Summarizer.Configuration?
    var length: Summarizer.Length
    /// Keywords per document (0: none).
    var keywordCount: Int
    var keywords: KeywordExtractor.Configuration
    /// Statistics counted over the batch itself (`--idf corpus`), one model per language; they
    /// replace `keywords.statistics`.
    var corpusModels: [Language: IDFModel]?
    /// Documents larger than this many bytes are reported, not processed.
    var maxBytes: Int
    /// The encoding files are read in (`nil`: UTF-8 or detected).
    var encoding: String?
    /// Whether HTML tags and character references are kept.
    var keepHTML: Bool
}

/// Summarises and extracts keywords from one document at a time. Each task of a batch owns one:
/// its segmenter and extractors hold ICU objects that are never shared between tasks.
final class DocumentProcessor {
    private let settings: BatchSettings
    private let segmenter: Segmenter
    private let summarizer: Summarizer?
    private var extractors: [Language?: KeywordExtractor] = [:]
    private let candidates: CandidateExtractor

    init(settings: BatchSettings) {
        self.settings = settings
        segmenter = Segmenter(configuration: settings.segmenter)
        summarizer = settings.summarizer.map { Summarizer(configuration: $0) }
        candidates = CandidateExtractor(configuration: .init(maxWords: settings.keywords.candidates.maxWords))
    }

    /// The text of the file at `path`, read as the settings say, and its encoding.
    func load(_ path: String) throws(InputFile.Failure) -> InputFile.Contents {
        let contents = try InputFile.load(path, encoding: settings.encoding)
        return InputFile.Contents(text: cleaned(contents.text), encoding: contents.encoding)
    }

    /// `text` without HTML remnants, unless they are to be kept.
    func cleaned(_ text: String) -> String {
        settings.keepHTML ? text : HTMLRemnants.strip(text)
    }

    /// Fills `record` with the results for `text`.
    func process(_ text: String, into record: inout BatchRecord) throws {
        let document = try segmenter.segment(text)
        record.language = document.language.code
        record.characters = text.count
        record.sentences = document.sentences.count
        if let summarizer {
            let summary = summarizer.summarize(document, length: settings.length)
            let json = SummaryJSON(summary, document: document)
            record.title = json.title
            record.summary = json.sentences
        }
        if settings.keywordCount > 0 {
            let found = try extractor(for: document.language).keywords(in: document, count: settings.keywordCount)
            record.keywords = KeywordsJSON(found, document: document, occurrences: false).keywords
        }
    }

    /// Counts the keyword candidates of `text` into `models`, one model per language: the first
    /// pass of `--idf corpus`. Returns the document's language.
    @discardableResult
    func count(_ text: String, into models: inout [Language: IDFModel]) throws -> Language {
        let document = try segmenter.segment(text)
        let language = document.language
        models[language, default: IDFModel(language: language)]
            .addDocument(keys: candidates.candidates(in: document).lazy.map(\.key))
        return language
    }

    /// The extractor for documents in `language`: with corpus statistics, the one using that
    /// language's model.
    private func extractor(for language: Language) -> KeywordExtractor {
        let key: Language? = settings.corpusModels == nil ? nil : language
        if let extractor = extractors[key] { return extractor }
        var configuration = settings.keywords
        if let models = settings.corpusModels {
            configuration.statistics = models[language].map { .model($0) } ?? .none
        }
        let extractor = KeywordExtractor(configuration: configuration)
        extractors[key] = extractor
        return extractor
    }
}
