import Precis
import PrecisCommandLine

/// What `precis batch` records of its options, so that a resumed output never mixes records of two
/// different runs (the library's ``BatchRunRecord`` checks the outputs, and ``ReportFolder`` that
/// results are never written over the inputs, before any work).
extension BatchCommand {
    /// The record of this run's options, as `--resume` compares them.
    func runRecord(maxBytes: Int) throws -> BatchRunRecord {
        var options: [String: String] = [
            "--length": "\(try length.length())",
            "--keywords": String(k),
            "--no-summary": String(noSummary),
            "--stdin-jsonl": String(stdinJSONL),
            "--include": (include.isEmpty ? CorpusWalker.Filter().include : include).joined(separator: " "),
            "--exclude": exclude.joined(separator: " "),
            "--follow-symlinks": String(followSymlinks),
            "--max-size": String(maxBytes),
        ]
        options.merge(text.recorded) { $1 }
        options.merge(keywordOptions.recorded) { $1 }
        options.merge(ranking.recorded) { $1 }
        return BatchRunRecord(precis: PrecisCommand.configuration.version, options: options, inputs: paths)
    }
}

extension TextOptions {
    /// The options that change what is read and how, for a batch's options record.
    var recorded: [String: String] {
        ["--lang": lang, "--stopwords": stopwords ?? "", "--encoding": encoding ?? "", "--keep-html": String(keepHTML)]
    }
}

extension KeywordOptions {
    /// The options that change the keywords, for a batch's options record.
    var recorded: [String: String] {
        ["--ngrams": ngrams, "--no-tagger": String(noTagger), "--idf": idf]
    }
}

extension RankingOptions {
    /// The options that change the summary, for a batch's options record.
    var recorded: [String: String] {
        ["--method": method.rawValue, "--headings": String(headings), "--title": title?.rawValue ?? "auto"]
    }
}
