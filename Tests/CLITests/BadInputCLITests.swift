import Foundation
import Testing

/// `text` in `encoding` (an iconv name), converted at test time.
func encoded(_ text: String, _ encoding: String) throws -> Data {
    try iconv(Data(text.utf8), from: "UTF-8", to: encoding)
}

/// `data` converted by iconv from one encoding to another.
func iconv(_ data: Data, from source: String, to target: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["iconv", "-f", source, "-t", target]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(data)
    try input.fileHandleForWriting.close()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "iconv could not convert from \(source) to \(target)")
    return result
}

/// The fixture text of `language`.
func fixtureText(_ language: String) throws -> String {
    try String(contentsOfFile: Fixtures.path(language), encoding: .utf8)
}

/// What `precis` must do with every kind of input a real corpus holds: convert it, process it, or
/// refuse it with a message that names the file and the problem, leaving standard output empty.
@Suite("Bad and unusual input")
struct BadInputCLITests {
    /// A file in a legacy or Unicode encoding and the name `precis` must report for it.
    struct EncodedCase: CustomTestStringConvertible, Sendable {
        let language: String
        let iconvName: String
        let reported: String
        var byteOrderMark: [UInt8] = []
        var testDescription: String { "\(language) in \(iconvName)\(byteOrderMark.isEmpty ? "" : " with a byte-order mark")" }
    }

    static let encodedCases = [
        EncodedCase(language: "fr", iconvName: "WINDOWS-1252", reported: "ISO-8859-1"),
        EncodedCase(language: "de", iconvName: "ISO-8859-1", reported: "ISO-8859-1"),
        EncodedCase(language: "pl", iconvName: "ISO-8859-2", reported: "ISO-8859-2"),
        EncodedCase(language: "pl", iconvName: "WINDOWS-1250", reported: "windows-1250"),
        EncodedCase(language: "ru", iconvName: "WINDOWS-1251", reported: "windows-1251"),
        EncodedCase(language: "ru", iconvName: "KOI8-R", reported: "KOI8-R"),
        EncodedCase(language: "zh", iconvName: "GB18030", reported: "GB18030"),
        EncodedCase(language: "ja", iconvName: "CP932", reported: "Shift_JIS"),
        EncodedCase(language: "ja", iconvName: "EUC-JP", reported: "EUC-JP"),
        EncodedCase(language: "zh", iconvName: "UTF-16LE", reported: "UTF-16LE"),
        EncodedCase(language: "ar", iconvName: "UTF-16BE", reported: "UTF-16BE"),
        EncodedCase(language: "th", iconvName: "UTF-16LE", reported: "UTF-16LE", byteOrderMark: [0xFF, 0xFE]),
        EncodedCase(language: "ru", iconvName: "UTF-16BE", reported: "UTF-16BE", byteOrderMark: [0xFE, 0xFF]),
        EncodedCase(language: "es", iconvName: "UTF-8", reported: "UTF-8", byteOrderMark: [0xEF, 0xBB, 0xBF]),
    ]

    @Test(arguments: encodedCases)
    func encodedTextsAreConvertedAndSummarisedLikeUTF8(_ sample: EncodedCase) throws {
        let folder = try TemporaryFolder()
        // Characters the encoding lacks (Russian stress marks in KOI8-R) are transliterated; the
        // UTF-8 reference is the text that survives the round trip.
        let body = try iconv(Data(try fixtureText(sample.language).utf8), from: "UTF-8", to: sample.iconvName + "//TRANSLIT")
        let reference = try folder.file("reference.txt", try iconv(body, from: sample.iconvName, to: "UTF-8"))
        let path = try folder.file("input.txt", Data(sample.byteOrderMark) + body)
        let result = try PrecisBinary.run(["summarize", "--format", "json", "-n", "2", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["encoding"] as? String == sample.reported)
        // The same summary as from the UTF-8 original.
        let original = try PrecisBinary.run(["summarize", "--format", "json", "-n", "2", reference])
        let originalJSON = try #require(try JSONSerialization.jsonObject(with: Data(original.stdout.utf8)) as? [String: Any])
        #expect(originalJSON["encoding"] as? String == "UTF-8")
        #expect((json["sentences"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
            == (originalJSON["sentences"] as? [[String: Any]])?.compactMap { $0["text"] as? String })
    }

