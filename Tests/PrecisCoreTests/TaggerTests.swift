import Testing

@testable import PrecisCore

/// The tagger's speed-ups must not change what it decides: tags from the summed tables equal tags
/// from scoring every feature one by one, and the lemmatiser's hashed rule lookup equals the
/// rules' table. A small model is trained on sentences written for these tests (seeded, so the
/// weights are the same on every run).
@Suite struct TaggerTests {
    static let sentences: [TaggedSentence] = {
        let text = [
            "The/DET lake/NOUN froze/VERB early/ADV this/DET year/NOUN ./PUNCT",
            "Fishermen/NOUN walked/VERB on/ADP the/DET ice/NOUN ./PUNCT",
            "The/DET ice/NOUN cracked/VERB loudly/ADV at/ADP night/NOUN ./PUNCT",
            "Marrow/PROPN is/AUX a/DET cold/ADJ lake/NOUN ./PUNCT",
            "Scientists/NOUN measured/VERB the/DET thick/ADJ ice/NOUN in/ADP March/PROPN ./PUNCT",
            "The/DET town/NOUN of/ADP Marrow/PROPN sells/VERB fish/NOUN ./PUNCT",
            "They/PRON fish/VERB through/ADP holes/NOUN in/ADP the/DET ice/NOUN ./PUNCT",
            "A/DET warm/ADJ winter/NOUN would/AUX melt/VERB it/PRON quickly/ADV ./PUNCT",
            "Machine/NOUN learning/NOUN predicts/VERB 3/NUM cold/ADJ weeks/NOUN ./PUNCT",
            "NASA/PROPN photographed/VERB the/DET frozen/ADJ lakes/NOUN ./PUNCT",
        ]
        return text.map { line in
            let pairs = line.split(separator: " ").map { $0.split(separator: "/").map(String.init) }
            return TaggedSentence(
                forms: pairs.map { $0[0] }, tags: pairs.map { PartOfSpeech(name: $0[1])! },
                lemmas: pairs.map { $0[0].lowercased() })
        }
    }()

    static let model: TaggerModel = {
        var configuration = TaggerTrainer.Configuration()
        configuration.rounds = 5
        configuration.seed = 7
        configuration.dictionaryMinimumCount = 100  // no dictionary: every token is scored
        return TaggerTrainer(configuration: configuration).train(sentences, language: "en")
    }()

    @Test func tagCountIsTheNumberOfPartsOfSpeech() {
        #expect(TaggerModel.tagCount == PartOfSpeech.allCases.count)
    }

    /// Tags as the features say one by one (`TaggerFeatures.writeContextFeatures`), the way the
    /// tagger scored before its tables.
    static func referenceTags(_ forms: [String], model: TaggerModel) -> [PartOfSpeech] {
        let count = TaggerModel.tagCount
        let analyses = forms.map { form -> (TaggerFeatures.Form, [Float]) in
            var analysis = TaggerFeatures.form(Substring(form))
            var row = [Float](repeating: 0, count: count)
            row.withUnsafeMutableBufferPointer { model.weights.add(analysis.features, to: $0.baseAddress!) }
            analysis.neighbour.guess = model.tagDictionary[form]?.rawValue ?? row.withUnsafeBufferPointer {
                TaggerFeatures.guess($0.baseAddress!)
            }
            return (analysis, row)
        }
        func at(_ j: Int) -> TaggerFeatures.Neighbour {
            j < 0 ? TaggerFeatures.boundary : j >= forms.count ? TaggerFeatures.boundaryAfter : analyses[j].0.neighbour
        }
        var previous = TaggerFeatures.startTag
        var beforePrevious = TaggerFeatures.startTag2
        var tags: [PartOfSpeech] = []
        var features: [UInt64] = []
        for i in forms.indices {
            var chosen: UInt8
            if let fixed = model.tagDictionary[forms[i]] {
                chosen = fixed.rawValue
            } else {
                TaggerFeatures.contextFeatures(
                    current: analyses[i].0.neighbour, previous: at(i - 1), beforePrevious: at(i - 2), next: at(i + 1),
                    afterNext: at(i + 2), previousTag: previous, tagBeforePrevious: beforePrevious, isFirst: i == 0,
                    wordPairs: model.usesWordPairs, into: &features)
                var scores = analyses[i].1
                scores.withUnsafeMutableBufferPointer { model.weights.add(features, to: $0.baseAddress!) }
                chosen = UInt8(scores.indices.max { scores[$0] < scores[$1] || scores[$0] == scores[$1] && $0 > $1 }!)
            }
            tags.append(PartOfSpeech(rawValue: chosen)!)
            beforePrevious = previous
            previous = UInt64(chosen)
        }
        return tags
    }

