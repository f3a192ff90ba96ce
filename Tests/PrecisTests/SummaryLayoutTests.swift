import Testing

@testable import Precis

/// Titles, page furniture and the lead, on web-page-like texts in several languages.
@Suite("Summaries: titles, furniture and the lead")
struct SummaryLayoutTests {
    /// A news page as copied from a browser: a site name, share links, the headline, a photo
    /// caption, a byline, the article with a "read more" link, a quotation cut before its end, a
    /// question. `furniture` lists the lines no summary may contain.
    struct Page {
        let language: Language
        let text: String
        let title: String
        let lead: String
        let furniture: [String]
    }

    static let pages: [Page] = [
        Page(
            language: "en",
            text: """
                World Report

                  • youtube
                  • facebook

                Elmstead council approves plan to restore Lake Marrow after the drought

                Councillor Ada Okafor

                By Jane Smith | 3 March 2024

                The Elmstead town council voted on Tuesday for a plan to restore Lake Marrow after the drought. \
                The lake lost half of its fish in the drought of 2019, according to a council survey.

                Under the plan, the council will dredge the lake and replant its banks over two years.

                Also read: Drought hits farms across the region

                Residents said the plan for the lake was long overdue. "The lake has given this town so much. \
                I think this is what the town owes it,"

                Will the fish come back to the lake?

                The money for the lake will come from a regional fund and from local taxes.
                """,
            title: "Elmstead council approves plan to restore Lake Marrow after the drought",
            lead: "The Elmstead town council voted on Tuesday",
            furniture: ["World Report", "youtube", "facebook", "Ada Okafor", "Jane Smith", "Also read", "owes it", "fish come back"]),
        Page(
            language: "fr",
            text: """
                Monde Info

                  • youtube
                  • facebook

                Elmstead: le conseil approuve un plan pour restaurer le lac Marrow après la sécheresse

                Par Jeanne Martin | 3 mars 2024

                Le conseil municipal d'Elmstead a voté mardi un plan pour restaurer le lac Marrow après la sécheresse. \
                Le lac a perdu la moitié de ses poissons pendant la sécheresse de 2019, selon une étude du conseil.

                Selon le plan, le conseil va draguer le lac et replanter ses rives pendant deux ans.

                A lire aussi:

                Les habitants ont dit que le plan pour le lac arrivait bien tard. « Le lac a tant donné à cette ville. \
                Je pense que c'est ce que la ville lui doit, »

                Les poissons vont-ils revenir dans le lac ?

                L'argent pour le lac viendra d'un fonds régional et des impôts locaux.
                """,
            title: "Elmstead: le conseil approuve un plan pour restaurer le lac Marrow après la sécheresse",
            lead: "Le conseil municipal d'Elmstead a voté mardi",
            furniture: ["Monde Info", "youtube", "facebook", "Jeanne Martin", "A lire aussi", "lui doit", "revenir dans le lac"]),
        Page(
            language: "de",
            text: """
                Welt Nachrichten

                  • youtube
                  • facebook

                Elmstead: Stadtrat beschließt Plan zur Rettung des Marrow-Sees nach der Dürre

                Von Anna Schmidt | 3. März 2024

                Der Stadtrat von Elmstead hat am Dienstag einen Plan zur Rettung des Marrow-Sees nach der Dürre beschlossen. \
                Der See verlor in der Dürre von 2019 die Hälfte seiner Fische, so eine Umfrage des Stadtrats.

                Nach dem Plan wird der Stadtrat den See ausbaggern und seine Ufer in zwei Jahren neu bepflanzen.

                Lesen Sie auch: Dürre trifft Bauernhöfe in der ganzen Region

                Anwohner sagten, der Plan für den See sei längst überfällig. „Der See hat dieser Stadt so viel gegeben. \
                Ich glaube, das ist es, was die Stadt ihm schuldet,“

                Kommen die Fische in den See zurück?

                Das Geld für den See kommt aus einem regionalen Fonds und aus lokalen Steuern.
                """,
            title: "Elmstead: Stadtrat beschließt Plan zur Rettung des Marrow-Sees nach der Dürre",
            lead: "Der Stadtrat von Elmstead hat am Dienstag",
            furniture: ["Welt Nachrichten", "youtube", "facebook", "Anna Schmidt", "Lesen Sie auch", "ihm schuldet", "zurück?"]),
        Page(
            language: "es",
            text: """
                Mundo Noticias

                  • youtube
                  • facebook

                Elmstead: el concejo aprueba un plan para recuperar el lago Marrow tras la sequía

                Por Ana García | 3 de marzo de 2024

                El concejo municipal de Elmstead aprobó el martes un plan para recuperar el lago Marrow tras la sequía. \
                El lago perdió la mitad de sus peces durante la sequía de 2019, según un estudio del concejo.

                Según el plan, el concejo dragará el lago y replantará sus orillas durante dos años.

                Lea también: La sequía golpea a las granjas de toda la región

                Los vecinos dijeron que el plan para el lago llegaba muy tarde. "El lago le ha dado tanto a este pueblo. \
                Creo que esto es lo que el pueblo le debe,"

                ¿Volverán los peces al lago?

                El dinero para el lago vendrá de un fondo regional y de impuestos locales.
                """,
            title: "Elmstead: el concejo aprueba un plan para recuperar el lago Marrow tras la sequía",
            lead: "El concejo municipal de Elmstead aprobó el martes",
            furniture: ["Mundo Noticias", "youtube", "facebook", "Ana García", "Lea también", "le debe", "Volverán"]),
        Page(
            language: "ru",
            text: """
                Мир Новости

                  • youtube
                  • facebook

                Совет Элмстеда одобрил план восстановления озера Марроу после засухи

                Автор: Анна Иванова | 3 марта 2024

                Городской совет Элмстеда во вторник одобрил план восстановления озера Марроу после засухи. \
                Озеро потеряло половину рыбы во время засухи 2019 года, по данным исследования совета.

                По плану совет очистит дно озера и засадит его берега в течение двух лет.

                Читайте также: Засуха ударила по фермам всего региона

                Жители сказали, что план для озера давно назрел. «Озеро так много дало этому городу. \
                Я думаю, это то, что город ему должен»,

                Вернется ли рыба в озеро?

                Деньги на озеро поступят из регионального фонда и из местных налогов.
                """,
            title: "Совет Элмстеда одобрил план восстановления озера Марроу после засухи",
            lead: "Городской совет Элмстеда во вторник",
            furniture: ["Мир Новости", "youtube", "facebook", "Анна Иванова", "Читайте также", "ему должен", "Вернется ли"]),
        Page(
            language: "zh",
            text: """
                环球新闻

                  • 微博
                  • 微信

                埃尔姆斯特德议会批准干旱后修复马罗湖的计划

                记者 王明 | 2024年3月3日

                埃尔姆斯特德镇议会周二投票通过了一项在干旱后修复马罗湖的计划。根据议会的调查，马罗湖在二〇一九年的干旱中失去了一半的鱼。

                根据该计划，议会将在两年内疏浚马罗湖并重新种植湖岸。

                延伸阅读：干旱影响全区农场

                居民们说，修复马罗湖的计划早就该实施了。“马罗湖给了这个小镇很多。我认为这是小镇欠它的，”

                鱼会回到马罗湖吗？

                修复马罗湖的资金将来自地区基金和地方税收。
                """,
            title: "埃尔姆斯特德议会批准干旱后修复马罗湖的计划",
            lead: "埃尔姆斯特德镇议会周二投票",
            furniture: ["环球新闻", "微博", "微信", "王明", "延伸阅读", "欠它的", "鱼会回到"]),
    ]

