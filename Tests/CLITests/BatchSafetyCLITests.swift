import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Nothing `precis batch` is asked to do destroys a file: inputs are never written over, an
/// output that holds records is never emptied unasked, a resumed output never mixes two runs'
/// records, and an interrupted run says what it left and how to carry on.
@Suite("precis batch keeps files safe")
struct BatchSafetyCLITests {
    /// A folder `c1` with two fixture texts, and their bytes.
    private static func corpus(in folder: TemporaryFolder) throws -> (path: String, contents: [String: Data]) {
        let root = folder.url.appendingPathComponent("c1")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var contents: [String: Data] = [:]
        for language in ["de", "fr"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(language)))
            try data.write(to: root.appendingPathComponent("\(language).txt"))
            contents["\(language).txt"] = data
        }
        return (root.path, contents)
    }

    private static func unchanged(_ corpus: (path: String, contents: [String: Data])) throws -> Bool {
        try corpus.contents.allSatisfy { name, data in
            try Data(contentsOf: URL(fileURLWithPath: corpus.path + "/" + name)) == data
        }
    }

    @Test func anOutDirThatWouldWriteOverTheInputsIsRefusedBeforeAnyWork() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(in: folder)
        for outDir in [corpus.path, corpus.path + "/", folder.url.path + "/c1/../c1"] {
            let result = try PrecisBinary.run(["batch", "-n", "1", corpus.path, "--out-dir", outDir])
            #expect(result.status == 2, "--out-dir \(outDir): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("precis: --out-dir \(outDir) would write results over the input files"), "\(result.stderr)")
            #expect(result.stderr.contains("Give a folder outside the inputs"), "says what to do: \(result.stderr)")
            #expect(try Self.unchanged(corpus), "the inputs are intact")
        }
        // A file given directly, with its own folder as --out-dir.
        let direct = try PrecisBinary.run(["batch", "-n", "1", corpus.path + "/de.txt", "--out-dir", corpus.path])
        #expect(direct.status == 2, "\(direct.stderr)")
        #expect(try Self.unchanged(corpus))
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() == ["de.txt", "fr.txt"], "nothing was written")
    }

    @Test func anOutDirInsideTheInputsIsTakenWhenNoNameIsAnInputs() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(in: folder)
        let inside = try PrecisBinary.run(["batch", "-n", "1", "-q", corpus.path, "--out-dir", corpus.path + "/summaries"])
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(FileManager.default.fileExists(atPath: corpus.path + "/summaries/de.txt"))
        // The same folder, with names of their own (de.txt.json).
        let json = try PrecisBinary.run(["batch", "-n", "1", "-q", "--format", "json", corpus.path, "--out-dir", corpus.path])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(FileManager.default.fileExists(atPath: corpus.path + "/de.txt.json"))
        #expect(try Self.unchanged(corpus))
    }

    @Test func anOutputThatHoldsRecordsIsNotEmptiedWithoutForce() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(in: folder)
        let output = folder.url.appendingPathComponent("out.jsonl").path
        let first = try PrecisBinary.run(["batch", "-n", "1", "-q", "-o", output, corpus.path])
        #expect(first.status == 0, "\(first.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(!written.isEmpty)

        let again = try PrecisBinary.run(["batch", "-n", "1", "-q", "-o", output, corpus.path])
        #expect(again.status == 2, "\(again.stderr)")
        #expect(again.stderr.hasPrefix("precis: \(output) already exists"), "\(again.stderr)")
        #expect(again.stderr.contains("--resume") && again.stderr.contains("--force"), "names both ways on: \(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written, "the file is untouched")

        let forced = try PrecisBinary.run(["batch", "-n", "2", "-q", "--force", "-o", output, corpus.path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) != written, "--force overwrites")

        // An empty file (made by `touch`, or by a shell redirection) is simply written.
        let empty = try folder.file("empty.jsonl", Data())
        #expect(try PrecisBinary.run(["batch", "-n", "1", "-q", "-o", empty, corpus.path]).status == 0)
        for arguments in [["--resume", "--force"], ["--force"]] {
            let usage = try PrecisBinary.run(["batch", "-n", "1"] + arguments + (arguments.count == 2 ? ["-o", output] : []) + [corpus.path])
            #expect(usage.status == 2, "\(arguments): \(usage.stderr)")
        }
    }

    @Test func aResumeWithOtherOptionsIsRefused() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(in: folder)
        let output = folder.url.appendingPathComponent("out.jsonl").path
        #expect(try PrecisBinary.run(["batch", "-n", "1", "-q", "-o", output, corpus.path]).status == 0)
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + ".options.json"))) as? [String: Any])
        #expect((record["options"] as? [String: String])?["--keywords"] == "0", "\(record)")
        // The output itself stays one document record a line.
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 2)
        let written = try Data(contentsOf: URL(fileURLWithPath: output))

        for (arguments, difference) in [
            (["-n", "1", "-k", "3"], "--keywords 0 then, 3 now"), (["-n", "2"], "--length sentences(1) then, sentences(2) now"),
            (["-n", "1", "--lang", "de"], "--lang auto then, de now"),
        ] {
            let resumed = try PrecisBinary.run(["batch", "-q", "--resume", "-o", output] + arguments + [corpus.path])
            #expect(resumed.status == 2, "\(arguments): \(resumed.stderr)")
            #expect(resumed.stderr.contains(difference), "\(resumed.stderr)")
            #expect(resumed.stderr.contains("--force"), "\(resumed.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)
        }
        let otherInputs = try PrecisBinary.run(["batch", "-n", "1", "-q", "--resume", "-o", output, corpus.path + "/de.txt"])
        #expect(otherInputs.status == 2 && otherInputs.stderr.contains("inputs"), "\(otherInputs.stderr)")

        let same = try PrecisBinary.run(["batch", "-n", "1", "--resume", "-o", output, corpus.path])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stderr.contains("2 already done"), "\(same.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)

        // Without the options record, a resume cannot be checked and is refused.
        try FileManager.default.removeItem(atPath: output + ".options.json")
        let unknown = try PrecisBinary.run(["batch", "-n", "1", "-q", "--resume", "-o", output, corpus.path])
        #expect(unknown.status == 2 && unknown.stderr.contains(".options.json is missing"), "\(unknown.stderr)")
    }

    @Test func aResumeIntoAnOutDirWithOtherOptionsIsRefused() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(in: folder)
        let out = folder.url.appendingPathComponent("out").path
        #expect(try PrecisBinary.run(["batch", "-n", "1", "-q", "--out-dir", out, corpus.path]).status == 0)
        let summary = try Data(contentsOf: URL(fileURLWithPath: out + "/de.txt"))
        let other = try PrecisBinary.run(["batch", "-n", "2", "-q", "--resume", "--out-dir", out, corpus.path])
        #expect(other.status == 2 && other.stderr.contains("--length sentences(1) then, sentences(2) now"), "\(other.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/de.txt")) == summary)
        let same = try PrecisBinary.run(["batch", "-n", "1", "--resume", "--out-dir", out, corpus.path])
        #expect(same.status == 0 && same.stderr.contains("2 already done"), "\(same.stderr)")
    }

    @Test func ctrlCSaysWhatWasWrittenAndHowToResume() throws {
        let folder = try TemporaryFolder()
        let root = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Fixtures.path("de"), encoding: .utf8)
        for number in 0..<400 { try ("Dokument \(number).\n\n" + text).write(to: root.appendingPathComponent("d\(number).txt"), atomically: false, encoding: .utf8) }
        let output = folder.url.appendingPathComponent("out.jsonl").path
        let arguments = ["batch", "-n", "1", "-k", "3", "--jobs", "2", "-o", output, root.path]
        let (status, message) = try Self.interrupt(arguments, output: output, after: 5, in: folder)
        #expect(status == 130, "\(message)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count < 400, "stopped part-way")
        #expect(message.contains("precis: interrupted (Ctrl-C); \(lines.count) records written to \(output)"), "\(message)")
        #expect(message.contains("run the same command with --resume"), "\(message)")
        #expect(message.hasSuffix("\n"))

        // Interrupted again while resuming: the count is of every record in the file.
        let again = try Self.interrupt(
            arguments + ["--resume"], output: output, after: lines.count + 5, in: folder)
        let total = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count
        #expect(again.status == 130, "\(again.stderr)")
        #expect(total > lines.count && total < 400)
        #expect(again.stderr.contains("precis: interrupted (Ctrl-C); \(total) records written to \(output)"), "\(again.stderr)")

        let resumed = try PrecisBinary.run(arguments + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 400)
    }

    /// Runs `precis` with `arguments`, sends SIGINT once `output` holds `after` lines, and
    /// returns its exit status and standard error.
    private static func interrupt(_ arguments: [String], output: String, after: Int, in folder: TemporaryFolder) throws -> (status: Int32, stderr: String) {
        let errors = folder.url.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: errors)
        let stderr = try FileHandle(forWritingTo: errors)
        let executable = try #require(PrecisBinary.url)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardError = stderr
        try process.run()
        while process.isRunning, ((try? Data(contentsOf: URL(fileURLWithPath: output)))?.filter { $0 == 0x0A }.count ?? 0) < after {
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try stderr.close()
        return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
    }
}
