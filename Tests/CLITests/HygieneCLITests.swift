import Foundation
import Testing

/// Texts with invisible, unusual or stray characters: `precis` processes each and its output
/// stays sensible.
@Suite("Text hygiene")
struct HygieneCLITests {
    static let clean = """
        The old lighthouse stood at the end of the harbour wall. Volunteers from Aberdeen spent three \
        summers repairing the lighthouse. When the lighthouse lamp was switched on again, hundreds of \
        people came to watch.

        The council thanked the volunteers from Aberdeen. The lighthouse is now a museum of the harbour.

        """

    /// The keys of the keywords `precis keywords` finds in `text`.
    static func keywordKeys(_ text: String, _ extra: [String] = []) throws -> [String] {
        let folder = try TemporaryFolder()
        let path = try folder.file("input.txt", text)
        let result = try PrecisBinary.run(["keywords", "--format", "json", "-k", "5"] + extra + [path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (json["keywords"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
    }

    /// The summary `precis summarize -n 2` prints for `text`.
    static func summary(_ text: String) throws -> PrecisBinary.Result {
        let folder = try TemporaryFolder()
        return try PrecisBinary.run(["summarize", "-n", "2", try folder.file("input.txt", text)])
    }

    /// Variants of the clean text whose keywords must be the clean text's: invisible characters
    /// fold away in matching keys, line ends are line ends.
    static let sameKeywordVariants: [(String, String)] = [
        ("format characters inside words (U+FEFF, ZWNJ, ZWJ, soft hyphen)",
         clean.replacingOccurrences(of: "harbour", with: "har\u{FEFF}bour").replacingOccurrences(of: "museum", with: "mu\u{200C}seum")
            .replacingOccurrences(of: "council", with: "coun\u{200D}cil").replacingOccurrences(of: "volunteers", with: "volun\u{00AD}teers")),
        ("bidi marks and overrides", clean.replacingOccurrences(of: "Aberdeen", with: "\u{202E}Aberdeen\u{202C}")
            .replacingOccurrences(of: "museum", with: "\u{200F}museum\u{200E}").replacingOccurrences(of: "council", with: "\u{2067}council\u{2069}")),
        ("CR line ends", clean.replacingOccurrences(of: "\n", with: "\r")),
        ("CRLF line ends", clean.replacingOccurrences(of: "\n", with: "\r\n")),
        ("HTML remnants", "<p class=\"lead\">" + clean.replacingOccurrences(of: "\n\n", with: "</p>\n<p>").replacingOccurrences(of: ", ", with: ",&nbsp;") + "</p>"),
    ]

    @Test(arguments: sameKeywordVariants.indices)
    func invisibleCharactersAndLineEndsDoNotChangeKeywords(_ index: Int) throws {
        let (_, text) = Self.sameKeywordVariants[index]
        #expect(try Self.keywordKeys(text) == (try Self.keywordKeys(Self.clean)))
        let summary = try Self.summary(text)
        #expect(summary.status == 0 && summary.stdoutLines.count == 2)
    }

    @Test func lineEndsOfEveryKindMakeTheSameParagraphs() throws {
        let folder = try TemporaryFolder()
        var paragraphs: [Int] = []
        for lineEnd in ["\n", "\r", "\r\n"] {
            let path = try folder.file("input.txt", Self.clean.replacingOccurrences(of: "\n", with: lineEnd))
            let result = try PrecisBinary.run(["segment", "--format", "json", path])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            paragraphs.append((json["paragraphs"] as? [Any])?.count ?? 0)
        }
        #expect(paragraphs == [2, 2, 2])
    }

    @Test func controlCharactersNeverReachTheOutput() throws {
        let text = Self.clean.replacingOccurrences(of: "lamp", with: "la\u{7}mp").replacingOccurrences(of: "council", with: "\u{1B}[2Jcouncil")
            .replacingOccurrences(of: "museum", with: "museum\u{85}")
        for command in [["summarize", "-n", "5"], ["keywords"], ["segment"], ["keywords", "--format", "tsv"]] {
            let folder = try TemporaryFolder()
            let result = try PrecisBinary.run(command + [try folder.file("input.txt", text)])
            #expect(result.status == 0)
            let controls = result.stdout.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }
            #expect(controls.isEmpty, "\(command[0]) printed \(controls.map { $0.value })")
        }
    }

    @Test func htmlRemnantsAreRemovedUnlessKept() throws {
        let html = "<p class=\"lead\">" + Self.clean.replacingOccurrences(of: "\n\n", with: "</p>\n<p>").replacingOccurrences(of: ", ", with: ",&nbsp;") + "</p>"
        let summary = try Self.summary(html)
        #expect(!summary.stdout.contains("<p") && !summary.stdout.contains("&nbsp;"))
        let folder = try TemporaryFolder()
        let kept = try PrecisBinary.run(["summarize", "-n", "2", "--keep-html", try folder.file("input.txt", html)])
        #expect(kept.stdout.contains("<p") || kept.stdout.contains("&nbsp;"))
    }

    @Test func aCombiningMarkFloodIsOneLongCharacter() throws {
        let flood = "Zalgo a" + String(repeating: "\u{0301}", count: 10_000) + " text. Another sentence is here. And here is a third one.\n"
        let clock = ContinuousClock()
        var result: PrecisBinary.Result?
        let elapsed = try clock.measure { result = try Self.summary(flood) }
        #expect(result?.status == 0)
        #expect(result?.stdoutLines.count == 2)
        #expect(elapsed < .seconds(30))
        #expect(!(try Self.keywordKeys(flood)).isEmpty)
    }

    @Test func mixedScriptsAndEmojiAreKept() throws {
        let text = """
            Владимир Путин встретился с Ангелой Меркель в Берлине. Angela Merkel said the talks with Putin were useful. \
            北京和莫斯科的关系很好。The family 👨‍👩‍👧‍👦 went to the beach 🏖️ and raised a flag 🏳️‍🌈.

            """
        let folder = try TemporaryFolder()
        let path = try folder.file("input.txt", text)
        let segmented = try PrecisBinary.run(["segment", path])
        #expect(segmented.status == 0)
        #expect(segmented.stdout.contains("👨‍👩‍👧‍👦") && segmented.stdout.contains("🏳️‍🌈"))
        #expect(segmented.stdoutLines.count == 4)
        let keys = try Self.keywordKeys(text)
        #expect(keys.contains { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } })
        #expect(!keys.contains { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
    }
}
