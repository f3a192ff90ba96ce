import Testing

@testable import Precis

@Suite("Keywords")
struct KeywordExtractorTests {
    /// The candidate keys of one real sentence.
    static func keys(_ text: String, _ language: Language) throws -> Set<String> {
        let document = try Segmenter(configuration: .init(language: .fixed(language))).segment(text)
        return Set(CandidateExtractor().candidates(in: document).map(\.key))
    }

    // Real sentences (Universal Dependencies texts, news and Wikipedia) in ten languages; three of
    // them are written without spaces between words.
    @Test func candidatesInTenLanguages() throws {
        let english = try Self.keys("The town council of Elmstead voted on Tuesday to restore Lake Marrow, the shallow lake that turned green.", "en")
        #expect(english.isSuperset(of: ["town council", "lake marrow", "shallow lake", "elmstead"]))
        #expect(!english.contains { $0.contains("council elmstead") }, "'of' breaks the run")

        let german = try Self.keys("Der US-Bürger Milan Panic, 62 Jahre alt, war Chef der kalifornischen ICN Pharmaceuticals Inc.", "de")
        #expect(german.isSuperset(of: ["milan panic", "icn pharmaceutical", "us-burg"]), "hyphenated words are one unit")
        #expect(!german.contains("62") && !german.contains("62 jahr"), "no bare numbers, no phrase starting with one")

        // A hyphen with a space after it is a dash, not a joiner.
        let dashed = try Self.keys("La cérémonie d'installation du ministre et des fonctionnaires- cérémonie retransmise.", "fr")
        #expect(!dashed.contains { $0.contains("fonctionnair") && $0.contains("cérémon") }, "\(dashed)")

        let french = try Self.keys("Il a rappelé la position de la France au Conseil de sécurité de l'ONU.", "fr")
        #expect(french.isSuperset(of: ["onu", "conseil", "sécur"]), "the elided article is not part of the word")
        #expect(!french.contains("l'onu"))

        let spanish = try Self.keys("En la sesión de este jueves se han podido escuchar las conversaciones del vigilante.", "es")
        #expect(spanish.isSuperset(of: ["sesion", "convers", "vigil"]))

        let russian = try Self.keys("Газета писала о захоронении двенадцати героических бойцов Красной армии в Таллине.", "ru")
        #expect(russian.isSuperset(of: ["красн арм", "таллин"]))

        let polish = try Self.keys("Prezydent Andrzej Duda spotkał się z premierem w Warszawie.", "pl")
        #expect(polish.contains("andrzej duda"))

        let arabic = try Self.keys("نظام الرادار الذي يعد أكثر ما يشتهر به ألفاريز لعب دوراً كبيراً في مجال الطيران.", "ar")
        #expect(arabic.contains("نظام رادار"))

        // Without spaces: adjacent dictionary words form phrases written without a space.
        let chinese = try Self.keys("北极航线更接近大圆航线，航程较短。", "zh")
        #expect(chinese.isSuperset(of: ["北极航线", "北极", "航线"]))
        #expect(!chinese.contains { $0.contains(" ") })
        let japanese = try Self.keys("この地形を利用している生物がアキアカネである。", "ja")
        #expect(japanese.isSuperset(of: ["アキアカネ", "地形", "生物"]), "a name ICU cuts in two is joined again")
        let thai = try Self.keys("ชาวคาริบเป็นกลุ่มชาวอเมริกันพื้นเมืองกลุ่มสำคัญในภูมิภาค", "th")
        #expect(thai.contains("ภูมิภาค"))
        #expect(thai.contains { $0.count > 6 && !$0.contains(" ") }, "Thai phrases are joined without spaces")
    }

    static let russianNews = """
        Президент России Владимир Путин провёл переговоры с министром иностранных дел Сергеем \
        Лавровым. Путин поручил Лаврову подготовить визит в Китай. По словам Лаврова, переговоры \
        в Пекине пройдут в марте. Кремль сообщил, что Путин встретится с председателем КНР.
        """

    @Test func namesInCyrillicCarryTheirLatinForm() throws {
        let keywords = try KeywordExtractor().keywords(in: Self.russianNews, count: 8)
        // One keyword for Putin, shown by his full name (see `KeywordExtractor.shownCandidate`).
        let putins = keywords.filter { $0.surfaceForms.contains("Путин") }
        #expect(putins.count == 1, "\(keywords.map(\.phrase))")
        let putin = try #require(putins.first)
        #expect(putin.latin?.hasSuffix("Putin") == true)
        #expect(putin.isName)
        #expect(putin.count == 3, "\(putin.surfaceForms)")
        let lavrov = try #require(keywords.first { $0.latin?.hasPrefix("Lavrov") == true }, "\(keywords.map(\.phrase))")
        #expect(lavrov.isName)
        #expect(keywords.allSatisfy { $0.latin != nil }, "every Cyrillic keyword has a Latin form")
    }

