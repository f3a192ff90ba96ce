import Foundation
import Precis
import Testing

/// An app that embeds the library gets exactly what the command line gives: the pipeline run in
/// process on bytes in a legacy encoding gives, byte for byte, the record `precis batch` writes.
@Suite("the library as an app embeds it")
struct EmbeddingCLITests {
    /// The texts and the encodings they are written in for the test.
    static let cases: [(language: String, encoding: String.Encoding, name: String)] = [
        ("ru", .windowsCP1251, "windows-1251"),
        ("ja", .shiftJIS, "Shift_JIS"),
        ("pl", .windowsCP1250, "windows-1250"),
        ("de", .utf16LittleEndian, "UTF-16LE"),
    ]

    @Test("the pipeline on legacy bytes gives precis batch's record", arguments: cases.map(\.language))
    func pipelineRecordEqualsBatchRecord(language: String) throws {
        let testCase = try #require(Self.cases.first { $0.language == language })
        let text = try String(contentsOfFile: Fixtures.path(language), encoding: .utf8)
        // (Characters the encoding lacks, such as a combining stress mark, become "?".)
        let bytes = try #require(text.data(using: testCase.encoding, allowLossyConversion: true), "\(language) in \(testCase.name)")
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("\(language).txt").path
        try bytes.write(to: URL(fileURLWithPath: path))

        let batch = try PrecisBinary.run(["batch", "-q", "-n", "2", "-k", "5", path])
        #expect(batch.status == 0, "\(batch.stderr)")
        let record = try #require(batch.stdoutLines.first.map(String.init))

        let options = PipelineOptions(summary: .init(length: .sentences(2)), keywords: .init(count: 5))
        let pipeline = DocumentPipeline(options: options)
        let fromFile = pipeline.report(for: .file(path))
        let fromBytes = pipeline.report(for: DocumentInput(content: .bytes(bytes), path: path))
        let encoder = ReportEncoder()
        #expect(String(decoding: try encoder.encode(fromFile), as: UTF8.self) == record)
        #expect(String(decoding: try encoder.encode(fromBytes), as: UTF8.self) == record)
        #expect(fromBytes.encoding == testCase.name)
        #expect(fromBytes.language == language)
        #expect(fromBytes.schemaVersion == DocumentReport.currentSchemaVersion)
        // The record reads back into the same report.
        #expect(try JSONDecoder().decode(DocumentReport.self, from: Data(record.utf8)) == fromBytes)
    }

    @Test("bytes that are not text fail with the command line's words")
    func binaryBytesFail() throws {
        let pipeline = DocumentPipeline()
        #expect(throws: DocumentFailure.self) { try pipeline.analyze(.bytes(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]))) }
        let report = pipeline.report(for: .bytes(Data([0, 1, 2, 0, 0, 0]), id: "x"))
        #expect(report.id == "x" && report.summary == nil && report.error?.contains("not a text file") == true)
        do {
            _ = try pipeline.analyze(.bytes(Data(repeating: 0x41, count: 10), id: "big"))
        } catch {
            Issue.record("a small text failed: \(error)")
        }
        var small = PipelineOptions()
        small.maxBytes = 4
        do {
            _ = try DocumentPipeline(options: small).analyze(.bytes(Data(repeating: 0x41, count: 10), id: "big"))
            Issue.record("a text over the limit was analysed")
        } catch {
            #expect(error.kind == .tooLarge)
        }
    }
}