    @Test func summedTablesGiveTheTagsOfFeatureByFeatureScoring() {
        let tagger = Tagger(model: Self.model)
        let texts = Self.sentences.map(\.forms) + [
            ["Fishermen", "froze", "the", "lake", "in", "March", "."],
            ["NASA", "measured", "warm", "ice", "."],
            ["Unknown", "words", "like", "Quorvath", "and", "blinterish", "still", "get", "tags", "."],
            ["Ice"], ["."],
        ]
        for forms in texts {
            #expect(tagger.tag(forms.map { Substring($0) }) == Self.referenceTags(forms, model: Self.model), "\(forms)")
        }
        // Again, with every form in the caches.
        for forms in texts {
            #expect(tagger.tag(forms.map { Substring($0) }) == Self.referenceTags(forms, model: Self.model), "\(forms)")
        }
    }

    @Test func wordsAreReadInTheTreebanksSpelling() {
        #expect(TaggerFeatures.treebankSpelling(of: "don\u{2019}t", language: "en") == "don't")
        #expect(TaggerFeatures.treebankSpelling(of: "l\u{2019}armée", language: "fr") == "l'armée")
        #expect(TaggerFeatures.treebankSpelling(of: "м\u{02BC}ясо", language: "uk") == "м'ясо")
        #expect(TaggerFeatures.treebankSpelling(of: "फ़ैसला", language: "hi") == "फैसला")
        #expect(TaggerFeatures.treebankSpelling(of: "ज़्यादा क़ानून", language: "hi") == "ज्यादा कानून")
        #expect(TaggerFeatures.treebankSpelling(of: "बड़ा", language: "hi") == "बड़ा")
        #expect(TaggerFeatures.treebankSpelling(of: "كتاب", language: "fa") == "کتاب")
        // Only where its treebank spells it otherwise: Arabic keeps its kaf, Marathi its nukta.
        #expect(TaggerFeatures.treebankSpelling(of: "كتاب", language: "ar") == "كتاب")
        #expect(TaggerFeatures.treebankSpelling(of: "फ़ैसला", language: "mr") == "फ़ैसला")
        #expect(TaggerFeatures.treebankSpelling(of: "plain", language: "en") == "plain")
    }

    @Test func aRussianSurnameIsNotReadAsAPluralsGenitive() {
        #expect(Tagger.isSurnameCut(lemma: "Лавр", of: "лавров", language: "ru"))
        #expect(Tagger.isSurnameCut(lemma: "Кадыр", of: "кадыров", language: "ru"))
        #expect(Tagger.isSurnameCut(lemma: "Павл", of: "павлів", language: "uk"))
        // Other endings, other cuts and other languages keep the lemmatiser's lemma.
        #expect(!Tagger.isSurnameCut(lemma: "Лавров", of: "лаврова", language: "ru"))
        #expect(!Tagger.isSurnameCut(lemma: "Нидерланды", of: "нидерландов", language: "ru"))
        #expect(!Tagger.isSurnameCut(lemma: "Kraków", of: "krakowów", language: "pl"))
    }

