/// A weighted, directed graph over the sentences of a document, stored as compressed sparse rows.
///
/// Row `i` lists the edges that leave node `i`: the sentences it votes for in PageRank. Graphs
/// made from sentence similarity (`SentenceGraph.init(vectors:similarity:limits:)`) are
/// symmetric unless `Limits.neighbours` cut a row short.
public struct SentenceGraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// `offsets[i]..<offsets[i + 1]` indexes the edges that leave node `i`.
    let offsets: [Int]
    /// The node each edge points to.
    let targets: [Int32]
    /// The weight of each edge (positive).
    let weights: [Float]

    /// The number of edges.
    public var edgeCount: Int { targets.count }

    /// A graph from a list of weighted edges `(from, to, weight)`; edges with a weight that is not
    /// positive, and self-loops, are dropped. Made for tests and hand-built graphs.
    public init(nodeCount: Int, edges: [(from: Int, to: Int, weight: Double)]) {
        precondition(nodeCount >= 0)
        let kept = edges.filter { $0.weight > 0 && $0.from != $0.to }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for edge in kept {
            precondition((0..<nodeCount).contains(edge.from) && (0..<nodeCount).contains(edge.to), "edge outside the graph")
            offsets[edge.from + 1] += 1
        }
        for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = kept.map { Int32($0.to) }
        self.weights = kept.map { Float($0.weight) }
    }

    /// An undirected graph: each pair `(a, b, weight)` becomes the edges a→b and b→a.
    public init(nodeCount: Int, undirected pairs: [(Int, Int, Double)]) {
        self.init(nodeCount: nodeCount, edges: pairs.flatMap { [(from: $0.0, to: $0.1, weight: $0.2), (from: $0.1, to: $0.0, weight: $0.2)] })
    }

    init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Float]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The edges leaving `node`, as (target, weight) pairs.
    public func edges(from node: Int) -> [(to: Int, weight: Double)] {
        (offsets[node]..<offsets[node + 1]).map { (Int(targets[$0]), Double(weights[$0])) }
    }

    /// The same edges with weights changed by `transform(from, to, weight)`.
    public func reweighted(_ transform: (Int, Int, Float) -> Float) -> SentenceGraph {
        var weights = self.weights
        for node in 0..<nodeCount {
            for e in offsets[node]..<offsets[node + 1] { weights[e] = transform(node, Int(targets[e]), weights[e]) }
        }
        return SentenceGraph(nodeCount: nodeCount, offsets: offsets, targets: targets, weights: weights)
    }

    /// The weight of the edge `from` → `to`, or 0 when there is none.
    public func weight(from: Int, to: Int) -> Double {
        for e in offsets[from]..<offsets[from + 1] where Int(targets[e]) == to { return Double(weights[e]) }
        return 0
    }
}

extension SentenceGraph {
    /// Bounds that keep the graph of a very long text linear in size.
    public struct Limits: Sendable, Hashable {
        /// Edges kept per sentence: its strongest neighbours. No sentence in a news article or a
        /// paper has this many, so the cut only matters for books.
        public var neighbours: Int
        /// Terms found in more sentences than this link no sentences (in a long text they say as
        /// little as stopwords, and their pairs would make the graph quadratic).
        public var termSentences: Int

        /// Creates limits. The defaults change nothing for a text of up to 100 sentences and keep the
        /// graph of a book linear in its length: the pairs a term makes are at most 250 × its
        /// sentences.
        public init(neighbours: Int = 100, termSentences: Int = 250) {
            self.neighbours = neighbours
            self.termSentences = termSentences
        }
    }

    /// The similarity graph of `vectors`: an edge between every two sentences that share a term,
    /// weighted by `similarity`. Pairs are found through an inverted index over terms, so the work
    /// grows with the number of sentence pairs that share a term, not with the square of the
    /// number of sentences.
    ///
    /// - Complexity: O(Σ df(t)²) over terms t used, bounded by `limits`.
    public init(vectors: [TermVector], similarity: SentenceSimilarity, limits: Limits = .init()) {
        let n = vectors.count
        var termCount = 0
        for vector in vectors { if let last = vector.terms.last { termCount = max(termCount, Int(last) + 1) } }

        // Inverted index: for each term, the sentences (and counts) holding it.
        var df = [Int32](repeating: 0, count: termCount)
        for vector in vectors { for term in vector.terms { df[Int(term)] += 1 } }
        var postingStart = [Int](repeating: 0, count: termCount + 1)
        for t in 0..<termCount { postingStart[t + 1] = postingStart[t] + Int(df[t]) }
        var postingSentence = [Int32](repeating: 0, count: postingStart[termCount])
        var postingCount = [Float](repeating: 0, count: postingStart[termCount])
        var fill = postingStart
        for (s, vector) in vectors.enumerated() {
            for (k, term) in vector.terms.enumerated() {
                let slot = fill[Int(term)]
                postingSentence[slot] = Int32(s)
                postingCount[slot] = vector.counts[k]
                fill[Int(term)] += 1
            }
        }

        let weigh = PairWeight(similarity: similarity, vectors: vectors, df: df)
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Float] = []
        var accumulator = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        for i in 0..<n {
            let vector = vectors[i]
            for (k, term) in vector.terms.enumerated() {
                let t = Int(term)
                guard df[t] > 1, Int(df[t]) <= limits.termSentences else { continue }
                for slot in postingStart[t]..<postingStart[t + 1] {
                    let j = Int(postingSentence[slot])
                    if j == i { continue }
                    let contribution = weigh.term(t, countInI: Double(vector.counts[k]), i: i, countInJ: Double(postingCount[slot]), j: j)
                    if accumulator[j] == 0 { touched.append(Int32(j)) }
                    accumulator[j] += contribution
                }
            }
            var row: [(Int32, Float)] = []
            row.reserveCapacity(touched.count)
            for j in touched {
                let w = weigh.finish(accumulator[Int(j)], i: i, j: Int(j))
                accumulator[Int(j)] = 0
                if w > 0 { row.append((j, Float(w))) }
            }
            touched.removeAll(keepingCapacity: true)
            if row.count > limits.neighbours { keepStrongest(limits.neighbours, of: &row) }
            for (j, w) in row {
                targets.append(j)
                weights.append(w)
            }
            offsets[i + 1] = targets.count
        }
        self.init(nodeCount: n, offsets: offsets, targets: targets, weights: weights)
    }
}

/// Keeps the `k` heaviest edges of a row (ties to the lower target), in no particular order.
///
/// - Complexity: O(m log k) with a min-heap of the best `k` seen so far.
func keepStrongest(_ k: Int, of row: inout [(Int32, Float)]) {
    guard k > 0 else {
        row.removeAll()
        return
    }
    // `a` is weaker than `b`: lighter, or as heavy with a higher target.
    func weaker(_ a: (Int32, Float), _ b: (Int32, Float)) -> Bool { a.1 != b.1 ? a.1 < b.1 : a.0 > b.0 }
    var heap = Array(row[0..<k])
    func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            if left >= heap.count { return }
            var child = left
            if left + 1 < heap.count && weaker(heap[left + 1], heap[left]) { child = left + 1 }
            if !weaker(heap[child], heap[parent]) { return }
            heap.swapAt(child, parent)
            parent = child
        }
    }
    for i in stride(from: k / 2 - 1, through: 0, by: -1) { siftDown(i) }
    for edge in row[k...] where weaker(heap[0], edge) {
        heap[0] = edge
        siftDown(0)
    }
    row = heap
}
