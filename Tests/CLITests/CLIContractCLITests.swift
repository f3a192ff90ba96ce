import Foundation
import Testing

/// The command line keeps the README's word: the exit statuses it lists, one error prefix, several
/// files for `summarize` and `keywords`, and `-k` meaning the same everywhere.
@Suite("precis keeps its word")
struct CLIContractCLITests {
    @Test func optionsThatNameABadValueOrAMissingFileExitWithTwo() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("a.txt", "One sentence here. And a second one.\n")
        for arguments in [
            ["summarize", "--encoding", "foo", file], ["keywords", "--encoding", "foo", file], ["segment", "--encoding", "foo", file],
            ["batch", "--encoding", "foo", file], ["encoding", "--encoding", "foo", file],
            ["keywords", "--idf", "/nonexistent/model.idf", file], ["batch", "-k", "3", "--idf", "/nonexistent/model.idf", file],
            ["summarize", "--stopwords", "/nonexistent/stop.txt", file], ["keywords", "--stopwords", "/nonexistent/stop.txt", file],
            ["segment", "--stopwords", "/nonexistent/stop.txt", file], ["batch", "--stopwords", "/nonexistent/stop.txt", file],
            ["keywords", "--idf", file, file], ["summarize", "--no-such-option", file],
        ] {
            let result = try PrecisBinary.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("precis: "), "\(arguments): \(result.stderr)")
        }
        let encoding = try PrecisBinary.run(["summarize", "--encoding", "foo", "/nonexistent/input.txt"])
        #expect(encoding.stderr.contains("--encoding 'foo' is not an encoding ICU knows"), "found before the input: \(encoding.stderr)")
        let idf = try PrecisBinary.run(["keywords", "--idf", "/nonexistent/model.idf", file])
        #expect(idf.stderr.hasPrefix("precis: --idf /nonexistent/model.idf: no such file"), "\(idf.stderr)")
    }

    @Test func everyCommandUsesOneErrorPrefix() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.file("empty.txt", Data())
        for (arguments, status) in [
            (["summarize", empty], Int32(1)), (["keywords", empty], 1), (["segment", empty], 1), (["encoding", empty], 1),
            (["summarize", "-n", "0", empty], 2), (["batch", "--jobs", "0", empty], 2), (["batch", "/nonexistent"], 2),
            (["idf", "build", empty, "-o", folder.url.path + "/x.idf"], 1), (["keywords", "-k", "0", empty], 2),
        ] {
            let result = try PrecisBinary.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("precis: "), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Error:"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func summarizeTakesSeveralFiles() throws {
        let de = Fixtures.path("de"), fr = Fixtures.path("fr")
        let one = try PrecisBinary.run(["summarize", "-n", "1", de])
        let other = try PrecisBinary.run(["summarize", "-n", "1", fr])
        let both = try PrecisBinary.run(["summarize", "-n", "1", de, fr])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout == "==> \(de) <==\n" + one.stdout + "\n==> \(fr) <==\n" + other.stdout)

        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let json = try PrecisBinary.run(["summarize", "-n", "1", "--format", "json", de, missing, fr])
        #expect(json.status == 1, "one file failed")
        #expect(json.stderr == "precis: \(missing): no such file\n")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["path"] as? String } == [de, missing, fr])
        #expect(array[1]["error"] as? String == "no such file")
        #expect(array[0]["language"] as? String == "de" && array[2]["language"] as? String == "fr")
        let single = try #require(
            try JSONSerialization.jsonObject(with: Data(try PrecisBinary.run(["summarize", "-n", "1", "--format", "json", de]).stdout.utf8))
                as? [String: Any])
        #expect(NSDictionary(dictionary: single) == NSDictionary(dictionary: array[0].filter { $0.key != "path" }))
    }

    @Test func keywordsTakeSeveralFilesAndKMeansTheSameAsInBatch() throws {
        let de = Fixtures.path("de"), fr = Fixtures.path("fr")
        let tsv = try PrecisBinary.run(["keywords", "-k", "2", "--format", "tsv", de, fr])
        #expect(tsv.status == 0, "\(tsv.stderr)")
        #expect(tsv.stdoutLines.first == "path\tphrase\tscore\tcount\tname\tlatin")
        #expect(tsv.stdoutLines.dropFirst().map { $0.split(separator: "\t")[0] } == [de, de, fr, fr][...].map { Substring($0) })
        let lines = try PrecisBinary.run(["keywords", "-k", "2", "--format", "lines", de, fr])
        #expect(lines.stdoutLines.count == 7 && lines.stdoutLines[0] == "==> \(de) <==" && lines.stdoutLines[3] == "")

        let short = try PrecisBinary.run(["keywords", "-k", "3", "--format", "lines", de])
        for long in ["--keywords", "--count"] {
            #expect(try PrecisBinary.run(["keywords", long, "3", "--format", "lines", de]).stdout == short.stdout, "\(long)")
        }
        for option in ["-k", "--keywords"] {
            let batch = try PrecisBinary.run(["batch", "--no-summary", option, "3", "-q", de])
            let record = try #require(try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as? [String: Any])
            let phrases = (record["keywords"] as? [[String: Any]])?.compactMap { $0["phrase"] as? String }
            #expect(phrases?.joined(separator: "\n") == short.stdoutLines.joined(separator: "\n"), "\(option)")
        }
    }
}