    @Test func aTaggerWhoseCachesAreEmptiedTagsAsBefore() {
        let small = Tagger(model: Self.model, capacity: 4)
        let large = Tagger(model: Self.model)
        for sentence in Self.sentences {
            let document = Self.document(sentence.forms)
            #expect(small.annotate(document).tags == large.annotate(document).tags)
        }
    }

    @Test func hashedRuleLookupFindsTheRulesOfTheTable() {
        // Suffix rules learnt from pairs: "-ies" → "-y", "-s" → "".
        let pairs: [(String, String)] = [
            ("cities", "city"), ("flies", "fly"), ("parties", "party"), ("lakes", "lake"), ("holes", "hole"),
            ("weeks", "week"), ("stories", "story"), ("towns", "town"),
        ]
        let sentences = [
            TaggedSentence(
                forms: pairs.map(\.0), tags: Array(repeating: .noun, count: pairs.count), lemmas: pairs.map(\.1))
        ]
        var configuration = TaggerTrainer.Configuration()
        configuration.ruleMinimumCount = 1
        let lemmatizer = TaggerTrainer(configuration: configuration).train(sentences, language: "en").lemmatizer
        #expect(lemmatizer.lemma(of: "bodies", tag: .noun) == "body")
        #expect(lemmatizer.lemma(of: "rivers", tag: .noun) == "river")
    }

    @Test func aGuessDoesNotRewriteTheBeginningOfAWord() {
        // German umlaut plurals teach a front edit "gä" → "ga" ("Gärten" → "Garten"), and
        // participles one that cuts "ge" ("gebaut" → "bau"): an unknown "Gähnen" keeps its "Gä",
        // an unknown "gekauft" loses its "ge".
        let nouns: [(String, String)] = [
            ("gärten", "garten"), ("gäste", "gast"), ("gänse", "gans"), ("tische", "tisch"), ("hunde", "hund"),
            ("berge", "berg"), ("wege", "weg"), ("tage", "tag"), ("jahre", "jahr"),
        ]
        let verbs: [(String, String)] = [("gebaut", "bauen"), ("gesagt", "sagen"), ("gemacht", "machen")]
        let sentences = [
            TaggedSentence(forms: nouns.map(\.0), tags: Array(repeating: .noun, count: nouns.count), lemmas: nouns.map(\.1)),
            TaggedSentence(forms: verbs.map(\.0), tags: Array(repeating: .verb, count: verbs.count), lemmas: verbs.map(\.1)),
        ]
        var configuration = TaggerTrainer.Configuration()
        configuration.ruleMinimumCount = 1
        let lemmatizer = TaggerTrainer(configuration: configuration).train(sentences, language: "de").lemmatizer
        #expect(lemmatizer.lemma(of: "gähnen", tag: .noun).hasPrefix("gä"))
        #expect(lemmatizer.lemma(of: "gekauft", tag: .verb) == "kaufen")
    }

    /// A one-sentence document of `forms` separated by spaces.
    static func document(_ forms: [String]) -> Document {
        let text = forms.joined(separator: " ")
        var tokens: [Token] = []
        var offset = 0
        var terms: [String] = []
        for form in forms {
            let start = text.utf8.index(text.startIndex, offsetBy: offset)
            let end = text.utf8.index(start, offsetBy: form.utf8.count)
            let isWord = form.first?.isLetter == true || form.first?.isNumber == true
            if isWord { terms.append(form.lowercased()) }
            tokens.append(Token(range: start..<end, kind: isWord ? .letter : .other, term: isWord ? terms.count - 1 : nil))
            offset += form.utf8.count + 1
        }
        let sentence = Sentence(range: text.startIndex..<text.endIndex, tokens: 0..<tokens.count, paragraph: 0)
        return Document(
            text: text, language: "en", paragraphs: [Paragraph(range: text.startIndex..<text.endIndex, sentences: 0..<1)],
            sentences: [sentence], tokens: tokens, terms: terms)
    }
}
