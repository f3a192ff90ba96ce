import Dispatch
import Foundation

/// The count of a batch in progress, and the words `precis batch` shows it in: documents done,
/// failed and skipped (done in an earlier run), bytes read, throughput and, when the total is
/// known, the time left. It only counts and words; where the words go is the caller's.
///
/// ```swift
/// var tally = BatchTally(total: (documents: 120, bytes: 4_800_000))
/// tally.finished(bytes: 40_000, failed: false)
/// print(tally.progressLine)   // "precis: 1/120 documents · 0.4 MB/s · ETA 12 s"
/// print(tally.summaryLine)    // "precis: 1 document in 0.10 s: 10.0 documents/s, 0.40 MB/s"
/// ```
public struct BatchTally: Sendable {
    private let started = DispatchTime.now()
    /// Documents (and their bytes) expected in all, when known.
    public var total: (documents: Int, bytes: Int)?
    /// Documents processed (failed ones included).
    public private(set) var documents = 0
    /// Documents that failed.
    public private(set) var failed = 0
    /// Documents skipped as done in an earlier run.
    public private(set) var skipped = 0
    /// Bytes of the documents processed or skipped.
    public private(set) var bytes = 0

    /// A tally starting now, with the `total` expected, if known.
    public init(total: (documents: Int, bytes: Int)? = nil) {
        self.total = total
    }

    /// Counts a document that was done in an earlier run.
    public mutating func skip(bytes: Int) {
        skipped += 1
        self.bytes += bytes
    }

    /// Counts a processed document of `bytes` bytes, and whether it `failed`.
    public mutating func finished(bytes: Int, failed: Bool) {
        documents += 1
        self.bytes += bytes
        if failed { self.failed += 1 }
    }

    /// Seconds since the tally began.
    public var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    }

    /// The line that says how far the batch is: documents done (of the total), throughput, time
    /// left and failures, separated by " · ".
    public var progressLine: String {
        let seconds = elapsed
        var line = "precis: \(documents + skipped)"
        if let total { line += "/\(total.documents)" }
        line += " documents"
        let megabytesPerSecond = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        line += String(format: " · %.1f MB/s", megabytesPerSecond)
        if let total, documents > 0, total.bytes > bytes, megabytesPerSecond > 0 {
            line += " · ETA " + Self.duration((Double(total.bytes - bytes) / 1e6 / megabytesPerSecond).rounded(.up))
        }
        if failed > 0 { line += " · \(failed) failed" }
        return line
    }

    /// The closing line: documents, failures, documents already done, time and throughput.
    public var summaryLine: String {
        let seconds = elapsed
        var parts = [documents == 1 ? "1 document" : "\(documents) documents"]
        if failed > 0 { parts.append("\(failed) failed") }
        if skipped > 0 { parts.append("\(skipped) already done") }
        let rate = seconds > 0 ? Double(documents) / seconds : 0
        let megabytes = Double(bytes) / 1e6
        return "precis: \(parts.joined(separator: ", ")) in \(Self.duration(seconds)): \(Self.number(rate)) documents/s, "
            + "\(String(format: "%.2f", seconds > 0 ? megabytes / seconds : 0)) MB/s"
    }

    /// A duration as people read it: "42 s", "3.25 s", "12:05" or "1:02:03".
    public static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.2f s", seconds) }
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }

    /// A rate with one decimal below 100, whole above.
    static func number(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }
}
