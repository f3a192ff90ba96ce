/// The keyword candidates of one document in columns: what ranking reads of every candidate (key,
/// counts, first sentence, name evidence) in arrays, and the rest (occurrences, words, surface
/// forms) in shared arrays from which `candidate(_:)` makes a `KeywordCandidate` on demand.
///
/// `CandidateExtractor.table(in:)` makes one; `KeywordRanker.rank(_:sentenceCount:idf:)` ranks it.
package struct CandidateTable {
    /// What is counted of one candidate as its occurrences come.
    private struct Row {
        var firstSentence: Int32
        var count: Int32 = 0
        /// `KeywordCandidate.capitalisedCount`, `capitalisedInsideSentence` and `mixedCaseCount`.
        var capitalised: Int32 = 0
        var capitalisedInside: Int32 = 0
        var mixedCase: Int32 = 0
        /// `KeywordCandidate.isAcronym`.
        var isAcronym = false
        /// Where its word key numbers are in `wordKeyNumbers`.
        var wordStart: Int32
        var wordCount: Int32
        /// Its first and last occurrence in `occurrences` (-1 for none yet).
        var firstOccurrence: Int32 = -1
        var lastOccurrence: Int32 = -1
    }

    /// One occurrence, linked to the next occurrence of the same candidate (-1 at the end).
    private struct Occurrence {
        let range: Range<String.Index>
        let sentence: Int32
        var next: Int32 = -1
    }

    /// The document the candidates are from.
    let document: Document
    /// Each candidate's matching key (`KeywordCandidate.key`).
    package private(set) var keys: [String] = []
    private var rows: [Row] = []
    private var wordKeyNumbers: [Int32] = []
    private var occurrences: [Occurrence] = []
    /// The strings of the word key numbers.
    var unitKeys: [String] = []

    init(document: Document) { self.document = document }

    /// The number of candidates.
    package var count: Int { keys.count }

    /// The number of occurrences of candidate `i`.
    package func occurrenceCount(_ i: Int) -> Int { Int(rows[i].count) }

    /// The index of the sentence of candidate `i`'s first occurrence.
    package func firstSentence(_ i: Int) -> Int { Int(rows[i].firstSentence) }

    /// The number of words of candidate `i`.
    package func wordCount(_ i: Int) -> Int { Int(rows[i].wordCount) }

    /// The key numbers of the words of candidate `i` (indices in `unitKeys`).
    package func wordKeys(_ i: Int) -> ArraySlice<Int32> {
        let start = Int(rows[i].wordStart)
        return wordKeyNumbers[start..<start + Int(rows[i].wordCount)]
    }

    /// The number of distinct word keys (the bound of `wordKeys` values).
    package var unitKeyCount: Int { unitKeys.count }

    /// The string of a word key number.
    package func unitKey(_ number: Int32) -> String { unitKeys[Int(number)] }

    /// Whether candidate `i` looks like a name or is an acronym (`KeywordCandidate.isName`,
    /// `isAcronym`).
    package func isNameOrAcronym(_ i: Int) -> Bool {
        let row = rows[i]
        return (row.capitalised == row.count && row.capitalisedInside > 0) || row.isAcronym
    }

    /// `KeywordCandidate.isMixedCase` of candidate `i`.
    package func isMixedCase(_ i: Int) -> Bool { rows[i].mixedCase == rows[i].count && rows[i].count > 0 }

    /// Adds a candidate with no occurrences yet.
    mutating func append(key: String, words: ArraySlice<CandidateExtractor.Unit>, firstSentence: Int) {
        keys.append(key)
        rows.append(Row(firstSentence: Int32(firstSentence), wordStart: Int32(wordKeyNumbers.count), wordCount: Int32(words.count)))
        for word in words { wordKeyNumbers.append(word.key) }
    }

    /// Counts an occurrence of candidate `i`.
    mutating func addOccurrence(
        of i: Int, range: Range<String.Index>, sentence: Int, capitalised: Bool, insideSentence: Bool,
        allCapitals: Bool, mixedCase: Bool
    ) {
        let occurrence = Int32(occurrences.count)
        occurrences.append(Occurrence(range: range, sentence: Int32(sentence)))
        var row = rows[i]
        if row.lastOccurrence >= 0 {
            occurrences[Int(row.lastOccurrence)].next = occurrence
        } else {
            row.firstOccurrence = occurrence
        }
        row.lastOccurrence = occurrence
        row.count += 1
        if capitalised {
            row.capitalised += 1
            if insideSentence { row.capitalisedInside += 1 }
        }
        if allCapitals { row.isAcronym = true }
        if mixedCase { row.mixedCase += 1 }
        rows[i] = row
    }

    /// Candidate `i` as a value, with its occurrences, sentences and surface forms.
    package func candidate(_ i: Int) -> KeywordCandidate {
        let row = rows[i]
        var candidate = KeywordCandidate(
            key: keys[i], wordKeys: wordKeys(i).map { unitKeys[Int($0)] }, firstSentence: Int(row.firstSentence))
        candidate.occurrences.reserveCapacity(Int(row.count))
        var next = Int(row.firstOccurrence)
        while next >= 0 {
            let occurrence = occurrences[next]
            let sentence = Int(occurrence.sentence)
            candidate.occurrences.append(occurrence.range)
            candidate.addSurface(document.text[occurrence.range])
            if candidate.sentences.last != sentence { candidate.sentences.append(sentence) }
            next = Int(occurrence.next)
        }
        candidate.capitalisedCount = Int(row.capitalised)
        candidate.capitalisedInsideSentence = Int(row.capitalisedInside)
        candidate.mixedCaseCount = Int(row.mixedCase)
        candidate.isAcronym = row.isAcronym
        return candidate
    }
}
