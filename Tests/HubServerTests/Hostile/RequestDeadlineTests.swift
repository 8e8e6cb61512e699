import Foundation
import NIOSSL
import Testing

@testable import HubServer

/// Clients that trickle a request a few bytes at a time, never quiet long enough for the read
/// timeout: the request timeout (`--request-timeout`, 1.5 seconds here, against a read timeout
/// of 10) answers them 408 `REQUEST_TIMEOUT` and closes their connection, while a slow but
/// steady client, or one pausing between requests, is served.
@Suite("Requests trickled a byte at a time", .serialized)
struct RequestDeadlineTests {
    /// The request timeout of the listening hub.
    static let requestTimeout = 1.5
    /// The read timeout: far beyond the pauses of a trickle, so that only the request timeout
    /// can end one.
    static let readTimeout = 10.0
    /// The pause between two trickled bytes.
    static let pause = 0.2
    /// How long after the request timeout the 408 may come on a busy machine; short of the read
    /// timeout, so that a connection ended by the read timeout instead fails the test.
    static let margin = 6.0

    @Test("a body trickled a byte at a time is answered 408 REQUEST_TIMEOUT at the deadline and disconnected")
    func trickledBody() async throws {
        let logs = LogRecorder()
        try await withListeningHub(logs: logs) { port, hub in
            let connection = try RawConnection(port: port)
            try connection.send(RawRequest.head(["Content-Type: application/json", "Content-Length: 100000"]) + #"{"query":"#)
            let trickle = try await RawConnection.offThePool {
                connection.trickle(Array(repeating: UInt8(ascii: " "), count: 1000), pause: Self.pause, for: Self.readTimeout)
            }
            Self.expectTimedOut(trickle)
            try await SlowClientTests.expectNormalAnswer(port: port, hub: hub)
        }
        let lines = logs.lines.filter { $0.message == "graphql request" }
        #expect(lines.compactMap { $0.metadata["http.status"] }.sorted() == ["200", "408"])
        #expect(lines.contains { $0.metadata["graphql.error_codes"] == "REQUEST_TIMEOUT" })
    }

    @Test("a chunked body trickled a chunk at a time is answered 408 REQUEST_TIMEOUT at the deadline")
    func trickledChunkedBody() async throws {
        try await withListeningHub { port, hub in
            let connection = try RawConnection(port: port)
            try connection.send(RawRequest.head(["Content-Type: application/json", "Transfer-Encoding: chunked"]))
            let chunks = Array(repeating: RawRequest.chunk([UInt8(ascii: " ")]), count: 100)
            let trickle = try await RawConnection.offThePool {
                connection.trickle(pieces: [RawRequest.chunk(Array(#"{"query":"#.utf8))] + chunks, pause: Self.pause, for: Self.readTimeout)
            }
            Self.expectTimedOut(trickle)
            try await SlowClientTests.expectNormalAnswer(port: port, hub: hub)
        }
    }

    @Test("a head trickled a byte at a time is answered 408 REQUEST_TIMEOUT at the deadline and disconnected")
    func trickledHead() async throws {
        let logs = LogRecorder()
        try await withListeningHub(logs: logs) { port, hub in
            let connection = try RawConnection(port: port)
            try connection.send("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ")
            let trickle = try await RawConnection.offThePool {
                connection.trickle(Array(repeating: UInt8(ascii: "a"), count: 1000), pause: Self.pause, for: Self.readTimeout)
            }
            Self.expectTimedOut(trickle)
            try await SlowClientTests.expectNormalAnswer(port: port, hub: hub)
        }
        #expect(logs.lines.contains { $0.message == "request deadline passed" && $0.metadata["http.head_received"] == "false" })
    }

    @Test("a head trickled after a first request on the same connection is answered 408 REQUEST_TIMEOUT at the deadline")
    func trickledHeadAfterARequest() async throws {
        try await withListeningHub { port, hub in
            let connection = try RawConnection(port: port)
            try connection.send(Self.keepAlivePost(SlowClientTests.normalBody))
            let first = try await RawConnection.offThePool { connection.receive(for: Self.requestTimeout) }
            #expect(first.status == 200 && !first.closed, "answered \(first.text.prefix(300))")
            try await Task.sleep(for: .seconds(Self.requestTimeout * 2))
            try connection.send("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ")
            let trickle = try await RawConnection.offThePool {
                connection.trickle(Array(repeating: UInt8(ascii: "a"), count: 1000), pause: Self.pause, for: Self.readTimeout)
            }
            Self.expectTimedOut(trickle)
            try await SlowClientTests.expectNormalAnswer(port: port, hub: hub)
        }
    }

    @Test("a body sent slowly but within the request timeout is served")
    func slowButSteadyBody() async throws {
        try await withListeningHub { port, hub in
            let connection = try RawConnection(port: port)
            let request = RawRequest.post(SlowClientTests.normalBody)
            let quarter = request.count / 4 + 1
            let pieces = stride(from: 0, to: request.count, by: quarter).map { Array(request[$0..<min($0 + quarter, request.count)]) }
            let trickle = try await RawConnection.offThePool {
                connection.trickle(pieces: pieces, pause: Self.requestTimeout / 10, for: Self.readTimeout)
            }
            let expected = hub.normalAnswer.drop { $0 != " " }.dropFirst()
            #expect(trickle.received.status == 200 && trickle.received.text.hasSuffix(expected), "answered \(trickle.received.text.prefix(400))")
        }
    }

    @Test("a connection quiet between requests for longer than the request timeout is served: the clock starts at a request's first bytes")
    func pauseBetweenRequests() async throws {
        try await withListeningHub { port, hub in
            let connection = try RawConnection(port: port)
            let body = SlowClientTests.normalBody
            try connection.send(Self.keepAlivePost(body))
            let first = try await RawConnection.offThePool { connection.receive(for: Self.requestTimeout) }
            #expect(first.status == 200 && !first.closed, "answered \(first.text.prefix(300))")
            try await Task.sleep(for: .seconds(Self.requestTimeout * 2))
            try connection.send(RawRequest.post(body))
            let second = try await RawConnection.offThePool { connection.receive(for: Self.readTimeout) }
            let expected = hub.normalAnswer.drop { $0 != " " }.dropFirst()
            #expect(second.status == 200 && second.text.hasSuffix(expected), "answered \(second.text.prefix(400))")
        }
    }

    @Test(
        "a TLS connection that sends nothing, or trickles its handshake, is closed at the deadline",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs the openssl tool"))
    func stalledHandshake() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peerhub-handshake-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let certificate = try DevelopmentCertificate.ensure(in: folder)
        let tls = try ServerTLS.configuration(certificatePath: certificate.certificatePath, keyPath: certificate.keyPath)
        try await withListeningHub(tls: tls) { port, _ in
            let silent = try RawConnection(port: port)
            let trickling = try RawConnection(port: port)
            // A TLS record header announcing a 512-byte handshake message, then its bytes one by one.
            try trickling.send([0x16, 0x03, 0x01, 0x02, 0x00])
            async let quiet = RawConnection.offThePool { silent.receive(for: Self.readTimeout) }
            let trickle = try await RawConnection.offThePool {
                trickling.trickle(Array(repeating: 0x01, count: 500), pause: Self.pause, for: Self.readTimeout)
            }
            for (name, ended) in try await [("silent", quiet), ("trickling", trickle.received)] {
                #expect(ended.closed && ended.bytes.isEmpty, "the \(name) connection got \(ended.bytes.count) bytes, closed: \(ended.closed)")
            }
            #expect(trickle.seconds < Self.requestTimeout + Self.margin, "closed after \(trickle.seconds) s")
        }
    }

    @Test("the request timeout is a setting: --request-timeout, PEERHUB_REQUEST_TIMEOUT, 60 seconds by default")
    func requestTimeoutSetting() throws {
        #expect(try ServerConfiguration(settings: [:], environment: [:]).requestTimeout == .seconds(60))
        #expect(
            try ServerConfiguration(settings: [:], environment: ["PEERHUB_REQUEST_TIMEOUT": "2.5"]).requestTimeout == .milliseconds(2500))
        #expect(
            try ServerConfiguration(settings: ["request-timeout": "90"], environment: ["PEERHUB_REQUEST_TIMEOUT": "5"]).requestTimeout
                == .seconds(90))
        for refused in ["0", "-1", "3601", "soon"] {
            #expect {
                _ = try ServerConfiguration(settings: ["request-timeout": refused], environment: [:])
            } throws: { error in
                (error as? ConfigurationError)?.description
                    == "--request-timeout (PEERHUB_REQUEST_TIMEOUT): \"\(refused)\" is not valid; expected seconds, more than 0 and at most 3600."
            }
        }
        var configuration = ServerConfiguration()
        configuration.requestTimeout = .zero
        #expect(throws: ConfigurationError.self) { try configuration.validate() }
    }

    // MARK: - Helpers

    /// A complete JSON POST of `body` that keeps the connection open for another request.
    private static func keepAlivePost(_ body: [UInt8]) -> [UInt8] {
        Array(RawRequest.head(["Content-Type: application/json", "Content-Length: \(body.count)"]).utf8) + body
    }

    /// The trickle got 408 with `REQUEST_TIMEOUT` and was disconnected, within the margin.
    private static func expectTimedOut(_ trickle: RawConnection.Trickle) {
        #expect(trickle.received.status == 408, "answered \(trickle.received.text.prefix(300))")
        #expect(trickle.received.text.contains(#""code":"REQUEST_TIMEOUT""#), "answered \(trickle.received.text.prefix(300))")
        #expect(trickle.received.text.contains("within the 1.5 seconds the server allows"))
        #expect(trickle.received.closed, "the trickling connection is still open")
        #expect(trickle.seconds < requestTimeout + margin, "closed after \(trickle.seconds) s")
    }

    /// Runs `body` with the port of the hub's main listener (standard limits, over `tls` when
    /// given else plain HTTP, ``requestTimeout`` and ``readTimeout``), stopping the listener
    /// afterwards.
    private func withListeningHub(
        tls: TLSConfiguration? = nil, logs: LogRecorder? = nil, _ body: @escaping @Sendable (Int, HostileHub) async throws -> Void
    ) async throws {
        let hub = try await HostileHub.shared.value
        var configuration = HostileHub.configuration(.standard)
        configuration.plainHTTP = tls == nil
        configuration.readTimeout = .milliseconds(Int64(Self.readTimeout * 1000))
        configuration.requestTimeout = .milliseconds(Int64(Self.requestTimeout * 1000))
        try await hub.withListener(configuration, tls: tls, logs: logs) { port in try await body(port, hub) }
    }
}

extension RawConnection {
    /// What a trickle got back, and how long it took from its first piece.
    struct Trickle {
        var received: Received
        var seconds: Double
    }

    /// Sends `bytes` one at a time, `pause` seconds apart (see ``trickle(pieces:pause:for:)``).
    func trickle(_ bytes: [UInt8], pause: Double, for seconds: Double) -> Trickle {
        trickle(pieces: bytes.map { [$0] }, pause: pause, for: seconds)
    }

    /// Sends `pieces` `pause` seconds apart, reading meanwhile, until the server closes the
    /// connection or `seconds` pass; the pieces stop once the server answers or a send fails.
    func trickle(pieces: [[UInt8]], pause: Double, for seconds: Double) -> Trickle {
        let start = Date()
        var received: [UInt8] = []
        for piece in pieces where received.isEmpty && Date().timeIntervalSince(start) < seconds {
            guard (try? send(piece)) != nil else { break }
            let answer = receive(for: pause)
            received += answer.bytes
            if answer.closed { return Trickle(received: Received(bytes: received, closed: true), seconds: Date().timeIntervalSince(start)) }
        }
        let rest = receive(for: max(seconds - Date().timeIntervalSince(start), 0.1))
        return Trickle(received: Received(bytes: received + rest.bytes, closed: rest.closed), seconds: Date().timeIntervalSince(start))
    }
}
