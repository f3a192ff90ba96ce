import Foundation
import Testing

/// `--lang` takes a code Precis has something of its own for (the rows of `precis languages`) or
/// 'auto'; anything else is a usage error, not a language whose every word is content.
@Suite("--lang")
struct LanguageOptionCLITests {
    static let text = "Lake Marrow is a shallow lake. The town council voted to restore the lake.\n"

    /// A few sentences of Urdu written for this test (rain in Lahore).
    static let urdu = """
        لاہور میں منگل کے روز شدید بارش ہوئی۔ شہر کے کئی علاقوں میں بارش کا پانی جمع ہو گیا ہے۔ \
        محکمہ موسمیات کے مطابق بارش کا سلسلہ جمعرات تک جاری رہے گا۔ شہریوں نے کہا ہے کہ نکاسی آب کا \
        نظام بارش میں ناکام ہو گیا ہے۔ صوبائی حکومت نے لاہور میں ہنگامی اجلاس طلب کر لیا ہے۔

        """

    /// Every command that takes --lang, with the unknown code in place; FILE is the text's path.
    static let commands: [[String]] = [
        ["keywords", "--lang", "xx", "FILE"],
        ["summarize", "--lang", "xx", "FILE"],
        ["segment", "--lang", "xx", "FILE"],
        ["batch", "--lang", "xx", "FILE"],
        ["idf", "build", "--lang", "xx", "-o", "OUT", "FILE"],
        ["translit", "--lang", "xx", "Путин"],
        ["eval", "summaries", "--lang", "xx", "DIR"],
        ["eval", "keywords", "--lang", "xx", "DIR"],
    ]

    @Test(arguments: commands)
    func unknownCodeIsAUsageError(_ template: [String]) throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("text.txt", Self.text)
        let out = folder.url.appendingPathComponent("model.idf").path
        let arguments = template.map { $0 == "FILE" ? file : $0 == "OUT" ? out : $0 == "DIR" ? folder.url.path : $0 }
        let result = try PrecisBinary.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
        #expect(result.stderr.contains("unknown language 'xx' for --lang"), "\(result.stderr)")
        #expect(result.stderr.contains("Known codes: af, "), "\(result.stderr)")
        for code in [" ar,", " en,", " ur,", " zh,"] { #expect(result.stderr.contains(code), "\(code): \(result.stderr)") }
        #expect(result.stderr.contains("'auto'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownCodesOfKeywordsAndSummarize() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("text.txt", Self.text)
        for command in ["keywords", "summarize"] {
            for code in ["xx", "english", "", "auto-detect", "ceb"] {
                let result = try PrecisBinary.run([command, "--lang", code, file])
                #expect(result.status == 2, "\(command) --lang '\(code)': \(result.stderr)")
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.contains("unknown language '\(code)'"), "\(result.stderr)")
            }
        }
    }

    /// The codes the bench scripts pass (their sets' languages and the maked_bbc file prefixes),
    /// and forms `Language` normalises.
    @Test func knownCodesAndTheirFormsAreAccepted() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("text.txt", Self.text)
        let codes = [
            "auto", "en", "pt", "fr", "pl", "ja", "de", "th", "bn", "es", "gu", "hi", "id", "mr", "ne", "pa", "ps",
            "si", "ta", "te", "ur", "zh", "ru", "uk", "pt-BR", "EN", "zh_Hant", "iw", "sr-Latn", "be", "km",
        ]
        for code in codes {
            let result = try PrecisBinary.run(["keywords", "-k", "2", "--lang", code, file])
            #expect(result.status == 0, "--lang \(code): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "--lang \(code)")
        }
    }

    @Test func evalSegmentationNamesItsGoldSets() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("en"), withIntermediateDirectories: false)
        _ = try folder.file("en/text.txt", Self.text)
        let result = try PrecisBinary.run(["eval", "segmentation", folder.url.path, "--lang", "xx"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no gold set 'xx'") && result.stderr.contains("Sets there: en."), "\(result.stderr)")
    }

    @Test func evalSetsTakePrefixAndAuto() throws {
        let folder = try TemporaryFolder()
        for keyword in ["prefix", "auto"] {
            let result = try PrecisBinary.run(["eval", "keywords", "--lang", keyword, folder.url.path])
            #expect(!result.stderr.contains("unknown language"), "\(keyword): \(result.stderr)")
        }
    }

    @Test func urduKeywordsLeaveFunctionWordsOut() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("urdu.txt", Self.urdu)
        for arguments in [["keywords", "-k", "10", "--format", "lines", "--lang", "ur", file],
                          ["keywords", "-k", "10", "--format", "lines", file]] {
            let result = try PrecisBinary.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let phrases = result.stdoutLines.map(String.init)
            #expect(phrases.count == 10)
            for phrase in phrases {
                for word in ["کے", "میں", "ہے", "کا", "نے", "کہ"] {
                    #expect(!phrase.split(separator: " ").contains(Substring(word)), "'\(phrase)' has '\(word)'")
                }
            }
            #expect(phrases.contains("بارش"), "\(phrases)")
        }
    }
}
