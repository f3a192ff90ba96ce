import Foundation
import Precis
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Checks `--output FILE` before it is opened: a file that already holds records is emptied
    /// only with `--force`, and continued only with `--resume` by a run with the same options.
    /// Returns the options record to write before the first record (`nil` when there is none
    /// to write: standard output, or a resumed file whose record is already there).
    func checkOutput(_ record: BatchRunRecord) throws -> (path: String, record: BatchRunRecord)? {
        guard let output else { return nil }
        let recordPath = BatchRunRecord.path(for: output)
        var status = stat()
        let exists = stat(output, &status) == 0
        // /dev/null, a pipe, a terminal: nothing to protect, and nothing to resume from.
        if exists && (status.st_mode & S_IFMT) != S_IFREG { return nil }
        let holdsRecords = exists && status.st_size > 0
        if resume {
            guard holdsRecords else { return (recordPath, record) }
            guard let earlier = try BatchRunRecord.read(recordPath) else {
                throw SetupError(
                    "\(output): --resume cannot tell which options wrote its records (\(recordPath) is missing); "
                        + "to start over, run without --resume and with --force, which overwrites \(output)")
            }
            let differences = earlier.differences(from: record)
            guard differences.isEmpty else {
                throw SetupError(
                    "\(output): --resume refused: its records were written with other options (\(differences.joined(separator: "; "))); "
                        + "resume with the options of that run, or start over with --force (without --resume), which overwrites \(output)")
            }
            return nil
        }
        if holdsRecords && !force {
            throw SetupError(
                "\(output) already exists and holds \(ByteCount(Int(status.st_size))) of records; "
                    + "give --resume to carry on that run, or --force to overwrite it (or another -o FILE)")
        }
        // A file of the user's own with the sidecar's name is not taken over silently.
        _ = try BatchRunRecord.read(recordPath)
        return (recordPath, record)
    }

    /// Checks `--out-dir DIR` for `--resume`: the results already there must have been written
    /// with the same options (kept in `DIR/.precis-options.json`), or the folder must be empty.
    /// Returns the options record to write (`nil` when there is none to write).
    func checkOutDirResume(_ record: BatchRunRecord) throws -> (path: String, record: BatchRunRecord)? {
        guard let outDir else { return nil }
        var record = record
        record.options["--format"] = format.rawValue
        let recordPath = BatchRunRecord.path(forOutDir: outDir)
        let earlier = try BatchRunRecord.read(recordPath)
        guard resume else { return (recordPath, record) }
        guard let earlier else {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: outDir)) ?? []
            guard entries.isEmpty else {
                throw SetupError(
                    "--out-dir \(outDir): --resume cannot tell which options wrote the results there (\(recordPath) is missing); "
                        + "to start over, run without --resume")
            }
            return (recordPath, record)
        }
        let differences = earlier.differences(from: record)
        guard differences.isEmpty else {
            throw SetupError(
                "--out-dir \(outDir): --resume refused: its results were written with other options (\(differences.joined(separator: "; "))); "
                    + "resume with the options of that run, or start over without --resume")
        }
        return nil
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
