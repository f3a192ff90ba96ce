import NIOConcurrencyHelpers

/// How many documents run at once, and how many wait: at most `jobs` run, at most `queue` more
/// wait their turn (first come, first served), and any beyond those are turned away at once
/// (`503 Service Unavailable` with `Retry-After`).
final class Admission: Sendable {
    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    let jobs: Int
    let queue: Int
    private let state = NIOLockedValueBox(State())

    init(jobs: Int, queue: Int) {
        self.jobs = max(1, jobs)
        self.queue = max(0, queue)
    }

    /// Waits for a turn: `true` once the caller may run (it must call ``leave()`` after), `false`
    /// at once when every place in the queue is taken.
    func enter() async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let decision: Bool? = state.withLockedValue { state in
                if state.running < jobs {
                    state.running += 1
                    return true
                }
                if state.waiting.count < queue {
                    state.waiting.append(continuation)
                    return nil
                }
                return false
            }
            if let decision { continuation.resume(returning: decision) }
        }
    }

    /// Ends a turn: the first waiting caller (if any) takes it over.
    func leave() {
        let next: CheckedContinuation<Bool, Never>? = state.withLockedValue { state in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: true)
    }

    /// The documents running and waiting now.
    var counts: (running: Int, queued: Int) {
        state.withLockedValue { ($0.running, $0.waiting.count) }
    }
}
