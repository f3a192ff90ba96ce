/// ROUGE (Lin 2004) between a candidate summary and a reference, on token sequences the caller
/// has already tokenised (and stemmed), computed the way Google's `rouge-score` package does:
/// clipped n-gram overlap for ROUGE-1 and ROUGE-2, and the longest common subsequence of the
/// whole token sequences for ROUGE-L.
package enum Rouge {
    /// Precision, recall and their harmonic mean.
    package struct Score: Sendable, Hashable {
        /// Matches divided by the candidate's count.
        package var precision: Double
        /// Matches divided by the reference's count.
        package var recall: Double
        /// The harmonic mean of precision and recall (0 when both are 0).
        package var f1: Double

        /// Creates a score from matches and the two counts.
        package init(matches: Int, candidate: Int, reference: Int) {
            precision = candidate > 0 ? Double(matches) / Double(candidate) : 0
            recall = reference > 0 ? Double(matches) / Double(reference) : 0
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L of one candidate.
    package struct Scores: Sendable, Hashable {
        /// Unigram overlap.
        package var rouge1: Score
        /// Bigram overlap.
        package var rouge2: Score
        /// Longest common subsequence.
        package var rougeL: Score
    }

    /// Scores `candidate` against `reference`.
    package static func score(candidate: [String], reference: [String]) -> Scores {
        Scores(
            rouge1: ngramScore(candidate, reference, n: 1), rouge2: ngramScore(candidate, reference, n: 2),
            rougeL: Score(
                matches: longestCommonSubsequence(candidate, reference), candidate: candidate.count,
                reference: reference.count))
    }

    /// Clipped n-gram overlap.
    package static func ngramScore(_ candidate: [String], _ reference: [String], n: Int) -> Score {
        func grams(_ tokens: [String]) -> [ArraySlice<String>: Int] {
            var counts: [ArraySlice<String>: Int] = [:]
            if tokens.count >= n {
                for start in 0...(tokens.count - n) { counts[tokens[start..<(start + n)], default: 0] += 1 }
            }
            return counts
        }
        let candidateGrams = grams(candidate)
        let referenceGrams = grams(reference)
        var matches = 0
        for (gram, count) in candidateGrams { matches += min(count, referenceGrams[gram] ?? 0) }
        return Score(
            matches: matches, candidate: max(0, candidate.count - n + 1), reference: max(0, reference.count - n + 1))
    }

    /// The length of the longest common subsequence.
    ///
    /// - Complexity: O(m × n) time, O(n) memory.
    package static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        // Compare small integers rather than strings in the inner loop.
        var ids: [String: Int32] = [:]
        let x = a.map { token -> Int32 in
            if let id = ids[token] { return id }
            let id = Int32(ids.count)
            ids[token] = id
            return id
        }
        let y = b.map { ids[$0] ?? -1 }
        var previous = [Int32](repeating: 0, count: y.count + 1)
        var current = previous
        for i in 0..<x.count {
            for j in 0..<y.count {
                current[j + 1] = x[i] == y[j] ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return Int(previous[y.count])
    }
}
