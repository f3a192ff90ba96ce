import Foundation
import Testing

@Suite("precis idf")
struct IDFCLITests {
    static let first = [
        "The town council of Elmstead voted to restore Lake Marrow, the shallow lake.",
        "Algae turned the lake green every summer; farms near the lake use phosphate.",
        "Dr. Helen Okafor of the water authority drew up the plan for the lake.",
    ]
    static let second = [
        "The council will pay farmers to plant reed beds along the streams.",
        "Fishermen on Lake Marrow welcomed the plan of the council.",
    ]

    /// Two folders of English text, one document a file; returns them and the folder that holds
    /// both.
    static func corpus() throws -> (root: TemporaryFolder, a: String, b: String) {
        let root = try TemporaryFolder()
        let a = root.url.appendingPathComponent("a").path
        let b = root.url.appendingPathComponent("b").path
        for (folder, texts) in [(a, first), (b, second)] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (k, text) in texts.enumerated() {
                try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: "\(folder)/doc\(k).txt"))
            }
        }
        return (root, a, b)
    }

    static func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func mergingModelsOfShardsEqualsBuildingOnBoth() throws {
        let (root, a, b) = try Self.corpus()
        let out = root.url.path
        let buildA = try PrecisBinary.run(["idf", "build", a, "-o", "\(out)/a.idf", "--lang", "en"])
        #expect(buildA.status == 0, "\(buildA.stderr)")
        #expect(buildA.stderr.contains("3 documents"), "a one-line summary: \(buildA.stderr)")
        #expect(buildA.stderrLines.count == 1)
        #expect(try PrecisBinary.run(["idf", "build", b, "-o", "\(out)/b.idf", "--lang", "en"]).status == 0)
        let both = try PrecisBinary.run(["idf", "build", a, b, "-o", "\(out)/both.idf", "--lang", "en"])
        #expect(both.status == 0)
        let merge = try PrecisBinary.run(["idf", "merge", "\(out)/a.idf", "\(out)/b.idf", "-o", "\(out)/merged.idf"])
        #expect(merge.status == 0, "\(merge.stderr)")
        let merged = try Self.read("\(out)/merged.idf")
        #expect(merged == (try Self.read("\(out)/both.idf")))
        #expect(merged.hasPrefix("precis-idf\t1\tlanguage=en\tdocuments=5\n"))
        #expect(merged.contains("\ncouncil\t3\n"))
        #expect(merged.contains("\nlake marrow\t2\n"))
        // The language is identified when not given, and is the same.
        let auto = try PrecisBinary.run(["idf", "build", a, b, "-o", "-"])
        #expect(auto.status == 0)
        #expect(auto.stdout == merged)
    }

    @Test func mergeRefusesModelsOfDifferentLanguages() throws {
        let folder = try TemporaryFolder()
        let english = try folder.file("en.idf", "precis-idf\t1\tlanguage=en\tdocuments=2\nlake\t1\n")
        let german = try folder.file("de.idf", "precis-idf\t1\tlanguage=de\tdocuments=2\nsee\t1\n")
        let result = try PrecisBinary.run(["idf", "merge", english, german, "-o", "\(folder.url.path)/out.idf"])
        #expect(result.status != 0)
        #expect(result.stderr.contains(german) && result.stderr.contains("different languages"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder.url.path)/out.idf"))
    }

    @Test func showPrintsTheHeaderAndAKeysCounts() throws {
        let (root, a, b) = try Self.corpus()
        let model = "\(root.url.path)/model.idf"
        #expect(try PrecisBinary.run(["idf", "build", a, b, "-o", model, "--lang", "en"]).status == 0)
        let result = try PrecisBinary.run(["idf", "show", model, "Lakes", "Lake Marrow", "hippopotamus"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutLines.prefix(2) == ["language: en", "documents: 5"])
        // Typed keys are folded and stemmed: "Lakes" finds "lake", in 4 of the 5 documents.
        let rows = result.stdoutLines.filter { $0.split(separator: "\t").count == 4 }.map { $0.split(separator: "\t") }
        #expect(rows.count == 3)
        #expect(rows.first.map { [$0[0], $0[1], $0[3]] } == ["lake", "4", "Lakes"])
        #expect(rows.dropFirst().first.map { [$0[0], $0[1]] } == ["lake marrow", "2"])
        #expect(rows.last.map { [$0[0], $0[1]] } == ["hippopotamus", "0"])
        // A rarer key has a higher IDF.
        if rows.count == 3, let lake = Double(rows[0][2]), let marrow = Double(rows[1][2]),
            let unseen = Double(rows[2][2])
        {
            #expect(lake < marrow && marrow < unseen)
        }
    }

    @Test func aBadFileIsReportedAndSkipped() throws {
        let (root, a, _) = try Self.corpus()
        // Mostly UTF-8 with a bad byte: damaged (plain Latin-1 would be detected and read).
        let bad = "\(a)/damaged.txt"
        try (Data("Café crème ".utf8) + Data([0xE9]) + Data(" au lait.\n".utf8)).write(to: URL(fileURLWithPath: bad))
        let model = "\(root.url.path)/model.idf"
        let result = try PrecisBinary.run(["idf", "build", a, "-o", model, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(bad) && result.stderr.contains("UTF-8"), "\(result.stderr)")
        #expect(result.stderr.contains("1 skipped"), "\(result.stderr)")
        // The model of the other files is still written.
        let text = try Self.read(model)
        #expect(text.hasPrefix("precis-idf\t1\tlanguage=en\tdocuments=3\n"))
    }

    @Test func paragraphsAreDocuments() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file(
            "corpus.txt", (Self.first + Self.second).joined(separator: "\n\n") + "\n\n\n")
        let result = try PrecisBinary.run([
            "idf", "build", "--documents", "paragraphs", "--lang", "en", path, "-o", "-",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("precis-idf\t1\tlanguage=en\tdocuments=5\n"))
        // Pruned to keys in at least two documents, and single words only with --ngrams 1.
        let pruned = try PrecisBinary.run(
            [
                "idf", "build", "--documents", "paragraphs", "--lang", "en", "--min-df", "2", "--ngrams", "1", path,
                "-o", "-",
            ])
        let lines = pruned.stdoutLines.dropFirst()
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { !$0.contains(" ") && (Int($0.split(separator: "\t").last ?? "") ?? 0) >= 2 })
    }

    @Test func aBadModelFileNamesTheLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("bad.idf", "precis-idf\t1\tlanguage=en\tdocuments=2\nlake 1\n")
        let result = try PrecisBinary.run(["idf", "show", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(path): line 2:"), "\(result.stderr)")
        let version = try folder.file("v2.idf", "precis-idf\t2\tlanguage=en\tdocuments=2\n")
        let newer = try PrecisBinary.run(["idf", "show", version])
        #expect(newer.stderr.contains("unsupported version 2; this Precis reads version 1"), "\(newer.stderr)")
    }
}
