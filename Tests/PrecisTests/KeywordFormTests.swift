import Testing

@testable import Precis

/// Keywords with the shipped taggers, on short texts written for these tests: noun phrases only,
/// in the form a reader expects, one keyword per thing.
@Suite("Keyword form")
struct KeywordFormTests {
    static func keywords(_ text: String, _ language: Language, count: Int = 10) throws -> [Keyword] {
        try KeywordExtractor().keywords(in: text, count: count, segmenter: Segmenter(language: language))
    }

    @Test func everyTaggedLanguageHasABundledTagger() {
        let languages = Set(TaggerModel.bundledLanguages.map(\.code))
        #expect(languages.isSuperset(of: ["en", "de", "fr", "es", "pt", "it", "ru", "pl", "uk", "cs", "zh", "ja", "ar"]))
    }

    @Test func russianNamesShowInTheirBaseForm() throws {
        let text = """
            Визит Путина в Нью-Йорк вызвал споры. Журналисты спросили Путина о санкциях. \
            Советники Путина летели в Нью-Йорке отдельно. Путину показали город, а потом Путина \
            встретили в Нью-Йорке дипломаты.
            """
        let found = try Self.keywords(text, "ru")
        let phrases = found.map(\.phrase)
        #expect(phrases.contains("Путин"), "\(phrases)")
        #expect(!phrases.contains("Путина") && !phrases.contains("Путину"), "\(phrases)")
        let putin = try #require(found.first { $0.phrase == "Путин" })
        #expect(putin.count == 5, "every inflected form counts: \(putin.surfaceForms)")
        #expect(Set(putin.surfaceForms).isSuperset(of: ["Путина", "Путину"]))
        #expect(putin.latin == "Putin")
        #expect(phrases.contains("Нью-Йорк"), "\(phrases)")
        #expect(!phrases.contains("Нью-Йорке"))
        #expect(phrases.contains("журналист") && phrases.contains("санкция"), "common nouns show their lemma: \(phrases)")
    }

    @Test func russianSurnamesInOvKeepTheirEnding() throws {
        // The lemmatiser reads "Лавров" as the genitive plural of "лавр" (laurel) and "Кадыров"
        // as that of "Кадыр"; a name in "-ов" is a man's surname.
        let text = """
            Министр иностранных дел Сергей Лавров прилетел в Женеву. Лавров провел переговоры. \
            Визит Сергея Лаврова завершился в среду. Рамзан Кадыров ответил Лаврову. \
            Кадыров заявил, что поддерживает Лаврова.
            """
        let phrases = try Self.keywords(text, "ru").map(\.phrase)
        #expect(phrases.contains("Сергей Лавров") || phrases.contains("Лавров"), "\(phrases)")
        #expect(phrases.contains { $0.hasSuffix("Кадыров") }, "\(phrases)")
        #expect(!phrases.contains { $0.hasSuffix("Лавр") || $0.hasSuffix("Кадыр") }, "\(phrases)")
    }

    @Test func polishNamesShowInTheirBaseForm() throws {
        let text = """
            Protest w Warszawie zgromadził tysiące ludzi. Władze Warszawy zapowiedziały zmiany. \
            Mieszkańcy Warszawy czekają na decyzję, a w Warszawie trwa dyskusja.
            """
        let found = try Self.keywords(text, "pl")
        let warsaw = try #require(found.first { $0.surfaceForms.contains("Warszawie") }, "\(found.map(\.phrase))")
        #expect(warsaw.phrase == "Warszawa")
        #expect(Set(warsaw.surfaceForms).isSuperset(of: ["Warszawie", "Warszawy"]))
        #expect(warsaw.count == 4)
    }

    @Test func englishKeywordsAreNounPhrasesWithoutPossessives() throws {
        let text = """
            Russian President Vladimir Putin has ruled out sending troops to Afghanistan, the news \
            agency reported. The Soviet Union’s war in Afghanistan ended in 1989. Moscow’s generals \
            remember it. Putin said Russia would rely on diplomacy and on the Collective Security \
            Treaty Organization. Putin spoke in Moscow.
            """
        let phrases = try Self.keywords(text, "en", count: 15).map(\.phrase)
        #expect(phrases.contains("Afghanistan") && phrases.contains("Soviet Union"), "\(phrases)")
        #expect(phrases.contains("Collective Security Treaty Organization"), "\(phrases)")
        #expect(!phrases.contains { $0.hasSuffix("’s") || $0.hasSuffix("'s") }, "\(phrases)")
        for wrong in ["Russian", "news agency reported", "sending troops", "ruled", "Collective Security Treaty"] {
            #expect(!phrases.contains(wrong), "\(wrong) in \(phrases)")
        }
        #expect(phrases.filter { $0.hasSuffix("Putin") }.count == 1, "one keyword for Putin: \(phrases)")
    }

