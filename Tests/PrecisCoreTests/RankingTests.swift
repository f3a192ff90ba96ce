import Testing

@testable import PrecisCore

/// A small seeded generator (SplitMix64), so property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random undirected weighted graph.
func randomPairs(nodes: Int, density: Double, using generator: inout SeededGenerator) -> [(Int, Int, Double)] {
    var pairs: [(Int, Int, Double)] = []
    for a in 0..<nodes {
        for b in (a + 1)..<max(a + 1, nodes) where Double.random(in: 0..<1, using: &generator) < density {
            pairs.append((a, b, Double.random(in: 0.1...2, using: &generator)))
        }
    }
    return pairs
}

@Test func starGraphRanksItsCentreFirst() {
    // Node 3 is joined to every other node; the others only to it.
    let graph = SentenceGraph(nodeCount: 6, undirected: [(3, 0, 1), (3, 1, 1), (3, 2, 1), (3, 4, 1), (3, 5, 1)])
    let result = PageRank().rank(graph)
    #expect(result.converged)
    let best = result.scores.indices.max { result.scores[$0] < result.scores[$1] }
    #expect(best == 3)
    for leaf in [0, 1, 2, 4, 5] {
        #expect(abs(result.scores[leaf] - result.scores[0]) < 1e-9, "the leaves are symmetric")
        #expect(result.scores[leaf] < result.scores[3])
    }
}

@Test(arguments: [1, 2, 3, 4, 5])
func scoresSumToOne(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let nodes = Int.random(in: 1...40, using: &generator)
    let graph = SentenceGraph(nodeCount: nodes, undirected: randomPairs(nodes: nodes, density: 0.2, using: &generator))
    let teleport = (0..<nodes).map { _ in Double.random(in: 0...1, using: &generator) }
    for scores in [PageRank().rank(graph).scores, PageRank().rank(graph, teleport: teleport).scores] {
        #expect(scores.count == nodes)
        #expect(abs(scores.reduce(0, +) - 1) < 1e-9)
        #expect(scores.allSatisfy { $0 >= 0 })
    }
}

@Test(arguments: [11, 12, 13])
func relabellingNodesDoesNotChangeScores(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let nodes = 30
    let pairs = randomPairs(nodes: nodes, density: 0.15, using: &generator)
    let permutation = Array(0..<nodes).shuffled(using: &generator)
    let original = PageRank().rank(SentenceGraph(nodeCount: nodes, undirected: pairs)).scores
    let relabelled = PageRank().rank(
        SentenceGraph(nodeCount: nodes, undirected: pairs.map { (permutation[$0.0], permutation[$0.1], $0.2) })
    ).scores
    for node in 0..<nodes {
        #expect(abs(original[node] - relabelled[permutation[node]]) < 1e-9)
    }
}

@Test func isolatedNodesKeepOnlyTheirTeleportShare() {
    // 0–1–2 form a path; 3 has no edges, so it holds no more than any random jump gives it.
    let graph = SentenceGraph(nodeCount: 4, undirected: [(0, 1, 1), (1, 2, 1)])
    let scores = PageRank().rank(graph).scores
    #expect(abs(scores.reduce(0, +) - 1) < 1e-9)
    #expect(scores[1] > scores[0] && scores[0] > scores[3])
}

@Test func teleportPullsScoreTowardsItsNodes() {
    let graph = SentenceGraph(nodeCount: 5, undirected: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 0, 1)])
    let uniform = PageRank().rank(graph).scores
    let personalised = PageRank().rank(graph, teleport: [1, 0, 0, 0, 0]).scores
    #expect(abs(uniform[0] - 0.2) < 1e-9, "a cycle is uniform")
    #expect(personalised[0] > uniform[0])
    #expect(personalised[0] > personalised[2])
}

@Test func iterationStopsAtTheCap() {
    var generator = SeededGenerator(seed: 7)
    let graph = SentenceGraph(nodeCount: 20, undirected: randomPairs(nodes: 20, density: 0.3, using: &generator))
    let capped = PageRank(tolerance: 0, maxIterations: 3).rank(graph)
    #expect(capped.iterations == 3)
    #expect(!capped.converged)
    let free = PageRank(tolerance: 1e-10).rank(graph)
    #expect(free.converged && free.iterations < 200)
}

@Test func emptyGraphHasNoScores() {
    #expect(PageRank().rank(SentenceGraph(nodeCount: 0, edges: [])).scores.isEmpty)
}

// MARK: - Similarity graphs

