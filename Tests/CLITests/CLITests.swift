import Foundation
import Testing

/// Runs the built `precis` executable as a subprocess.
enum PrecisBinary {
    /// The `precis` executable of this build: it sits in the products folder next to the test
    /// bundle (`.build/debug/PrecisPackageTests.xctest` on Linux, a bundle folder on macOS).
    static let url: URL? = {
        var folders: [URL] = []
        // Linux: the test runner is the `.xctest` executable itself, in the products folder.
        folders.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        // macOS: the `.xctest` bundle is in the products folder; the runner (xctest) is elsewhere.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let argument = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("precis")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        var stdoutLines: [Substring] {
            Array(stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(stdout.hasSuffix("\n") ? 1 : 0))
        }
        var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
    }

    /// Runs `precis` (or, for arguments starting with "eval", the measuring tool `precis-eval` with
    /// the rest) with `arguments`, feeding `input` on standard input.
    static func run(_ arguments: [String], input: Data? = nil) throws -> Result {
        var executable = try #require(url, "the precis executable was not found next to the test bundle")
        var arguments = arguments
        if arguments.first == "eval" {
            executable = executable.deletingLastPathComponent().appendingPathComponent("precis-eval")
            arguments.removeFirst()
        }
        let folder = try TemporaryFolder()
        let outURL = folder.url.appendingPathComponent("stdout")
        let errURL = folder.url.appendingPathComponent("stderr")
        let inURL = folder.url.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (input ?? Data()).write(to: inURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        defer {
            try? stdout.close()
            try? stderr.close()
            try? stdin.close()
        }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        process.waitUntilExit()
        let result = Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        if let report = SanitizerReport(result) { throw report }
        return result
    }
}

/// A sanitizer's report from the `precis` binary. Under `make test-asan` and `make test-tsan` the
/// binary is built with the same sanitizer as the tests, and its reports go to its standard error,
/// where no test would see them: `PrecisBinary.run` throws this instead, failing the test.
struct SanitizerReport: Error, CustomStringConvertible {
    /// Lines that begin a report of AddressSanitizer, LeakSanitizer, ThreadSanitizer or
    /// UndefinedBehaviorSanitizer.
    static let markers = [
        "ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "WARNING: ThreadSanitizer", "ERROR: ThreadSanitizer",
        "SUMMARY: UndefinedBehaviorSanitizer", "runtime error: ",
    ]
    /// The exit codes `make test-asan` and `make test-tsan` give a sanitized process that reports
    /// (ASAN_OPTIONS / TSAN_OPTIONS exitcode), and ThreadSanitizer's default one.
    static let exitCodes: Set<Int32> = [86, 87, 66]

    let status: Int32
    let stderr: String

    /// The report in `result`, or `nil` when there is none.
    init?(_ result: PrecisBinary.Result) {
        let reported = Self.markers.contains { result.stderr.contains($0) }
        guard reported || Self.exitCodes.contains(result.status) else { return nil }
        status = result.status
        stderr = result.stderr
    }

    var description: String { "the precis binary exited with \(status) after a sanitizer report:\n\(stderr)" }
}

/// A temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` to a file in the folder and returns its path.
    func file(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }
}

@Suite("precis command line")
struct CLITests {
    static let drSmith = "Dr. Smith paid $3.50 to Mr. Jones at 5 p.m. He left.\n"
    static let chinese = "俄罗斯总统普京排除了向阿富汗派兵的可能性。他说，苏联的经验是一个教训。\n"

