import Foundation
import Testing

/// The real texts in `Fixtures/` (see its README), by language code, and the project's sample.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let languages = ["zh", "ja", "th", "ar", "de", "fr", "es", "pt", "ru", "pl"]
    static func path(_ language: String) -> String { folder.appendingPathComponent("\(language).txt").path }
    static let englishSample = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora/samples/lake-en.txt").path
    /// Languages written without spaces between words.
    static let unspaced: Set<String> = ["zh", "ja", "th"]
}

/// White space runs as one space, as `summarize` prints sentences.
private func collapsed(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

@Suite("precis summarize")
struct SummarizeCLITests {
    @Test(arguments: Fixtures.languages)
    func summarizesARealText(language: String) throws {
        let path = Fixtures.path(language)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let sentenceCount = try PrecisBinary.run(["segment", path]).stdoutLines.count
        #expect(sentenceCount >= 5, "the text is cut into sentences, even without spaces")

        let result = try PrecisBinary.run(["summarize", "-n", "2", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.count == 2)
        let flat = collapsed(text)
        var searchFrom = flat.startIndex
        for line in lines {
            #expect(line.count < flat.count / 2, "a sentence, not the whole text")
            // Each line is a sentence of the text, and they come in the text's order.
            let found = try #require(flat.range(of: String(line), range: searchFrom..<flat.endIndex), "\(line)")
            searchFrom = found.upperBound
        }

        // JSON: the language is identified, indices ascend, offsets point at the sentences.
        let json = try PrecisBinary.run(["summarize", "-n", "2", "--format", "json", path])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["language"] as? String == language)
        #expect(root["documentSentences"] as? Int == sentenceCount)
        let sentences = try #require(root["sentences"] as? [[String: Any]])
        let indices = sentences.compactMap { $0["index"] as? Int }
        #expect(indices.count == 2 && indices == indices.sorted())
        let bytes = Array(text.precomposedStringWithCanonicalMapping.utf8)
        for (sentence, line) in zip(sentences, lines) {
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == sentence["text"] as? String)
            #expect(collapsed(sentence["text"] as? String ?? "") == String(line))
            #expect((sentence["score"] as? Double ?? 0) > 0)
        }
    }

    @Test(arguments: Fixtures.languages)
    func moreSentencesThanTheTextHasGivesTheWholeText(language: String) throws {
        let path = Fixtures.path(language)
        let sentences = try PrecisBinary.run(["segment", path]).stdoutLines
        let result = try PrecisBinary.run(["summarize", "-n", "1000", path])
        #expect(result.status == 0)
        // Every sentence but those that do not end as sentences do (the fixtures are cut short),
        // in texts that end their sentences with punctuation (Thai does not), and in Chinese and
        // Japanese, sentences of fewer than 12 characters.
        let expected = sentences.filter { line in
            if language == "th" { return true }
            if ["zh", "ja"].contains(language) && line.count < 12 { return false }
            return Self.endsAsSentence(String(line))
        }
        #expect(result.stdoutLines == expected)
    }

    static func endsAsSentence(_ line: String) -> Bool {
        let closers = Set("\"'”’»)]」』）".unicodeScalars)
        guard let last = line.unicodeScalars.reversed().first(where: { !closers.contains($0) && $0 != " " }) else { return false }
        return last.properties.isSentenceTerminal || last == "…"
    }

    @Test func characterBudgetForChineseAndJapanese() throws {
        for language in ["zh", "ja"] {
            let result = try PrecisBinary.run(["summarize", "--chars", "80", Fixtures.path(language)])
            #expect(result.status == 0)
            #expect(!result.stdoutLines.isEmpty)
            if result.stdoutLines.count > 1 {
                #expect(result.stdoutLines.reduce(0) { $0 + $1.count } <= 80)
            }
        }
    }

    @Test func lengthsAndFormats() throws {
        let path = Fixtures.englishSample
        let all = try PrecisBinary.run(["segment", path]).stdoutLines.count
        let ratio = try PrecisBinary.run(["summarize", "--ratio", "0.5", path])
        #expect(ratio.stdoutLines.count == max(1, Int((0.5 * Double(all)).rounded())))
        let words = try PrecisBinary.run(["summarize", "--words", "40", path])
        #expect(words.stdoutLines.flatMap { $0.split(separator: " ") }.count <= 45)
        let markdown = try PrecisBinary.run(["summarize", "--format", "markdown", path])
        #expect(markdown.stdoutLines.count == 3, "three sentences by default")
        #expect(markdown.stdoutLines.allSatisfy { $0.hasPrefix("- ") })
        let stdin = try PrecisBinary.run(["summarize", "-"], input: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(stdin.stdout == (try PrecisBinary.run(["summarize", path])).stdout)
    }

    @Test func outputIsTheSameEveryRun() throws {
        let runs = try (0..<3).map { _ in try PrecisBinary.run(["summarize", "--format", "json", "-n", "3", Fixtures.path("pt")]).stdout }
        #expect(Set(runs).count == 1)
    }

    @Test(arguments: [["-n", "2", "--ratio", "0.3"], ["-n", "0"], ["--ratio", "1.5"], ["--words", "-3"], ["--format", "xml"]])
    func badLengthOptionsFail(arguments: [String]) throws {
        let result = try PrecisBinary.run(["summarize"] + arguments + [Fixtures.englishSample])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func oneSentenceTextGivesThatSentence() throws {
        let result = try PrecisBinary.run(["summarize", "-n", "3", "-"], input: Data("Just one sentence here.".utf8))
        #expect(result.stdoutLines == ["Just one sentence here."])
        let spaces = try PrecisBinary.run(["summarize", "-"], input: Data("   \n\n  ".utf8))
        #expect(spaces.status == 0)
        #expect(spaces.stdout.isEmpty, "a text of white space has no sentences")
    }
}
