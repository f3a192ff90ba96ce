/// Runs work on up to `jobs` child tasks at once and hands the results back in the order of the
/// items, whatever order they finish in: how `precis batch` runs a ``DocumentPipeline`` over a
/// corpus.
///
/// ```swift
/// var inputs = paths.map(DocumentInput.file).makeIterator()
/// try await OrderedWork.run(
///     &inputs, jobs: 4, makeWorker: { DocumentPipeline(options: options) },
///     work: { pipeline, input in pipeline.report(for: input) },
///     deliver: { report in print(report.name) })
/// ```
///
/// Each task owns a worker (a ``DocumentPipeline``, which holds ICU objects) for as long as it
/// runs; a finished task's worker goes to the next task, so no worker is ever used by two tasks at
/// once and at most `jobs` are made. At most `window` results wait for an earlier one, so memory
/// is bounded by the largest documents in flight, not by the corpus.
public enum OrderedWork {
    /// A worker on its way into a child task and back. It is used by one task at a time: the pool
    /// hands it out when the task starts and takes it back when the task's result arrives.
    private final class Lease<Worker>: @unchecked Sendable {
        let worker: Worker
        init(_ worker: Worker) { self.worker = worker }
    }

    /// Takes items from `items` as capacity frees up, runs `work` on each with a worker made by
    /// `makeWorker`, and calls `deliver` with the results in item order. At most `window` results
    /// (default `8 × jobs`) are in flight or waiting at once. An error thrown by `deliver` stops the
    /// run (tasks already started finish first) and is rethrown.
    public static func run<Items: IteratorProtocol, Worker, Result: Sendable>(
        _ items: inout Items, jobs: Int, window: Int? = nil,
        makeWorker: () -> Worker,
        work: @escaping @Sendable (Worker, Items.Element) -> Result,
        deliver: (Result) throws -> Void
    ) async throws where Items.Element: Sendable {
        let jobs = max(1, jobs)
        let window = max(jobs, window ?? jobs * 8)
        try await withThrowingTaskGroup(of: (Int, Result, Lease<Worker>).self) { group in
            var idle: [Lease<Worker>] = []
            var launched = 0
            var running = 0
            var delivered = 0
            var waiting: [Int: Result] = [:]
            var exhausted = false
            while true {
                while !exhausted, running < jobs, launched - delivered < window {
                    guard let item = items.next() else {
                        exhausted = true
                        break
                    }
                    let lease = idle.popLast() ?? Lease(makeWorker())
                    let index = launched
                    group.addTask { (index, work(lease.worker, item), lease) }
                    launched += 1
                    running += 1
                }
                guard let (index, result, lease) = try await group.next() else { return }
                running -= 1
                idle.append(lease)
                waiting[index] = result
                while let next = waiting.removeValue(forKey: delivered) {
                    try deliver(next)
                    delivered += 1
                }
            }
        }
    }
}
