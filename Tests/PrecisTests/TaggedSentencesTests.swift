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
