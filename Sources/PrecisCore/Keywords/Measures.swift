/// Units and counted words: a word a text writes only after a number ("5 percent", "300 km",
/// "19. Jahrhundert", "2 millones", "52 voix").
///
/// Figures come with their units in every language, so a unit repeated with each figure can
/// outnumber any topic word, and statistics that know it as a common word do not bring it down
/// far enough. A common noun that follows a number in every occurrence measures or counts what
/// the text is about; it is not a topic. A year is no such number ("2012 Olympics"), a name is
/// kept, and a word the text also writes without a number ("jobs" beside "300 jobs") is a
/// topic.
package enum Measures {
    /// Whether every occurrence of `candidate`, one word and no name, comes straight after a
    /// number that is not a year.
    package static func isUnit(_ candidate: KeywordCandidate, in document: Document) -> Bool {
        guard candidate.wordCount == 1, !candidate.occurrences.isEmpty, candidate.unitTags.first != .properNoun,
            candidate.capitalisedInsideSentence == 0
        else { return false }
        return candidate.occurrences.allSatisfy { occurrence in
            guard let index = document.tokenIndex(startingAt: occurrence.lowerBound), index > 0 else { return false }
            var before = index - 1
            // "19. Jahrhundert": an ordinal's full stop.
            if document.tokens[before].kind == .other, document[document.tokens[before]] == ".", before > 0 { before -= 1 }
            let number = document.tokens[before]
            guard number.kind == .number,
                document.text[number.range.upperBound..<occurrence.lowerBound].allSatisfy({ $0 == " " || $0 == "." || $0 == "\u{A0}" })
            else { return false }
            return !isYear(document[number])
        }
    }

    /// Whether `number` is written as a year of the last millennium or this one ("1999", "2012").
    static func isYear(_ number: Substring) -> Bool {
        guard number.count == 4, let value = Int(number) else { return false }
        return (1000...2099).contains(value)
    }
}