    @Test func keywordsJSONReportsTheEncodingAndForcedEncodingsAreUsed() throws {
        let folder = try TemporaryFolder()
        let text = try fixtureText("ru").replacingOccurrences(of: "\u{301}", with: "")
        let path = try folder.file("ru.txt", try encoded(text, "KOI8-R"))
        let detected = try PrecisBinary.run(["keywords", "--format", "json", "-k", "3", path])
        #expect(detected.status == 0)
        #expect(detected.stdout.contains("\"encoding\" : \"KOI8-R\""))
        let forced = try PrecisBinary.run(["keywords", "--format", "json", "-k", "3", "--encoding", "koi8r", path])
        #expect(forced.status == 0)
        #expect(forced.stdout == detected.stdout)
        let segmented = try PrecisBinary.run(["segment", "--encoding", "KOI8-R", path])
        let original = try PrecisBinary.run(["segment", try folder.file("utf8.txt", text)])
        #expect(segmented.status == 0 && segmented.stdout == original.stdout)
    }

    /// An input that must be refused: the arguments after the command, the file (written into a
    /// temporary folder unless `path` names it), and what standard error must say.
    struct RefusedCase: CustomTestStringConvertible, Sendable {
        let name: String
        var bytes: [UInt8]? = nil
        var arguments: [String] = []
        let problem: String
        var testDescription: String { name }
    }

    static let refusedCases: [RefusedCase] = [
        RefusedCase(name: "bytes of no clear encoding", bytes: (0..<40).map { UInt8(0xC0 + $0 % 50) },
                    problem: "is not UTF-8, and its encoding is unclear"),
        RefusedCase(name: "UTF-8 with a stray Latin-1 byte", bytes: Array("Привет, мир. Это текст ".utf8) + [0xE9] + Array(" и ещё текст.".utf8),
                    problem: "is not valid UTF-8: byte 0xE9 at byte offset 40"),
        RefusedCase(name: "PNG header", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
                    problem: "is not a text file (a PNG image)"),
        RefusedCase(name: "ELF header", bytes: [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0],
                    problem: "is not a text file (an ELF executable or library)"),
        RefusedCase(name: "gzip header", bytes: [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0x4B, 0x4C],
                    problem: "is not a text file (gzip-compressed data; decompress it first)"),
        RefusedCase(name: "NUL in the middle", bytes: Array("The lake is green.".utf8) + [0] + Array(" It was blue.".utf8),
                    problem: "is not a text file (NUL byte at offset 18)"),
        RefusedCase(name: "control bytes", bytes: Array("\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8} data".utf8),
                    problem: "is not a text file (8 control bytes in 13)"),
        RefusedCase(name: "empty file", bytes: [], problem: "is empty"),
        RefusedCase(name: "bytes illegal in the forced encoding", bytes: Array("abc ".utf8) + [0x81, 0x20],
                    arguments: ["--encoding", "Shift_JIS"], problem: "is not valid Shift_JIS: byte 0x81 at byte offset 4"),
        RefusedCase(name: "windows-1251 forced as UTF-8", bytes: [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], arguments: ["--encoding", "UTF-8"],
                    problem: "is not valid UTF-8: byte 0xCF at byte offset 0"),
    ]

    @Test(arguments: refusedCases, ["summarize", "keywords", "segment"])
    func refusedFilesNameTheFileAndTheProblem(_ sample: RefusedCase, command: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("input.txt", Data(sample.bytes ?? []))
        let result = try PrecisBinary.run([command] + sample.arguments + [path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty, "partial output: \(result.stdout)")
        #expect(result.stderr.hasPrefix("precis: \(path): "), "\(result.stderr)")
        #expect(result.stderr.contains(sample.problem), "\(result.stderr)")
    }

    /// Paths that are not regular files, made in `folder`, and what must be said of each.
    static func specialPaths(in folder: TemporaryFolder) throws -> [(path: String, problem: String)] {
        let directory = folder.url.appendingPathComponent("folder.txt").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fifo = folder.url.appendingPathComponent("pipe.txt").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let dangling = folder.url.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.url.appendingPathComponent("gone.txt").path)
        return [
            (directory, "is a directory; give a text file"),
            (folder.url.appendingPathComponent("missing.txt").path, "no such file"),
            (fifo, "is a named pipe, not a regular file"),
            (dangling, "is a symbolic link to a file that does not exist"),
            // Reading /dev/zero would never end: its type is checked before it is opened.
            ("/dev/zero", "is a device, not a regular file"),
        ]
    }

