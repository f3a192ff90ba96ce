import Foundation
import Testing

@Suite("precis keywords")
struct KeywordsCLITests {
    @Test(arguments: Fixtures.languages)
    func keywordsOfARealText(language: String) throws {
        let path = Fixtures.path(language)
        let text = try PrecisBinary.run(["keywords", "-k", "5", path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdoutLines.count == 5)
        for line in text.stdoutLines {
            let fields = line.split(separator: "\t")
            #expect(fields.count == 2, "score, tab, phrase: \(line)")
            #expect(Double(fields.first ?? "") != nil)
        }
        let json = try PrecisBinary.run(["keywords", "-k", "5", "--format", "json", path])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["language"] as? String == language)
        let keywords = try #require(root["keywords"] as? [[String: Any]])
        let bytes = Array(try String(contentsOfFile: path, encoding: .utf8).precomposedStringWithCanonicalMapping.utf8)
        let scores = keywords.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        for keyword in keywords {
            let start = try #require(keyword["firstStart"] as? Int)
            let end = try #require(keyword["firstEnd"] as? Int)
            let forms = try #require(keyword["surfaceForms"] as? [String])
            #expect(forms.contains(String(decoding: bytes[start..<end], as: UTF8.self)), "offsets point at a surface form")
            #expect((keyword["count"] as? Int ?? 0) >= 1)
            #expect(keyword["name"] is Bool)
            if ["zh", "ja"].contains(language) {
                #expect((keyword["phrase"] as? String ?? "").count >= 2, "words, not single characters: \(keyword)")
            }
            if ["ru", "ar", "th", "zh"].contains(language) {
                #expect(keyword["latin"] is String, "non-Latin keywords carry a Latin form: \(keyword)")
            }
        }
    }

    @Test func tsvHasAHeaderAndFiveColumns() throws {
        let result = try PrecisBinary.run(["keywords", "--format", "tsv", "-k", "3", Fixtures.path("ru")])
        #expect(result.stdoutLines.first == "phrase\tscore\tcount\tname\tlatin")
        #expect(result.stdoutLines.count == 4)
        #expect(result.stdoutLines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
    }

    @Test func ownStatisticsFromIdfBuild() throws {
        let folder = try TemporaryFolder()
        let model = folder.url.appendingPathComponent("fixtures.idf").path
        let build = try PrecisBinary.run(["idf", "build", Fixtures.folder.path, "--lang", "de", "-o", model])
        #expect(build.status == 0, "\(build.stderr)")
        let own = try PrecisBinary.run(["keywords", "--idf", model, "-k", "5", Fixtures.path("de")])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdoutLines.count == 5)
        let none = try PrecisBinary.run(["keywords", "--idf", "none", "-k", "5", Fixtures.path("de")])
        #expect(none.stdoutLines.count == 5)
        #expect(none.stdout != own.stdout, "statistics change the scores")
    }

    @Test(arguments: [["--idf", "missing.idf"], ["-k", "0"], ["--ngrams", "0...2"], ["--ngrams", "3...1"], ["--format", "xml"]])
    func badOptionsFail(arguments: [String]) throws {
        let result = try PrecisBinary.run(["keywords"] + arguments + [Fixtures.englishSample])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count >= 1)
    }

    @Test func aFileThatIsNotAModelIsRejected() throws {
        let folder = try TemporaryFolder()
        let bogus = try folder.file("bogus.idf", "hello\tworld\n")
        let result = try PrecisBinary.run(["keywords", "--idf", bogus, Fixtures.englishSample])
        #expect(result.status != 0)
        #expect(result.stderr.contains(bogus))
        #expect(result.stderr.contains("IDF"))
    }

    @Test func phraseLengthsFollowNgrams() throws {
        let unigrams = try PrecisBinary.run(["keywords", "--ngrams", "1", "-k", "10", "--format", "tsv", Fixtures.englishSample])
        #expect(unigrams.stdoutLines.dropFirst().allSatisfy { !($0.split(separator: "\t").first ?? "").contains(" ") })
        let phrases = try PrecisBinary.run(["keywords", "--ngrams", "2...3", "-k", "10", "--format", "tsv", Fixtures.englishSample])
        #expect(phrases.stdoutLines.dropFirst().allSatisfy { ($0.split(separator: "\t").first ?? "").contains(" ") })
    }
}
