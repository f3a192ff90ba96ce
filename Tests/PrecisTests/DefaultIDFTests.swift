import Testing

@testable import Precis

@Suite("Bundled IDF models")
struct DefaultIDFTests {
    /// The languages with a background corpus (counted models).
    static let shipped: [Language] = ["ar", "de", "en", "es", "fr", "ja", "pl", "pt", "ru", "th", "zh"]
    /// Some of the languages with a model estimated from word frequencies (wordfreq).
    static let estimated: [Language] = ["bg", "el", "fa", "hi", "it", "nl", "sv", "tr", "uk", "vi"]

    @Test func everyBackgroundLanguageHasAModel() throws {
        let languages = IDFModel.bundledLanguages
        #expect(languages == languages.sorted())
        #expect(Set(Self.shipped + Self.estimated).isSubset(of: languages))
        for language in languages {
            let model = try #require(IDFModel.bundled(for: language), "\(language) has no model")
            #expect(model.language == language)
            // The smallest corpus (zh) has 100 pseudo-documents of 10 sentences.
            #expect(model.documentCount >= 100, "\(language): \(model.documentCount) documents")
            #expect(model.keyCount >= 1000, "\(language): \(model.keyCount) keys")
            // Pruned at a document frequency of 2.
            #expect(model.documentFrequencies.values.allSatisfy { $0 >= 2 && $0 <= model.documentCount })
        }
        #expect(IDFModel.bundled(for: "xx") == nil)
        #expect(IDFModel.bundled(for: .undetermined) == nil)
    }

    @Test func theSameModelComesBackEachTime() {
        #expect(IDFModel.bundled(for: "de") == IDFModel.bundled(for: "de"))
        #expect(IDFModel.bundled(for: "pt-BR") == IDFModel.bundled(for: "pt"))
    }

    @Test func modelsCanBeReadFromManyThreadsAtOnce() async {
        await withTaskGroup(of: Int.self) { group in
            for k in 0..<16 {
                group.addTask { IDFModel.bundled(for: Self.shipped[k % Self.shipped.count])?.documentCount ?? 0 }
            }
            for await count in group { #expect(count >= 100) }
        }
    }

    @Test func commonWordsHaveLowerIDFThanRareOnes() throws {
        let model = try #require(IDFModel.bundled(for: "en"))
        let segmenter = Segmenter(language: "en")
        // Keys are what the segmenter makes: folded and stemmed ("Government" → "govern").
        let common = try segmenter.term(for: "Government", language: "en")
        let rare = try segmenter.term(for: "hippopotamus", language: "en")
        #expect(common == "govern")
        #expect(model.documentFrequency(of: common) > 100)
        #expect(model.idf(common) < model.idf(rare))
        #expect(model.idf(rare) == model.unseenIDF)
        // Stopwords ("the", "said") are never candidates, so the model does not count them.
        #expect(model.documentFrequency(of: try segmenter.term(for: "the", language: "en")) == 0)
        // Phrases are counted too, joined by a space.
        #expect(model.documentFrequency(of: "prime minist") > 50)
        #expect(model.idf("prime minist") > model.idf("year"))
    }

    @Test func languagesWrittenWithoutSpacesHavePhraseKeysWithoutSpaces() throws {
        let chinese = try #require(IDFModel.bundled(for: "zh"))
        #expect(chinese.documentFrequency(of: "中国") > chinese.documentFrequency(of: "北京"))
        #expect(!chinese.documentFrequencies.keys.contains { $0.contains(" ") })
        let english = try #require(IDFModel.bundled(for: "en"))
        #expect(english.documentFrequencies.keys.contains { $0.contains(" ") })
    }

    @Test func estimatedModelsRankCommonWordsBelowRareOnes() throws {
        let model = try #require(IDFModel.bundled(for: "it"))
        #expect(model.documentCount == 1000)
        let segmenter = Segmenter(language: "it")
        let common = try segmenter.term(for: "governo", language: "it")
        #expect(model.documentFrequency(of: common) > 50)
        #expect(model.idf(common) < model.idf(try segmenter.term(for: "fotosintesi", language: "it")))
    }

    @Test func modelsSurviveARoundTrip() throws {
        for language in IDFModel.bundledLanguages {
            let model = try #require(IDFModel.bundled(for: language))
            #expect(try IDFModel(parsing: model.serialized()) == model)
        }
    }
}
