/// A sentence as a bag of terms: sorted term ids with their counts.
public struct TermVector: Sendable, Hashable {
    /// Distinct term ids, ascending.
    public let terms: [Int32]
    /// How often each term occurs.
    public let counts: [Float]
    /// The number of term occurrences.
    public let length: Float

    /// A vector from a sequence of term ids (repeats count).
    public init(_ sequence: some Sequence<Int>) {
        let sorted = sequence.sorted()
        var terms: [Int32] = []
        var counts: [Float] = []
        for term in sorted {
            if let last = terms.last, Int(last) == term {
                counts[counts.count - 1] += 1
            } else {
                terms.append(Int32(term))
                counts.append(1)
            }
        }
        self.terms = terms
        self.counts = counts
        self.length = Float(sorted.count)
    }

    /// Whether it has no terms.
    public var isEmpty: Bool { terms.isEmpty }

    /// The cosine of the two count vectors (0 when either is empty); 1 for identical bags.
    public func cosine(_ other: TermVector) -> Double {
        var dot = 0.0, i = 0, j = 0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                dot += Double(counts[i] * other.counts[j])
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let norms = norm * other.norm
        return norms > 0 ? dot / norms : 0
    }

    /// The Euclidean norm of the counts.
    public var norm: Double { counts.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot() }
}
