import Foundation
public import PrecisCore

extension IDFModel {
    /// The model in the file at `path` ("-" for standard input), in the format of ``serialized()``;
    /// failures name the path and, for bad content, the line.
    public init(contentsOfFile path: String) throws(DocumentFailure) {
        let text = try TextFile.read(path).text
        do {
            self = try IDFModel(parsing: text)
        } catch {
            throw DocumentFailure(path: path, problem: error.description, kind: .undecodable)
        }
    }

    /// Writes the model to the file at `path`, replacing it atomically (a temporary file, then a
    /// rename).
    public func write(toFile path: String) throws(DocumentFailure) {
        do {
            try Data(serialized().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DocumentFailure(path: path, problem: "cannot be written (\(error.localizedDescription))")
        }
    }

    /// The models in the files at `paths`, added up (``merging(_:)``); `nil` for no paths. The
    /// result equals the model counted over all the parts at once, provided none was pruned.
    /// Failures name the file: one that cannot be read, or a model of another language than the
    /// first's.
    public static func merged(files paths: [String]) throws(DocumentFailure) -> IDFModel? {
        var merged: IDFModel?
        for path in paths {
            let model = try IDFModel(contentsOfFile: path)
            guard let current = merged else {
                merged = model
                continue
            }
            do {
                merged = try current.merging(model)
            } catch {
                throw DocumentFailure(
                    path: path,
                    problem: "is a '\(model.language.code)' model, but \(paths[0]) is '\(current.language.code)'; "
                        + "models of different languages cannot be merged", kind: .processing)
            }
        }
        return merged
    }

    /// The `count` keys found in the most documents, with their document frequencies: most first,
    /// ties in byte order of the key.
    ///
    /// - Complexity: O(*k* log *k*) for *k* keys.
    public func mostFrequentKeys(_ count: Int) -> [(key: String, documentFrequency: Int)] {
        let ranked = documentFrequencies.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
        }
        return ranked.prefix(max(0, count)).map { (key: $0.key, documentFrequency: $0.value) }
    }
}

extension Segmenter {
    /// The key under which a word or phrase as typed is counted in an ``IDFModel`` of this
    /// segmenter's language: the key ``CandidateExtractor`` gives the whole phrase ("Lakes" →
    /// "lake"), or, when it has none (the phrase holds a stopword or punctuation), its words'
    /// terms joined as candidate keys are. Text without words is its own key.
    public func candidateKey(for phrase: String) throws(ICUError) -> String {
        let document = try segment(phrase)
        let words = document.tokens.filter { $0.term != nil }
        guard let first = words.first, let last = words.last else { return phrase }
        let whole = first.range.lowerBound..<last.range.upperBound
        let candidates = CandidateExtractor(configuration: .init(maxWords: max(1, words.count))).candidates(in: document)
        if let match = candidates.first(where: { $0.occurrences.contains(whole) }) { return match.key }
        let joiner = document.language.writesWithoutSpaces ? "" : " "
        return words.compactMap { $0.term.map { document.terms[$0] } }.joined(separator: joiner)
    }

    /// Whether `phrase` has words and every one is a stopword (so that no model counts it).
    public func isStopwords(_ phrase: String) throws(ICUError) -> Bool {
        let words = try segment(phrase).tokens.filter { $0.term != nil }
        return !words.isEmpty && words.allSatisfy(\.isStopword)
    }
}
