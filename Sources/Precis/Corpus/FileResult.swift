/// One file's result among several, as JSON: the result's own object with the file's `"path"`
/// added, or, for a file that failed, the `"path"` and the `"error"` (what was wrong, and what to
/// do). An array of them is what `precis summarize --format json` and `precis keywords --format
/// json` print for several files, so that one failed file does not cost the others their results.
///
/// ```swift
/// let results = paths.map { path in
///     FileResult(path: path, outcome: Result { () throws(DocumentFailure) in try pipeline.analyze(.file(path)).report })
/// }
/// let json = try ReportEncoder(pretty: true).encode(results)
/// ```
public struct FileResult: Encodable {
    /// The file's name: its path, or "<stdin>" for standard input (``TextFile/name(of:)``).
    public let path: String
    /// The result, when the file was processed.
    public let result: (any Encodable)?
    /// What went wrong, when it was not (``DocumentFailure/problem``).
    public let error: String?

    /// The result of the file at `path` ("-" for standard input), or its failure.
    public init(path: String, outcome: Result<any Encodable, DocumentFailure>) {
        self.path = TextFile.name(of: path)
        switch outcome {
        case .success(let result):
            self.result = result
            error = nil
        case .failure(let failure):
            result = nil
            error = failure.problem
        }
    }

    private enum Key: String, CodingKey { case path, error }

    /// The result's keys (it must encode as an object), then `path` and, for a failure, `error`.
    public func encode(to encoder: any Encoder) throws {
        try result?.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
