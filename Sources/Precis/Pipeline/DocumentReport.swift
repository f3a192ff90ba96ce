public import Foundation

/// What ``DocumentPipeline`` finds in one document: the record `precis batch` writes a line of,
/// and `POST /v1/analyze` answers with.
///
/// Offsets are UTF-8 byte offsets into the text after decoding, HTML clean-up and NFC
/// normalisation. Fields that do not apply are absent from the JSON: `summary` and `title` without
/// a summary, `keywords` without keywords, everything but the names and `error` for a document
/// that failed.
///
/// ```json
/// {"characters":2345,"encoding":"windows-1251","id":"a1","language":"ru","schemaVersion":1,
///  "sentences":21,"summary":[{"end":180,"index":0,"score":0.21,"start":0,"text":"…"}]}
/// ```
public struct DocumentReport: Codable, Sendable, Equatable {
    /// The version of this shape: raised when a field changes meaning or goes away.
    public static let currentSchemaVersion = 1

    /// The shape's version (``currentSchemaVersion`` when written by this build).
    public var schemaVersion: Int
    /// The file's path (file input).
    public var path: String?
    /// The document's id (input given with an id, such as a `--stdin-jsonl` record).
    public var id: String?
    /// The encoding the bytes were read in.
    public var encoding: String?
    /// The language the document was read as.
    public var language: String?
    /// The number of characters in the text.
    public var characters: Int?
    /// The number of sentences in the text.
    public var sentences: Int?
    /// The title or headline the summariser found (absent when the text has none, or without a
    /// summary).
    public var title: ReportTitle?
    /// The summary sentences, in text order.
    public var summary: [ReportSentence]?
    /// The keywords, best first.
    public var keywords: [ReportKeyword]?
    /// What went wrong, for a document that has no results.
    public var error: String?

    /// A report with only its names set.
    public init(path: String? = nil, id: String? = nil, error: String? = nil) {
        schemaVersion = Self.currentSchemaVersion
        self.path = path
        self.id = id
        self.error = error
    }

    /// The name the report is known by: its path or its id.
    public var name: String { path ?? id ?? "" }
}

/// A summary sentence in a report.
public struct ReportSentence: Codable, Sendable, Equatable {
    /// The sentence's index in the document.
    public var index: Int
    /// Its UTF-8 byte offsets into the text.
    public var start: Int
    /// See ``start``.
    public var end: Int
    /// Its ranking score.
    public var score: Double
    /// Its text.
    public var text: String

    /// The report form of `sentence` of `document`.
    public init(_ sentence: Summary.Sentence, in document: Document) {
        index = sentence.index
        start = document.utf8Offset(sentence.range.lowerBound)
        end = document.utf8Offset(sentence.range.upperBound)
        score = sentence.score
        text = sentence.text
    }
}

/// A document's title or headline in a report.
public struct ReportTitle: Codable, Sendable, Equatable {
    /// The title's sentence index.
    public var index: Int
    /// Its UTF-8 byte offsets into the text.
    public var start: Int
    /// See ``start``.
    public var end: Int
    /// Its text (without Markdown's `#`s).
    public var text: String

    /// The report form of `title` of `document`.
    public init(_ title: Summary.Title, in document: Document) {
        index = title.index
        start = document.utf8Offset(title.range.lowerBound)
        end = document.utf8Offset(title.range.upperBound)
        text = title.text
    }
}

/// A keyword in a report.
public struct ReportKeyword: Codable, Sendable, Equatable {
    /// The form shown to a reader.
    public var phrase: String
    /// The key its occurrences share.
    public var key: String
    /// Its score.
    public var score: Double
    /// The number of occurrences.
    public var count: Int
    /// Every surface form, most frequent first.
    public var surfaceForms: [String]
    /// UTF-8 byte offsets of the first occurrence.
    public var firstStart: Int
    /// See ``firstStart``.
    public var firstEnd: Int
    /// Every occurrence as `[start, end]` UTF-8 byte offsets, when asked for
    /// (``PipelineOptions/Keywords/occurrences``).
    public var occurrences: [[Int]]?
    /// Whether it is a name.
    public var isName: Bool
    /// Its Latin form, for a keyword in another script.
    public var latin: String?