@Test(arguments: [SentenceSimilarity.bm25(), .tfidfCosine, .overlap])
func similarityGraphLinksSentencesThatShareTerms(similarity: SentenceSimilarity) {
    let vectors = [TermVector([0, 1, 2]), TermVector([2, 3]), TermVector([4, 5]), TermVector([0, 1, 6]), TermVector([])]
    let graph = SentenceGraph(vectors: vectors, similarity: similarity)
    #expect(graph.weight(from: 0, to: 1) > 0)
    #expect(graph.weight(from: 0, to: 3) > 0)
    #expect(graph.weight(from: 0, to: 2) == 0, "no shared term, no edge")
    #expect(graph.edges(from: 4).isEmpty, "an empty sentence is isolated")
    #expect(graph.weight(from: 0, to: 3) > graph.weight(from: 0, to: 1), "two shared terms beat one")
    for a in 0..<vectors.count {
        #expect(graph.weight(from: a, to: a) == 0)
        for b in 0..<vectors.count {
            #expect(abs(graph.weight(from: a, to: b) - graph.weight(from: b, to: a)) < 1e-6, "symmetric")
        }
    }
}

@Test func cosineGraphOfIdenticalSentencesWeighsOne() {
    let graph = SentenceGraph(vectors: [TermVector([1, 2, 2]), TermVector([2, 1, 2]), TermVector([3])], similarity: .tfidfCosine)
    #expect(abs(graph.weight(from: 0, to: 1) - 1) < 1e-6)
}

@Test func limitsBoundTheGraph() {
    // Every sentence shares term 0; each also shares a term with its neighbour.
    let vectors = (0..<50).map { TermVector([0, 1 + $0, 2 + $0]) }
    let full = SentenceGraph(vectors: vectors, similarity: .tfidfCosine)
    #expect(full.edges(from: 10).count == 49)
    let fewNeighbours = SentenceGraph(vectors: vectors, similarity: .tfidfCosine, limits: .init(neighbours: 5))
    #expect((0..<50).allSatisfy { fewNeighbours.edges(from: $0).count <= 5 })
    #expect(fewNeighbours.weight(from: 10, to: 11) > 0, "the strongest neighbours are kept")
    let noCommonTerm = SentenceGraph(vectors: vectors, similarity: .tfidfCosine, limits: .init(termSentences: 10))
    #expect(noCommonTerm.edges(from: 10).map(\.to) == [9, 11], "a term in every sentence links none")
}

@Test func termVectorCountsRepeats() {
    let vector = TermVector([5, 1, 5, 3])
    #expect(vector.terms == [1, 3, 5])
    #expect(vector.counts == [1, 1, 2])
    #expect(vector.length == 4)
    #expect(abs(vector.cosine(TermVector([1, 3, 5, 5])) - 1) < 1e-12)
    #expect(vector.cosine(TermVector([2])) == 0)
    #expect(TermVector([]).cosine(vector) == 0)
}

/// PageRank against a plain implementation (fresh arrays each round), on random graphs with a
/// teleport distribution. Release builds of an earlier PageRank ranked differently from debug
/// builds (see `PageRank.rank`); run this with `swift test -c release` to check an optimised build.
@Suite struct PageRankReferenceTests {
    static func plainPageRank(_ graph: SentenceGraph, teleport: [Double], damping: Double = 0.85) -> (scores: [Double], rounds: Int) {
        let n = graph.nodeCount
        let total = teleport.reduce(0, +)
        let jump = teleport.map { max(0, $0) / total }
        var outWeight = [Double](repeating: 0, count: n)
        for i in 0..<n { for (_, weight) in graph.edges(from: i) { outWeight[i] += weight } }
        var scores = jump
        var rounds = 0
        while rounds < 200 {
            rounds += 1
            var dangling = 0.0
            for i in 0..<n where outWeight[i] == 0 { dangling += scores[i] }
            var next = (0..<n).map { (1 - damping + damping * dangling) * jump[$0] }
            for i in 0..<n where outWeight[i] > 0 {
                let share = damping * scores[i] / outWeight[i]
                for (j, weight) in graph.edges(from: i) { next[j] += share * weight }
            }
            var change = 0.0
            for i in 0..<n { change += abs(next[i] - scores[i]) }
            scores = next
            if change < 1e-6 { break }
        }
        let sum = scores.reduce(0, +)
        return (scores.map { $0 / sum }, rounds)
    }

    @Test func matchesAPlainImplementation() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<100 {
            let n = Int.random(in: 2...40, using: &generator)
            var pairs: [(Int, Int, Double)] = []
            for i in 0..<n {
                for j in (i + 1)..<max(i + 1, n) where Int.random(in: 0..<4, using: &generator) == 0 {
                    pairs.append((i, j, Double.random(in: 0.01...1, using: &generator)))
                }
            }
            let graph = SentenceGraph(nodeCount: n, undirected: pairs)
            let teleport = (0..<n).map { _ in Double.random(in: 0.1...2, using: &generator) }
            let expected = Self.plainPageRank(graph, teleport: teleport)
            let result = PageRank().rank(graph, teleport: teleport)
            #expect(result.iterations == expected.rounds)
            #expect(zip(result.scores, expected.scores).allSatisfy { abs($0 - $1) < 1e-12 })
        }
    }
}