    static func segment(_ page: Page) throws -> Document {
        try Segmenter(configuration: .init(language: .fixed(page.language))).segment(page.text)
    }

    @Test(arguments: pages.map(\.language))
    func furnitureIsNeverChosen(language: Language) throws {
        let page = try #require(Self.pages.first { $0.language == language })
        let document = try Self.segment(page)
        let lengths: [Summarizer.Length] = [.sentences(1), .sentences(3), .sentences(50), .ratio(1), .words(1_000), .characters(10_000)]
        for length in lengths {
            let summary = Summarizer().summarize(document, length: length)
            #expect(!summary.sentences.isEmpty)
            for sentence in summary.sentences {
                for line in page.furniture {
                    #expect(!sentence.text.contains(line.trimmingWhitespace()), "\(language) \(length): \(sentence.text)")
                }
            }
        }
    }

    @Test(arguments: pages.map(\.language))
    func everyBudgetIsFilledWithRealSentencesOrLeftShort(language: Language) throws {
        let page = try #require(Self.pages.first { $0.language == language })
        let document = try Self.segment(page)
        let layout = DocumentLayout(document)
        let body = layout.roles.indices.filter { layout.roles[$0] == .body }
        // Budgets larger than the text: every sentence of running text, nothing else.
        let configuration = Summarizer.Configuration()
        for length in [Summarizer.Length.sentences(100), .ratio(1), .words(10_000), .characters(100_000)] {
            let chosen = Summarizer(configuration: configuration).summarize(document, length: length).sentences.map(\.index)
            #expect(chosen == body, "\(language) \(length)")
        }
    }

