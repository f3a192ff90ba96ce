/// The keyword candidates of one document in columns: what ranking reads of every candidate (key,
/// counts, first sentence, name evidence) in arrays, and the rest (occurrences, words, surface
/// forms) in shared arrays from which `candidate(_:)` makes a `KeywordCandidate` on demand.
///
/// `CandidateExtractor.table(in:)` makes one; `KeywordRanker.rank(_:sentenceCount:idf:)` ranks it.
package struct CandidateTable {
    /// The document the candidates are from.
    let document: Document
    /// Each candidate's matching key (`KeywordCandidate.key`).
    package private(set) var keys: [String] = []
    /// The index of the sentence of each candidate's first occurrence.
    package private(set) var firstSentences: [Int] = []
    /// Each candidate's number of occurrences.
    package private(set) var counts: [Int] = []
    /// `KeywordCandidate.capitalisedCount`, `capitalisedInsideSentence` and `mixedCaseCount`.
    private(set) var capitalisedCounts: [Int] = []
    private(set) var capitalisedInsideCounts: [Int] = []
    private(set) var mixedCaseCounts: [Int] = []
    /// `KeywordCandidate.isAcronym`.
    private(set) var acronyms: [Bool] = []
    /// Where each candidate's word key numbers are in `wordKeyNumbers`.
    private var wordRanges: [Range<Int>] = []
    private var wordKeyNumbers: [Int32] = []
    /// The strings of the word key numbers.
    var unitKeys: [String] = []
    /// Occurrences, as linked lists: each candidate's first and last, and each one's next (-1 at
    /// the end).
    private var firstOccurrences: [Int32] = []
    private var lastOccurrences: [Int32] = []
    private var occurrenceRanges: [Range<String.Index>] = []
    private var occurrenceSentences: [Int32] = []
    private var nextOccurrences: [Int32] = []

    init(document: Document) { self.document = document }

    /// The number of candidates.
    package var count: Int { keys.count }

    /// The number of words of candidate `i`.
    package func wordCount(_ i: Int) -> Int { wordRanges[i].count }

    /// The key numbers of the words of candidate `i` (indices in `unitKeys`).
    package func wordKeys(_ i: Int) -> ArraySlice<Int32> { wordKeyNumbers[wordRanges[i]] }

    /// The number of distinct word keys (the bound of `wordKeys` values).
    package var unitKeyCount: Int { unitKeys.count }

    /// The string of a word key number.
    package func unitKey(_ number: Int32) -> String { unitKeys[Int(number)] }

    /// Whether candidate `i` looks like a name or is an acronym (`KeywordCandidate.isName`,
    /// `isAcronym`).
    package func isNameOrAcronym(_ i: Int) -> Bool {
        (capitalisedCounts[i] == counts[i] && capitalisedInsideCounts[i] > 0) || acronyms[i]
    }

    /// `KeywordCandidate.isMixedCase` of candidate `i`.
    package func isMixedCase(_ i: Int) -> Bool { mixedCaseCounts[i] == counts[i] && counts[i] > 0 }

    /// Adds a candidate with no occurrences yet.
    mutating func append(key: String, words: ArraySlice<CandidateExtractor.Unit>, firstSentence: Int) {
        keys.append(key)
        firstSentences.append(firstSentence)
        counts.append(0)
        capitalisedCounts.append(0)
        capitalisedInsideCounts.append(0)
        mixedCaseCounts.append(0)
        acronyms.append(false)
        let start = wordKeyNumbers.count
        for word in words { wordKeyNumbers.append(word.key) }
        wordRanges.append(start..<wordKeyNumbers.count)
        firstOccurrences.append(-1)
        lastOccurrences.append(-1)
    }

    /// Counts an occurrence of candidate `i`.
    mutating func addOccurrence(
        of i: Int, range: Range<String.Index>, sentence: Int, capitalised: Bool, insideSentence: Bool,
        allCapitals: Bool, mixedCase: Bool
    ) {
        let occurrence = Int32(occurrenceRanges.count)
        occurrenceRanges.append(range)
        occurrenceSentences.append(Int32(sentence))
        nextOccurrences.append(-1)
        if lastOccurrences[i] >= 0 {
            nextOccurrences[Int(lastOccurrences[i])] = occurrence
        } else {
            firstOccurrences[i] = occurrence
        }
        lastOccurrences[i] = occurrence
        counts[i] += 1
        if capitalised {
            capitalisedCounts[i] += 1
            if insideSentence { capitalisedInsideCounts[i] += 1 }
        }
        if allCapitals { acronyms[i] = true }
        if mixedCase { mixedCaseCounts[i] += 1 }
    }

    /// Candidate `i` as a value, with its occurrences, sentences and surface forms.
    package func candidate(_ i: Int) -> KeywordCandidate {
        var candidate = KeywordCandidate(
            key: keys[i], wordKeys: wordKeys(i).map { unitKeys[Int($0)] }, firstSentence: firstSentences[i])
        candidate.occurrences.reserveCapacity(counts[i])
        var occurrence = Int(firstOccurrences[i])
        while occurrence >= 0 {
            let range = occurrenceRanges[occurrence]
            let sentence = Int(occurrenceSentences[occurrence])
            candidate.occurrences.append(range)
            candidate.addSurface(document.text[range])
            if candidate.sentences.last != sentence { candidate.sentences.append(sentence) }
            occurrence = Int(nextOccurrences[occurrence])
        }
        candidate.capitalisedCount = capitalisedCounts[i]
        candidate.capitalisedInsideSentence = capitalisedInsideCounts[i]
        candidate.mixedCaseCount = mixedCaseCounts[i]
        candidate.isAcronym = acronyms[i]
        return candidate
    }
}
