// `precis-serve` (also run as `precis serve`): Precis as an HTTP service.
import ArgumentParser
import Foundation
import Precis
import PrecisServer

@main
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis serve",
        abstract: "Serve summaries and keywords over HTTP, with a page that shows them in the article.",
        discussion: """
            POST /v1/analyze takes {"text": ...} or {"base64": ...} with optional "lang", \
            "sentences" (or "ratio", "words", "characters"), "keywords", "title", "id", \
            "occurrences" and "includeText", and answers with the record `precis batch` writes \
            for the document; POST /v1/analyze/raw takes the document itself as the body and the \
            options in the query string. GET / is the page, GET /health the health check, GET /openapi.yaml \
            the API's description.

            Bodies over --max-body get 413; malformed JSON 400; bytes that are not text 422, in \
            the command line's words. At most --jobs documents run at once and --queue more wait; \
            beyond that requests get 503 with Retry-After. A request must arrive whole within \
            --read-timeout. SIGTERM or Ctrl-C stops taking requests, finishes those in flight and \
            exits. Each request is logged as one JSON line on standard error (never the text).
            """
    )

    @Option(help: "Address to bind (default loopback only; 0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "Port (0 for any free port).")
    var port = 8080

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Requests that may wait for a worker; more get 503.")
    var queue = 64

    @Option(name: .customLong("max-body"), help: ArgumentHelp("Largest request body (e.g. 500K, 8M).", valueName: "size"))
    var maxBody = "8M"

    @Option(name: .customLong("read-timeout"), help: ArgumentHelp("Seconds a request has to arrive whole.", valueName: "seconds"))
    var readTimeout: Double = 30

    @Flag(name: .customLong("no-log"), help: "No log line per request.")
    var noLog = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs))") }
        if queue < 0 { throw ValidationError("--queue must be at least 0 (got \(queue))") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535 (got \(port))") }
        if ByteCount(parsing: maxBody) == nil { throw ValidationError("--max-body takes a size like 500K or 8M (got '\(maxBody)')") }
        if !(readTimeout > 0) { throw ValidationError("--read-timeout must be above 0 (got \(readTimeout))") }
    }

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        if let jobs { configuration.jobs = jobs }
        configuration.queue = queue
        configuration.maxBody = ByteCount(parsing: maxBody)!.bytes
        configuration.readTimeout = .milliseconds(Int64(readTimeout * 1000))
        configuration.logRequests = !noLog
        let server = PrecisServer(configuration: configuration)
        let jobs = configuration.jobs
        try await server.run { channel in
            let address = channel.localAddress.map { "\($0.ipAddress ?? host):\($0.port ?? port)" } ?? "\(host):\(port)"
            FileHandle.standardError.write(Data("precis: serving on http://\(address)/ (jobs \(jobs))\n".utf8))
        }
    }
}
