import Testing

@testable import Precis

/// One language's sample: a short text written for these tests, how it must be cut, and what its
/// words must look like after folding, stemming and stopword lookup.
struct LanguageSample: Sendable, CustomTestStringConvertible {
    let language: Language
    let text: String
    /// The sentences, in order, exactly as they appear in the text.
    let sentences: [String]
    /// Word tokens that must appear (for Chinese, Japanese and Thai: dictionary words).
    let words: [String]
    /// Word → expected matching key (`Segmenter.term(for:language:)`).
    let terms: [(String, String)]
    /// Word tokens of the text that are stopwords.
    let stopwords: [String]
    /// Word tokens of the text that are not.
    let contentWords: [String]

    var testDescription: String { language.code }
}

private let samples: [LanguageSample] = [
    LanguageSample(
        language: "en",
        text: "The committee approved the new budget on Tuesday. Several members were running late! Did they vote anyway?",
        sentences: [
            "The committee approved the new budget on Tuesday.", "Several members were running late!",
            "Did they vote anyway?",
        ],
        words: ["committee", "approved", "budget", "Tuesday", "running"],
        terms: [("running", "run"), ("members", "member"), ("approved", "approv"), ("Tuesday", "tuesday")],
        stopwords: ["The", "the", "on", "were", "they"],
        contentWords: ["committee", "budget", "members", "running", "vote"]),
    LanguageSample(
        language: "de",
        text: "Die Regierung hat gestern einen neuen Plan vorgestellt. Die Städte müssen mehr Häuser bauen und die Mieten senken.",
        sentences: [
            "Die Regierung hat gestern einen neuen Plan vorgestellt.",
            "Die Städte müssen mehr Häuser bauen und die Mieten senken.",
        ],
        words: ["Regierung", "vorgestellt", "Städte", "Häuser", "Mieten"],
        terms: [("Städte", "stadt"), ("Häuser", "haus"), ("Regierung", "regier"), ("bauen", "bau")],
        stopwords: ["Die", "und", "die", "hat", "einen"],
        contentWords: ["Regierung", "Plan", "Städte", "Häuser", "Mieten"]),
    LanguageSample(
        language: "fr",
        text: "Le gouvernement a présenté un nouveau projet de loi. Les syndicats ont immédiatement critiqué cette décision.",
        sentences: [
            "Le gouvernement a présenté un nouveau projet de loi.",
            "Les syndicats ont immédiatement critiqué cette décision.",
        ],
        words: ["gouvernement", "présenté", "syndicats", "immédiatement", "décision"],
        terms: [("syndicats", "syndicat"), ("gouvernement", "gouvern"), ("critiqué", "critiqu"), ("Les", "le")],
        stopwords: ["Le", "de", "Les", "un", "cette"],
        contentWords: ["gouvernement", "projet", "loi", "syndicats", "décision"]),
    LanguageSample(
        language: "es",
        text: "El presidente visitó la ciudad el lunes por la mañana. ¿Qué dijeron los ciudadanos sobre la economía?",
        sentences: [
            "El presidente visitó la ciudad el lunes por la mañana.",
            "¿Qué dijeron los ciudadanos sobre la economía?",
        ],
        words: ["presidente", "visitó", "ciudad", "ciudadanos", "economía"],
        terms: [("ciudadanos", "ciudadan"), ("presidente", "president"), ("visitó", "visit")],
        stopwords: ["El", "la", "por", "los", "Qué"],
        contentWords: ["presidente", "ciudad", "ciudadanos", "economía"]),
    LanguageSample(
        language: "pt",
        text: "O governo anunciou novas medidas para as escolas públicas. Os professores receberam a notícia com cautela.",
        sentences: [
            "O governo anunciou novas medidas para as escolas públicas.",
            "Os professores receberam a notícia com cautela.",
        ],
        words: ["governo", "anunciou", "escolas", "públicas", "professores", "notícia"],
        terms: [("professores", "professor"), ("escolas", "escol"), ("governo", "govern")],
        stopwords: ["O", "para", "as", "Os", "com"],
        contentWords: ["governo", "medidas", "escolas", "professores", "notícia"]),
    LanguageSample(
        language: "ru",
        text: "Правительство утвердило новый бюджет на следующий год. Депутаты и министры обсуждали его несколько недель.",
        sentences: [
            "Правительство утвердило новый бюджет на следующий год.",
            "Депутаты и министры обсуждали его несколько недель.",
        ],
        words: ["Правительство", "бюджет", "Депутаты", "министры", "недель"],
        terms: [("министры", "министр"), ("Депутаты", "депутат"), ("Правительство", "правительств"), ("новый", "нов")],
        stopwords: ["и", "на", "его"],
        contentWords: ["Правительство", "бюджет", "Депутаты", "министры"]),
    LanguageSample(
        language: "pl",
        text: "Rząd przedstawił wczoraj nowy plan budowy dróg. Mieszkańcy małych miast czekają na decyzję.",
        sentences: ["Rząd przedstawił wczoraj nowy plan budowy dróg.", "Mieszkańcy małych miast czekają na decyzję."],
        words: ["Rząd", "przedstawił", "dróg", "Mieszkańcy", "decyzję"],
        // Snowball has no Polish stemmer: the key is the folded word.
        terms: [("Mieszkańcy", "mieszkańcy"), ("Rząd", "rząd"), ("DECYZJĘ", "decyzję")],
        stopwords: ["na"],
        contentWords: ["Rząd", "plan", "miast", "decyzję"]),
    LanguageSample(
        language: "ar",
        text: "أعلنت الحكومة عن خطة جديدة لتطوير التعليم. وقال الوزير إن المدارس ستحصل على تمويل إضافي.",
        sentences: ["أعلنت الحكومة عن خطة جديدة لتطوير التعليم.", "وقال الوزير إن المدارس ستحصل على تمويل إضافي."],
        words: ["الحكومة", "التعليم", "الوزير", "المدارس", "تمويل"],
        terms: [("الحكومة", "حكوم"), ("الوزير", "وزير"), ("المدارس", "مدارس"), ("التعليم", "تعليم")],
        stopwords: ["عن", "على", "إن"],
        contentWords: ["الحكومة", "الوزير", "المدارس", "تمويل"]),
    LanguageSample(
        language: "zh",
        text: "俄罗斯总统普京排除了向阿富汗派兵的可能性。他说，苏联的经验是一个教训。",
        sentences: ["俄罗斯总统普京排除了向阿富汗派兵的可能性。", "他说，苏联的经验是一个教训。"],
        words: ["俄罗斯", "总统", "排除", "阿富汗", "可能性", "苏联", "经验", "教训"],
        terms: [("俄罗斯", "俄罗斯"), ("可能性", "可能性")],
        stopwords: ["的", "了", "是"],
        contentWords: ["俄罗斯", "总统", "阿富汗", "可能性", "经验"]),
    LanguageSample(
        language: "ja",
        text: "東京の天気は明日から崩れる予定です。週末には大雨が降るでしょう。",
        sentences: ["東京の天気は明日から崩れる予定です。", "週末には大雨が降るでしょう。"],
        words: ["東京", "天気", "明日", "予定", "週末", "大雨"],
        terms: [("東京", "東京"), ("ﾃﾞｽ", "デス")],  // NFKC_Casefold: half-width katakana become full-width
        stopwords: ["の", "は", "から", "が"],
        contentWords: ["東京", "天気", "予定", "大雨"]),
    LanguageSample(
        language: "th",
        // Three sentences, separated by spaces only: Thai has no full stop.
        text: "วันนี้ฉันตื่นนอนแต่เช้าและออกไปวิ่งที่สวนสาธารณะใกล้บ้าน หลังจากนั้นฉันกลับบ้านมาอาบน้ำและกินอาหารเช้ากับครอบครัว ตอนบ่ายฉันไปทำงานที่ออฟฟิศในเมืองจนถึงเย็น",
        sentences: [
            "วันนี้ฉันตื่นนอนแต่เช้าและออกไปวิ่งที่สวนสาธารณะใกล้บ้าน",
            "หลังจากนั้นฉันกลับบ้านมาอาบน้ำและกินอาหารเช้ากับครอบครัว",
            "ตอนบ่ายฉันไปทำงานที่ออฟฟิศในเมืองจนถึงเย็น",
        ],
        words: ["ครอบครัว", "อาหาร", "ทำงาน", "สาธารณะ", "ออฟฟิศ"],
        terms: [("ครอบครัว", "ครอบครัว")],
        stopwords: ["และ", "ที่", "กับ"],
        contentWords: ["ครอบครัว", "อาหาร", "ทำงาน"]),
    LanguageSample(
        language: "ko",
        text: "서울은 한국의 수도입니다. 오늘은 날씨가 매우 좋습니다. 그리고 우리는 공원에 갑니다.",
        sentences: ["서울은 한국의 수도입니다.", "오늘은 날씨가 매우 좋습니다.", "그리고 우리는 공원에 갑니다."],
        words: ["서울은", "한국의", "날씨가", "공원에"],
        terms: [("서울은", "서울은")],
        stopwords: ["그리고"],
        contentWords: ["서울은", "날씨가", "공원에"]),
    LanguageSample(
        language: "hi",
        text: "भारत की राजधानी नई दिल्ली है। यहाँ बहुत से लोग रहते हैं।",
        sentences: ["भारत की राजधानी नई दिल्ली है।", "यहाँ बहुत से लोग रहते हैं।"],
        words: ["भारत", "राजधानी", "दिल्ली", "लोग", "रहते"],
        terms: [("रहते", "रह"), ("राजधानी", "राजधान")],
        stopwords: ["की", "है", "से", "हैं"],
        contentWords: ["भारत", "राजधानी", "दिल्ली", "लोग"]),
    LanguageSample(
        language: "el",
        // The Greek question mark is ";" (U+037E, which NFC turns into U+003B).
        text: "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία. Τι θα γίνει με τους μισθούς; Κανείς δεν ξέρει ακόμα.",
        sentences: [
            "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "Τι θα γίνει με τους μισθούς;",
            "Κανείς δεν ξέρει ακόμα.",
        ],
        words: ["κυβέρνηση", "ανακοίνωσε", "οικονομία", "μισθούς"],
        terms: [("κυβέρνηση", "κυβερνησ"), ("οικονομία", "οικονομ"), ("μισθούς", "μισθ")],
        stopwords: ["Η", "για", "την", "θα", "με", "δεν"],
        contentWords: ["κυβέρνηση", "οικονομία", "μισθούς"]),
]

