import Foundation
import Testing

/// Golden files: what the CLI prints for real texts in twelve languages (text and JSON, summaries
/// and keywords, and the batch record of each), and the shape of the report, kept under
/// `Tests/CLITests/Golden`. A change in which sentences or keywords are picked, in their scores,
/// or in the record's fields shows up as a failing test and a diff.
///
/// To accept a change, record the files again and review the diff before committing:
///
///     PRECIS_RECORD_GOLDEN=1 swift test --filter GoldenCLITests
@Suite("golden files")
struct GoldenCLITests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["PRECIS_RECORD_GOLDEN"] == "1"

    /// The texts: the ten treebank fixtures and the two samples shipped in corpora/.
    static let texts: [(name: String, path: String)] =
        Fixtures.languages.map { ($0, Fixtures.path($0)) }
        + [("lake-en", Fixtures.englishSample), ("lake-ru", Fixtures.englishSample.replacingOccurrences(of: "lake-en", with: "lake-ru"))]

    /// The outputs recorded for each text: a file-name suffix and the arguments before the path.
    static let outputs: [(suffix: String, arguments: [String])] = [
        ("summary.txt", ["summarize", "-n", "2"]),
        ("summary.json", ["summarize", "-n", "2", "--format", "json"]),
        ("keywords.txt", ["keywords", "-k", "8"]),
        ("keywords.json", ["keywords", "-k", "8", "--format", "json"]),
    ]

    /// Compares `found` with the golden file `name` (or records it).
    private func check(_ found: String, against name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try found.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8), "\(name): no golden file; record it with PRECIS_RECORD_GOLDEN=1")
        if found != expected {
            let foundLines = found.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(foundLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first?.offset ?? min(foundLines.count, expectedLines.count)
            Issue.record(
                """
                \(name) differs from its golden file at line \(line + 1):
                  golden: \(line < expectedLines.count ? String(expectedLines[line]) : "(end)")
                  now:    \(line < foundLines.count ? String(foundLines[line]) : "(end)")
                If the change is intended, record again: PRECIS_RECORD_GOLDEN=1 swift test --filter GoldenCLITests
                """)
        }
    }

    @Test("summaries and keywords, as text and JSON", arguments: texts.map(\.name))
    func commandOutputs(name: String) throws {
        let path = try #require(Self.texts.first { $0.name == name }?.path)
        for output in Self.outputs {
            let result = try PrecisBinary.run(output.arguments + [path])
            #expect(result.status == 0, "\(output.arguments): \(result.stderr)")
            try check(result.stdout, against: "\(name).\(output.suffix)")
        }
    }

    @Test("batch records")
    func batchRecords() throws {
        // Through --stdin-jsonl, so that the records carry ids rather than this machine's paths.
        var input = ""
        for text in Self.texts {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: text.path))
            input += "{\"id\": \"\(text.name)\", \"base64\": \"\(bytes.base64EncodedString())\"}\n"
        }
        let result = try PrecisBinary.run(["batch", "--stdin-jsonl", "-q", "-n", "2", "-k", "5"], input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        try check(result.stdout, against: "batch.jsonl")
    }

    /// The report's shape: every field path with its JSON type, from records that fill every
    /// field (a summary with a title, keywords with Latin forms, and an error record).
    @Test("the report schema")
    func reportSchema() throws {
        let article = "# Lake Marrow\n\nПрезидент Владимир Путин посетил озеро. Путин сказал, что озеро красивое.\n"
        let input = """
            {"id": "a", "base64": "\(Data(article.utf8).base64EncodedString())"}
            {"id": "b", "base64": "AAEC"}

            """
        let result = try PrecisBinary.run(["batch", "--stdin-jsonl", "-q", "-n", "1", "-k", "3"], input: Data(input.utf8))
        var paths: Set<String> = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .object(let object): for (key, child) in object { walk(child, path.isEmpty ? key : "\(path).\(key)") }
            case .array(let array): for child in array { walk(child, path + "[]") }
            case .scalar(let type): paths.insert(path + ": " + type)
            }
        }
        for line in result.stdoutLines {
            walk(try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)), "")
        }
        try check(paths.sorted().joined(separator: "\n") + "\n", against: "report-schema.txt")
    }
}

/// Any JSON value, with its scalars reduced to their type names.
private enum JSONValue: Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case scalar(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .scalar("null")
        } else if (try? container.decode(Bool.self)) != nil {
            self = .scalar("boolean")
        } else if (try? container.decode(Double.self)) != nil {
            self = .scalar("number")
        } else if (try? container.decode(String.self)) != nil {
            self = .scalar("string")
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
