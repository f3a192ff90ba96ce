import Precis
import PrecisCommandLine

/// What `precis batch` checks before any work, so that nothing it is asked to do destroys a file:
/// results are never written over the inputs, an existing output is never emptied unasked, and a
/// resumed output never mixes records of two different runs.
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

    /// Checks `--output FILE` and `--out-dir DIR` before anything is opened or written, and
    /// returns the options records to write before the first record (with their paths).
    func checkOutputs(_ record: BatchRunRecord) throws -> [(path: String, record: BatchRunRecord)] {
        var sidecars: [(path: String, record: BatchRunRecord)] = []
        if let output, let path = try record.checkOutput(output, start: resume ? .resume : force ? .overwrite : .fresh) {
            sidecars.append((path, record))
        }
        if let outDir {
            var record = record
            record.options["--format"] = format.rawValue
            if let path = try record.checkFolder(outDir, resume: resume) { sidecars.append((path, record)) }
        }
        return sidecars
    }

    /// Refuses an `--out-dir` that would write a result over an input: the same folder as the
    /// inputs (`precis batch c1 --out-dir c1`), or any folder where a result's name is that of an
    /// input. Files are compared by device and inode, so every spelling of a path, and hard and
    /// symbolic links, count. Run before the folder is made or anything is written.
    static func checkOutDir(_ outDir: String, format: SummaryFormat, walker: CorpusWalker) throws(SetupError) {
        let overwritten = ReportFolder.inputsOverwritten(
            byResultsIn: outDir, format: ReportFolder.Format(rawValue: format.rawValue)!, walker: walker)
        guard let first = overwritten.first else { return }
        let more = overwritten.count > 1 ? " and \(overwritten.count - 1) more" : ""
        throw SetupError(
            "--out-dir \(outDir) would write results over the input files (\(first)\(more)); nothing was done. "
                + "Give a folder outside the inputs (e.g. --out-dir \(outDir.hasSuffix("/") ? String(outDir.dropLast()) : outDir)-summaries), "
                + "or --format json or markdown, whose file names differ from the inputs'")
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