@Suite("Segmenter: sentences, words, stems and stopwords per language")
struct SegmenterLanguageTests {
    @Test(arguments: samples)
    func sentences(_ sample: LanguageSample) throws {
        let document = try Segmenter(language: sample.language).segment(sample.text)
        #expect(document.language == sample.language)
        #expect(document.sentences.count == sample.sentences.count)
        #expect(document.sentences.map { String(document[$0]) } == sample.sentences)
        #expect(document.paragraphs.count == 1)
    }

    @Test(arguments: samples)
    func words(_ sample: LanguageSample) throws {
        let document = try Segmenter(language: sample.language).segment(sample.text)
        let words = document.sentences.flatMap { document.words(of: $0) }.map { String(document[$0]) }
        for word in sample.words {
            #expect(words.contains(word), "\(word) is not a word token of \(words)")
        }
        // Punctuation is never a word; words never contain spaces.
        #expect(!words.contains { $0.contains { $0.isWhitespace || $0 == "." || $0 == "。" } })
        if sample.language.writesWithoutSpaces {
            // Dictionary segmentation: real words, not one token per character.
            let long = words.filter { $0.count > 1 }
            #expect(long.count * 2 >= words.count, "mostly single characters: \(words)")
        }
    }

    @Test(arguments: samples)
    func termsAreFoldedAndStemmed(_ sample: LanguageSample) throws {
        let segmenter = Segmenter(language: sample.language)
        for (word, expected) in sample.terms {
            #expect(try segmenter.term(for: word, language: sample.language) == expected, "term of \(word)")
        }
        // The document's keys are the same as `term(for:)`.
        let document = try segmenter.segment(sample.text)
        for token in document.tokens {
            if token.kind.isWord {
                let term = try #require(token.term)
                #expect(document.terms[term] == (try segmenter.term(for: document[token], language: sample.language)))
            } else {
                #expect(token.term == nil)
            }
        }
    }

