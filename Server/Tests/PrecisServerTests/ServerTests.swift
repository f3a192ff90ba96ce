import Foundation
import Hummingbird
import Precis
import Testing

@testable import PrecisServer

/// A server on a free loopback port for the length of `body`.
func withServer<T: Sendable>(
    _ configure: (inout ServerConfiguration) -> Void = { _ in }, _ body: @Sendable (LoopbackClient, PrecisServer) async throws -> T
) async throws -> T {
    var configuration = ServerConfiguration()
    configuration.port = 0
    configuration.jobs = 2
    configuration.logRequests = false
    configure(&configuration)
    let server = PrecisServer(configuration: configuration)
    let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
    let app = server.application { channel in
        portSink.yield(channel.localAddress?.port ?? 0)
    }
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            try await app.run()
            return nil
        }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        let result = try await body(LoopbackClient(port: port), server)
        group.cancelAll()
        try await group.waitForAll()
        try await server.shutdown()
        return result
    }
}

let sample = try! String(contentsOfFile: #filePath.replacingOccurrences(of: "Server/Tests/PrecisServerTests/ServerTests.swift", with: "corpora/samples/lake-en.txt"), encoding: .utf8)

func json(_ object: [String: Any]) -> Data { try! JSONSerialization.data(withJSONObject: object) }

@Suite(.serialized) struct ServerTests {
    @Test func health() async throws {
        try await withServer { client, _ in
            let reply = try await client.request("GET", "/health")
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"] == "application/json")
            #expect(reply.text.contains(#""status":"ok""#))
        }
    }

    @Test func pageAndOpenAPI() async throws {
        try await withServer { client, _ in
            let page = try await client.request("GET", "/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("<html"))
            // Self-contained: no script, style or font from anywhere else.
            #expect(!page.text.contains("src=\"http"))
            #expect(!page.text.contains("href=\"http"))
            #expect(!page.text.contains("@import"))
            let spec = try await client.request("GET", "/openapi.yaml")
            #expect(spec.status == 200)
            #expect(spec.text.hasPrefix("openapi: 3."))
        }
    }

    @Test func theRepositorysFilesAreTheOnesServed() throws {
        let folder = #filePath.replacingOccurrences(of: "Tests/PrecisServerTests/ServerTests.swift", with: "")
        #expect(try String(contentsOfFile: folder + "openapi.yaml", encoding: .utf8) == OpenAPI.yaml, "run `make serve-sources`")
        #expect(try String(contentsOfFile: folder + "page.html", encoding: .utf8) == Page.html, "run `make serve-sources`")
        #expect(Page.served.contains(#""en", "#))
        // The languages the description lists are those this build knows, as spelt there.
        let listed = OpenAPI.yaml.split(separator: "\n").first { $0.contains("enum: [auto, \"") }!
        #expect(listed.contains("enum: [auto, " + LanguageSupport.knownLanguages.map { "\"\($0.code)\"" }.joined(separator: ", ") + "]"), "update Language in openapi.yaml")
    }

    @Test func analyzeGivesTheLibrarysRecord() async throws {
        try await withServer { client, _ in
            let reply = try await client.request("POST", "/v1/analyze", body: json(["text": sample, "id": "a1"]))
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"] == "application/json")
            var options = PipelineOptions()
            options.keywords = .init(count: 10)
            let expected = try ReportEncoder().encode(DocumentPipeline(options: options).report(for: .text(sample, id: "a1"))) + Data("\n".utf8)
            #expect(reply.body == expected)
        }
    }

    @Test func neitherSummaryNorKeywordsGivesTheLanguageAndCounts() async throws {
        try await withServer { client, _ in
            let reply = try await client.request("POST", "/v1/analyze", body: json(["text": sample, "sentences": 0, "keywords": 0]))
            #expect(reply.status == 200)
            #expect(reply.text.contains(#""language":"en""#))
            #expect(!reply.text.contains("summary") && !reply.text.contains("keywords"))
        }
    }

    @Test func analyzeOptions() async throws {
        try await withServer { client, _ in
            let body = json(["text": sample, "sentences": 2, "keywords": 4, "lang": "en", "title": "exclude", "occurrences": true, "includeText": true])
            let reply = try await client.request("POST", "/v1/analyze", body: body)
            #expect(reply.status == 200)
            let object = try JSONSerialization.jsonObject(with: reply.body) as! [String: Any]
            let summary = object["summary"] as! [[String: Any]]
            let keywords = object["keywords"] as! [[String: Any]]
            #expect(summary.count == 2)
            #expect(summary.allSatisfy { $0["index"] as? Int != 0 })  // the title left out
            #expect(keywords.count == 4)
            let text = Data((object["text"] as! String).utf8)
            for keyword in keywords {
                let occurrences = keyword["occurrences"] as! [[Int]]
                #expect(occurrences.count == keyword["count"] as? Int)
                for range in occurrences {
                    let found = String(decoding: text[range[0]..<range[1]], as: UTF8.self)
                    #expect((keyword["surfaceForms"] as! [String]).contains(found))
                }
            }
            for sentence in summary {
                #expect(String(decoding: text[(sentence["start"] as! Int)..<(sentence["end"] as! Int)], as: UTF8.self) == sentence["text"] as? String)
            }
        }
    }

    @Test func base64AndRawBodies() async throws {
        try await withServer { client, _ in
            let cp1251 = "Президент Владимир Путин исключил отправку войск в Афганистан. Он сказал, что опыт Советского Союза стал уроком. Москва будет полагаться на дипломатию."
                .data(using: .windowsCP1251)!
            let reply = try await client.request("POST", "/v1/analyze", body: json(["base64": cp1251.base64EncodedString(), "keywords": 3]))
            #expect(reply.status == 200)
            #expect(reply.text.contains(#""encoding":"windows-1251""#))
            #expect(reply.text.contains(#""language":"ru""#))
            let raw = try await client.request("POST", "/v1/analyze/raw?sentences=1&keywords=2", body: Data(sample.utf8), contentType: "text/plain")
            #expect(raw.status == 200)
            let object = try JSONSerialization.jsonObject(with: raw.body) as! [String: Any]
            #expect((object["summary"] as! [Any]).count == 1)
            #expect((object["keywords"] as! [Any]).count == 2)
        }
    }

    @Test func badRequests() async throws {
        try await withServer { client, _ in
            for body in ["{\"text\": ", "[1,2]", "{\"text\": 5}", "{}", "{\"text\":\"a\",\"base64\":\"YQ==\"}", "{\"base64\":\"%%%\"}",
                "{\"text\":\"a\",\"lang\":\"xx\"}", "{\"text\":\"a\",\"sentences\":-1}", "{\"text\":\"a\",\"keywords\":100000}",
                "{\"text\":\"a\",\"title\":\"maybe\"}", "{\"text\":\"a\",\"lang\":\"EN\"}", "{\"text\":\"a\",\"includeText\":null}", "{\"text\":\"a\",\"ratio\":0.2,\"words\":3}"]
            {
                let reply = try await client.request("POST", "/v1/analyze", body: Data(body.utf8))
                #expect(reply.status == 400, "\(body)")
                #expect(reply.text.hasPrefix(#"{"error":""#), "\(body)")
            }
            for query in ["keywords=many", "title=AAA", "occurrences=1", "lang=xx"] {
                let raw = try await client.request("POST", "/v1/analyze/raw?" + query, body: Data("text".utf8), contentType: "text/plain")
                #expect(raw.status == 400, "\(query)")
            }
            #expect(try await client.request("GET", "/nowhere").status == 404)
            let wrong = try await client.request("GET", "/v1/analyze")
            #expect(wrong.status == 405)
            #expect(wrong.headers["allow"] == "POST")
            #expect(try await client.request("DELETE", "/health").status == 405)
        }
    }

    @Test func undecodableBytesGet422InTheCommandLinesWords() async throws {
        try await withServer { client, _ in
            var binary = Data("PK".utf8)
            binary.append(contentsOf: [0, 0, 3, 4, 0xFF, 0xFE, 0, 1])
            let reply = try await client.request("POST", "/v1/analyze", body: json(["base64": binary.base64EncodedString()]))
            #expect(reply.status == 422)
            let expected: String
            do {
                _ = try TextFile.decode(binary, name: "<input>")
                expected = ""
            } catch {
                expected = (error as? DocumentFailure)?.problem ?? ""
            }
            #expect(reply.text == "{\"error\":\"\(expected)\",\"schemaVersion\":1}\n")
            let raw = try await client.request("POST", "/v1/analyze/raw", body: binary, contentType: "application/octet-stream")
            #expect(raw.status == 422)
            let empty = try await client.request("POST", "/v1/analyze", body: json(["base64": ""]))
            #expect(empty.status == 422)
        }
    }

    @Test func bodiesOverTheLimitGet413() async throws {
        try await withServer({ $0.maxBody = 64 << 10 }) { client, _ in
            let big = Data(repeating: UInt8(ascii: "a"), count: 100 << 10)
            let declared = try await client.request("POST", "/v1/analyze/raw", body: big, contentType: "text/plain")
            #expect(declared.status == 413)
            #expect(declared.text.contains("over the limit"))
            // Without a length (chunked), the limit holds as the body comes in.
            var chunked = Data("POST /v1/analyze/raw HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            for _ in 0..<100 { chunked.append(Data("400\r\n".utf8) + Data(repeating: UInt8(ascii: "b"), count: 1024) + Data("\r\n".utf8)) }
            chunked.append(Data("0\r\n\r\n".utf8))
            let reply = try LoopbackClient.parse(try await client.exchange(chunked))
            #expect(reply.status == 413)
            #expect(try await client.request("GET", "/health").status == 200)
        }
    }

    @Test func aFullQueueGets503WithRetryAfter() async throws {
        try await withServer({
            $0.jobs = 1
            $0.queue = 1
        }) { client, _ in
            let long = String(repeating: sample + "\n\n", count: 150)
            let replies = try await withThrowingTaskGroup(of: LoopbackClient.Reply.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.request("POST", "/v1/analyze", body: json(["text": long, "keywords": 10])) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let statuses = replies.map(\.status)
            #expect(statuses.filter { $0 == 200 }.count >= 2)
            #expect(statuses.filter { $0 == 503 }.count >= 1)
            #expect(Set(statuses).isSubset(of: [200, 503]))
            for reply in replies where reply.status == 503 {
                #expect(reply.headers["retry-after"] == "1")
            }
        }
    }

    @Test func aSlowClientIsCutOff() async throws {
        try await withServer({ $0.readTimeout = .milliseconds(500) }) { client, _ in
            let start = ContinuousClock.now
            // Headers a few bytes every 200 ms: never whole within the read timeout.
            let head = Data("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\n".utf8)
            let reply = try await client.exchange(head, pieces: 40, pause: .milliseconds(200))
            #expect(reply.isEmpty)
            #expect(ContinuousClock.now - start < .seconds(5))
            let health = try await client.request("GET", "/health")
            #expect(health.status == 200)
        }
    }

    /// The record the server answers with is the line `precis batch --stdin-jsonl` writes for the
    /// same document and options, byte for byte. Needs the CLI: PRECIS=path/to/precis.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PRECIS"] != nil))
    func recordsAreThoseOfPrecisBatch() async throws {
        let precis = ProcessInfo.processInfo.environment["PRECIS"]!
        let arabic = "أعلن مجلس مدينة الواحة يوم الثلاثاء عن خطة لإحياء البحيرة القديمة. وقالت الدكتورة هالة عمر إن المياه ستعود خلال ثلاث سنوات. ويأمل السكان أن تعود الطيور المهاجرة إلى البحيرة."
        let chinese = "湖畔镇议会周二投票决定拨款四百二十万美元修复马罗湖。这个浅湖自二零一五年以来每年夏天都被藻类染绿。水务局的奥卡福博士制定了这项计划。"
        let cp1251 = "Москва будет полагаться на дипломатию. Президент исключил отправку войск.".data(using: .windowsCP1251)!
        let documents: [[String: Any]] = [
            ["id": "en", "text": sample], ["id": "ar", "text": arabic], ["id": "zh", "text": chinese],
            ["id": "ru", "base64": cp1251.base64EncodedString()], ["id": "bin", "base64": Data([0, 1, 2, 0xFF, 0]).base64EncodedString()],
        ]
        let input = documents.map { String(decoding: json($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: precis)
        process.arguments = ["batch", "--stdin-jsonl", "-n", "2", "-k", "5", "--quiet", "--jobs", "1"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        try #require(lines.count == documents.count)
        let requests: [(id: String, body: Data)] = documents.map { document in
            var request = document
            request["sentences"] = 2
            request["keywords"] = 5
            return (document["id"] as! String, json(request))
        }
        let expected = lines.map { Data($0) + Data("\n".utf8) }
        try await withServer { client, _ in
            for ((id, body), line) in zip(requests, expected) {
                let reply = try await client.request("POST", "/v1/analyze", body: body)
                #expect(reply.body == line, "\(id)")
                #expect(reply.status == (id == "bin" ? 422 : 200))
            }
        }
    }
}
