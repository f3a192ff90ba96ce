import Foundation
import Precis

/// The body of `POST /v1/analyze` (see openapi.yaml): the document as "text" or "base64", and the
/// options. Fields left out take `precis batch`'s defaults, but for keywords: ten, as
/// `precis keywords` gives.
public struct AnalyzeRequest: Decodable, Sendable, Equatable {
    /// A name the report carries as "id", as `precis batch --stdin-jsonl` records do.
    public var id: String?
    /// The document as text.
    public var text: String?
    /// The document as bytes (base64), decoded as files are: the encoding detected and reported.
    public var base64: String?
    /// A language code, or "auto" (default) to identify it.
    public var lang: String?
    /// Summary length: sentences (default 3; 0 for no summary), or a share, words or characters.
    public var sentences: Int?
    public var ratio: Double?
    public var words: Int?
    public var characters: Int?
    /// The number of keywords (default 10; 0 for none).
    public var keywords: Int?
    /// The title as a summary sentence: "auto" (default), "include" or "exclude".
    public var title: String?
    /// Every occurrence of each keyword, as UTF-8 offsets (default false: the first only).
    public var occurrences: Bool?
    /// Adds the text the offsets point into ("text": decoded, HTML removed, NFC) to the report.
    public var includeText: Bool?

    public init(text: String? = nil, base64: String? = nil) {
        self.text = text
        self.base64 = base64
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case id, text, base64, lang, sentences, ratio, words, characters, keywords, title, occurrences, includeText
    }

    /// A field is given with its type or left out: `null` is refused, as the description says.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases where container.contains(key) {
            if try container.decodeNil(forKey: key) {
                throw DecodingError.valueNotFound(
                    Any.self, .init(codingPath: [key], debugDescription: "null is not a value; leave the field out"))
            }
        }
        id = try container.decodeIfPresent(String.self, forKey: .id)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        base64 = try container.decodeIfPresent(String.self, forKey: .base64)
        lang = try container.decodeIfPresent(String.self, forKey: .lang)
        sentences = try container.decodeIfPresent(Int.self, forKey: .sentences)
        ratio = try container.decodeIfPresent(Double.self, forKey: .ratio)
        words = try container.decodeIfPresent(Int.self, forKey: .words)
        characters = try container.decodeIfPresent(Int.self, forKey: .characters)
        keywords = try container.decodeIfPresent(Int.self, forKey: .keywords)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        occurrences = try container.decodeIfPresent(Bool.self, forKey: .occurrences)
        includeText = try container.decodeIfPresent(Bool.self, forKey: .includeText)
    }
}

/// A request the service cannot take: the status and what to tell the client.
struct RequestProblem: Error {
    var status: Int
    var message: String
}

/// The options that make a pipeline: requests with the same settings share pipelines.
struct AnalysisSettings: Hashable, Sendable {
    enum Title: String, Hashable, Sendable { case auto, include, exclude }

    var language: String?
    var length: Summarizer.Length?
    var keywords: Int
    var title: Title
    var occurrences: Bool

    static let maxKeywords = 200
    static let maxSentences = 10_000

    /// The settings of `request`, or the problem with them (status 400).
    init(_ request: AnalyzeRequest) throws(RequestProblem) {
        func bad(_ message: String) -> RequestProblem { RequestProblem(status: 400, message: message) }
        let lang = request.lang ?? "auto"
        if lang != "auto" {
            // Codes exactly as `precis languages` lists them (openapi.yaml's enum), no other spelling.
            guard LanguageSupport.knownLanguages.contains(where: { $0.code == lang }) else {
                let codes = LanguageSupport.knownLanguages.map(\.code).joined(separator: ", ")
                throw bad("unknown language '\(lang)' for \"lang\". Known codes: \(codes) (or 'auto' to identify it).")
            }
            language = lang
        }
        let lengths = [request.sentences != nil, request.ratio != nil, request.words != nil, request.characters != nil].filter { $0 }.count
        if lengths > 1 { throw bad("give at most one of \"sentences\", \"ratio\", \"words\" and \"characters\"") }
        if let ratio = request.ratio {
            guard ratio > 0 && ratio <= 1 else { throw bad("\"ratio\" must be above 0 and at most 1 (got \(ratio))") }
            length = .ratio(ratio)
        } else if let words = request.words {
            guard words >= 1 else { throw bad("\"words\" must be at least 1 (got \(words))") }
            length = .words(words)
        } else if let characters = request.characters {
            guard characters >= 1 else { throw bad("\"characters\" must be at least 1 (got \(characters))") }
            length = .characters(characters)
        } else {
            let sentences = request.sentences ?? 3
            guard (0...Self.maxSentences).contains(sentences) else {
                throw bad("\"sentences\" must be from 0 (no summary) to \(Self.maxSentences) (got \(sentences))")
            }
            length = sentences == 0 ? nil : .sentences(sentences)
        }
        keywords = request.keywords ?? 10
        guard (0...Self.maxKeywords).contains(keywords) else {
            throw bad("\"keywords\" must be from 0 (none) to \(Self.maxKeywords) (got \(keywords))")
        }
        guard let title = Title(rawValue: request.title ?? "auto") else {
            throw bad("\"title\" must be \"auto\", \"include\" or \"exclude\" (got \"\(request.title ?? "")\")")
        }
        self.title = title
        occurrences = request.occurrences ?? false
    }