    @Test(arguments: samples)
    func stopwordFlags(_ sample: LanguageSample) throws {
        let document = try Segmenter(language: sample.language).segment(sample.text)
        func flags(_ word: String) -> [Bool] {
            document.tokens.filter { document[$0] == word }.map(\.isStopword)
        }
        for word in sample.stopwords {
            #expect(!flags(word).isEmpty, "\(word) is not a token")
            #expect(flags(word).allSatisfy { $0 }, "\(word) should be a stopword")
        }
        for word in sample.contentWords {
            #expect(!flags(word).isEmpty, "\(word) is not a token")
            #expect(flags(word).allSatisfy { !$0 }, "\(word) should not be a stopword")
        }
        #expect(!document.tokens.contains { !$0.kind.isWord && $0.isStopword })
    }

    /// Each token of `text` as written, and whether the segmenter flags it as a stopword.
    private func stopwordFlags(_ text: String, language: Language) throws -> [String: Bool] {
        let document = try Segmenter(language: language).segment(text)
        return Dictionary(document.tokens.map { (String(document[$0]), $0.isStopword) }) { a, _ in a }
    }

    @Test func greekStopwordsMatchAccentedWords() throws {
        // The Greek list is written mostly without accents; text has them.
        let flags = try stopwordFlags("Η πόλη είναι μεγάλη, αλλά όπως πάντα ήσυχη.", language: "el")
        #expect(flags["είναι"] == true)
        #expect(flags["αλλά"] == true)
        #expect(flags["όπως"] == true)
        #expect(flags["πόλη"] == false)
        #expect(flags["μεγάλη"] == false)
    }