    @Test func segmentPrintsOneSentenceALine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("smith.txt", Self.drSmith)
        let result = try PrecisBinary.run(["segment", path])
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["Dr. Smith paid $3.50 to Mr. Jones at 5 p.m.", "He left."])
        #expect(result.stderr.isEmpty)
    }

    @Test func segmentReadsStandardInput() throws {
        let result = try PrecisBinary.run(["segment", "-"], input: Data(Self.drSmith.utf8))
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["Dr. Smith paid $3.50 to Mr. Jones at 5 p.m.", "He left."])
        // No argument at all also means standard input.
        let implicit = try PrecisBinary.run(["segment", "--lang", "en"], input: Data(Self.drSmith.utf8))
        #expect(implicit.stdoutLines == result.stdoutLines)
    }

    @Test func segmentPrintsWrappedSentencesOnOneLine() throws {
        let text = """
            The old lighthouse stood at the end of the harbour wall for more than
            two hundred years before the town council decided to restore it. Volunteers
            from Aberdeen and Dundee spent three summers repairing the stone steps and
            the great lamp at the top.

            When the light was switched on again, hundreds of people came down to
            the shore to watch it turn.
            """
        let result = try PrecisBinary.run(["segment", "--lang", "en", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdoutLines == [
            "The old lighthouse stood at the end of the harbour wall for more than two hundred years before the town council decided to restore it.",
            "Volunteers from Aberdeen and Dundee spent three summers repairing the stone steps and the great lamp at the top.",
            "When the light was switched on again, hundreds of people came down to the shore to watch it turn.",
        ])
    }

    @Test func segmentWordsCutsChineseIntoWords() throws {
        let result = try PrecisBinary.run(["segment", "--words", "--lang", "zh", "-"], input: Data(Self.chinese.utf8))
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 2)
        let words = result.stdoutLines.flatMap { $0.split(separator: " ").map(String.init) }
        for word in ["俄罗斯", "总统", "阿富汗", "可能性", "苏联", "经验", "教训"] {
            #expect(words.contains(word), "\(word) missing from \(words)")
        }
        #expect(!words.contains("。") && !words.contains("，"))
        // Identified without --lang too.
        let auto = try PrecisBinary.run(["segment", "--words", "-"], input: Data(Self.chinese.utf8))
        #expect(auto.stdout == result.stdout)
    }

    @Test func segmentJSON() throws {
        let text = "The cats were running home. 他说，苏联的经验是一个教训。"
        let result = try PrecisBinary.run(["segment", "--format", "json", "--lang", "en", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let root = try #require(object as? [String: Any])
        #expect(root["language"] as? String == "en")
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 1)
        let sentences = try #require(root["sentences"] as? [[String: Any]])
        #expect(sentences.count == 2)
        #expect(sentences.first?["text"] as? String == "The cats were running home.")
        let bytes = Array(text.utf8)
        func slice(_ item: [String: Any]) -> String? {
            guard let start = item["start"] as? Int, let end = item["end"] as? Int, 0 <= start, start <= end,
                end <= bytes.count
            else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var keys: [String: String] = [:]
        for sentence in sentences {
            // Offsets are UTF-8 byte offsets into the text.
            #expect(slice(sentence) == sentence["text"] as? String)
            let tokens = try #require(sentence["tokens"] as? [[String: Any]])
            #expect(!tokens.isEmpty)
            for token in tokens {
                #expect(slice(token) == token["text"] as? String)
                #expect(token["kind"] is String)
                #expect(token["stopword"] is Bool)
                if let text = token["text"] as? String, let key = token["key"] as? String { keys[text] = key }
            }
        }
        #expect(keys["running"] == "run")
        #expect(keys["cats"] == "cat")
        #expect(keys["苏联"] == "苏联")
    }

    @Test func translit() throws {
        let result = try PrecisBinary.run(["translit", "Владимир Путин"])
        #expect(result.status == 0)
        #expect(result.stdout == "Vladimir Putin\n")
        let russian = try PrecisBinary.run(["translit", "--lang", "ru", "Лавров"])
        #expect(russian.stdout == "Lavrov\n")
        let piped = try PrecisBinary.run(["translit"], input: Data("Владимир Путин".utf8))
        #expect(piped.stdout == "Vladimir Putin\n")
    }

    @Test func languagesTable() throws {
        let result = try PrecisBinary.run(["languages"])
        #expect(result.status == 0)
        let codes = result.stdoutLines.compactMap { $0.split(separator: " ").first.map(String.init) }
        // Header lines, then one row per language.
        let rows = codes.filter { $0.count >= 2 && $0.count <= 3 && $0.allSatisfy(\.isLowercase) }
        #expect(rows.count >= 80)
        for code in ["th", "zh", "ja", "en", "ru", "ko", "ur", "be"] { #expect(rows.contains(code), "\(code) missing") }
    }

    @Test func languagesJSON() throws {
        let result = try PrecisBinary.run(["languages", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= 80)
        let byCode = Dictionary(rows.compactMap { row in (row["code"] as? String).map { ($0, row) } }) { a, _ in a }
        #expect(byCode["th"]?["segmentation"] as? String == "dictionary")
        #expect(byCode["zh"]?["segmentation"] as? String == "dictionary")
        #expect(byCode["en"]?["stemmer"] as? Bool == true)
        #expect(byCode["ja"] != nil)
        #expect(byCode["ur"]?["stopwords"] as? Int ?? 0 > 400)
        #expect(byCode["sr"]?["script"] as? String == "Cyrl")
        #expect(byCode["sr"]?["transliteration"] as? String == "Serbian-Latin/BGN; Latin-ASCII")
    }

    // MARK: Bad input

    enum BadInput: String, CaseIterable, Sendable {
        case missing, directory, invalidUTF8, binary, empty
    }

    @Test(arguments: BadInput.allCases)
    func badInputFailsWithOneLine(_ kind: BadInput) throws {
        let folder = try TemporaryFolder()
        let path: String
        switch kind {
        case .missing: path = folder.url.appendingPathComponent("no-such-file.txt").path
        case .directory:
            path = folder.url.appendingPathComponent("a-folder").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .invalidUTF8:
            // Mostly UTF-8 with two bad bytes: damaged, not a legacy encoding to guess.
            path = try folder.file("damaged.txt", Data("Un café crème ".utf8) + Data([0xFF, 0xFE, 0x41]) + Data(" and more.\n".utf8))
        case .binary:
            path = try folder.file("image.bin", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        case .empty:
            path = try folder.file("empty.txt", Data())
        }
        for arguments in [["segment", path], ["segment", "--format", "json", path], ["summarize", path], ["summarize", "--format", "json", path]] {
            let result = try PrecisBinary.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
            #expect(result.stderrLines.count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(path), "\(arguments): \(result.stderr)")
        }
    }

    @Test func emptyStandardInputFails() throws {
        let result = try PrecisBinary.run(["segment", "-"], input: Data())
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("stdin"))
    }

    @Test func badStopwordFileFails() throws {
        let folder = try TemporaryFolder()
        let text = try folder.file("text.txt", Self.drSmith)
        let missing = folder.url.appendingPathComponent("stop.txt").path
        let result = try PrecisBinary.run(["segment", "--stopwords", missing, text])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(missing))
    }

    @Test func unknownCommandFails() throws {
        let result = try PrecisBinary.run(["no-such-command"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
    }
}
