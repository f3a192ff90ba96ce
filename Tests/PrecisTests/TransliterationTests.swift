import Testing

@testable import Precis

@Suite("NameTransliterator")
struct TransliterationTests {
    @Test(arguments: [Language("ru"), .undetermined])
    func russianNames(language: Language) throws {
        let transliterator = NameTransliterator()
        #expect(try transliterator.latin("Владимир Путин", language: language) == "Vladimir Putin")
        #expect(try transliterator.latin("Лавров", language: language) == "Lavrov")
        // The soft sign leaves no apostrophe.
        #expect(try transliterator.latin("Игорь", language: language) == "Igor")
    }

    @Test func identifiedLanguageGivesTheSameResult() throws {
        let text = "Владимир Путин"
        let language = LanguageIdentifier().identify(text).language
        #expect(try NameTransliterator().latinText(text, language: language) == "Vladimir Putin")
    }

    @Test func greekNamesBecomeASCII() throws {
        let transliterator = NameTransliterator()
        let result = try #require(try transliterator.latin("Αλέξης Τσίπρας", language: "el"))
        #expect(result == "Alexis Tsipras")
        #expect(result.allSatisfy { $0.isASCII })
        let other = try #require(try transliterator.latin("Κυριάκος Μητσοτάκης"))
        #expect(other == "Kyriakos Mitsotakis")
    }

    @Test func arabicIsLatinAndCapitalised() throws {
        let result = try #require(try NameTransliterator().latin("محمد", language: "ar"))
        #expect(result == "Mhmd")
        #expect(result.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic })
    }

    @Test(arguments: ["علي", "عمر", "عبد الله"])
    func arabicNamesStartingWithAinAreCapitalisedASCII(name: String) throws {
        // Ain (ع) comes out of Any-Latin as U+02BF "ʿ", which Latin-ASCII keeps and which the
        // capitalisation takes for the first letter: "علي" → "ʿly".
        let result = try #require(try NameTransliterator().latin(name, language: "ar"))
        #expect(result.unicodeScalars.allSatisfy { $0.isASCII }, "\(result)")
        #expect(result.first?.isUppercase == true, "\(result)")
    }

    @Test(arguments: ["باسکٹ بال", "لاہور", "ڈیجیٹل", "پڑتا", "کھیلنے", "میں"])
    func urduLettersBecomeLatinToo(word: String) throws {
        // ٹ ڈ ڑ ں ھ ہ ے are Urdu's own letters, which ICU's Arabic-Latin leaves in Arabic script.
        let result = try #require(try NameTransliterator().latin(word, language: "ur"))
        #expect(result.unicodeScalars.allSatisfy { $0.isASCII }, "\(result)")
    }

    @Test(arguments: ["سوریې", "جګړه", "ښار", "ټولنه", "ډاکټر", "څه", "ځای", "ږیره", "ښځې", "ګوند"])
    func pashtoLettersBecomeLatinToo(word: String) throws {
        // ې ګ ړ ښ ټ ډ څ ځ ږ are Pashto's own letters, which ICU's Arabic-Latin leaves as they are.
        let result = try #require(try NameTransliterator().latin(word, language: "ps"))
        #expect(result.unicodeScalars.allSatisfy { $0.isASCII }, "\(result)")
    }

    @Test func sinhalaIsRomanisedWithoutAnICUTransform() throws {
        let transliterator = NameTransliterator()
        #expect(try transliterator.latin("දුම්රිය", language: "si") == "Dumriya")
        #expect(try transliterator.latin("කොළඹ", language: "si") == "Kolamba")
        #expect(try transliterator.latin("ශ්‍රී ලංකාව", language: "si") == "Shri lankava")
        // "ො" written in its two parts.
        #expect(try transliterator.latin("ක\u{0DD9}\u{0DCF}ළඹ", language: "si") == "Kolamba")
    }

    @Test func aScriptNoTransformCoversHasNoLatinForm() throws {
        // Tifinagh: ICU has no transform, and the word would come back unchanged.
        #expect(try NameTransliterator().latin("ⵜⴰⵎⴰⵣⵉⵖⵜ") == nil)
    }

    @Test func chinesePinyinIsJoinedPerWord() throws {
        let transliterator = NameTransliterator()
        #expect(try transliterator.latin("北京", language: "zh") == "Beijing")
        #expect(try transliterator.latin("北京") == "Beijing")
        // latinText cuts words first: one Latin word per Chinese word.
        #expect(try transliterator.latinText("北京上海", language: "zh") == "Beijing Shanghai")
    }

    @Test func kanaIsRomanised() throws {
        let transliterator = NameTransliterator()
        for language in [Language("ja"), .undetermined] {
            let result = try #require(try transliterator.latin("プーチン", language: language))
            #expect(result.hasPrefix("Pu"), "\(result)")
            #expect(result.allSatisfy { $0.isASCII })
        }
        let hiragana = try transliterator.latin("ありがとう", language: "ja")
        #expect(hiragana == "arigatou")  // hiragana is grammar, not names: not capitalised
    }

    @Test func japaneseKanjiHasNoLatinForm() throws {
        let transliterator = NameTransliterator()
        #expect(try transliterator.latin("東京", language: "ja") == nil)
        #expect(try transliterator.latin("安倍晋三", language: "ja") == nil)
        #expect(try transliterator.latin("東京タワー", language: "ja") == nil)
        // latinText keeps such words as they are and romanises the kana ones.
        let mixed = try transliterator.latinText("東京 プーチン", language: "ja")
        #expect(mixed.hasPrefix("東京 Pu"), "\(mixed)")
    }

    @Test func kanjiWithKanaWithoutALanguageIsNotHalfTransliterated() throws {
        // A word with kana is Japanese even when no language is given. Reading its kanji as
        // Mandarin and leaving the kana gives "Dongjingタワー", which is neither Latin nor right.
        let result = try NameTransliterator().latin("東京タワー")
        #expect(result == nil)

    }

    @Test func koreanAndUkrainian() throws {
        let transliterator = NameTransliterator()
        #expect(try transliterator.latin("서울", language: "ko") == "Seoul")
        #expect(try transliterator.latin("Київ", language: "uk") == "Kyyiv")
    }

    @Test func latinAndLetterlessInputHaveNoLatinForm() throws {
        let transliterator = NameTransliterator()
        #expect(try transliterator.latin("Paris") == nil)
        #expect(try transliterator.latin("Müller", language: "de") == nil)
        #expect(try transliterator.latin("1995") == nil)
        #expect(try transliterator.latin("") == nil)
        #expect(try transliterator.latin("!?") == nil)
    }

    @Test func latinTextKeepsPunctuationAndLatinWords() throws {
        let result = try NameTransliterator().latinText("Путин и Лавров (Russia), 2024.", language: "ru")
        #expect(result == "Putin i Lavrov (Russia), 2024.")
    }
}
