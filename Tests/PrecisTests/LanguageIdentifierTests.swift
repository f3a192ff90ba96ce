import Testing

@testable import Precis

/// One paragraph per language, written for these tests.
private let paragraphs: [(String, String)] = [
    ("en", "The library opens at nine in the morning and closes late in the evening. Children can borrow up to five books at a time, and the staff are always happy to help them find something they will enjoy reading."),
    ("de", "Die Bibliothek öffnet morgens um neun Uhr und schließt erst spät am Abend. Kinder dürfen bis zu fünf Bücher gleichzeitig ausleihen, und die Mitarbeiter helfen ihnen gerne bei der Suche nach einem passenden Buch."),
    ("fr", "La bibliothèque ouvre à neuf heures du matin et ferme tard le soir. Les enfants peuvent emprunter jusqu'à cinq livres à la fois, et le personnel est toujours prêt à les aider à trouver une bonne lecture."),
    ("es", "La biblioteca abre a las nueve de la mañana y cierra tarde por la noche. Los niños pueden llevarse hasta cinco libros a la vez, y el personal siempre está dispuesto a ayudarles a encontrar algo que les guste."),
    ("pt", "A biblioteca abre às nove horas da manhã e fecha tarde da noite. As crianças podem levar até cinco livros de cada vez, e os funcionários estão sempre prontos para ajudá-las a encontrar uma boa leitura."),
    ("it", "La biblioteca apre alle nove del mattino e chiude tardi la sera. I bambini possono prendere in prestito fino a cinque libri alla volta, e il personale è sempre pronto ad aiutarli a trovare qualcosa di bello da leggere."),
    ("nl", "De bibliotheek gaat om negen uur 's ochtends open en sluit pas laat in de avond. Kinderen mogen tot vijf boeken tegelijk lenen, en de medewerkers helpen hen altijd graag om iets leuks te vinden om te lezen."),
    ("ru", "Библиотека открывается в девять часов утра и закрывается поздно вечером. Дети могут взять до пяти книг одновременно, а сотрудники всегда рады помочь им найти что-нибудь интересное для чтения."),
    ("pl", "Biblioteka jest otwarta od dziewiątej rano do późnego wieczora. Dzieci mogą wypożyczyć do pięciu książek naraz, a pracownicy zawsze chętnie pomagają im znaleźć coś ciekawego do czytania."),
    ("tr", "Kütüphane sabah dokuzda açılıyor ve akşam geç saatte kapanıyor. Çocuklar bir seferde beş kitaba kadar ödünç alabiliyor ve görevliler onlara her zaman yardım etmeye hazır."),
    ("ar", "تفتح المكتبة أبوابها في الساعة التاسعة صباحا وتغلق في وقت متأخر من المساء. يستطيع الأطفال استعارة خمسة كتب في المرة الواحدة، والموظفون مستعدون دائما لمساعدتهم في اختيار كتاب مناسب."),
    ("hi", "पुस्तकालय सुबह नौ बजे खुलता है और शाम को देर से बंद होता है। बच्चे एक बार में पाँच किताबें तक ले जा सकते हैं और कर्मचारी हमेशा उनकी मदद करने के लिए तैयार रहते हैं।"),
    ("el", "Η βιβλιοθήκη ανοίγει στις εννέα το πρωί και κλείνει αργά το βράδυ. Τα παιδιά μπορούν να δανειστούν έως πέντε βιβλία τη φορά και το προσωπικό είναι πάντα πρόθυμο να βοηθήσει."),
    ("zh", "图书馆每天早上九点开门，晚上很晚才关门。孩子们一次最多可以借五本书，工作人员总是很乐意帮助他们找到喜欢的读物。"),
    ("ja", "図書館は毎朝九時に開館し、夜遅くまで開いています。子どもたちは一度に五冊まで本を借りることができ、職員はいつでも喜んで本選びを手伝ってくれます。"),
    ("th", "ห้องสมุดเปิดตอนเก้าโมงเช้าและปิดตอนค่ำ เด็กๆ สามารถยืมหนังสือได้ครั้งละห้าเล่ม และเจ้าหน้าที่ยินดีช่วยเลือกหนังสือเสมอ"),
    ("ko", "도서관은 아침 아홉 시에 문을 열고 저녁 늦게 문을 닫습니다. 아이들은 한 번에 다섯 권까지 책을 빌릴 수 있고, 직원들은 언제나 기꺼이 책 고르는 것을 도와줍니다."),
]

@Suite("LanguageIdentifier")
struct LanguageIdentifierTests {
    @Test(arguments: paragraphs.map(\.0))
    func paragraphIsIdentified(code: String) throws {
        let text = try #require(paragraphs.first { $0.0 == code }?.1)
        let guess = LanguageIdentifier().identify(text)
        #expect(guess.language == Language(code))
        #expect(guess.isReliable)
    }

    @Test func segmenterUsesTheIdentifiedLanguage() throws {
        let segmenter = Segmenter()
        for (code, text) in paragraphs {
            #expect(try segmenter.segment(text).language == Language(code))
        }
    }

    @Test(arguments: [("th", "สวัสดีครับ"), ("ko", "안녕하세요"), ("ja", "ありがとう"), ("ja", "カタカナ"), ("el", "Καλημέρα")])
    func shortTextsByScript(code: String, text: String) {
        #expect(LanguageIdentifier().identify(text).language == Language(code))
    }

    @Test func ethiopicScriptIsAmharic() {
        // CLD2 returns nothing for Ethiopic; the script decides (Amharic, which has a stopword list).
        let guess = LanguageIdentifier().identify("ኢትዮጵያ በአፍሪካ ቀንድ የምትገኝ ሀገር ናት። ዋና ከተማዋ አዲስ አበባ ናት።")
        #expect(guess.language == "am")
        #expect(!guess.isReliable)
    }

    @Test func japaneseWithManyKanjiIsNotChinese() {
        #expect(LanguageIdentifier().identify("東京都の人口は約千四百万人です。").language == "ja")
    }

    @Test(arguments: ["", "   \n", "12345 67", "!!! ??? ..."])
    func nothingToGoOnIsUndetermined(text: String) {
        let guess = LanguageIdentifier().identify(text)
        #expect(guess.language == .undetermined)
        #expect(guess.language.isUndetermined)
        #expect(!guess.isReliable)
    }

    @Test func longTextsAreSampled() {
        // More than the sample of a multi-byte script, cut inside a character: still identified.
        let identifier = LanguageIdentifier(sampleBytes: 1001)
        let text = String(repeating: paragraphs.first { $0.0 == "ru" }!.1 + " ", count: 20)
        #expect(identifier.identify(text).language == "ru")
    }

    @Test func languageCodes() {
        #expect(Language("pt-BR") == "pt")
        #expect(Language("zh_Hant") == "zh")
        #expect(Language("EN") == "en")
        #expect(Language("deu") == "de")
        #expect(Language("iw") == "he")
        #expect(Language("und").isUndetermined)
        #expect(Language("th").writesWithoutSpaces)
        #expect(!Language("ko").writesWithoutSpaces)
    }
}
