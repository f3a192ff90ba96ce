import Foundation
import HTTPTypes
import Hummingbird

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One JSON line a request on standard error: time, method, path (no query), status, bytes
/// received and sent, and milliseconds. Never the text.
///
/// It also turns every error into the service's JSON error body, so the line gives the status
/// and size the client got.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let enabled: Bool

    struct Line: Encodable {
        var time: String
        var method: String
        var path: String
        var status: Int
        var received: Int
        var bytes: Int
        var ms: Double
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            if let allowed = Routes.methods[request.uri.path], allowed != request.method.rawValue {
                throw HTTPError(.methodNotAllowed, headers: [.allow: allowed], message: "\(request.uri.path) takes \(allowed)")
            }
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            let message: String
            if let error = error as? HTTPError, let body = error.body {
                message = body
            } else {
                message = error.status.reasonPhrase.lowercased()
            }
            response = Routes.error(error.status, message, headers: (error as? HTTPError)?.headers ?? [:])
        } catch {
            response = Routes.error(.internalServerError, "\(error)")
        }
        if enabled {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let line = Line(
                time: Date().formatted(.iso8601), method: request.method.rawValue, path: request.uri.path,
                status: response.status.code, received: request.headers[.contentLength].flatMap { Int($0) } ?? 0,
                bytes: response.body.contentLength ?? 0, ms: (ms * 10).rounded() / 10)
            Self.emit(line)
        }
        return response
    }

    private static func emit(_ line: Line) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(line) else { return }
        data.append(UInt8(ascii: "\n"))
        // One write(2) a line: lines from requests running at once never interleave.
        data.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }
}
