import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// precis-serve as a process: SIGTERM lets the request in flight finish, then the process exits 0.
@Suite(.serialized) struct ShutdownTests {
    /// The precis-serve built beside the test bundle (or $PRECIS_SERVE).
    static let program: String? = {
        if let given = ProcessInfo.processInfo.environment["PRECIS_SERVE"] { return given }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("precis-serve").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    @Test(.enabled(if: program != nil, "precis-serve is not built beside the tests"))
    func sigtermFinishesTheRequestsInFlight() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.program!)
        process.arguments = ["--port", "0", "--jobs", "1"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // "precis: serving on http://127.0.0.1:PORT/ (jobs 1)"
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let byte = errors.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        let port = try #require(text.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) }, "\(text)")
        let client = LoopbackClient(port: port)
        let long = String(repeating: sample + "\n\n", count: 150)
        async let reply = client.request("POST", "/v1/analyze", body: json(["text": long]))
        try await Task.sleep(for: .milliseconds(300))
        kill(process.processIdentifier, SIGTERM)
        let answer = try await reply
        #expect(answer.status == 200)
        #expect(answer.text.hasPrefix(#"{"characters":"#))
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        await #expect(throws: (any Error).self) { try await client.request("GET", "/health") }
    }
}
