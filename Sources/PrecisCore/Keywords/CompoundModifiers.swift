/// Words that a text written without spaces only ever uses to modify the noun after them.
///
/// Chinese and Japanese build terms by joining nouns: "新型コロナウイルス" (new-type corona
/// virus), "高级女郎" (high-class escort). The tagger reads "新型" and "高级" as nouns, so each is
/// a candidate of its own, and a frequent one, since it comes with every mention of the term. But
/// a word that never stands without the same noun after it is part of the term, not a thing of
/// its own:
/// `isOnlyModifier` tells such a one-word candidate, and the term it belongs to stays. A word the
/// text also uses alone is kept, and so is a name.
package struct CompoundModifiers {
    private let document: Document
    private let tags: [PartOfSpeech]

    /// Reads `document` with its tags; without an annotation or in a language written with
    /// spaces, nothing is a modifier only.
    package init(_ document: Document, annotation: CandidateExtractor.Annotation?) {
        self.document = document
        self.tags = document.language.writesWithoutSpaces ? annotation?.tags.tags ?? [] : []
    }

    /// Whether `candidate`, one word and no name, is directly followed by the same noun or name in
    /// every occurrence: part of one term. A word joined to several ("トランプ大統領", "トランプ政権"),
    /// where the tagger misses a name, or ("大脑皮层", "大脑功能") names a thing of its own.
    package func isOnlyModifier(_ candidate: KeywordCandidate) -> Bool {
        guard !tags.isEmpty, candidate.wordCount == 1, !candidate.occurrences.isEmpty, candidate.unitTags.first != .properNoun
        else { return false }
        var noun: Substring?
        return candidate.occurrences.allSatisfy { occurrence in
            guard let next = document.tokenIndex(startingAt: occurrence.upperBound), next < tags.count,
                document.tokens[next].kind.isWord, tags[next] == .noun || tags[next] == .properNoun
            else { return false }
            let word = document[document.tokens[next]]
            if noun == nil { noun = word }
            return word == noun
        }
    }
}
