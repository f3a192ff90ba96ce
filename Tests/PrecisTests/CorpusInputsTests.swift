import Foundation
import Testing

import Precis

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the command line's inputs and outputs stand on, without the command line: several files'
/// results as one JSON array, standard input's name, encoding names checked before reading, IDF
/// models built from files and records with what was skipped, a corpus walk's total and listing,
/// a batch's outputs checked together, and the languages table as JSON.
@Suite("Corpus inputs")
struct CorpusInputsTests {
    /// A fresh, empty folder for one test.
    static func folder() throws -> String { try temporaryFolder("precis-inputs") }

    /// The JSON object `value` encodes as.
    static func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try ReportEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A reader of `text`, through a pipe.
    static func reader(_ text: String) -> (JSONLinesReader, Int32) {
        var pipe: [Int32] = [0, 0]
        _ = pipe.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress!) }
        _ = text.withCString { write(pipe[1], $0, strlen($0)) }
        close(pipe[1])
        return (JSONLinesReader(descriptor: pipe[0], maxBytes: 1 << 20), pipe[0])
    }

    @Test func standardInputIsNamedAsMessagesNameIt() {
        #expect(TextFile.name(of: "-") == "<stdin>" && TextFile.name(of: "a.txt") == "a.txt")
        #expect(DocumentInput.file("-").path == "<stdin>")
        #expect(DocumentInput.file("a.txt").path == "a.txt")
    }

    @Test func severalFilesResultsAreObjectsWithTheirPathOrTheirError() throws {
        let report = DocumentReport(path: "a.txt")
        let done = try Self.object(FileResult(path: "-", outcome: .success(report)))
        #expect(done["path"] as? String == "<stdin>" && done["schemaVersion"] as? Int == 1 && done["error"] == nil)

        let failure = DocumentFailure(path: "b.txt", problem: "no such file")
        let failed = try Self.object(FileResult(path: "b.txt", outcome: .failure(failure)))
        #expect(failed as NSDictionary == ["path": "b.txt", "error": "no such file"] as NSDictionary)
    }

    @Test func encodingNamesAreCheckedBeforeAnythingIsRead() throws {
        try TextDecoder.checkEncoding("windows-1251")
        try TextDecoder.checkEncoding(" cp1251 ")
        #expect(throws: TextDecoder.Failure.unsupportedEncoding("no-such")) { try TextDecoder.checkEncoding("no-such") }
        #expect(TextFile.problem(.unsupportedEncoding("no-such")).hasPrefix("--encoding 'no-such' is not an encoding ICU knows"))
    }

    @Test func aBuilderReadsFilesAndFoldersAndSaysWhatItSkipped() throws {
        let corpus = try Self.folder()
        try FileManager.default.createDirectory(atPath: corpus + "/sub", withIntermediateDirectories: true)
        try "The lake is low this year.".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)
        try "Fish return to the lake.".write(toFile: corpus + "/sub/c.txt", atomically: true, encoding: .utf8)
        try "Not taken from a folder.".write(toFile: corpus + "/d.md", atomically: true, encoding: .utf8)

        let files = try CorpusWalker.textFiles(in: ["-", corpus, corpus + "/d.md"])
        #expect(files == ["-", corpus + "/a.txt", corpus + "/b.txt", corpus + "/sub/c.txt", corpus + "/d.md"])
        #expect(throws: CorpusWalker.Failure.self) { try CorpusWalker.textFiles(in: [corpus, corpus + "/missing"]) }

        var builder = IDFModelBuilder(configuration: .init(language: .fixed(Language("en"))))
        var skipped: [String] = []
        try builder.add(files: Array(files.dropFirst()), skipped: { skipped.append($0.description) })
        #expect(skipped == [corpus + "/b.txt: is empty"])
        #expect(builder.model?.documentCount == 3)
        #expect(builder.model?.documentFrequency(of: "lake") == 2)
    }

    @Test func aBuilderReadsRecordsAndSaysWhatItSkipped() throws {
        let (reader, descriptor) = Self.reader(
            #"{"id": "a", "text": "The lake is low this year."}"# + "\nnot json\n" + #"{"id": "b", "path": "/no/such/file.txt"}"# + "\n")
        defer { close(descriptor) }
        var lines = reader
        var builder = IDFModelBuilder(configuration: .init(language: .fixed(Language("en"))))
        var skipped: [IDFModelBuilder.Skipped] = []
        try builder.add(records: &lines, skipped: { skipped.append($0) })
        #expect(skipped.map(\.description) == [
            "line 2 is not a JSON object; each line must be like {\"id\": \"a1\", \"text\": \"...\"} (or with \"base64\" or \"path\" for \"text\")",
            "line 3 (id b): no such file",
        ])
        #expect(builder.model?.documentCount == 1)
    }

    @Test func aWalkCountsAndListsItsFilesAndLeavesItsOwnOutputsOut() throws {
        let corpus = try Self.folder()
        try "Twelve bytes".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        try "{}".write(toFile: corpus + "/out.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: corpus + "/results", withIntermediateDirectories: true)
        try "A result".write(toFile: corpus + "/results/a.txt", atomically: true, encoding: .utf8)

        var filter = CorpusWalker.Filter()
        filter.skipOutputs(output: corpus + "/out.txt", outDir: corpus + "/./results")
        let walker = try CorpusWalker(roots: [corpus], filter: filter)
        #expect(walker.map(\.path) == [corpus + "/a.txt"])
        #expect(walker.total == (documents: 1, bytes: 12))
        let entry = try #require(walker.first { _ in true })
        #expect(String(decoding: try ReportEncoder().encode(entry), as: UTF8.self) == #"{"bytes":12,"path":"\#(corpus)/a.txt"}"#)
    }

    @Test func resultsAreNeverWrittenOverInputs() throws {
        let corpus = try Self.folder()
        try "The lake is low.".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        let walker = try CorpusWalker(roots: [corpus], filter: .init())
        #expect(throws: BatchOutputFailure(
            "--out-dir \(corpus)/ would write results over the input files (\(corpus)/a.txt); nothing was done. "
                + "Give a folder outside the inputs (e.g. --out-dir \(corpus)-summaries), "
                + "or --format json or markdown, whose file names differ from the inputs'")
        ) { try ReportFolder.checkInputsKept(byResultsIn: corpus + "/", format: .text, walker: walker) }
        try ReportFolder.checkInputsKept(byResultsIn: corpus, format: .json, walker: walker)
        try ReportFolder.checkInputsKept(byResultsIn: corpus + "-summaries", format: .text, walker: walker)
    }

    @Test func aRunChecksItsRecordsFileAndResultsFolderTogether() throws {
        let folder = try Self.folder()
        let record = BatchRunRecord(precis: "0.1.0", options: ["--keywords": "5"], inputs: ["c"])
        let records = try record.checkOutputs(output: folder + "/out.jsonl", outDir: folder + "/res", format: .markdown, start: .fresh)
        #expect(records.map(\.path) == [BatchRunRecord.path(for: folder + "/out.jsonl"), BatchRunRecord.path(forOutDir: folder + "/res")])
        #expect(records.map(\.record.options) == [["--keywords": "5"], ["--keywords": "5", "--format": "markdown"]])
        #expect(try record.checkOutputs(output: nil, outDir: nil, format: .text, start: .resume).isEmpty)

        try Data("{\"path\": \"a\"}\n".utf8).write(to: URL(fileURLWithPath: folder + "/out.jsonl"))
        #expect(throws: BatchOutputFailure.self) {
            try record.checkOutputs(output: folder + "/out.jsonl", outDir: nil, format: .text, start: .fresh)
        }
    }

    @Test func languagesEncodeAsTheRowsOfTheirTable() throws {
        let serbian = try Self.object(LanguageSupport(language: Language("sr")))
        #expect(serbian["code"] as? String == "sr" && serbian["name"] as? String == "Serbian")
        #expect(serbian["script"] as? String == "Cyrl" && serbian["segmentation"] as? String == "rules")
        #expect(serbian["transliteration"] as? String == "Serbian-Latin/BGN; Latin-ASCII")
        let english = try Self.object(LanguageSupport(language: Language("en")))
        #expect(english["transliteration"] == nil && english["stemmer"] as? Bool == true && english["tagger"] as? Bool == true)
        #expect((english["idfDocuments"] as? Int ?? 0) > 0 && (english["stopwords"] as? Int ?? 0) > 0)
        #expect(try Self.object(LanguageSupport(language: Language("th")))["segmentation"] as? String == "dictionary")
        #expect(LanguageSupport(language: Language("ru")).englishName == "Russian")
    }
}
