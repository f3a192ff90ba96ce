import Foundation
import HTTPTypes
import Logging
import Hummingbird
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Precis

/// How `precis serve` runs: where it listens and the limits it keeps.
public struct ServerConfiguration: Sendable {
    /// The address to bind (loopback unless told otherwise).
    public var host: String = "127.0.0.1"
    /// The port (0: any free port).
    public var port: Int = 8080
    /// Documents analysed at once.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Requests that may wait for a worker beyond those; more get 503.
    public var queue: Int = 64
    /// The largest request body, in bytes (413 above it).
    public var maxBody: Int = 8 << 20
    /// Time a request has to arrive whole (headers and body), and a connection may stay idle.
    public var readTimeout: Duration = .seconds(30)
    /// Seconds a client told 503 is asked to wait (`Retry-After`).
    public var retryAfter: Int = 1
    /// One log line per request on standard error.
    public var logRequests: Bool = true

    public init() {}
}

/// The Precis HTTP service: `POST /v1/analyze`, `GET /health`, `GET /openapi.yaml` and the page
/// at `GET /`.
public final class PrecisServer: Sendable {
    public let configuration: ServerConfiguration
    let admission: Admission
    let threads: NIOThreadPool
    private let idle: NIOLockedValueBox<[Worker]>

    public init(configuration: ServerConfiguration = .init()) {
        self.configuration = configuration
        admission = Admission(jobs: configuration.jobs, queue: configuration.queue)
        threads = NIOThreadPool(numberOfThreads: admission.jobs)
        threads.start()
        idle = NIOLockedValueBox((0..<admission.jobs).map { _ in Worker(maxBytes: configuration.maxBody) })
    }

    /// Runs `job` on a worker thread with a free worker's pipelines: `nil` when the queue is full.
    func analyze(_ job: AnalysisJob) async throws -> (status: Int, body: Data)? {
        guard await admission.enter() else { return nil }
        defer { admission.leave() }
        // Admission lets in at most as many jobs as there are workers: one is always free here.
        let worker = idle.withLockedValue { $0.removeLast() }
        defer { idle.withLockedValue { $0.append(worker) } }
        return try await threads.runIfActive { worker.run(job) }
    }

    /// The application: routes, limits, logging. `onServerRunning` gets the listening channel
    /// (its local address tells the port when it is 0).
    public func application(
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: RequestLog(enabled: configuration.logRequests))
        Routes(server: self).add(to: router)
        let timeout = TimeAmount.nanoseconds(
            configuration.readTimeout.components.seconds * 1_000_000_000 + configuration.readTimeout.components.attoseconds / 1_000_000_000)
        return Application(
            router: router,
            server: .http1(configuration: .init(additionalChannelHandlers: [ReadDeadline(timeout: timeout)], idleTimeout: timeout)),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "precis"),
            onServerRunning: onServerRunning,
            logger: { var logger = Logger(label: "precis-serve"); logger.logLevel = .warning; return logger }()
        )
    }

    /// Serves until SIGTERM or SIGINT, then stops taking connections, lets the requests in flight
    /// finish, and returns.
    public func run(onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) async throws {
        try await application(onServerRunning: onServerRunning).runService(gracefulShutdownSignals: [.sigterm, .sigint])
        try await threads.shutdownGracefully()
    }

    /// Stops the worker threads (after ``application(onServerRunning:)``'s app has stopped).
    public func shutdown() async throws {
        try await threads.shutdownGracefully()
    }
}

/// The routes.
struct Routes: Sendable {
    let server: PrecisServer

    func add(to router: Router<BasicRequestContext>) {
        let maxBody = server.configuration.maxBody
        let retryAfter = server.configuration.retryAfter
        router.get("/") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(string: Page.served)))
        }
        router.get("/health") { _, _ in
            let counts = server.admission.counts
            return Self.json(.ok, #"{"queued":\#(counts.queued),"running":\#(counts.running),"status":"ok"}"# + "\n")
        }
        router.get("/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPI.yaml)))
        }
        router.post("/v1/analyze") { request, _ -> Response in
            try await analyze(request, maxBody: maxBody, retryAfter: retryAfter) { body, _ throws(RequestProblem) in try AnalysisJob(json: body) }
        }
        router.post("/v1/analyze/raw") { request, _ -> Response in
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            return try await analyze(request, maxBody: maxBody, retryAfter: retryAfter) { body, _ throws(RequestProblem) in try AnalysisJob(bytes: body, query: query) }
        }
    }

    /// The methods of each path, for 405 and `Allow`.
    static let methods: [String: String] = [
        "/": "GET", "/health": "GET", "/openapi.yaml": "GET", "/v1/analyze": "POST", "/v1/analyze/raw": "POST",
    ]

    /// Reads the body (413 over the limit), makes the job (400), waits for a worker (503 when the
    /// queue is full) and answers with the record.
    private func analyze(
        _ request: Request, maxBody: Int, retryAfter: Int, job makeJob: (Data, Request) throws(RequestProblem) -> AnalysisJob
    ) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBody {
            return Self.error(.contentTooLarge, "the body is \(ByteCount(length)), over the limit of \(ByteCount(maxBody)) (--max-body)")
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxBody)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return Self.error(.contentTooLarge, "the body is over the limit of \(ByteCount(maxBody)) (--max-body)")
        }
        let job: AnalysisJob
        do {
            job = try makeJob(Data(buffer: buffer), request)
        } catch {
            return Self.error(HTTPResponse.Status(code: error.status), error.message)
        }
        guard let (status, json) = try await server.analyze(job) else {
            var response = Self.error(
                .serviceUnavailable, "busy: \(server.admission.jobs) documents running and \(server.admission.queue) waiting; retry in \(retryAfter) s")
            response.headers[.retryAfter] = String(retryAfter)
            return response
        }
        return Response(status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: json)))
    }

    static func json(_ status: HTTPResponse.Status, _ body: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// The service's error body: `{"error": "..."}`.
    static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(ErrorBody(error: message))) ?? Data()
        data.append(UInt8(ascii: "\n"))
        var fields = headers
        fields[.contentType] = "application/json"
        fields[.contentLength] = nil
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}

extension Page {
    /// The page as served: the language menu lists the codes this build knows.
    static let served = html.replacingOccurrences(
        of: "/*LANGUAGES*/", with: LanguageSupport.knownLanguages.map { "\"\($0.code)\"" }.joined(separator: ", "))
}
