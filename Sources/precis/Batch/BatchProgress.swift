import Dispatch
import Foundation
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a batch tells the person watching it, on standard error: a progress line that redraws
/// itself while the run goes on (only on a terminal), each failure as it happens, and a closing
/// summary line. `--quiet` leaves only the failures.
final class BatchProgress {
    private let live: Bool
    private let quiet: Bool
    private let started = DispatchTime.now()
    private var lastDrawn: UInt64 = 0
    private var lineShown = false

    /// Documents (and their bytes) expected in all, when known.
    var total: (documents: Int, bytes: Int)?
    private(set) var documents = 0
    private(set) var failed = 0
    private(set) var skipped = 0
    private(set) var bytes = 0

    init(quiet: Bool) {
        self.quiet = quiet
        live = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Whether a live progress line is drawn (so a total is worth counting).
    var isLive: Bool { live }

    /// Counts a document that was already done in an earlier run.
    func skip(bytes: Int) {
        skipped += 1
        self.bytes += bytes
    }

    /// Counts a finished document; reports a failure at once.
    func finished(name: String, bytes: Int, error: String?) {
        documents += 1
        self.bytes += bytes
        if let error {
            failed += 1
            print("precis: \(name): \(error)")
        }
        if live {
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastDrawn > 200_000_000 {
                lastDrawn = now
                draw()
            }
        }
    }

    /// Prints the summary line: documents, failures, time and throughput.
    func finish() {
        clearLine()
        guard !quiet else { return }
        let seconds = elapsed
        var parts = [documents == 1 ? "1 document" : "\(documents) documents"]
        if failed > 0 { parts.append("\(failed) failed") }
        if skipped > 0 { parts.append("\(skipped) already done") }
        let rate = seconds > 0 ? Double(documents) / seconds : 0
        let processedBytes = Double(bytes) / 1e6
        print("precis: \(parts.joined(separator: ", ")) in \(Self.duration(seconds)): \(Self.number(rate)) documents/s, \(String(format: "%.2f", seconds > 0 ? processedBytes / seconds : 0)) MB/s")
    }

    private var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    }

    private func draw() {
        let seconds = elapsed
        let done = documents + skipped
        var line = "precis: \(done)"
        if let total { line += "/\(total.documents)" }
        line += " documents"
        let megabytesPerSecond = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        line += String(format: " · %.1f MB/s", megabytesPerSecond)
        if let total, documents > 0, total.bytes > bytes, megabytesPerSecond > 0 {
            line += " · ETA " + Self.duration((Double(total.bytes - bytes) / 1e6 / megabytesPerSecond).rounded(.up))
        }
        if failed > 0 { line += " · \(failed) failed" }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        lineShown = true
    }

    private func print(_ text: String) {
        clearLine()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    private func clearLine() {
        if lineShown {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            lineShown = false
        }
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.2f s", seconds) }
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }

    static func number(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }
}
