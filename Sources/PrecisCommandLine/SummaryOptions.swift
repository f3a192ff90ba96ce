import ArgumentParser
import Foundation
import Precis

/// Output formats of `summarize`.
package enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// How long a summary should be.
package struct LengthOptions: ParsableArguments {
    /// Options with their defaults (for ArgumentParser).
    package init() {}

    @Option(name: [.short, .customLong("sentences")], help: "Number of sentences (default 3).")
    package var n: Int?

    @Option(name: .long, help: "Share of the text's sentences, e.g. 0.2.")
    package var ratio: Double?

    @Option(name: .long, help: "Word budget.")
    package var words: Int?

    @Option(name: .customLong("chars"), help: "Character budget (what users of Chinese, Japanese and Thai mean by length).")
    package var characters: Int?

    package func validate() throws {
        let given = [n != nil, ratio != nil, words != nil, characters != nil].filter { $0 }.count
        if given > 1 { throw ValidationError("give at most one of -n, --ratio, --words and --chars") }
        if let n, n < 1 { throw ValidationError("-n must be at least 1 (got \(n))") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be above 0 and at most 1 (got \(ratio))") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1 (got \(words))") }
        if let characters, characters < 1 { throw ValidationError("--chars must be at least 1 (got \(characters))") }
    }

    package func length() throws -> Summarizer.Length {
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        if let characters { return .characters(characters) }
        return .sentences(n ?? 3)
    }
}

/// How sentences are ranked: the method, and what headings and the title may do. (The ranking's
/// numeric settings are `precis-eval`'s, for experiments: the defaults are the measured best.)
package struct RankingOptions: ParsableArguments {
    /// Options with their defaults (for ArgumentParser).
    package init() {}

    @Option(name: .long, help: "Ranking: precis (default), textrank (centrality alone, as published) or lead (the first sentences).")
    package var method: Method = .precis

    package enum Method: String, ExpressibleByArgument, CaseIterable {
        case precis, textrank, lead
    }

    @Flag(name: .long, help: "Let headings (a title, section headings) be summary sentences.")
    package var headings = false

    @Option(name: .long, help: "The title or headline as a summary sentence: auto (default: in summaries of at most a fifth of the text), include or exclude. It guides the ranking in any case.")
    package var title: TitleChoice?

    package enum TitleChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, include, exclude
    }

    /// The summariser's settings these options give (the measured best, by default).
    package func configuration() -> Summarizer.Configuration {
        var configuration: Summarizer.Configuration
        switch method {
        case .precis: configuration = Summarizer.Configuration()
        case .textrank: configuration = .textRank
        case .lead: configuration = .lead
        }
        if headings { configuration.skipHeadings = false }
        switch title {
        case .include: configuration.title = .include
        case .exclude: configuration.title = .exclude
        case .auto, nil: break
        }
        return configuration
    }
}