    @Test func punjabiStopwordsMatchWithOrWithoutAddak() throws {
        // "ਵਿੱਚ" (in) is listed as "ਵਿਚ"; the addak marks a doubled consonant some writers leave out.
        let flags = try stopwordFlags("ਕਿਸਾਨ ਦਿੱਲੀ ਵਿੱਚ ਅੰਦੋਲਨ ਕਰ ਰਹੇ ਹਨ ਅਤੇ ਸਰਕਾਰ ਵਿਚ ਚਰਚਾ ਹੈ।", language: "pa")
        #expect(flags["ਵਿੱਚ"] == true)
        #expect(flags["ਵਿਚ"] == true)
        #expect(flags["ਦਿੱਲੀ"] == false, "a word with an addak that is no stopword")
        #expect(flags["ਕਿਸਾਨ"] == false)
    }

    @Test func aStopwordWithAPossessiveEndingIsAStopword() throws {
        // "someone else's", "each other’s": not keywords once the ending is cut.
        let flags = try stopwordFlags("They used someone else's card and each other’s Moscow's names.", language: "en")
        #expect(flags["else's"] == true)
        #expect(flags["other’s"] == true)
        #expect(flags["Moscow's"] == false)
    }

    @Test func stemmerLanguages() {
        for code in ["en", "de", "fr", "es", "pt", "ru", "ar", "hi", "el"] {
            #expect(Stemmer.languages.contains(Language(code)), "\(code) should have a Snowball stemmer")
        }
        for code in ["pl", "zh", "ja", "th", "ko"] {
            #expect(!Stemmer.languages.contains(Language(code)), "\(code) has no Snowball stemmer")
            #expect(Stemmer(language: Language(code)) == nil)
        }
    }

    @Test func inflectedFormsShareATerm() throws {
        let document = try Segmenter(language: "en").segment("She runs every day. Running keeps her calm.")
        let keys = Set(document.tokens.filter { ["runs", "Running"].contains(document[$0]) }.compactMap(\.term))
        #expect(keys.count == 1)
        #expect(keys.first.map { document.terms[$0] } == "run")
    }

    @Test func stemmingCanBeTurnedOff() throws {
        let segmenter = Segmenter(configuration: .init(language: .fixed("en"), stemming: false))
        #expect(try segmenter.term(for: "Running", language: "en") == "running")
    }

    @Test func extraStopwords() throws {
        let segmenter = Segmenter(
            configuration: .init(language: .fixed("en"), useDefaultStopwords: false, extraStopwords: ["Budget"]))
        let document = try segmenter.segment("The budget grew.")
        let flags = Dictionary(uniqueKeysWithValues: document.tokens.map { (String(document[$0]), $0.isStopword) })
        #expect(flags["budget"] == true)
        #expect(flags["The"] == false)
        #expect(flags["grew"] == false)
    }

    // MARK: Abbreviations, initials, ordinals

    private func sentences(_ text: String, _ language: Language) throws -> [String] {
        let document = try Segmenter(language: language).segment(text)
        return document.sentences.map { String(document[$0]) }
    }

