import Foundation
import Testing

/// `precis batch` with several jobs, whatever the number of cores of the machine running the tests:
/// the parallel path, with summaries and keywords, gives what one job gives. Under `make test-tsan`
/// the binary is built with ThreadSanitizer, and a race it reports fails the test (`SanitizerReport`).
@Suite("batch with several jobs")
struct BatchJobsCLITests {
    @Test func severalJobsGiveWhatOneJobGives() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // Two copies of every fixture, so that workers meet the same language at the same time.
        for language in Fixtures.languages {
            for copy in 1...2 {
                try FileManager.default.copyItem(
                    atPath: Fixtures.path(language), toPath: input.appendingPathComponent("\(language)-\(copy).txt").path)
            }
        }
        let parallel = try PrecisBinary.run(["batch", "-n", "2", "-k", "5", "--jobs", "4", input.path])
        #expect(parallel.status == 0, "\(parallel.stderr)")
        #expect(parallel.stdoutLines.count == Fixtures.languages.count * 2)
        let serial = try PrecisBinary.run(["batch", "-n", "2", "-k", "5", "--jobs", "1", input.path])
        #expect(serial.status == 0)
        #expect(parallel.stdout == serial.stdout)
    }
}
