/// Weighted PageRank (Brin & Page 1998; weighted for TextRank by Mihalcea & Tarau 2004), with an
/// optional personalisation (teleport) vector.
public struct PageRank: Sendable, Hashable {
    /// The probability of following an edge rather than jumping (0.85 in TextRank).
    public var damping: Double
    /// Iteration stops when the scores move less than this in total (L1 distance).
    public var tolerance: Double
    /// Iteration stops after this many rounds even if not converged.
    public var maxIterations: Int

    /// Creates the ranker; the defaults are TextRank's.
    public init(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 200) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// The result of a run: one score per node, summing to 1, and whether it converged.
    public struct Result: Sendable {
        /// The stationary probability of each node.
        public let scores: [Double]
        /// The number of rounds run.
        public let iterations: Int
        /// Whether the change fell below the tolerance before the cap on rounds.
        public let converged: Bool
    }

    /// Ranks the nodes of `graph`. A node's weight is split among its out-edges in proportion to
    /// their weights; a node with no out-edges hands its score to the teleport distribution.
    ///
    /// - Parameter teleport: where a random jump lands, one non-negative value per node (scaled to
    ///   sum to 1); uniform when `nil` or all zero.
    /// - Complexity: O((nodes + edges) × iterations).
    public func rank(_ graph: SentenceGraph, teleport: [Double]? = nil) -> Result {
        let n = graph.nodeCount
        guard n > 0 else { return Result(scores: [], iterations: 0, converged: true) }
        var jump = [Double](repeating: 1 / Double(n), count: n)
        if let teleport {
            precondition(teleport.count == n, "one teleport value per node")
            let total = teleport.reduce(0, +)
            if total > 0 { jump = teleport.map { max(0, $0) / total } }
        }
        var outWeight = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for e in graph.offsets[i]..<graph.offsets[i + 1] { outWeight[i] += Double(graph.weights[e]) }
        }
        // `scores` gets a buffer of its own rather than sharing `jump`'s: with the two sharing one
        // buffer, Swift 6.3.1's optimiser wrote a later round's `next` into it without the copy
        // that copy-on-write requires, so release builds changed the jump distribution from the
        // second round on and ranked differently from debug builds. The rounds below also write
        // through buffer pointers, which makes each buffer unique before it is written.
        var scores = [Double](repeating: 0, count: n)
        for i in 0..<n { scores[i] = jump[i] }
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        let offsets = graph.offsets, targets = graph.targets, weights = graph.weights
        // Nodes without out-edges hand their score to the jump distribution.
        let danglingNodes = (0..<n).filter { outWeight[$0] == 0 }
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                weights.withUnsafeBufferPointer { weights in
                    while iterations < maxIterations {
                        iterations += 1
                        let change = scores.withUnsafeBufferPointer { scores in
                            next.withUnsafeMutableBufferPointer { next in
                                var dangling = 0.0
                                for i in danglingNodes { dangling += scores[i] }
                                let base = 1 - damping + damping * dangling
                                for i in 0..<n { next[i] = base * jump[i] }
                                for i in 0..<n where outWeight[i] > 0 {
                                    let share = damping * scores[i] / outWeight[i]
                                    for e in offsets[i]..<offsets[i + 1] {
                                        next[Int(targets[e])] += share * Double(weights[e])
                                    }
                                }
                                var change = 0.0
                                for i in 0..<n { change += abs(next[i] - scores[i]) }
                                return change
                            }
                        }
                        swap(&scores, &next)
                        if change < tolerance {
                            converged = true
                            break
                        }
                    }
                }
            }
        }
        let total = scores.reduce(0, +)
        if total > 0 { for i in 0..<n { scores[i] /= total } }
        return Result(scores: scores, iterations: iterations, converged: converged)
    }
}