    @Test func englishTitlesAndTimes() throws {
        #expect(
            try sentences("Dr. Smith paid $3.50 to Mr. Jones at 5 p.m. He left.", "en")
                == ["Dr. Smith paid $3.50 to Mr. Jones at 5 p.m.", "He left."])
    }

    @Test func germanAbbreviationsAndOrdinals() throws {
        #expect(
            try sentences("Das ist z. B. am 3. Oktober passiert. Dann ging er.", "de")
                == ["Das ist z. B. am 3. Oktober passiert.", "Dann ging er."])
    }

    @Test func russianYearAbbreviation() throws {
        #expect(
            try sentences("Это было в 1995 г. в Москве. Потом он уехал.", "ru")
                == ["Это было в 1995 г. в Москве.", "Потом он уехал."])
    }

    @Test func initials() throws {
        #expect(
            try sentences("J. R. R. Tolkien wrote books. He died in 1973.", "en")
                == ["J. R. R. Tolkien wrote books.", "He died in 1973."])
    }

    @Test func abbreviationsWithIdentifiedLanguage() throws {
        // The same texts through `.auto`: the identified language must bring its rules.
        let cases: [(String, Int)] = [
            ("Dr. Smith paid $3.50 to Mr. Jones at 5 p.m. He left.", 2),
            ("Das ist z. B. am 3. Oktober passiert. Dann ging er.", 2),
            ("Это было в 1995 г. в Москве. Потом он уехал.", 2),
            ("J. R. R. Tolkien wrote books. He died in 1973.", 2),
        ]
        let segmenter = Segmenter()
        for (text, count) in cases {
            #expect(try segmenter.segment(text).sentences.count == count, "\(text)")
        }
    }

    @Test func sentenceEndingBeforeANumber() throws {
        #expect(
            try sentences("The storm ended in 1987. 30 houses were rebuilt.", "en")
                == ["The storm ended in 1987.", "30 houses were rebuilt."])
    }

    @Test func thaiWithoutPunctuationIsSplitAtSpaces() throws {
        let text =
            "เมื่อวานนี้ฝนตกหนักมากทั้งวันจนถนนหลายสายในกรุงเทพน้ำท่วม นักเรียนหลายคนเดินทางไปโรงเรียนไม่ได้และต้องอยู่ที่บ้าน รัฐบาลสัญญาว่าจะแก้ปัญหาน้ำท่วมให้เร็วที่สุด"
        let result = try sentences(text, "th")
        #expect(result.count > 1)
        // Cuts only at the spaces: every sentence is a run of whole space-separated pieces.
        let pieces = text.split(separator: " ").map(String.init)
        #expect(result.flatMap { $0.split(separator: " ").map(String.init) } == pieces)
    }

    @Test func shortThaiStaysOneSentence() throws {
        // Units shorter than the minimum are not cut apart (a Thai space also separates phrases).
        #expect(try sentences("ฉันชอบกินข้าวผัดมาก วันนี้อากาศร้อนมาก", "th").count == 1)
    }

    @Test func greekQuestionMark() throws {
        // U+037E GREEK QUESTION MARK; NFC maps it to ";", which ends the sentence.
        let result = try sentences("Πού είναι ο σταθμός\u{037E} Είναι κοντά στην πλατεία.", "el")
        #expect(result == ["Πού είναι ο σταθμός;", "Είναι κοντά στην πλατεία."])
    }

    @Test func koreanWithoutFullStops() throws {
        #expect(
            try sentences("내일 서울 날씨를 알려줘 오늘은 비가 올 예정입니다", "ko")
                == ["내일 서울 날씨를 알려줘", "오늘은 비가 올 예정입니다"])
    }

    @Test func chineseQuestionAndExclamation() throws {
        #expect(
            try sentences("我们明天去北京参观博物馆。你想和我们一起去吗？太好了！", "zh")
                == ["我们明天去北京参观博物馆。", "你想和我们一起去吗？", "太好了！"])
    }

    @Test func closingQuoteStaysWithItsSentence() throws {
        #expect(
            try sentences("He said, \"We will win.\" Then he left.", "en")
                == ["He said, \"We will win.\"", "Then he left."])
    }

    @Test func textIsNFCNormalised() throws {
        // "é" as e + combining acute comes back composed, and ranges point into the NFC text.
        let document = try Segmenter(language: "fr").segment("Le cafe\u{301} est fermé.")
        #expect(document.text == "Le café est fermé.")
        #expect(document.tokens.map { String(document[$0]) } == ["Le", "café", "est", "fermé", "."])
    }

    @Test func emptyAndBlankText() throws {
        for text in ["", "   ", "\n\n\t "] {
            let document = try Segmenter(language: "en").segment(text)
            #expect(document.sentences.isEmpty)
            #expect(document.tokens.isEmpty)
            #expect(document.paragraphs.isEmpty)
        }
    }
}
