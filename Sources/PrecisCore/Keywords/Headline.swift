/// A text's headline, as keyword selection reads it: a first paragraph of one line that does not
/// end with a full stop, above more text ("ID theft surge hits US consumers", "Could Austria's
/// 16-year-olds derail far-right vote?").
///
/// Headlines are written in a grammar of their own (no articles, verbs in the present, every word
/// capitalised in some styles), which taggers trained on running text misread: "hits", "tips",
/// "warns" become nouns, and a phrase such as "surge hits US" or "Edwards tips Idowu" a
/// candidate. Such a phrase occurs only in the headline, and the body does not use the misread
/// word. `isHeadlineFragment` tells them: a phrase found only in the headline with a word the rest
/// of the text never uses, in any form (the same term, or with a tagger the same lemma). A phrase
/// of the headline whose words the body uses ("US deficit") is kept, and so is every phrase of a
/// text without a headline. One word is kept too: a headline's one word is often the text's topic
/// ("Sudan", "Maiduguri"), which the body names otherwise.
package struct Headline {
    /// The sentence of the headline, where the text has one.
    package let sentence: Int?
    private let annotation: CandidateExtractor.Annotation?

    /// The headline of `document`, if it has one; `annotation` lets words meet in other forms.
    package init(_ document: Document, annotation: CandidateExtractor.Annotation? = nil) {
        self.annotation = annotation
        guard document.paragraphs.count > 1, document.paragraphs[0].sentences.count == 1,
            let last = document.tokens[document.sentences[0].tokens].last(where: { $0.kind != .other || !Self.isClosing(document[$0]) })
        else {
            sentence = nil
            return
        }
        // A line that ends with a full stop (in any script) is a lead, not a headline; a question
        // or an exclamation may be either ("Could Austria's 16-year-olds derail far-right vote?").
        sentence = last.kind == .other && Self.endsStatement(document[last]) ? nil : 0
    }

    /// The key of token `index`'s lemma, where the annotation gives one.
    private static func lemmaKey(ofToken index: Int, _ annotation: CandidateExtractor.Annotation?) -> String? {
        guard let annotation, index < annotation.tags.lemmaIndices.count else { return nil }
        let lemma = Int(annotation.tags.lemmaIndices[index])
        guard lemma >= 0, lemma < annotation.lemmaKeys.count, !annotation.lemmaKeys[lemma].isEmpty else { return nil }
        return annotation.lemmaKeys[lemma]
    }

    /// Whether `candidate`, of two words or more, occurs only in the headline and has a word the
    /// rest of `document` does not use. Reads the body only for such a candidate (few per text).
    package func isHeadlineFragment(_ candidate: KeywordCandidate, in document: Document) -> Bool {
        guard let sentence, candidate.wordCount >= 2 else { return false }
        let headline = document.sentences[sentence].range
        guard candidate.occurrences.allSatisfy({ headline.contains($0.lowerBound) }) else { return false }
        let occurrence = candidate.occurrences[0]
        // The words of the phrase still unmet in the body: their terms, and their lemmas' keys.
        var unmet: [(term: Int, lemma: String?)] = []
        for index in document.sentences[sentence].tokens {
            let token = document.tokens[index]
            guard token.kind.isWord, occurrence.contains(token.range.lowerBound), let term = token.term else { continue }
            unmet.append((term, Self.lemmaKey(ofToken: index, annotation)))
        }
        guard !unmet.isEmpty else { return false }
        for index in document.sentences[sentence].tokens.upperBound..<document.tokens.count {
            guard let term = document.tokens[index].term else { continue }
            let lemma = unmet.contains { $0.lemma != nil } ? Self.lemmaKey(ofToken: index, annotation) : nil
            unmet.removeAll { $0.term == term || lemma != nil && $0.lemma == lemma }
            if unmet.isEmpty { return false }
        }
        return true
    }

    /// Closing quotation marks and brackets, which may follow a sentence's final stop.
    private static func isClosing(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { "\"'”’»)]」』）".unicodeScalars.contains($0) }
    }

    /// Whether punctuation `text` ends a statement: a full stop, not a question or exclamation mark.
    private static func endsStatement(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { ".。…।".unicodeScalars.contains($0) }
    }
}
