import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The records `precis batch` printed, as JSON objects.
private func records(_ lines: [Substring]) throws -> [[String: Any]] {
    try lines.map { line in try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]) }
}

/// A corpus of the fixture texts, copied `copies` times into folders, each copy made different by
/// a first sentence of its own.
private func makeCorpus(in folder: URL, copies: Int) throws -> URL {
    let root = folder.appendingPathComponent("corpus")
    for copy in 0..<copies {
        let shelf = root.appendingPathComponent(String(format: "shelf%02d", copy % 7))
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        for language in Fixtures.languages {
            let text = try String(contentsOfFile: Fixtures.path(language), encoding: .utf8)
            try ("Copy \(copy) of the \(language) text.\n\n" + text).write(
                to: shelf.appendingPathComponent("\(language)-\(copy).txt"), atomically: false, encoding: .utf8)
        }
    }
    return root
}

@Suite("precis batch")
struct BatchCLITests {
    @Test func recordsGiveTheTitleTheSummaryFound() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let text = """
            Lake Marrow freezes early as winter comes to the north

            Lake Marrow froze in the first week of November this year, three weeks before its usual date. \
            Fishermen on the lake said the ice was already thick enough to walk on near the shore. \
            Scientists at the regional water institute measured the ice and found it ten centimetres thick. \
            The town of Marrow expects the winter market on the frozen lake to open before December.
            """
        try text.write(to: input.appendingPathComponent("lake.txt"), atomically: false, encoding: .utf8)
        try "no title here, only one lowercase line of text without a headline above it."
            .write(to: input.appendingPathComponent("plain.txt"), atomically: false, encoding: .utf8)
        let result = try PrecisBinary.run(["batch", "-n", "1", input.path])
        #expect(result.status == 0, "\(result.stderr)")
        let found = try records(result.stdoutLines)
        let lake = try #require(found.first { ($0["path"] as? String)?.hasSuffix("lake.txt") == true })
        let title = try #require(lake["title"] as? [String: Any], "the record names the title")
        #expect(title["text"] as? String == "Lake Marrow freezes early as winter comes to the north")
        let plain = try #require(found.first { ($0["path"] as? String)?.hasSuffix("plain.txt") == true })
        #expect(plain["title"] == nil)
    }

    @Test func processesEveryGoodFileAndReportsEachBadOne() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("asia"), withIntermediateDirectories: true)
        for language in ["de", "fr"] {
            try FileManager.default.copyItem(atPath: Fixtures.path(language), toPath: input.appendingPathComponent("\(language).txt").path)
        }
        for language in ["zh", "ja", "th"] {
            try FileManager.default.copyItem(atPath: Fixtures.path(language), toPath: input.appendingPathComponent("asia/\(language).txt").path)
        }
        // Bad files among the good ones.
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: input.appendingPathComponent("binary.txt"))
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try Data("caf\u{E9}".utf8.dropLast(2) + [0xE9, 0xFF, 0xFE, 0x20, 0x80]).write(to: input.appendingPathComponent("invalid.txt"))
        try Data(repeating: UInt8(ascii: "a"), count: 600_000).write(to: input.appendingPathComponent("huge-line.txt"))
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("link.txt").path, withDestinationPath: "/nonexistent/precis")
        #expect(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o644) == 0)

        let result = try PrecisBinary.run(["batch", "-n", "2", "-k", "3", "--max-size", "500K", "--follow-symlinks", input.path])
        #expect(result.status == 1, "some files failed")
        let found = try records(result.stdoutLines)
        let names = found.compactMap { ($0["path"] as? String).map { String($0.dropFirst(input.path.count + 1)) } }
        #expect(
            names == [
                "asia/ja.txt", "asia/th.txt", "asia/zh.txt", "binary.txt", "de.txt", "empty.txt", "fr.txt", "huge-line.txt",
                "invalid.txt", "link.txt", "pipe.txt",
            ], "depth first, names in byte order")
        let expectedErrors = [
            "binary.txt": "not a text file", "empty.txt": "is empty", "huge-line.txt": "over the size limit of 500 KB",
            "invalid.txt": "UTF-8", "link.txt": "symbolic link to a file that does not exist", "pipe.txt": "not a regular file",
        ]
        for (name, record) in zip(names, found) {
            if let expected = expectedErrors[name] {
                let error = try #require(record["error"] as? String, "\(name) is reported")
                #expect(error.contains(expected), "\(name): \(error)")
                #expect(record["summary"] == nil && record["keywords"] == nil)
                #expect(result.stderr.contains("\(input.path)/\(name): "), "\(name) is named on standard error")
            } else {
                #expect(record["error"] == nil, "\(name): \(record["error"] ?? "")")
                #expect((record["summary"] as? [Any])?.count == 2)
                #expect((record["keywords"] as? [Any])?.count == 3)
                #expect(record["encoding"] as? String == "UTF-8")
                #expect((name as NSString).lastPathComponent.hasPrefix(record["language"] as? String ?? "?"))
            }
        }
        #expect(result.stderrLines.last?.contains("11 documents, 6 failed") == true, "summary line: \(result.stderr)")

        // A long line under the limit is processed.
        let lifted = try PrecisBinary.run(["batch", "-n", "1", "--quiet", "--max-size", "1M", input.appendingPathComponent("huge-line.txt").path])
        #expect(lifted.status == 0, "\(lifted.stderr)")
        #expect(lifted.stderr.isEmpty, "--quiet prints no summary line")
    }

    @Test func jobsDoNotChangeTheOutputAndOutDirMirrorsTheTree() throws {
        let folder = try TemporaryFolder()
        let input = try makeCorpus(in: folder.url, copies: 3)
        let parallel = try PrecisBinary.run(["batch", "-n", "2", "-k", "5", "--jobs", "2", input.path])
        let serial = try PrecisBinary.run(["batch", "-n", "2", "-k", "5", "--jobs", "1", input.path])
        #expect(parallel.status == 0, "\(parallel.stderr)")
        #expect(parallel.stdoutLines.count == 3 * Fixtures.languages.count)
        #expect(serial.stdout == parallel.stdout)

        let out = folder.url.appendingPathComponent("out")
        let written = try PrecisBinary.run(["batch", "-n", "2", "--out-dir", out.path, input.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty, "with --out-dir alone, no records on standard output")
        let single = try PrecisBinary.run(["summarize", "-n", "2", input.appendingPathComponent("shelf01/zh-1.txt").path])
        #expect(try String(contentsOf: out.appendingPathComponent("shelf01/zh-1.txt"), encoding: .utf8) == single.stdout)

        let json = try PrecisBinary.run(["batch", "-n", "2", "--format", "json", "--out-dir", out.path, input.path])
        #expect(json.status == 0)
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("shelf02/de-2.txt.json"))) as? [String: Any])
        #expect(record["language"] as? String == "de")
    }

    @Test func includeExcludeAndSymbolicLinks() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("de"), toPath: input.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(atPath: Fixtures.path("fr"), toPath: input.appendingPathComponent("b.md").path)
        try FileManager.default.copyItem(atPath: Fixtures.path("es"), toPath: input.appendingPathComponent("drafts/c.txt").path)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("linked").path, withDestinationPath: input.appendingPathComponent("drafts").path)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("drafts/loop").path, withDestinationPath: input.path)

        func paths(_ arguments: [String]) throws -> [String] {
            let result = try PrecisBinary.run(["batch", "-n", "1", "-q"] + arguments + [input.path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try records(result.stdoutLines).compactMap { ($0["path"] as? String).map { String($0.dropFirst(input.path.count + 1)) } }
        }
        #expect(try paths([]) == ["a.txt", "drafts/c.txt"], "*.txt by default; links skipped")
        #expect(try paths(["--include", "*.md", "--include", "*.txt"]) == ["a.txt", "b.md", "drafts/c.txt"])
        #expect(try paths(["--exclude", "drafts"]) == ["a.txt"], "an excluded folder is not entered")
        #expect(try paths(["--exclude", "drafts/*.txt"]) == ["a.txt"])
        #expect(try paths(["--follow-symlinks"]) == ["a.txt", "drafts/c.txt", "linked/c.txt"], "followed, and the loop back is not")
    }

    @Test func readsAndWritesJSONLinesInOrder() throws {
        let de = try String(contentsOfFile: Fixtures.path("de"), encoding: .utf8)
        let zh = try String(contentsOfFile: Fixtures.path("zh"), encoding: .utf8)
        var lines: [String] = []
        for (id, text) in [("first", de), ("2", zh)] {
            let object: [String: Any] = id == "2" ? ["id": 2, "text": text] : ["id": id, "text": text]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        lines += ["", "not json", #"{"id": "x"}"#, #"{"text": "One sentence here. And a second one."}"#]
        let input = Data(lines.joined(separator: "\n").utf8)
        let result = try PrecisBinary.run(["batch", "--stdin-jsonl", "-n", "1", "-k", "2"], input: input)
        #expect(result.status == 1, "two lines are bad")
        let found = try records(result.stdoutLines)
        #expect(found.map { $0["id"] as? String } == ["first", "2", "4", "x", "6"], "input order; ids as strings; line numbers otherwise")
        #expect(found[0]["language"] as? String == "de")
        #expect(found[1]["language"] as? String == "zh")
        #expect((found[2]["error"] as? String)?.contains("not a JSON object") == true)
        #expect((found[3]["error"] as? String)?.contains("no \"text\"") == true)
        #expect((found[4]["summary"] as? [Any])?.count == 1)

        // The same records as from files, path for id.
        let folder = try TemporaryFolder()
        let file = try folder.file("de.txt", de)
        let fromFile = try records(try PrecisBinary.run(["batch", "-n", "1", "-k", "2", "-q", file]).stdoutLines)[0]
        #expect(NSDictionary(dictionary: fromFile.filter { !["path", "encoding"].contains($0.key) }) == NSDictionary(dictionary: found[0].filter { $0.key != "id" }))
    }

    @Test func corpusStatisticsEqualASavedModelOfTheSameCorpus() throws {
        let folder = try TemporaryFolder()
        let input = try makeCorpus(in: folder.url, copies: 2)
        let model = folder.url.appendingPathComponent("corpus.idf").path
        let build = try PrecisBinary.run(["idf", "build", input.path, "-o", model, "--lang", "de"])
        #expect(build.status == 0, "\(build.stderr)")
        let corpus = try PrecisBinary.run(["batch", "--no-summary", "-k", "5", "--lang", "de", "--idf", "corpus", input.path])
        let saved = try PrecisBinary.run(["batch", "--no-summary", "-k", "5", "--lang", "de", "--idf", model, input.path])
        let bundled = try PrecisBinary.run(["batch", "--no-summary", "-k", "5", "--lang", "de", input.path])
        #expect(corpus.status == 0, "\(corpus.stderr)")
        #expect(corpus.stdout == saved.stdout)
        #expect(corpus.stdout != bundled.stdout, "the corpus's own statistics change the keywords")
    }

    @Test func usageAndSetupErrorsExitWithTwoBeforeAnyWork() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("a.txt", "One sentence. Two sentences.")
        for arguments in [
            ["batch"], ["batch", "--jobs", "0", file], ["batch", "--resume", file], ["batch", "--max-size", "lots", file],
            ["batch", "--stdin-jsonl", file], ["batch", "--no-summary", file], ["batch", "/nonexistent/precis"],
            ["batch", "-o", "/nonexistent/folder/out.jsonl", file], ["batch", "--idf", "/nonexistent/model.idf", "-k", "3", file],
        ] {
            let result = try PrecisBinary.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test func aKilledRunResumesToTheSameRecords() throws {
        let folder = try TemporaryFolder()
        let input = try makeCorpus(in: folder.url, copies: 40)
        let complete = folder.url.appendingPathComponent("complete.jsonl").path
        let uninterrupted = try PrecisBinary.run(["batch", "-n", "2", "-k", "5", "-o", complete, input.path])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let expected = try String(contentsOfFile: complete, encoding: .utf8)
        #expect(expected.split(separator: "\n").count == 40 * Fixtures.languages.count)

        // Start the same run, kill it with SIGKILL once some records are out.
        let partial = folder.url.appendingPathComponent("partial.jsonl").path
        let process = Process()
        guard let executable = PrecisBinary.url else {
            Issue.record("the precis executable was not found next to the test bundle")
            return
        }
        process.executableURL = executable
        process.arguments = ["batch", "-n", "2", "-k", "5", "-q", "-o", partial, input.path]
        try process.run()
        var written = 0
        while process.isRunning {
            written = (try? Data(contentsOf: URL(fileURLWithPath: partial)))?.filter { $0 == 0x0A }.count ?? 0
            if written >= 30 { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let killed = try String(contentsOfFile: partial, encoding: .utf8)
        #expect(killed.count < expected.count, "the run was stopped part-way (\(written) records)")
        // A power cut can also leave half a record at the end.
        let handle = try #require(FileHandle(forWritingAtPath: partial))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"characters":12,"path":"#.utf8))
        try handle.close()

        let resumed = try PrecisBinary.run(["batch", "-n", "2", "-k", "5", "-o", partial, "--resume", input.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("already done"), "\(resumed.stderr)")
        let final = try String(contentsOfFile: partial, encoding: .utf8)
        let lines = final.split(separator: "\n")
        #expect(Set(lines).count == lines.count, "no duplicated records")
        #expect(Set(lines) == Set(expected.split(separator: "\n")), "the same records")
        #expect(final == expected, "and in the same order")
    }
}