    @Test func oneNameInTwoScriptsIsOneKeyword() throws {
        let text = """
            Vladimir Putin spoke in Moscow on Monday. In Russian media the president is Путин, and \
            Путин was quoted at length. Putin said the talks would go on.
            """
        let keywords = try KeywordExtractor().keywords(in: text, count: 10, segmenter: Segmenter(configuration: .init(language: .fixed("en"))))
        let putins = keywords.filter { ($0.latin ?? $0.phrase).lowercased() == "putin" }
        #expect(putins.count == 1, "\(keywords.map(\.phrase))")
        let putin = try #require(putins.first)
        #expect(Set(putin.surfaceForms).isSuperset(of: ["Putin", "Путин"]))
        #expect(putin.count == 4)
    }

    @Test func keywordsAreDifferentThings() throws {
        let text = """
            Lake Marrow has turned green. The council wants Lake Marrow clean by summer. Farmers near \
            Lake Marrow will plant reed beds. Lakes across the region face the same algae.
            """
        let keywords = try KeywordExtractor().keywords(in: text, count: 10)
        let keys = keywords.map(\.key)
        #expect(keys.first == "lake marrow")
        #expect(!keys.contains("marrow"), "'Marrow' never occurs without 'Lake': \(keys)")
        #expect(Set(keys).count == keys.count)
        #expect(keywords.map(\.score) == keywords.map(\.score).sorted(by: >))
    }

    @Test func namesGluedToCommonWordsAreNotKeyphrases() throws {
        let text = """
            Councillors want to bring Lake Marrow back to health. They hope to restore Lake Marrow \
            by summer, and farmers will plant reed beds.
            """
        let keywords = try KeywordExtractor().keywords(in: text, count: 5)
        let keys = keywords.map(\.key)
        #expect(keys.first == "lake marrow", "\(keys)")
        #expect(!keys.contains("bring lake marrow") && !keys.contains("restor lake marrow"), "\(keys)")
        #expect(keywords.first?.isName == true)
    }

    @Test func chineseAndJapaneseKeywordsAreWordsNotCharacters() throws {
        let chinese = """
            北极航线是连接北美洲、欧洲和亚洲的航空路线。北极航线比传统航线更短，航空公司因此节省燃料。\
            由于北极地区的盛行西风较弱，北极航线的飞行时间更加稳定。
            """
        let keywords = try KeywordExtractor().keywords(in: chinese, count: 5)
        #expect(keywords.first?.phrase == "北极航线", "\(keywords.map(\.phrase))")
        #expect(keywords.prefix(3).allSatisfy { $0.phrase.count >= 2 })
        #expect(keywords.first?.latin == "Beijihangxian")
    }

    @Test func termFrequencyAloneWithoutStatistics() throws {
        let extractor = KeywordExtractor(configuration: .init(statistics: .none))
        let keywords = try extractor.keywords(in: "Heron heron heron. Fish.", count: 2)
        #expect(keywords.first?.key == "heron")
    }

    @Test func calendarNamesComeFromICUInEveryForm() {
        let russian = CalendarNames.forLanguage("ru")
        #expect(russian.names.isSuperset(of: ["января", "январь", "понедельник", "мая"]), "\(russian.names.sorted())")
        #expect(russian.writtenInLowerCase)
        let english = CalendarNames.forLanguage("en")
        #expect(english.names.isSuperset(of: ["may", "friday"]) && !english.writtenInLowerCase)
        #expect(!english.names.contains("fri"), "wide names only: \(english.names.sorted())")
        #expect(CalendarNames.forLanguage("zz").names.isEmpty, "no calendar data of its own, no names")
    }

    @Test func daysMonthsTimeZonesAndCitedJournalsAreNoKeywords() throws {
        let text = """
            Published: 19:44 EST, 10 October 2012. Updated: 21:05 EST, 10 October 2012.

            Talks on the Geneva climate accord resumed on Friday night. On Friday the Geneva talks stalled \
            over carbon quotas, and negotiators said the carbon quotas would be settled in May. \
            The Sunday Times reported that carbon quotas split the delegations on Friday.

            References: 1. A. Smith, Science 296, 1129 (2002). 2. B. Jones, Science 301, 88 (2003). \
            3. C. Brown, Science 305, 12 (2004).
            """
        let keywords = try KeywordExtractor().keywords(
            in: text, count: 12, segmenter: Segmenter(configuration: .init(language: .fixed("en"))))
        let phrases = keywords.map(\.phrase)
        #expect(phrases.contains("carbon quotas") && phrases.contains("Geneva"), "\(phrases)")
        for time in ["Friday", "Friday night", "May", "October", "EST", "Science"] {
            #expect(!phrases.contains(time), "\(time) in \(phrases)")
        }
        #expect(phrases.contains("Sunday Times"), "\(phrases)")
    }
}
