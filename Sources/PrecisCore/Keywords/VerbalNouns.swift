/// Polish verbal nouns in the base form a reader expects.
///
/// The Polish treebank lemmatises a verbal noun to its verb's infinitive: "zasilania" (of the
/// power supply) → "zasilać" (to supply), "prowadzeniem" → "prowadzić". Keywords are nouns, and a
/// reader expects the noun's nominative, "zasilanie", as the keyphrase sets write it ("układ
/// zasilania", "skuteczność ekranowania"). A verbal noun declines regularly (-nie, -nia, -niu,
/// -niem, -niom, -niami, -niach, and -ń in the genitive plural; the same with -cie), so its
/// nominative is made from the written form.
enum VerbalNouns {
    /// The languages whose treebank gives verbal nouns their verb's lemma.
    static let languages: Set<String> = ["pl"]

    /// The nominative singular of the Polish verbal noun `word`, whose lemma (from the tagger) is
    /// `lemma`; `nil` when `lemma` is no infinitive or `word` is no verbal noun's form.
    ///
    /// Nouns whose own lemma ends in "-ć" decline otherwise ("sieć": "sieci", "siecią",
    /// "sieciach"): the endings of a verbal noun in "-cie" that they share ("-ciom", "-ciami",
    /// "-ciach") are left to them.
    static func baseForm(of word: String, lemma: String) -> String? {
        guard lemma.hasSuffix("ć"), lemma.count >= 3 else { return nil }
        let word = word.lowercased()
        for ending in ["niami", "niach", "niem", "niom", "nia", "niu", "nie"] where word.hasSuffix(ending) {
            return word.dropLast(ending.count) + "nie"
        }
        if word.hasSuffix("ń"), word.count >= 4 { return word.dropLast() + "nie" }
        for ending in ["ciem", "cia", "ciu", "cie"] where word.hasSuffix(ending) {
            return word.dropLast(ending.count) + "cie"
        }
        return nil
    }
}

extension PartOfSpeechTags {
    /// These tags with every Polish noun lemmatised to a verb given its verbal noun's base form
    /// as lemma instead (`VerbalNouns`); the tags themselves as they are in other languages.
    package func withVerbalNounLemmas(in document: Document) -> PartOfSpeechTags {
        guard VerbalNouns.languages.contains(document.language.code) else { return self }
        var lemmas = self.lemmas
        var lemmaIndices = self.lemmaIndices
        var written = writtenAsLemma
        var numbers: [String: Int32] = [:]
        var changed = false
        for index in tags.indices where tags[index] == .noun {
            guard let lemma = lemma(ofToken: index), lemma.hasSuffix("ć") else { continue }
            let word = String(document.text[document.tokens[index].range])
            guard let base = VerbalNouns.baseForm(of: word, lemma: lemma) else { continue }
            if numbers.isEmpty {
                numbers = Dictionary(lemmas.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            }
            let number = numbers[base] ?? {
                lemmas.append(base)
                numbers[base] = Int32(lemmas.count - 1)
                return Int32(lemmas.count - 1)
            }()
            lemmaIndices[index] = number
            if !written.isEmpty { written[index] = word.lowercased() == base }
            changed = true
        }
        guard changed else { return self }
        return PartOfSpeechTags(tags: tags, lemmaIndices: lemmaIndices, lemmas: lemmas, writtenAsLemma: written.isEmpty ? nil : written)
    }
}
