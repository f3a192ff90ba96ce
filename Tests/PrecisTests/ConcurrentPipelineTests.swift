import Testing

@testable import Precis

/// The whole pipeline in many tasks at once, the way `precis batch --jobs N` runs it: each task has
/// its own `Segmenter` and `KeywordExtractor` (they own ICU state), while the bundled stopword
/// lists, IDF models, stemmer tables and ICU's own data are shared by all. Run under ThreadSanitizer
/// (`make test-tsan`) this shows races on that shared state; without it, it checks that concurrent
/// runs give the same results as one run alone.
@Suite("The pipeline in concurrent tasks")
struct ConcurrentPipelineTests {
    /// Short texts in languages with different scripts, word breaking and stemmers, so that the
    /// tasks touch different bundled data for the first time at the same moment.
    static let texts: [String] = [
        "The Elmstead town council voted on Tuesday for a plan to restore Lake Marrow. The lake has lost half of its fish since the drought. Councillor Ada Okafor said the work is due to start in the spring.",
        "Der Stadtrat von Elmstead hat am Dienstag einen Plan zur Rettung des Sees beschlossen. Der See hat seit der Dürre die Hälfte seiner Fische verloren. Die Arbeiten sollen im Frühjahr beginnen.",
        "Городской совет Элмстеда во вторник одобрил план восстановления озера. Озеро потеряло половину рыбы после засухи. Владимир Путин не комментировал решение совета.",
        "埃尔姆斯特德镇议会周二投票通过了修复马罗湖的计划。自干旱以来，湖中的鱼类减少了一半。工程将于春季开始。",
        "エルムステッドの町議会は火曜日、湖を修復する計画を承認した。干ばつ以来、湖の魚は半分に減った。工事は春に始まる予定だ。",
        "สภาเมืองเอล์มสเตดลงมติอนุมัติแผนฟื้นฟูทะเลสาบเมื่อวันอังคาร ทะเลสาบสูญเสียปลาไปครึ่งหนึ่งนับตั้งแต่ภัยแล้ง งานจะเริ่มในฤดูใบไม้ผลิ",
        "وافق مجلس مدينة إلمستيد يوم الثلاثاء على خطة لإنقاذ البحيرة. فقدت البحيرة نصف أسماكها منذ الجفاف. ومن المقرر أن يبدأ العمل في الربيع.",
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη σχέδιο για τη λίμνη. Η λίμνη έχασε τα μισά ψάρια της μετά την ξηρασία. Ο Αλέξης Τσίπρας δεν σχολίασε.",
        "엘름스테드 시의회는 화요일 호수 복원 계획을 승인했다. 가뭄 이후 호수의 물고기가 절반으로 줄었다. 공사는 봄에 시작될 예정이다.",
        "एल्मस्टेड नगर परिषद ने मंगलवार को झील को बचाने की योजना को मंजूरी दी। सूखे के बाद झील की आधी मछलियाँ खत्म हो गईं। काम वसंत में शुरू होगा।",
    ]

    /// What one run of the pipeline gives: comparable across runs.
    struct Outcome: Equatable, Sendable {
        let language: Language
        let sentences: Int
        let summary: [String]
        let keywords: [String]
        let latin: [String?]
    }

    /// Segments, summarises and extracts keywords with a segmenter and an extractor of its own.
    static func run(_ text: String) throws -> Outcome {
        let document = try Segmenter().segment(text)
        let summary = Summarizer().summarize(document, length: .sentences(2))
        let keywords = try KeywordExtractor().keywords(in: document, count: 5)
        return Outcome(
            language: document.language, sentences: document.sentences.count, summary: summary.sentences.map(\.text),
            keywords: keywords.map(\.phrase), latin: keywords.map(\.latin))
    }

    @Test func concurrentRunsAgreeWithEachOtherAndWithASerialRun() async throws {
        // Every text in three tasks at once, before anything has warmed the shared data.
        let copies = 3
        let outcomes = try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            for copy in 0..<copies {
                for (index, text) in Self.texts.enumerated() {
                    group.addTask { (index * copies + copy, try Self.run(text)) }
                }
            }
            var outcomes = [Outcome?](repeating: nil, count: Self.texts.count * copies)
            for try await (slot, outcome) in group { outcomes[slot] = outcome }
            return outcomes
        }
        for (index, text) in Self.texts.enumerated() {
            let serial = try Self.run(text)
            #expect(serial.sentences >= 2, "\(serial.language): \(serial.sentences) sentences")
            #expect(!serial.keywords.isEmpty, "\(serial.language): no keywords")
            for copy in 0..<copies {
                #expect(outcomes[index * copies + copy] == serial, "text \(index), task \(copy)")
            }
        }
    }

    @Test func oneSegmenterPerTaskOverManyTexts() async throws {
        // Two long-lived workers, each reusing its own segmenter and extractor across texts, as a
        // batch worker does.
        let expected = try Self.texts.map { try Self.run($0) }
        let results = try await withThrowingTaskGroup(of: [Outcome].self) { group in
            for worker in 0..<2 {
                group.addTask {
                    let segmenter = Segmenter()
                    let extractor = KeywordExtractor()
                    var outcomes: [Outcome] = []
                    for text in worker == 0 ? Self.texts : Self.texts.reversed() {
                        let document = try segmenter.segment(text)
                        let summary = Summarizer().summarize(document, length: .sentences(2))
                        let keywords = try extractor.keywords(in: document, count: 5)
                        outcomes.append(
                            Outcome(
                                language: document.language, sentences: document.sentences.count,
                                summary: summary.sentences.map(\.text), keywords: keywords.map(\.phrase),
                                latin: keywords.map(\.latin)))
                    }
                    return worker == 0 ? outcomes : outcomes.reversed()
                }
            }
            var results: [[Outcome]] = []
            for try await outcomes in group { results.append(outcomes) }
            return results
        }
        for outcomes in results { #expect(outcomes == expected) }
    }
}