    private enum CodingKeys: String, CodingKey {
        case phrase, key, score, count, surfaceForms, firstStart, firstEnd, occurrences, latin
        case isName = "name"
    }

    /// The report form of `keyword` of `document`, with every occurrence when `occurrences`.
    public init(_ keyword: Keyword, in document: Document, occurrences: Bool) {
        let first = keyword.occurrences.first
        phrase = keyword.phrase
        key = keyword.key
        score = keyword.score
        count = keyword.count
        surfaceForms = keyword.surfaceForms
        firstStart = first.map { document.utf8Offset($0.lowerBound) } ?? 0
        firstEnd = first.map { document.utf8Offset($0.upperBound) } ?? 0
        self.occurrences = occurrences ? keyword.occurrences.map { [document.utf8Offset($0.lowerBound), document.utf8Offset($0.upperBound)] } : nil
        isName = keyword.isName
        latin = keyword.latin
    }
}

/// A summary alone, with what a reader of it needs: the shape of `precis summarize --format json`.
public struct SummaryReport: Codable, Sendable, Equatable {
    /// The document's language.
    public var language: String
    /// The encoding the input was read in ("UTF-8", "windows-1251"…).
    public var encoding: String
    /// The number of sentences in the document.
    public var documentSentences: Int
    /// The detected title (absent when the text has none).
    public var title: ReportTitle?
    /// The summary sentences, in text order.
    public var sentences: [ReportSentence]

    /// The report form of `summary` of `document`, read in `encoding`.
    public init(_ summary: Summary, document: Document, encoding: String = "UTF-8") {
        language = summary.language.code
        self.encoding = encoding
        documentSentences = summary.documentSentenceCount
        title = summary.title.map { ReportTitle($0, in: document) }
        sentences = summary.sentences.map { ReportSentence($0, in: document) }
    }
}

/// Keywords alone, with what a reader of them needs: the shape of `precis keywords --format json`.
public struct KeywordReport: Codable, Sendable, Equatable {
    /// The document's language.
    public var language: String
    /// The encoding the input was read in ("UTF-8", "windows-1251"…).
    public var encoding: String
    /// The number of keywords asked for.
    public var requested: Int?
    /// False when the text has fewer different keywords than asked for.
    public var complete: Bool?
    /// The keywords, best first.
    public var keywords: [ReportKeyword]

    /// The report form of `keywords` of `document`, read in `encoding`; `requested` is the count
    /// asked for, and `occurrences` adds every occurrence's offsets.
    public init(_ keywords: [Keyword], document: Document, encoding: String = "UTF-8", requested: Int? = nil, occurrences: Bool = true) {
        language = document.language.code
        self.encoding = encoding
        self.requested = requested
        complete = requested.map { keywords.count >= $0 }
        self.keywords = keywords.map { ReportKeyword($0, in: document, occurrences: occurrences) }
    }
}

/// Encodes reports as Precis writes them everywhere: keys sorted, slashes unescaped; one line
/// (JSON Lines) or indented.
///
/// A `JSONEncoder` is not safe to share between threads: make one `ReportEncoder` per task.
public struct ReportEncoder {
    private let encoder: JSONEncoder

    /// An encoder writing one line (`pretty == false`) or indented JSON.
    public init(pretty: Bool = false) {
        encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    }

    /// `value` as JSON, without a final newline.
    public func encode(_ value: some Encodable) throws -> Data {
        try encoder.encode(value)
    }
}

extension Document {
    /// The UTF-8 byte offset of `index` in the text: the offsets reports give.
    public func utf8Offset(_ index: String.Index) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: index)
    }
}
