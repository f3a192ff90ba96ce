import Foundation
import Testing

/// `batch --stdin-jsonl` takes a document as "text", "base64" or "path", and each gives the record
/// `precis batch FILE` gives for the same bytes (with "id" for "path"); `--max-size` holds the
/// document, not the JSON line that carries it.
@Suite("batch --stdin-jsonl records")
struct StdinRecordsCLITests {
    /// `record` without the name fields, as a comparable dictionary.
    private func results(_ line: Substring) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        object["path"] = nil
        object["id"] = nil
        return object as NSDictionary
    }

    @Test func pathAndBase64RecordsGiveTheFileRecord() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: Fixtures.path("ru"), encoding: .utf8)
        let bytes = try #require(original.data(using: .windowsCP1251, allowLossyConversion: true))
        let text = try #require(String(data: bytes, encoding: .windowsCP1251))  // what the file says
        let path = folder.url.appendingPathComponent("ru.txt").path
        try bytes.write(to: URL(fileURLWithPath: path))
        let batch = try PrecisBinary.run(["batch", "-q", "-k", "5", path])
        let input = """
            {"id": "p", "path": "\(path)"}
            {"id": "b", "base64": "\(bytes.base64EncodedString())"}
            {"id": "t", "text": \(String(decoding: try JSONEncoder().encode(text), as: UTF8.self))}
            {"id": "missing", "path": "\(folder.url.path)/nothing.txt"}
            {"id": "both", "text": "a", "path": "b"}
            {"id": "bad", "base64": "*** not base64 ***"}

            """
        let stdin = try PrecisBinary.run(["batch", "-q", "-k", "5", "--stdin-jsonl"], input: Data(input.utf8))
        #expect(stdin.status == 1, "\(stdin.stderr)")
        let lines = stdin.stdoutLines
        try #require(lines.count == 6)
        let expected = try results(try #require(batch.stdoutLines.first))
        #expect(try results(lines[0]) == expected)
        #expect(try results(lines[1]) == expected)
        #expect(lines[0].contains("\"id\":\"p\"") && !lines[0].contains("\"path\""))
        // Text has no encoding to report; its results are the same.
        var fromText = try results(lines[2]) as! [String: Any]
        var fromFile = expected as! [String: Any]
        #expect(fromText["encoding"] == nil)
        fromText["encoding"] = nil
        fromFile["encoding"] = nil
        #expect(fromText as NSDictionary == fromFile as NSDictionary)
        #expect(lines[3].contains("no such file"))
        #expect(lines[4].contains("gives \\\"text\\\" and \\\"path\\\"; give one"), "\(lines[4])")
        #expect(lines[5].contains("is not base64"))
    }

    @Test func theSizeLimitHoldsTheDocumentNotItsLine() throws {
        // 3,000 bytes of text: 4,000 in base64, within a 3,500-byte limit once decoded.
        let sentence = "The council voted to restore the lake. "
        let text = String(repeating: sentence, count: 3000 / sentence.utf8.count)
        let input = """
            {"id": "b", "base64": "\(Data(text.utf8).base64EncodedString())"}
            {"id": "t", "text": "\(text + text)"}

            """
        let result = try PrecisBinary.run(["batch", "-q", "--max-size", "3500", "--stdin-jsonl"], input: Data(input.utf8))
        let lines = result.stdoutLines
        try #require(lines.count == 2, "\(result.stdout)")
        #expect(lines[0].contains("\"summary\"") && !lines[0].contains("\"error\""), "\(lines[0])")
        #expect(lines[1].contains("\"id\":\"t\"") && lines[1].contains("over the size limit of 3.4 KB"), "\(lines[1])")
    }
}
