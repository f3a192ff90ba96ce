import ArgumentParser
import Foundation
import PrecisCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `precis serve`: runs `precis-serve`, the HTTP service, which is built from the Server/ package
/// so that apps embedding the Precis library never fetch or build a server framework.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve summaries and keywords over HTTP, with a page that shows them in the article.",
        discussion: """
            Runs precis-serve (the Server/ package: `make serve-build`), looked for in $PRECIS_SERVE, \
            beside this program, then on PATH, with the arguments given: --host (default \
            127.0.0.1), --port (8080), --jobs, --queue, --max-body (8M), --read-timeout (30 s). \
            `precis serve --help` lists them all.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Options for precis-serve.")
    var arguments: [String] = []

    func run() throws {
        guard let program = Self.locate() else {
            throw SetupError(
                "precis serve needs precis-serve, which is not beside this program or on PATH: build it with `make serve-build` "
                    + "(Server/.build/release/precis-serve), or give its path in PRECIS_SERVE")
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        throw SetupError("cannot run \(program): \(String(cString: strerror(errno)))")
    }

    /// $PRECIS_SERVE, precis-serve beside this program, or the first on PATH.
    static func locate() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["PRECIS_SERVE"], !given.isEmpty { return given }
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let me = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        var candidates = [me.deletingLastPathComponent().appendingPathComponent("precis-serve").path]
        candidates += (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/precis-serve" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
