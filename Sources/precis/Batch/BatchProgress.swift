import Dispatch
import Foundation
import Precis

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a batch tells the person watching it, on standard error: a progress line that redraws
/// itself while the run goes on (only on a terminal), each failure as it happens, and a closing
/// summary line (the library's ``BatchTally`` words them). `--quiet` leaves only the failures.
final class BatchProgress {
    private let live: Bool
    private let quiet: Bool
    private var lastDrawn: UInt64 = 0
    private var lineShown = false
    /// The counts so far.
    var tally = BatchTally()

    init(quiet: Bool) {
        self.quiet = quiet
        live = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Whether a live progress line is drawn (so a total is worth counting).
    var isLive: Bool { live }

    /// Counts a document that was already done in an earlier run.
    func skip(bytes: Int) { tally.skip(bytes: bytes) }

    /// Counts a finished document; reports a failure at once.
    func finished(name: String, bytes: Int, error: String?) {
        tally.finished(bytes: bytes, failed: error != nil)
        if let error { print("precis: \(name): \(error)") }
        if live {
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastDrawn > 200_000_000 {
                lastDrawn = now
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + tally.progressLine).utf8))
                lineShown = true
            }
        }
    }

    /// Prints the summary line: documents, failures, time and throughput.
    func finish() {
        clearLine()
        if !quiet { print(tally.summaryLine) }
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
}
