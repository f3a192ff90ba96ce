/// The chosen sentences' terms, indexed so that a candidate's largest cosine with any of them is
/// found without comparing it to each.
struct RedundancyIndex {
    let vectors: [TermVector]
    private var postings: [Int32: [(sentence: Int32, count: Float)]] = [:]
    private var norms: [Int32: Double] = [:]
    private var accumulator: [Int32: Double] = [:]

    init(vectors: [TermVector]) { self.vectors = vectors }

    mutating func add(_ index: Int) {
        let vector = vectors[index]
        for (k, term) in vector.terms.enumerated() {
            postings[term, default: []].append((Int32(index), vector.counts[k]))
        }
        norms[Int32(index)] = vector.norm
    }

    /// The largest cosine between sentence `index` and a chosen sentence; 1 for an empty sentence
    /// that repeats an empty one is not counted (empty vectors have no likeness).
    mutating func maxCosine(_ index: Int) -> Double {
        let vector = vectors[index]
        let norm = vector.norm
        guard norm > 0 else { return 0 }
        accumulator.removeAll(keepingCapacity: true)
        for (k, term) in vector.terms.enumerated() {
            guard let list = postings[term] else { continue }
            for (sentence, count) in list { accumulator[sentence, default: 0] += Double(count * vector.counts[k]) }
        }
        var best = 0.0
        for (sentence, dot) in accumulator {
            best = max(best, dot / (norm * norms[sentence]!))
        }
        return best
    }
}
