import ArgumentParser
import Foundation
import Precis

/// Options shared by the commands that extract keywords.
package struct KeywordOptions: ParsableArguments {
    /// Options with their defaults (for ArgumentParser).
    package init() {}

    @Option(name: .long, help: "Phrase lengths in words: N or MIN...MAX (default 1...3, and names of up to 5 words).")
    package var ngrams: String = "1...3"

    @Flag(name: .long, help: "No part-of-speech tagging: candidates are runs between stopwords, as in languages without a tagger.")
    package var noTagger = false

    @Option(name: .long, help: "Document frequencies: 'bundled' (shipped for the language), 'none', or a model FILE from `precis idf build`.")
    package var idf: String = "bundled"

    package func validate() throws { _ = try wordRange() }

    package func wordRange() throws -> ClosedRange<Int> {
        let parts = ngrams.split(whereSeparator: { $0 == "." || $0 == "-" }).compactMap { Int($0) }
        let range: ClosedRange<Int>
        switch parts.count {
        case 1: range = 1...parts[0]
        case 2 where parts[0] <= parts[1]: range = parts[0]...parts[1]
        default: throw ValidationError("--ngrams takes N or MIN...MAX, e.g. 1...3 (got '\(ngrams)')")
        }
        guard range.lowerBound >= 1, range.upperBound <= 6 else {
            throw ValidationError("--ngrams must lie within 1...6 (got '\(ngrams)')")
        }
        return range
    }

    package func configuration(model: IDFModel? = nil) throws -> KeywordExtractor.Configuration {
        var configuration = KeywordExtractor.Configuration()
        let range = try wordRange()
        // Names may be longer than other phrases, unless phrase lengths are given.
        configuration.candidates = .init(
            minWords: range.lowerBound, maxWords: range.upperBound,
            maxNameWords: ngrams == "1...3" ? CandidateExtractor.Configuration().maxNameWords : range.upperBound)
        configuration.partsOfSpeech = !noTagger
        if let model {
            configuration.statistics = .model(model)
        } else {
            switch idf {
            case "bundled": configuration.statistics = .bundled
            case "none": configuration.statistics = .none
            default:
                // A file an option names is part of the command line: a problem with it is a
                // setup error (status 2), not a bad input.
                let text: String
                do {
                    text = try TextFile.read(idf).text
                } catch {
                    throw SetupError("--idf \(error.description)")
                }
                do {
                    configuration.statistics = .model(try IDFModel(parsing: text))
                } catch {
                    throw SetupError("--idf \(idf): is not a Precis IDF model (\(error)); make one with `precis idf build`")
                }
            }
        }
        return configuration
    }
}
