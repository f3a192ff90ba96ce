import Foundation
import Testing

@testable import Precis

/// The shipped taggers and lemmatisers on short sentences written for these tests, in ten
/// languages: the clear nouns, verbs and adjectives get their part of speech and lemma.
@Suite("Tagging sentences")
struct TaggedSentencesTests {
    /// (language, sentence, [(word, tag, lemma)]) to check.
    static let cases: [(Language, String, [(String, PartOfSpeech, String)])] = [
        ("en", "The soldiers crossed the border yesterday.",
         [("soldiers", .noun, "soldier"), ("crossed", .verb, "cross"), ("border", .noun, "border")]),
        ("de", "Die Kinder spielen im großen Garten.",
         [("Kinder", .noun, "Kind"), ("spielen", .verb, "spielen"), ("großen", .adjective, "groß"), ("Garten", .noun, "Garten")]),
        ("fr", "Les enfants jouent dans le jardin.",
         [("enfants", .noun, "enfant"), ("jouent", .verb, "jouer"), ("jardin", .noun, "jardin")]),
        ("es", "Los niños juegan en el parque grande.",
         [("niños", .noun, "niño"), ("parque", .noun, "parque"), ("grande", .adjective, "grande")]),
        ("it", "I bambini giocano nel giardino.",
         [("bambini", .noun, "bambino"), ("giocano", .verb, "giocare"), ("giardino", .noun, "giardino")]),
        ("pt", "As crianças brincam no parque.",
         [("crianças", .noun, "criança"), ("brincam", .verb, "brincar"), ("parque", .noun, "parque")]),
        ("ru", "Дети играют в большом парке.", [("играют", .verb, "играть"), ("парке", .noun, "парк")]),
        ("pl", "Dzieci bawią się w dużym parku.",
         [("Dzieci", .noun, "dziecko"), ("dużym", .adjective, "duży"), ("parku", .noun, "park")]),
        ("zh", "孩子们在公园里玩。", [("孩子", .noun, "孩子"), ("公园", .noun, "公园"), ("玩", .verb, "玩")]),
        ("ja", "子供たちは公園で遊んでいる。", [("子供", .noun, "子供"), ("公園", .noun, "公園")]),
    ]

    @Test(arguments: cases.indices)
    func clearWordsGetTheirTagAndLemma(_ index: Int) throws {
        let (language, sentence, expected) = Self.cases[index]
        let model = try #require(TaggerModel.bundled(for: language), "no tagger for \(language)")
        let document = try Segmenter(language: language).segment(sentence)
        let tags = Tagger(model: model).annotate(document)
        for (word, tag, lemma) in expected {
            let token = try #require(document.tokens.indices.first { document[document.tokens[$0]] == word }, "\(word) not a token")
            #expect(tags.tags[token] == tag, "\(language) \(word): \(tags.tags[token])")
            #expect(tags.lemma(ofToken: token) == lemma, "\(language) \(word): \(tags.lemma(ofToken: token) ?? "-")")
        }
    }

    @Test(arguments: ["इलाक़े में बारिश कम हुई और ख़र्च बढ़ा।", "सोफ़ी यूसुफ़ पर भी हमला हुआ।"])
    func hindiWordsWithANuktaAreReadAsTheTreebankWritesThem(_ sentence: String) throws {
        // BBC Hindi writes "इलाक़े" and "ख़र्च"; the treebank "इलाके" and "खर्च". Read as written,
        // "इलाक़े" (area) was a name and "सोफ़ी" (Sofi) an adjective.
        let model = try #require(TaggerModel.bundled(for: "hi"))
        // Without the nukta of क़ ख़ ग़ ज़ फ़ (ढ़ in "बढ़ा" is a letter of its own, in the treebank too).
        var scalars = String.UnicodeScalarView()
        for scalar in sentence.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\u{093C}", let last = scalars.last, "कखगजफ".unicodeScalars.contains(last) { continue }
            scalars.append(scalar)
        }
        let without = String(scalars)
        #expect(without != sentence)
        let documents = try [sentence, without].map { try Segmenter(language: "hi").segment($0) }
        let tags = documents.map { Tagger(model: model).annotate($0) }
        #expect(tags[0].tags == tags[1].tags, "\(tags[0].tags) \(tags[1].tags)")
    }

    @Test func aHindiLemmaKeepsTheNuktaOfTheWordAsWritten() throws {
        let model = try #require(TaggerModel.bundled(for: "hi"))
        let document = try Segmenter(language: "hi").segment("इलाक़े में बारिश कम हुई और ख़र्च बढ़ा।")
        let tags = Tagger(model: model).annotate(document)
        let cost = try #require(document.tokens.indices.first { document[document.tokens[$0]] == "ख़र्च" })
        #expect(tags.tags[cost] == .noun)
        let lemma = tags.lemma(ofToken: cost) ?? "-"
        #expect(lemma.decomposedStringWithCanonicalMapping.unicodeScalars.contains("\u{093C}"), "\(lemma)")
    }

    @Test func typographicApostrophesAreReadAsTheTreebanksWriteThem() throws {
        // "isn’t" was read as a noun, "isn't" as the auxiliary it is.
        let model = try #require(TaggerModel.bundled(for: "en"))
        let sentences = ["We\u{2019}ll see what the minister\u{2019}s plan isn\u{2019}t.", "We'll see what the minister's plan isn't."]
        let tags = try sentences.map { Tagger(model: model).annotate(try Segmenter(language: "en").segment($0)).tags }
        #expect(tags[0] == tags[1])
    }

    @Test func lemmasCanBeLimitedToTheTagsKeywordsNeed() throws {
        let model = try #require(TaggerModel.bundled(for: "en"))
        let document = try Segmenter(language: "en").segment("The soldiers crossed the border.")
        let tags = Tagger(model: model).annotate(document, lemmatising: [.noun])
        let crossed = try #require(document.tokens.indices.first { document[document.tokens[$0]] == "crossed" })
        let soldiers = try #require(document.tokens.indices.first { document[document.tokens[$0]] == "soldiers" })
        #expect(tags.lemma(ofToken: crossed) == nil, "verbs are not lemmatised when only nouns are asked for")
        #expect(tags.lemma(ofToken: soldiers) == "soldier")
    }
}