    @Test func abbreviationsAddressesAndDatesAreNotKeywords() throws {
        let text = """
            Gene networks control cell growth (Fig. 2B). Smith et al. mapped gene networks in yeast, \
            e.g. in 2004, and the results are at www.example.org and example.org/genes. The work \
            appeared on 6 May 2004 and again on May 13, 2005 (Eq. 3). Gene networks in yeast differ \
            from gene networks in mice (Fig. 4). The U.S. agency funded the study of gene networks \
            with US$96 a month, and US$40 more. Yeast costs R$ 5 in Brazil.
            """
        let phrases = try Self.keywords(text, "en", count: 20).map(\.phrase)
        #expect(phrases.contains { $0.lowercased() == "gene networks" }, "\(phrases)")
        for wrong in ["Fig", "2B", "al", "e.g", "www.example.org", "example.org", "May", "Eq", "US", "R"] {
            #expect(!phrases.contains(wrong), "\(wrong) in \(phrases)")
        }
        #expect(!phrases.contains { $0.hasPrefix("U.S") && !$0.hasPrefix("U.S.") }, "a dotted abbreviation keeps its full stop: \(phrases)")
    }

    @Test func aGermanEraAbbreviationIsNotAKeyword() throws {
        let text = """
            Babylon war eine Stadt in Mesopotamien. Um 1800 v. Chr. herrschte König Hammurabi über \
            Babylon. Die Stadt wuchs bis 600 v. Chr. weiter. Noch um 300 n. Chr. lebten dort Menschen. \
            Babylon war die größte Stadt der Welt.
            """
        let phrases = try Self.keywords(text, "de", count: 15).map(\.phrase)
        #expect(phrases.contains("Babylon"), "\(phrases)")
        #expect(!phrases.contains { $0.contains("Chr") }, "\(phrases)")
    }

    @Test func spanishAndFrenchPhrasesTakeTheirAdjectives() throws {
        let spanish = try Self.keywords(
            "Los refugiados sirios llegan a Grecia. Los refugiados sirios esperan en la frontera. Grecia cierra la frontera.", "es"
        ).map(\.phrase)
        #expect(spanish.contains("refugiados sirios") || spanish.contains("refugiado sirio"), "\(spanish)")
        #expect(!spanish.contains("sirios") && !spanish.contains { $0.contains("llegan") }, "\(spanish)")
        let french = try Self.keywords(
            "Le ministère de la Défense a confirmé l'attaque meurtrière visant la base. Le ministère de la Défense enquête.", "fr"
        ).map(\.phrase)
        #expect(french.contains("ministère de la Défense"), "\(french)")
        #expect(!french.contains { $0.contains("visant") }, "\(french)")
    }

    @Test func aJapaneseNameAndItsTitledFormsAreOneKeyword() throws {
        let text = "トランプ氏は会見で語った。トランプ大統領は記者の質問に答えた。トランプ氏は再び語った。トランプは笑った。"
        let found = try Self.keywords(text, "ja")
        let trump = found.filter { $0.phrase.hasPrefix("トランプ") }
        #expect(trump.count == 1, "\(found.map(\.phrase))")
    }

    @Test func withoutTheTaggerCandidatesAreRunsBetweenStopwords() throws {
        let text = "The news agency reported that Putin ruled out sending troops. The news agency reported more."
        var configuration = KeywordExtractor.Configuration()
        configuration.partsOfSpeech = false
        let plain = try KeywordExtractor(configuration: configuration)
            .keywords(in: text, count: 10, segmenter: Segmenter(language: "en")).map(\.phrase)
        #expect(plain.contains { $0.contains("reported") }, "\(plain)")
        let tagged = try Self.keywords(text, "en").map(\.phrase)
        #expect(!tagged.contains { $0.contains("reported") }, "\(tagged)")
    }

    @Test func aHeadlinePhraseWithAWordTheBodyNeverUsesIsNoKeyword() throws {
        // Without the tagger, "tips Idowu" is a phrase (a run between stopwords) of the headline.
        let text = """
            Edwards tips Idowu for European gold

            Jonathan Edwards has backed Phillips Idowu to win the triple jump. Idowu won European gold in Madrid, and Edwards watched Idowu.
            """
        var configuration = KeywordExtractor.Configuration()
        configuration.partsOfSpeech = false
        let found = try KeywordExtractor(configuration: configuration)
            .keywords(in: text, count: 10, segmenter: Segmenter(language: "en")).map(\.phrase)
        #expect(!found.contains { $0.contains("tips ") }, "\(found)")
        #expect(found.contains("European gold"), "\(found)")
    }
}