    /// The pipeline options: those of `precis batch` with the same settings.
    func options(maxBytes: Int) -> PipelineOptions {
        var segmentation = Segmenter.Configuration()
        if let language { segmentation.language = .fixed(Language(language)) }
        var summary: PipelineOptions.Summary?
        if let length {
            var configuration = Summarizer.Configuration()
            switch title {
            case .include: configuration.title = .include
            case .exclude: configuration.title = .exclude
            case .auto: break
            }
            summary = .init(length: length, configuration: configuration)
        }
        return PipelineOptions(
            maxBytes: maxBytes, segmentation: segmentation, summary: summary,
            keywords: keywords > 0 ? .init(count: keywords, occurrences: occurrences) : nil)
    }
}

/// A parsed request: the document, its settings, and whether the text goes back too.
struct AnalysisJob: Sendable {
    var input: DocumentInput
    var settings: AnalysisSettings
    var includeText: Bool

    /// A JSON body (`application/json`).
    init(json body: Data) throws(RequestProblem) {
        let request: AnalyzeRequest
        do {
            request = try JSONDecoder().decode(AnalyzeRequest.self, from: body)
        } catch {
            throw RequestProblem(status: 400, message: "the body is not a JSON object of the analyze request: \(Self.describe(error))")
        }
        try self.init(request)
    }

    init(_ request: AnalyzeRequest) throws(RequestProblem) {
        settings = try AnalysisSettings(request)
        includeText = request.includeText ?? false
        switch (request.text, request.base64) {
        case (let text?, nil):
            input = .text(text, id: request.id)
        case (nil, let base64?):
            guard let bytes = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                throw RequestProblem(status: 400, message: "\"base64\" is not base64")
            }
            input = .bytes(bytes, id: request.id)
        case (nil, nil):
            throw RequestProblem(status: 400, message: "give the document as \"text\" or \"base64\"")
        case (_?, _?):
            throw RequestProblem(status: 400, message: "give \"text\" or \"base64\", not both")
        }
    }

    /// A body that is the document itself (`POST /v1/analyze/raw`), with the options in the query
    /// string.
    init(bytes body: Data, query: [String: String]) throws(RequestProblem) {
        func number<T: LosslessStringConvertible>(_ name: String, _ type: T.Type) throws(RequestProblem) -> T? {
            guard let value = query[name] else { return nil }
            guard let number = T(value) else { throw RequestProblem(status: 400, message: "\"\(name)\" must be a number (got '\(value)')") }
            return number
        }
        func flag(_ name: String) throws(RequestProblem) -> Bool? {
            guard let value = query[name] else { return nil }
            switch value {
            case "true": return true
            case "false": return false
            default: throw RequestProblem(status: 400, message: "\"\(name)\" must be true or false (got '\(value)')")
            }
        }
        var request = AnalyzeRequest()
        request.id = query["id"]
        request.lang = query["lang"]
        request.title = query["title"]
        request.sentences = try number("sentences", Int.self)
        request.keywords = try number("keywords", Int.self)
        request.occurrences = try flag("occurrences")
        request.includeText = try flag("includeText")
        settings = try AnalysisSettings(request)
        includeText = request.includeText ?? false
        input = .bytes(body, id: request.id)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\": \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, _): "\"\(key.stringValue)\" is missing"
        default: "\(error)"
        }
    }
}

/// One worker's pipelines (one per settings seen, the most recent few kept) and its encoder:
/// used by one request at a time.
final class Worker: @unchecked Sendable {
    private var pipelines: [AnalysisSettings: DocumentPipeline] = [:]
    private var recent: [AnalysisSettings] = []
    private let encoder = ReportEncoder()
    private let maxBytes: Int
    static let keptPipelines = 8

    init(maxBytes: Int) { self.maxBytes = maxBytes }

    /// The answer to `job`: its status and JSON body, the record `precis batch` writes for the
    /// same document and options (with a final newline, as there).
    func run(_ job: AnalysisJob) -> (status: Int, body: Data) {
        let pipeline = pipeline(for: job.settings)
        var status = 200
        var body: Data
        do {
            let analysis = try pipeline.analyze(job.input)
            body = try job.includeText
                ? encoder.encode(ReportWithText(report: analysis.report, text: analysis.document.text))
                : encoder.encode(analysis.report)
        } catch let failure as DocumentFailure {
            status = failure.kind == .tooLarge ? 413 : 422
            body = (try? encoder.encode(DocumentReport(path: job.input.path, id: job.input.id, error: failure.problem))) ?? Data()
        } catch {
            status = 500
            body = (try? encoder.encode(ErrorBody(error: "the report could not be encoded: \(error)"))) ?? Data()
        }
        body.append(UInt8(ascii: "\n"))
        return (status, body)
    }

    private func pipeline(for settings: AnalysisSettings) -> DocumentPipeline {
        if let pipeline = pipelines[settings] {
            recent.removeAll { $0 == settings }
            recent.append(settings)
            return pipeline
        }
        if recent.count >= Self.keptPipelines {
            pipelines[recent.removeFirst()] = nil
        }
        let pipeline = DocumentPipeline(options: settings.options(maxBytes: maxBytes))
        pipelines[settings] = pipeline
        recent.append(settings)
        return pipeline
    }
}

/// A report with the text its offsets point into, as one JSON object (keys still sorted).
struct ReportWithText: Encodable {
    var report: DocumentReport
    var text: String

    private enum Key: String, CodingKey { case text }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(text, forKey: .text)
    }
}

/// The body of an error other than a document's: `{"error": "..."}`.
struct ErrorBody: Encodable {
    var error: String
}