    @Test(arguments: pages.map(\.language))
    func titleIsTheHeadlineNotTheSiteName(language: Language) throws {
        let page = try #require(Self.pages.first { $0.language == language })
        let summary = Summarizer().summarize(try Self.segment(page), length: .sentences(3))
        #expect(summary.title?.text == page.title)
    }

    @Test(arguments: pages.map(\.language))
    func headingsSummaryNeverPicksTheSiteName(language: Language) throws {
        let page = try #require(Self.pages.first { $0.language == language })
        var configuration = Summarizer.Configuration()
        configuration.skipHeadings = false
        let summary = Summarizer(configuration: configuration).summarize(try Self.segment(page), length: .sentences(1))
        #expect(summary.sentences.map(\.text) == [page.title])
    }

    @Test(arguments: pages.map(\.language))
    func oneSentenceSummaryIsTheHeadlineOrTheLead(language: Language) throws {
        let page = try #require(Self.pages.first { $0.language == language })
        let document = try Self.segment(page)
        let short = Summarizer().summarize(document, length: .sentences(1))
        #expect(short.sentences.map(\.text) == [page.title], "a headline is a one-line summary")
        var configuration = Summarizer.Configuration()
        configuration.title = .exclude
        let withoutTitle = Summarizer(configuration: configuration).summarize(document, length: .sentences(1))
        #expect(withoutTitle.sentences.first?.text.hasPrefix(page.lead) == true, "\(withoutTitle.sentences.map(\.text))")
    }

    /// A headline that shares no word with the body (a teaser) ranks low in the similarity graph;
    /// a one-sentence summary is the headline all the same, as long as the title may be chosen.
    @Test func oneSentenceSummaryIsTheHeadlineEvenWhenItRanksLow() throws {
        let text = """
            A quiet revolution at the town library

            Elmstead council has voted to keep the reading room open every evening. The reading room \
            will also open on Sundays.

            The council said the evening hours would cost the council about 30,000 pounds a year.

            Readers had asked the council for longer hours for several years.
            """
        let summary = try Summarizer().summarize(text, length: .sentences(1))
        #expect(summary.title?.text == "A quiet revolution at the town library")
        #expect(summary.sentences.map(\.text) == ["A quiet revolution at the town library"])
        var configuration = Summarizer.Configuration()
        configuration.titleIsOneSentenceSummary = false
        let ranked = try Summarizer(configuration: configuration).summarize(text, length: .sentences(1))
        #expect(ranked.sentences.first?.index != summary.title?.index, "the ranking alone prefers the lead")
        configuration = Summarizer.Configuration()
        configuration.title = .exclude
        let excluded = try Summarizer(configuration: configuration).summarize(text, length: .sentences(1))
        #expect(excluded.sentences.first?.text.hasPrefix("Elmstead council has voted") == true)
        let two = try Summarizer().summarize(text, length: .sentences(2))
        #expect(two.sentences.count == 2)
    }

    @Test func longSummariesLeaveTheTitleOut() throws {
        let document = try Self.segment(Self.pages[0])
        let summary = Summarizer().summarize(document, length: .ratio(0.6))
        #expect(summary.title != nil)
        #expect(!summary.sentences.contains { $0.index == summary.title?.index })
        var configuration = Summarizer.Configuration()
        configuration.title = .include
        let included = Summarizer(configuration: configuration).summarize(document, length: .ratio(1))
        #expect(included.sentences.contains { $0.index == summary.title?.index })
    }

    // MARK: - Titles from plain text, Markdown and HTML

