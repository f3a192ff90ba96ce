import Testing

@testable import Precis

@Suite("Summarizer on segmented text")
struct SummarizerTextTests {
    static let article = """
        Lake Marrow rescue plan approved

        The Elmstead town council voted on Tuesday for a $4.2 million plan to restore Lake Marrow. \
        The lake has lost half of its fish since the drought of 2019, according to the council's \
        own survey. Under the plan, the council will dredge the lake and replant its banks.

        Tickets for the summer fair go on sale next week.

        Residents who spoke at the meeting said the lake plan was long overdue. "We are not \
        building a new lake, we are helping the old one heal," said councillor Ada Okafor. Work on \
        the lake is due to start in the spring.
        """

    @Test func summarizesTextInOneCall() throws {
        var configuration = Summarizer.Configuration()
        configuration.title = .exclude
        let summary = try Summarizer(configuration: configuration).summarize(Self.article, length: .sentences(2))
        #expect(summary.language == "en")
        #expect(summary.sentences.count == 2)
        #expect(summary.sentences.first?.text.hasPrefix("The Elmstead town council voted") == true, "the lead")
        #expect(!summary.sentences.contains { $0.text.contains("Tickets") })
        #expect(!summary.sentences.contains { $0.text == "Lake Marrow rescue plan approved" }, "the title is excluded")
        #expect(try Summarizer().summarize(Self.article, length: .sentences(1)).sentences.map(\.text) == ["Lake Marrow rescue plan approved"], "a headline is a one-line summary")
    }

    @Test func libraryAndCustomSegmenterAgree() throws {
        let segmenter = Segmenter(configuration: .init(language: .fixed("en")))
        let viaText = try Summarizer().summarize(Self.article, length: .ratio(0.5), segmenter: segmenter)
        let viaDocument = Summarizer().summarize(try segmenter.segment(Self.article), length: .ratio(0.5))
        #expect(viaText == viaDocument)
    }

    @Test func chineseByCharacterBudget() throws {
        let text = "埃尔姆斯特德镇议会周二投票通过了一项四百二十万美元的计划，用于修复马罗湖。自二〇一九年干旱以来，湖中的鱼类减少了一半。根据该计划，议会将疏浚湖泊并重新种植湖岸植物。夏季集市的门票下周开始销售。居民们说，湖泊修复计划早就该实施了。"
        let summary = try Summarizer().summarize(text, length: .characters(60))
        #expect(summary.language == "zh")
        #expect(!summary.sentences.isEmpty)
        #expect(summary.sentences.count == 1 || summary.sentences.reduce(0) { $0 + $1.text.count } <= 60)
        #expect(summary.sentences.allSatisfy { $0.text.hasSuffix("。") }, "whole sentences, cut without spaces")
    }

    @Test func lowercaseTokenisedTextIsCutIntoSentences() throws {
        // Corpora such as CNN/DailyMail's tokenised release are all lower case, with spaced full
        // stops; ICU never ends a sentence before a lower-case letter.
        let text = "( cnn ) a man charged with the attacks has been released on bail in pakistan , prompting sharp criticism from india . lakhvi was charged in pakistan in 2009 , accused of masterminding the attacks that left more than 160 people dead . lakhvi still faces trial in the case . but an anti-terrorism court granted him bail last year , a decision the government said it would challenge . the u.s. state department said it was concerned by the release ."
        let document = try Segmenter(configuration: .init(language: .fixed("en"))).segment(text)
        let sentences = document.sentences.map { String(document[$0]) }
        #expect(sentences.count == 5)
        #expect(sentences.last == "the u.s. state department said it was concerned by the release .")
        // Mixed-case text keeps ICU's behaviour: no break before a lower-case word after "etc.".
        let cased = try Segmenter(configuration: .init(language: .fixed("en"))).segment("They sell apples, pears etc. and more fruit. It is good.")
        #expect(cased.sentences.count == 2)
    }
}
