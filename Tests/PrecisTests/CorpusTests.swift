import Foundation
import Testing

import Precis

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The corpus layer `precis batch` and `precis idf` stand on: JSON-Lines records, the report log
/// and its resume scan, the run record, result folders, batches, and IDF models built and merged.
@Suite("Corpus runs")
struct CorpusTests {
    /// A fresh, empty folder for one test.
    static func folder() throws -> String { try temporaryFolder("precis-corpus") }

    static func id(_ result: Result<DocumentInput, DocumentRecord.Failure>) -> String? {
        if case .success(let input) = result { return input.id }
        return nil
    }

    static func problem(_ result: Result<DocumentInput, DocumentRecord.Failure>) -> DocumentRecord.Failure? {
        if case .failure(let failure) = result { return failure }
        return nil
    }

    @Test func recordsGiveTextBytesOrAPath() throws {
        let text = DocumentRecord.parse(Data(#"{"id": "a1", "text": "Hello."}"#.utf8), defaultID: "1")
        guard case .success(let input) = text, case .text(let string) = input.content else { Issue.record("no text"); return }
        #expect(input.id == "a1" && string == "Hello.")

        let bytes = DocumentRecord.parse(Data(#"{"base64": "SGk="}"#.utf8), defaultID: "7")
        guard case .success(let decoded) = bytes, case .bytes(let data) = decoded.content else { Issue.record("no bytes"); return }
        #expect(decoded.id == "7" && data == Data("Hi".utf8))

        let path = DocumentRecord.parse(Data(#"{"id": 12, "path": "a.txt"}"#.utf8), defaultID: "1")
        guard case .success(let file) = path, case .file(let name) = file.content else { Issue.record("no path"); return }
        #expect(file.id == "12" && name == "a.txt")
    }

    @Test func badRecordsSayWhatIsWrong() {
        #expect(Self.problem(DocumentRecord.parse(Data("[1]".utf8), defaultID: "3"))?.id == "3")
        #expect(Self.problem(DocumentRecord.parse(Data(#"{"id": "x"}"#.utf8), defaultID: "3"))
            == DocumentRecord.Failure(id: "x", problem: "has no \"text\", \"base64\" or \"path\" string"))
        #expect(Self.problem(DocumentRecord.parse(Data(#"{"text": "a", "path": "b"}"#.utf8), defaultID: "3"))?.problem
            == "gives \"text\" and \"path\"; give one")
        #expect(Self.problem(DocumentRecord.parse(Data(#"{"text": 5}"#.utf8), defaultID: "3"))?.problem == "its \"text\" must be a string")
        #expect(Self.problem(DocumentRecord.parse(Data(#"{"id": [], "text": "a"}"#.utf8), defaultID: "3"))?.problem
            == "its \"id\" must be a string or a number")
        #expect(Self.problem(DocumentRecord.parse(Data(#"{"base64": "!!"}"#.utf8), defaultID: "3"))?.problem == "its \"base64\" is not base64")
        let tooLong = DocumentRecord.parse(JSONLinesReader.Line(number: 9, bytes: nil), maxBytes: 1024)
        #expect(Self.problem(tooLong)?.id == "9")
    }

    @Test func theReaderNumbersLinesSkipsBlanksAndHoldsLongOnesBack() throws {
        var pipe: [Int32] = [0, 0]
        #expect(pipe.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress!) } == 0)
        let long = String(repeating: "x", count: JSONLinesReader.lineLimit(forDocumentsOf: 10) + 1)
        let input = "{\"text\": \"a\"}\n  \n" + long + "\n{\"text\": \"b\"}"
        _ = input.withCString { write(pipe[1], $0, strlen($0)) }
        close(pipe[1])
        defer { close(pipe[0]) }
        var reader = JSONLinesReader(descriptor: pipe[0], maxBytes: 10)
        var lines: [JSONLinesReader.Line] = []
        while let line = reader.next() { lines.append(line) }
        #expect(lines.map(\.number) == [1, 3, 4])
        #expect(lines.map { $0.bytes == nil } == [false, true, false])
        #expect(lines[2].bytes == Data("{\"text\": \"b\"}".utf8))
    }

    @Test func theLogKeepsWholeRecordsAndCutsAPartialLastOne() throws {
        let path = try Self.folder() + "/out.jsonl"
        do {
            let log = try ReportLog(path: path, resume: false)
            try log.write(DocumentReport(path: "a.txt", error: "no such file"))
            try log.write(DocumentReport(id: "b", error: "empty"))
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"path\": \"c.t".utf8))
        try handle.close()

        let scan = try ReportLog.scan(path)
        #expect(scan.names == ["a.txt", "b"] && scan.count == 2)
        let resumed = try ReportLog(path: path, resume: true)
        #expect(resumed.done == ["a.txt", "b"] && resumed.doneCount == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 2)
        let missing = try ReportLog.scan(path + ".missing")
        #expect(missing.names.isEmpty && missing.count == 0 && missing.validLength == 0)
    }

    @Test func aRunRecordRefusesOtherOptionsAndGuardsRecords() throws {
        let folder = try Self.folder()
        let output = folder + "/out.jsonl"
        let then = BatchRunRecord(precis: "0.1.0", options: ["--keywords": "5", "--lang": "auto"], inputs: ["c"])
        var now = then
        now.options["--keywords"] = "10"
        #expect(then.differences(from: now) == ["--keywords 5 then, 10 now"])
        #expect(then.differences(from: then).isEmpty)

        #expect(try then.checkOutput(output, start: .fresh) == BatchRunRecord.path(for: output))
        try Data("{\"path\": \"a\"}\n".utf8).write(to: URL(fileURLWithPath: output))
        try then.write(to: BatchRunRecord.path(for: output))
        #expect(try BatchRunRecord.read(BatchRunRecord.path(for: output)) == then)
        #expect(throws: BatchOutputFailure.self) { try then.checkOutput(output, start: .fresh) }
        #expect(try then.checkOutput(output, start: .resume) == nil)
        #expect(throws: BatchOutputFailure.self) { try now.checkOutput(output, start: .resume) }
        #expect(try now.checkOutput(output, start: .overwrite) == BatchRunRecord.path(for: output))
        #expect(try then.checkOutput("/dev/null", start: .fresh) == nil)
        #expect(try then.checkFolder(folder + "/empty", resume: true) == BatchRunRecord.path(forOutDir: folder + "/empty"))
        #expect(throws: BatchOutputFailure.self) { try then.checkFolder(folder, resume: true) }
    }

    @Test func aFolderMirrorsTheTreeAndNeverWritesOverAnInput() async throws {
        let corpus = try Self.folder()
        try FileManager.default.createDirectory(atPath: corpus + "/sub", withIntermediateDirectories: true)
        try "The lake is low. The town will act.".write(toFile: corpus + "/sub/a.txt", atomically: true, encoding: .utf8)
        let walker = try CorpusWalker(roots: [corpus], filter: .init())
        #expect(ReportFolder.inputsOverwritten(byResultsIn: corpus, format: .text, walker: walker) == [corpus + "/sub/a.txt"])
        #expect(ReportFolder.inputsOverwritten(byResultsIn: corpus, format: .json, walker: walker).isEmpty)

        let out = try Self.folder()
        let folder = try ReportFolder(path: out, format: .markdown)
        var entries = walker.makeIterator()
        let next = entries.next()
        let entry = try #require(next)
        #expect(folder.target(for: entry)?.path == out + "/sub/a.txt.md")
        #expect(folder.target(for: CorpusWalker.Entry(path: "x", relative: "../x", size: 0)) == nil)
        #expect(!folder.hasResult(for: entry))

        var batch = CorpusBatch(options: PipelineOptions(summary: .init(length: .sentences(1)), keywords: nil), jobs: 2)
        batch.folder = folder
        var outcomes: [CorpusBatch.Outcome] = []
        try await batch.run(walker) { outcomes.append($0) }
        #expect(outcomes.map(\.name) == [corpus + "/sub/a.txt"])
        #expect(outcomes.first?.report?.summary?.count == 1)
        #expect(folder.hasResult(for: entry))
        let written = try String(contentsOfFile: out + "/sub/a.txt.md", encoding: .utf8)
        #expect(written.hasPrefix("- ") && written.hasSuffix("\n"))

        batch.resumesFolder = true
        outcomes = []
        try await batch.run(walker) { outcomes.append($0) }
        #expect(outcomes.count == 1 && outcomes[0].report == nil)
    }

    @Test func aReportRendersAsLinesOfText() throws {
        var report = DocumentReport(path: "a.txt")
        report.keywords = []
        #expect(try ReportFolder.render(report, as: .text) == "")
        #expect(String(singleLine: "a\n\tb\u{1B}[31m c\u{AD}d ") == "a b [31m cd")
        #expect(String(singleLine: "  a") == " a")
    }

    @Test func theTallyWordsProgress() {
        var tally = BatchTally(total: (documents: 3, bytes: 300))
        tally.finished(bytes: 100, failed: true)
        tally.skip(bytes: 100)
        #expect(tally.documents == 1 && tally.failed == 1 && tally.skipped == 1 && tally.bytes == 200)
        #expect(tally.progressLine.hasPrefix("precis: 2/3 documents · "))
        #expect(tally.progressLine.hasSuffix(" · 1 failed"))
        #expect(tally.summaryLine.hasPrefix("precis: 1 document, 1 failed, 1 already done in "))
        #expect(BatchTally.duration(42) == "42 s" && BatchTally.duration(3.25) == "3.25 s")
        #expect(BatchTally.duration(725) == "12:05" && BatchTally.duration(3723) == "1:02:03")
    }

    @Test func paragraphsAreTheBlocksBetweenBlankLines() {
        #expect(IDFModelBuilder.paragraphs(of: "\n\na\nb\n \n\nc\n\n") == ["a\nb", "c"])
        #expect(IDFModelBuilder.paragraphs(of: " \n").isEmpty)
    }

    @Test func aBuilderCountsEachDocumentOnceInTheFirstDocumentsLanguage() throws {
        var builder = IDFModelBuilder(maxWords: 2, unit: .paragraphs)
        let text = "The lake is low this year.\n\nThe lake will be restored by the council.\n\nFish return to the lake."
        #expect(try builder.add(text, name: "a").isEmpty)
        #expect(builder.language == Language("en"))
        let model = try #require(builder.model)
        #expect(model.documentCount == 3)
        #expect(model.documentFrequency(of: "lake") == 3)

        var undetermined = IDFModelBuilder()
        #expect(throws: DocumentFailure.self) { try undetermined.add("1 2 3", name: "n") }
    }

    @Test func modelsRoundTripMergeAndRankTheirKeys() throws {
        let folder = try Self.folder()
        var first = IDFModel(language: Language("en"))
        first.addDocument(keys: ["lake", "town"])
        var second = IDFModel(language: Language("en"))
        second.addDocument(keys: ["lake"])
        try first.write(toFile: folder + "/a.idf")
        try second.write(toFile: folder + "/b.idf")
        #expect(try IDFModel(contentsOfFile: folder + "/a.idf") == first)
        let merged = try #require(try IDFModel.merged(files: [folder + "/a.idf", folder + "/b.idf"]))
        #expect(merged.documentCount == 2)
        #expect(merged.mostFrequentKeys(5).map { $0.key } == ["lake", "town"])
        #expect(merged.mostFrequentKeys(1).map { $0.documentFrequency } == [2])
        #expect(try IDFModel.merged(files: []) == nil)

        var russian = IDFModel(language: Language("ru"))
        russian.addDocument(keys: ["озеро"])
        try russian.write(toFile: folder + "/c.idf")
        #expect(throws: DocumentFailure.self) { try IDFModel.merged(files: [folder + "/a.idf", folder + "/c.idf"]) }
    }

    @Test func phrasesAreLookedUpUnderTheirCandidateKeys() throws {
        let segmenter = Segmenter(language: Language("en"))
        #expect(try segmenter.candidateKey(for: "Lakes") == "lake")
        #expect(try segmenter.candidateKey(for: "...") == "...")
        #expect(try segmenter.isStopwords("the"))
        #expect(try !segmenter.isStopwords("lake"))
        #expect(TextDecoder.Source.detected(confidence: 40).description == "detected:40")
    }
}
