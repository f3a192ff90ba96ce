#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the likeness of two sentences is measured when the sentence graph is built.
public enum SentenceSimilarity: Sendable, Hashable {
    /// Okapi BM25 with each sentence as a document, made symmetric by averaging both directions,
    /// with negative IDF raised to a floor of `epsilon` × the mean IDF (Barrios et al. 2016,
    /// "Variations of the Similarity Function of TextRank for Automated Summarization").
    case bm25(k1: Double = 1.2, b: Double = 0.75, epsilon: Double = 0.25)
    /// Cosine of TF-IDF vectors, with IDF `log((1 + n) / (1 + df)) + 1`.
    case tfidfCosine
    /// TextRank's original measure (Mihalcea & Tarau 2004): shared terms divided by
    /// `log |S1| + log |S2|`.
    case overlap
}

/// The per-term and per-pair arithmetic of each similarity.
struct PairWeight {
    let similarity: SentenceSimilarity
    let vectors: [TermVector]
    /// Per-term weight: IDF for BM25 and TF-IDF, 1 for overlap.
    let idf: [Double]
    /// BM25 length normalisation per sentence: k1 · (1 − b + b · |S| / avg |S|).
    let lengthNorm: [Double]
    /// TF-IDF vector norms.
    let norms: [Double]
    let k1: Double

    init(similarity: SentenceSimilarity, vectors: [TermVector], df: [Int32]) {
        self.similarity = similarity
        self.vectors = vectors
        let n = Double(vectors.count)
        switch similarity {
        case .bm25(let k1, let b, let epsilon):
            var idf = df.map { log((n - Double($0) + 0.5) / (Double($0) + 0.5)) }
            let used = df.indices.filter { df[$0] > 0 }
            let mean = used.isEmpty ? 0 : used.reduce(0.0) { $0 + idf[$1] } / Double(used.count)
            let floor = epsilon * abs(mean)
            for t in used where idf[t] < floor { idf[t] = floor }
            self.idf = idf
            let average = max(1, vectors.reduce(0.0) { $0 + Double($1.length) } / max(1, n))
            lengthNorm = vectors.map { k1 * (1 - b + b * Double($0.length) / average) }
            norms = []
            self.k1 = k1
        case .tfidfCosine:
            let idf = df.map { log((1 + n) / (1 + Double($0))) + 1 }
            self.idf = idf
            lengthNorm = []
            norms = vectors.map { vector in
                var sum = 0.0
                for (k, term) in vector.terms.enumerated() {
                    let w = Double(vector.counts[k]) * idf[Int(term)]
                    sum += w * w
                }
                return sum.squareRoot()
            }
            k1 = 0
        case .overlap:
            idf = []
            lengthNorm = []
            norms = []
            k1 = 0
        }
    }

    /// What term `t`, found `countInI` times in sentence i and `countInJ` times in j, adds.
    @inline(__always)
    func term(_ t: Int, countInI: Double, i: Int, countInJ: Double, j: Int) -> Double {
        switch similarity {
        case .bm25:
            // BM25(query i, doc j) + BM25(query j, doc i), halved in `finish`.
            let idfT = idf[t]
            return countInI * idfT * countInJ * (k1 + 1) / (countInJ + lengthNorm[j])
                + countInJ * idfT * countInI * (k1 + 1) / (countInI + lengthNorm[i])
        case .tfidfCosine:
            let idfT = idf[t]
            return countInI * idfT * countInJ * idfT
        case .overlap:
            return min(countInI, countInJ)
        }
    }

    @inline(__always)
    func finish(_ sum: Double, i: Int, j: Int) -> Double {
        switch similarity {
        case .bm25:
            return sum / 2
        case .tfidfCosine:
            let d = norms[i] * norms[j]
            return d > 0 ? sum / d : 0
        case .overlap:
            let d = log(Double(vectors[i].length)) + log(Double(vectors[j].length))
            return d > 0 ? sum / d : 0
        }
    }
}