    @Test func pathsThatAreNotRegularFilesAreRefusedWithoutOpeningThem() throws {
        let folder = try TemporaryFolder()
        for (path, problem) in try Self.specialPaths(in: folder) {
            for command in ["summarize", "keywords", "segment"] {
                let result = try PrecisBinary.run([command, path])
                #expect(result.status != 0)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.hasPrefix("precis: \(path): \(problem)"), "\(result.stderr)")
            }
        }
    }

    @Test func theEncodingCommandSaysHowEachFileIsRead() throws {
        let folder = try TemporaryFolder()
        let koi = try folder.file("koi.txt", try encoded("Городской совет проголосовал за восстановление озера.\n", "KOI8-R"))
        let utf8 = try folder.file("utf8.txt", "Plain text.\n")
        let bom = try folder.file("bom.txt", Data([0xFF, 0xFE]) + (try encoded("Text.\n", "UTF-16LE")))
        let png = try folder.file("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]))
        let result = try PrecisBinary.run(["encoding", utf8, bom, koi, png])
        #expect(result.status == 1, "one file is no text")
        #expect(result.stdoutLines[0] == "\(utf8)\tUTF-8\tutf8")
        #expect(result.stdoutLines[1] == "\(bom)\tUTF-16LE\tbom")
        #expect(result.stdoutLines[2].hasPrefix("\(koi)\tKOI8-R\tdetected:"))
        #expect(result.stderr.contains("\(png): is not a text file (a PNG image)"))
        let forced = try PrecisBinary.run(["encoding", "--encoding", "cp1251", koi])
        #expect(forced.stdoutLines == ["\(koi)\twindows-1251\tforced"])
    }

    @Test func whitespaceOnlyTextHasNothingToSummarise() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("blank.txt", "  \n\t\n\u{00A0}\u{3000}\n\n")
        for command in ["summarize", "keywords", "segment"] {
            let result = try PrecisBinary.run([command, path])
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        }
        let json = try PrecisBinary.run(["summarize", "--format", "json", path])
        #expect(json.stdout.contains("\"sentences\" : [\n\n  ]") || json.stdout.contains("\"sentences\" : []"))
    }

    @Test func punctuationAndNumbersAloneGiveNoKeywords() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("symbols.txt", "... !!! ??? --- *** ### ;;;\n12 345 6789 0.5 3,14 100% 42\n2024-01-01 10:15\n")
        let keywords = try PrecisBinary.run(["keywords", path])
        #expect(keywords.status == 0 && keywords.stdout.isEmpty)
        let summary = try PrecisBinary.run(["summarize", "-n", "1", path])
        #expect(summary.status == 0 && summary.stdoutLines.count == 1)
    }

    @Test func aFiveMegabyteLineWithoutPunctuationIsProcessedInBoundedTime() throws {
        var random = SystemRandomNumberGenerator()
        let words = ["lighthouse", "harbour", "summer", "volunteers", "lamp", "stone", "council", "Aberdeen", "museum", "shore"]
        var text = ""
        text.reserveCapacity(5_100_000)
        while text.utf8.count < 5_000_000 { text += words.randomElement(using: &random)! + " " }
        let folder = try TemporaryFolder()
        let path = try folder.file("line.txt", text)
        let clock = ContinuousClock()
        for arguments in [["summarize", "-n", "1"], ["keywords", "-k", "3"]] {
            var result: PrecisBinary.Result?
            let elapsed = try clock.measure { result = try PrecisBinary.run(arguments + [path]) }
            #expect(result?.status == 0)
            #expect(!(result?.stdout.isEmpty ?? true))
            // A debug build takes seconds alone, a minute beside other tests; quadratic work takes hours.
            #expect(elapsed < .seconds(300), "\(arguments[0]) took \(elapsed)")
        }
    }
}
