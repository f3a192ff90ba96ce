import Testing

@testable import PrecisCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Random documents (`SeededGenerator` is in RankingTests.swift): sets of keys drawn from a small vocabulary of words and phrases, with the
/// odd non-ASCII key so that byte order matters.
private func randomDocuments(count: Int, seed: UInt64) -> [[String]] {
    var generator = SeededGenerator(seed: seed)
    let vocabulary = ["lake", "algae", "council", "lake marrow", "phosphate", "farm", "élan", "zoë", "北极航线", "über"]
    return (0..<count).map { _ in
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
    }
}

private func model(_ documents: [[String]], language: Language = "en") -> IDFModel {
    var model = IDFModel(language: language)
    for keys in documents { model.addDocument(keys: keys) }
    return model
}

@Suite("IDFModel")
struct IDFModelTests {
    @Test func countsEachKeyOncePerDocument() {
        let model = model([["lake", "lake", "algae"], ["lake"], []])
        #expect(model.documentCount == 3)
        #expect(model.documentFrequency(of: "lake") == 2)
        #expect(model.documentFrequency(of: "algae") == 1)
        #expect(model.documentFrequency(of: "council") == 0)
        #expect(model.keyCount == 2)
        #expect(model.contains("lake") && !model.contains("council"))
    }