    static let body = """
        The Elmstead town council voted on Tuesday for a plan to restore Lake Marrow. The lake lost \
        half of its fish in the drought of 2019, according to a council survey.

        Under the plan, the council will dredge the lake and replant its banks.
        """

    @Test func titleFromPlainText() throws {
        let summary = try Summarizer().summarize("Lake Marrow plan approved by council\n\n" + Self.body)
        #expect(summary.title?.text == "Lake Marrow plan approved by council")
        #expect(summary.title?.index == 0)
    }

    @Test func noTitleWhenTheTextOpensWithRunningText() throws {
        let summary = try Summarizer().summarize(Self.body)
        #expect(summary.title == nil)
        let lead = try Summarizer().summarize("A first paragraph that is a sentence ends with a full stop.\n\n" + Self.body)
        #expect(lead.title == nil)
    }

    @Test func titleFromMarkdown() throws {
        let text = "Notes from the town hall\n\n# Lake Marrow plan approved by council\n\n" + Self.body + "\n\n## What happens next\n\nWork on the lake starts in spring."
        let summary = try Summarizer().summarize(text)
        #expect(summary.title?.text == "Lake Marrow plan approved by council", "the `#` marks are not part of the title")
        #expect(!summary.sentences.contains { $0.text.hasPrefix("#") })
    }

    @Test func titleFromHTML() throws {
        let html = """
            <html><head><title>Lake Marrow plan approved | Elmstead Gazette</title></head><body>
            <nav><ul><li>Home</li><li>Sport</li></ul></nav>
            <h1>Lake Marrow plan approved by council</h1>
            <p>The Elmstead town council voted on Tuesday for a plan to restore Lake Marrow. The lake lost half of its fish in the drought of 2019, according to a council survey.</p>
            <p>Under the plan, the council will dredge the lake and replant its banks.</p>
            </body></html>
            """
        let summary = try Summarizer().summarize(HTMLRemnants.strip(html), length: .sentences(2))
        let title = try #require(summary.title)
        #expect(title.text.hasPrefix("Lake Marrow plan approved"))
        #expect(!summary.sentences.contains { $0.text == "Home" || $0.text == "Sport" })
    }

    // MARK: - The lead

    @Test func oneSentenceSummaryOfALeadFirstParagraphIsTheLead() throws {
        let paragraphs = [
            """
            Putin has ruled out sending troops to Afghanistan, citing the Soviet experience. The Soviet army \
            fought in Afghanistan for ten years and lost thousands of soldiers in Afghanistan. Russian officers \
            who served in Afghanistan say the Soviet war in Afghanistan still shapes Russian thinking. Russia is \
            reinforcing its base in Tajikistan, on the border with Afghanistan. Russian diplomats are also \
            talking to the Taliban about the future of Afghanistan.
            """,
            """
            The council has approved a plan to restore Lake Marrow after years of decline. The lake lost half \
            of its fish during the drought of 2019, according to a survey of the lake by the council. Workers \
            will dredge the lake bed and replant the banks of the lake over the next two years. Residents said \
            the lake plan was long overdue and welcomed the council vote on the lake. The money for the lake \
            will come from a regional fund and from local taxes.
            """,
        ]
        for paragraph in paragraphs {
            let summary = try Summarizer().summarize(paragraph, length: .sentences(1))
            let lead = try #require(paragraph.split(separator: ".").first)
            #expect(summary.sentences.map(\.text) == [lead + "."])
        }
    }

    // MARK: - Tokenised text

    @Test func tokenisedQuotesEndSentences() throws {
        let text = "( cnn ) the farmer said he was in debt . `` he was not getting any money from cotton . he chose death over distress . '' it is a familiar story in families across the region , where one farmer dies every eight hours . `` we get reports of suicides every day , '' said the leader of the group . the rains destroyed many crops earlier this year ."
        let document = try Segmenter(configuration: .init(language: .fixed("en"))).segment(text)
        let sentences = document.sentences.map { String(document[$0]) }
        #expect(sentences == [
            "( cnn ) the farmer said he was in debt .",
            "`` he was not getting any money from cotton .",
            "he chose death over distress . ''",
            "it is a familiar story in families across the region , where one farmer dies every eight hours .",
            "`` we get reports of suicides every day , '' said the leader of the group .",
            "the rains destroyed many crops earlier this year .",
        ])
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
