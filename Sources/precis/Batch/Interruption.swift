import Dispatch
import Foundation
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends a batch that is interrupted (Ctrl-C, SIGINT; or SIGTERM) with a word on what it leaves:
/// the progress line is ended, and one line says how many records were written and how to carry
/// on. The exit status is then 130, as a shell gives a command stopped by Ctrl-C.
///
/// Records are delivered under a lock that the handler takes and never gives back, so the count
/// it reports is exactly what the output holds: no record is written after it.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var written = 0
    private var sources: [any DispatchSourceSignal] = []
    private let clearsLine: Bool
    private let advice: @Sendable (Int) -> String

    /// Installs the handler. `written` records are in the output already (a resumed file);
    /// `clearsLine` when a progress line may be on the terminal; `advice` turns the number of
    /// records in the output into the closing line.
    init(written: Int, clearsLine: Bool, advice: @escaping @Sendable (Int) -> String) {
        self.written = written
        self.clearsLine = clearsLine
        self.advice = advice
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            // The source keeps the handler, and the handler this object, until `end()`.
            source.setEventHandler { self.stop(signal: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `deliver`, which returns whether it wrote a record, so that an interruption falls
    /// before or after it.
    func delivering(_ deliver: () throws -> Bool) rethrows {
        lock.lock()
        defer { lock.unlock() }
        if try deliver() { written += 1 }
    }

    /// Gives the signals back their default action, once every record is written.
    func end() {
        lock.lock()
        defer { lock.unlock() }
        for source in sources { source.cancel() }
        sources = []
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }

    private func stop(signal number: Int32) -> Never {
        lock.lock()  // held until exit: no record is written after the count is taken
        var text = clearsLine ? "\r\u{1B}[K" : ""
        text += "precis: interrupted (\(number == SIGINT ? "Ctrl-C" : "SIGTERM")); \(advice(written))\n"
        FileHandle.standardError.write(Data(text.utf8))
        exit(128 + number)
    }
}