    @Test func idfFallsAsDocumentFrequencyRises() {
        for documentCount in [1, 10, 1000] {
            let values = (0...documentCount).map { IDFModel.idf(documentFrequency: $0, documentCount: documentCount) }
            for (lower, higher) in zip(values, values.dropFirst()) { #expect(higher < lower) }
            #expect(values.last == 1, "a key in every document gets 1, not 0")
        }
        // The same through a model, on random documents: more documents, lower IDF.
        let model = model(randomDocuments(count: 200, seed: 42))
        let byFrequency = model.documentFrequencies.sorted { $0.value < $1.value }
        for (a, b) in zip(byFrequency, byFrequency.dropFirst()) where a.value < b.value {
            #expect(model.idf(b.key) < model.idf(a.key))
        }
    }

    @Test func unseenKeyGetsTheLargestFinitePositiveIDF() {
        let model = model(randomDocuments(count: 50, seed: 7))
        let unseen = model.idf("hippopotamus")
        #expect(unseen.isFinite && unseen > 0)
        #expect(unseen == model.unseenIDF)
        #expect(abs(unseen - (log(51.0) + 1)) < 1e-12)
        for key in model.documentFrequencies.keys { #expect(model.idf(key) < unseen) }
        // An empty model knows nothing: every key gets the same finite IDF.
        let empty = IDFModel(language: "en")
        #expect(empty.idf("anything") == 1)
    }

    @Test func mergingShardsEqualsBuildingOnAll() throws {
        let documents = randomDocuments(count: 120, seed: 2024)
        let whole = model(documents)
        let first = model(Array(documents[..<45]))
        let second = model(Array(documents[45..<100]))
        let third = model(Array(documents[100...]))
        var merged = first
        try merged.merge(second)
        try merged.merge(third)
        #expect(merged == whole)
        #expect(try third.merging(first).merging(second) == whole, "order does not matter")
        #expect(try whole.merging(IDFModel(language: "en")) == whole, "an empty model changes nothing")
    }

    @Test func mergeRefusesAnotherLanguage() {
        var english = model([["lake"]], language: "en")
        let german = model([["see"]], language: "de")
        #expect(throws: IDFModel.Error.languageMismatch(expected: "en", found: "de")) { try english.merge(german) }
        #expect(english == model([["lake"]], language: "en"), "a refused merge leaves the model as it was")
        let message = IDFModel.Error.languageMismatch(expected: "en", found: "de").description
        #expect(message.contains("'en'") && message.contains("'de'") && message.contains("different languages"))
    }

    @Test func pruningDropsRareKeysAndKeepsTheDocumentCount() {
        let model = model([["lake", "algae"], ["lake", "farm"], ["lake", "farm"], ["council"]])
        let pruned = model.pruned(minimumDocumentFrequency: 2)
        #expect(pruned.documentCount == 4)
        #expect(pruned.documentFrequencies == ["lake": 3, "farm": 2])
        #expect(pruned.idf("algae") == model.unseenIDF)
        #expect(model.pruned(minimumDocumentFrequency: 1) == model)
        #expect(model.pruned(minimumDocumentFrequency: 0) == model)
    }

    @Test func keysWithTabsOrLineBreaksAreNotCounted() {
        let model = model([["lake", "bad\tkey", "bad\nkey", "bad\r\nkey", ""]])
        #expect(model.documentFrequencies == ["lake": 1])
        #expect(model.documentCount == 1)
    }

    @Test func serialisationRoundTrips() throws {
        let original = model(randomDocuments(count: 80, seed: 99), language: "fr")
        let text = original.serialized()
        #expect(try IDFModel(parsing: text) == original)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "precis-idf\t1\tlanguage=fr\tdocuments=80")
        let keys = lines.dropFirst().map { String($0.split(separator: "\t")[0]) }
        #expect(keys == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "keys in byte order")
        #expect(original.serialized() == text, "deterministic")
        // An empty model, and one with no keys, round-trip too.
        let empty = IDFModel(language: "zh")
        #expect(try IDFModel(parsing: empty.serialized()) == empty)
    }

    @Test func parsingToleratesCarriageReturnsBlankLinesAndUnknownHeaderFields() throws {
        let text = "precis-idf\t1\tlanguage=EN\tdocuments=3\tsource=bbc\r\nlake\t2\r\n\nalgae\t1"
        let model = try IDFModel(parsing: text)
        #expect(model.language == "en")
        #expect(model.documentCount == 3)
        #expect(model.documentFrequencies == ["lake": 2, "algae": 1])
    }

    @Test(arguments: [
        ("", IDFModel.Error.malformed(line: 1, problem: "empty text; not a Precis IDF file (expected 'precis-idf')")),
        ("lake\t2\n", .malformed(line: 1, problem: "not a Precis IDF file (expected 'precis-idf')")),
        ("precis-idf\n", .malformed(line: 1, problem: "no format version after 'precis-idf'")),
        ("precis-idf\t2\tlanguage=en\tdocuments=3\n", .unsupportedVersion("2")),
        ("precis-idf\t1\tdocuments=3\n", .malformed(line: 1, problem: "no 'language=' field in the header")),
        ("precis-idf\t1\tlanguage=en\n", .malformed(line: 1, problem: "no 'documents=' field in the header")),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=many\n",
            .malformed(line: 1, problem: "'documents=many' is not a whole number of documents")
        ),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=3\nlake\t2\nalgae 1\n",
            .malformed(line: 3, problem: "expected 'key<TAB>document frequency', found no tab")
        ),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=3\nlake\t2\t7\n",
            .malformed(line: 2, problem: "expected 'key<TAB>document frequency', found more than one tab")
        ),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=3\nlake\ttwo\n",
            .malformed(line: 2, problem: "document frequency 'two' is not a whole number")
        ),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=3\nlake\t4\n",
            .malformed(line: 2, problem: "document frequency 4 is out of range (1 to the 3 documents of the header)")
        ),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=3\nlake\t0\n",
            .malformed(line: 2, problem: "document frequency 0 is out of range (1 to the 3 documents of the header)")
        ),
        ("precis-idf\t1\tlanguage=en\tdocuments=3\n\t1\n", .malformed(line: 2, problem: "empty key")),
        (
            "precis-idf\t1\tlanguage=en\tdocuments=3\nlake\t1\nalgae\t1\nlake\t2\n",
            .malformed(line: 4, problem: "key 'lake' is listed twice")
        ),
    ])
    func parsingReportsTheLineAndTheProblem(text: String, expected: IDFModel.Error) {
        #expect(throws: expected) { try IDFModel(parsing: text) }
    }

    @Test func errorMessagesNameTheLine() {
        #expect(
            IDFModel.Error.malformed(line: 1, problem: "not a Precis IDF file (expected 'precis-idf')").description
                == "line 1: not a Precis IDF file (expected 'precis-idf')")
        #expect(
            IDFModel.Error.unsupportedVersion("2").description.hasPrefix(
                "line 1: unsupported version 2; this Precis reads version 1"))
    }
}
