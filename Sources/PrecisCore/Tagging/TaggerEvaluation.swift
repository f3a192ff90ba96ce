/// How well a tagger's tags and lemmas match gold sentences.
package struct TaggerEvaluation: Sendable, Hashable {
    /// Tokens tagged.
    public var tokens = 0
    /// Tokens whose tag is the gold tag.
    public var correctTags = 0
    /// Tokens with a gold lemma, punctuation and symbols left out.
    public var lemmatised = 0
    /// Of those, the tokens whose lemma (found with the predicted tag) is the gold lemma.
    public var correctLemmas = 0
    /// Tokens with a gold lemma whose gold tag is noun, proper noun or adjective (the words of
    /// keyword phrases).
    public var phraseWordsLemmatised = 0
    /// Of those, the tokens whose lemma is the gold lemma.
    public var correctPhraseWordLemmas = 0

    /// The share of tokens tagged right (0 when there are none).
    public var tagAccuracy: Double { tokens == 0 ? 0 : Double(correctTags) / Double(tokens) }
    /// The share of lemmas found right (0 when there are none).
    public var lemmaAccuracy: Double { lemmatised == 0 ? 0 : Double(correctLemmas) / Double(lemmatised) }
    /// The share of nouns, proper nouns and adjectives whose lemma is found right.
    public var phraseWordLemmaAccuracy: Double {
        phraseWordsLemmatised == 0 ? 0 : Double(correctPhraseWordLemmas) / Double(phraseWordsLemmatised)
    }

    /// Creates an empty evaluation.
    public init() {}

    /// Tags and lemmatises `sentences` with `tagger` and counts what matches. Tokens the gold data
    /// tags X with no lemma (Precis tokens that met no treebank word) are left out.
    public static func evaluate(_ tagger: Tagger, on sentences: [TaggedSentence]) -> TaggerEvaluation {
        var result = TaggerEvaluation()
        for sentence in sentences {
            let forms = sentence.forms.map { Substring($0) }
            let predicted = tagger.tag(forms)
            let first = forms.firstIndex(where: Lemmatizer.isWord)
            for i in forms.indices {
                let gold = sentence.tags[i]
                if gold == .other && sentence.lemmas[i] == nil { continue }
                result.tokens += 1
                if predicted[i] == gold { result.correctTags += 1 }
                guard let lemma = sentence.lemmas[i], gold != .punctuation, gold != .symbol else { continue }
                result.lemmatised += 1
                let right = tagger.lemma(of: forms[i], tag: predicted[i], sentenceInitial: i == first) == lemma
                if right { result.correctLemmas += 1 }
                if gold == .noun || gold == .properNoun || gold == .adjective {
                    result.phraseWordsLemmatised += 1
                    if right { result.correctPhraseWordLemmas += 1 }
                }
            }
        }
        return result
    }
}
