import Foundation
import Testing

@testable import Precis

@Suite("Stopwords")
struct StopwordsTests {
    @Test func manyLanguagesShipLists() {
        #expect(StopwordLists.languages.count == 79)
        for code in [
            "en", "de", "fr", "es", "pt", "ru", "pl", "ar", "zh", "ja", "th", "ko", "hi", "el",
            "ur", "ne", "pa", "ps", "si", "ta", "te", "kn", "lo", "sr", "az",
        ] {
            #expect(StopwordLists.languages.contains(Language(code)), "\(code) has no list")
            #expect(StopwordLists.words(for: Language(code)).count >= 50, "\(code) list is short")
        }
        #expect(StopwordLists.words(for: "xx").isEmpty)
        #expect(StopwordLists.words(for: .undetermined).isEmpty)
    }

    @Test func englishListKeepsContentWordsOut() {
        let english = Set(StopwordLists.words(for: "en"))
        for word in ["the", "and", "of", "is", "they"] { #expect(english.contains(word), "\(word)") }
        for word in ["information", "system", "government", "people", "house"] {
            #expect(!english.contains(word), "\(word) is a content word")
        }
    }

    /// A few sentences of Urdu written for this test (rain in Lahore).
    static let urdu = """
        لاہور میں منگل کے روز شدید بارش ہوئی۔ شہر کے کئی علاقوں میں بارش کا پانی جمع ہو گیا ہے۔ \
        محکمہ موسمیات کے مطابق بارش کا سلسلہ جمعرات تک جاری رہے گا۔ شہریوں نے کہا ہے کہ نکاسی آب کا \
        نظام بارش میں ناکام ہو گیا ہے۔ صوبائی حکومت نے لاہور میں ہنگامی اجلاس طلب کر لیا ہے۔
        """

    @Test func urduListRemovesFunctionWordsFromKeywords() throws {
        let urdu = Set(StopwordLists.words(for: "ur"))
        // انھوں: the BBC's spelling of انہوں, added by the build
        for word in ["کے", "میں", "ہے", "کی", "سے", "اور", "کہ", "نے", "انہوں", "انھوں"] {
            #expect(urdu.contains(word), "\(word)")
        }
        for word in ["بارش", "لاہور", "حکومت", "اتوار", "اگست"] { #expect(!urdu.contains(word), "\(word)") }
        let document = try Segmenter(language: "ur").segment(Self.urdu)
        let phrases = try KeywordExtractor().keywords(in: document, count: 10).map(\.phrase)
        #expect(phrases.count == 10)
        for phrase in phrases {
            for word in ["کے", "میں", "ہے"] {
                #expect(!phrase.split(separator: " ").contains(Substring(word)), "'\(phrase)' has '\(word)'")
            }
        }
        #expect(phrases.contains("بارش"), "\(phrases)")
    }

    @Test func marathiListHasCurrentSpellings() {
        // The list spells as older print did (यानी, असे); current text writes यांनी, असं.
        let marathi = Set(StopwordLists.words(for: "mr"))
        for word in ["यानी", "यांनी", "त्यांच्या", "असे", "असं", "होतं", "केलं"] { #expect(marathi.contains(word), "mr \(word)") }
        for word in ["भारत", "सरकार", "मदत"] { #expect(!marathi.contains(word), "mr \(word)") }
    }

    @Test func punjabiListHasTheOtherFormsOfItsWords() {
        // The source lists ਦਾ and ਉਹ; ਦੀ and ਉਨ੍ਹਾਂ are their feminine and plural.
        let punjabi = Set(StopwordLists.words(for: "pa"))
        for word in ["ਦਾ", "ਦੀ", "ਉਹ", "ਉਨ੍ਹਾਂ", "ਕੀਤਾ", "ਕੀਤੀ", "ਕਰਣ", "ਕਰਨ"] { #expect(punjabi.contains(word), "pa \(word)") }
        for word in ["ਸਰਕਾਰ", "ਕਿਸਾਨ"] { #expect(!punjabi.contains(word), "pa \(word)") }
    }

    @Test func supplementaryListsKeepTheirSpellings() {
        // Serbian in both scripts, Pashto's standard final yeh next to the list's own spelling,
        // Kurdish in Sorani (Arabic script) and Kurmanji (Latin).
        let serbian = Set(StopwordLists.words(for: "sr"))
        for word in ["између", "između", "његова", "njegova", "ћу", "ću", "и", "i"] { #expect(serbian.contains(word), "sr \(word)") }
        let pashto = Set(StopwordLists.words(for: "ps"))
        for word in ["کې", "کي", "چې", "په", "د", "او"] { #expect(pashto.contains(word), "ps \(word)") }
        for word in ["افغانستان", "کابل", "اوبه"] { #expect(!pashto.contains(word), "ps \(word)") }
        let kurdish = Set(StopwordLists.words(for: "ku"))
        for word in ["û", "ji", "bi"] { #expect(kurdish.contains(word), "ku \(word)") }
    }

    @Test func knownLanguages() {
        for code in ["en", "ur", "pt-BR", "EN", "iw", "zh_Hant", "be", "km", "my", "yi"] {
            #expect(LanguageSupport.isKnown(Language(code)), "\(code)")
        }
        for code in ["xx", "", "ceb", "und", "auto"] { #expect(!LanguageSupport.isKnown(Language(code)), "\(code)") }
        #expect(LanguageSupport.knownLanguages == LanguageSupport.all.map(\.language))
        #expect(LanguageSupport.knownLanguages == LanguageSupport.knownLanguages.sorted())
    }

    @Test func listsAreCleanAndFolded() {
        for language in StopwordLists.languages {
            let words = StopwordLists.words(for: language)
            #expect(Set(words).count == words.count, "\(language): duplicates")
            #expect(!words.contains { $0.isEmpty || $0.first!.isWhitespace || $0.last!.isWhitespace }, "\(language)")
            #expect(!words.contains { $0.hasPrefix("#") }, "\(language)")
        }
    }

    @Test func parseSkipsCommentsAndBlankLines() {
        let list = """
            # A comment line
            The

              and  
            # another comment
            Über
            \r
            zu\r
            """
        #expect(Stopwords.parse(list) == ["the", "and", "über", "zu"])
        #expect(Stopwords.parse("").isEmpty)
        #expect(Stopwords.parse("# only a comment\n\n").isEmpty)
    }

    @Test func stopwordSet() {
        var set = Stopwords(["a", "b"])
        #expect(set.contains("a"))
        #expect(!set.contains("c"))
        set.formUnion(Stopwords(["c"]))
        #expect(set.contains("c"))
        #expect(Stopwords.none.words.isEmpty)
    }

    @Test func segmenterFoldsListEntries() throws {
        // German "ß" and Greek final sigma: the folded text must meet the folded list.
        let segmenter = Segmenter(language: "de")
        let stopwords = try segmenter.stopwords(for: "de")
        #expect(stopwords.contains(try segmenter.term(for: "UND", language: .undetermined)))
        #expect(stopwords.contains("und"))
    }

    /// The repository root, from this file's path (Tests/PrecisTests/StopwordsTests.swift).
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static func findPython() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    private static var canCheckEmbeddedData: Bool {
        findPython() != nil
            && FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("stopwords").path)
            && FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("scripts/embed_data.py").path)
    }

    @Test(.enabled(if: canCheckEmbeddedData, "needs python3 and the stopwords/ folder"))
    func embeddedDataIsUpToDate() throws {
        guard let python = Self.findPython() else { return }
        let process = Process()
        process.executableURL = python
        process.arguments = [Self.repositoryRoot.appendingPathComponent("scripts/embed_data.py").path, "--check"]
        process.currentDirectoryURL = Self.repositoryRoot
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test func embeddedListsMatchTheFiles() throws {
        // Without Python: compare a few lists directly with stopwords/<code>.txt when present.
        let folder = Self.repositoryRoot.appendingPathComponent("stopwords")
        for code in ["en", "de", "zh", "th"] {
            let file = folder.appendingPathComponent("\(code).txt")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            #expect(StopwordLists.words(for: Language(code)) == Stopwords.parse(text), "\(code)")
        }
    }
}
