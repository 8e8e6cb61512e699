import Foundation
import Hummingbird
import Logging
import Testing

@testable import HubServer

/// Hostile clients on a real socket, against the real hub listening on `127.0.0.1:0` in plain
/// HTTP: bodies that never end, chunked bodies over the limit, bytes that are not UTF-8. A
/// connection that stops sending is closed after the read timeout (`--read-timeout`, one second
/// here) while the hub goes on answering everyone else.
@Suite("Hostile clients on a socket", .serialized)
struct SlowClientTests {
    /// The read timeout of the listening hub.
    static let readTimeout = 1.0
    /// How long a test waits for the server to close a stalled connection: the timeout, plus
    /// room for a busy machine.
    static let closingWait = readTimeout + 14

    static let normalBody = Array(JSONText.request(HostileHub.normalQuery).utf8)

    @Test("a client that stops in the middle of its body is disconnected, and others are served meanwhile")
    func stalledBody() async throws {
        let logs = LogRecorder()
        try await withListeningHub(logs: logs) { port, hub in
            let stalled = try RawConnection(port: port)
            try stalled.send(RawRequest.head(["Content-Type: application/json", "Content-Length: 1000"]) + #"{"query":"#)
            try await Self.expectNormalAnswer(port: port, hub: hub)
            let received = try await RawConnection.offThePool { stalled.receive(for: Self.closingWait) }
            #expect(received.closed, "the stalled connection is still open")
            #expect(received.status == 0 || received.status == 408, "answered \(received.text.prefix(300))")
        }
        let statuses = logs.lines.filter { $0.message == "graphql request" }.compactMap { $0.metadata["http.status"] }
        #expect(statuses.sorted() == ["200", "408"], "logged \(statuses)")
    }

    @Test("a client that never finishes its headers is disconnected, 50 of them at once")
    func stalledHeaders() async throws {
        try await withListeningHub { port, hub in
            let stalled = try (0..<50).map { _ in try RawConnection(port: port) }
            for connection in stalled { try connection.send("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-") }
            try await Self.expectNormalAnswer(port: port, hub: hub)
            for connection in stalled {
                let received = try await RawConnection.offThePool { connection.receive(for: Self.closingWait) }
                #expect(received.closed, "a stalled connection is still open")
            }
        }
    }

    @Test("a chunked body that never ends is disconnected, and others are served meanwhile")
    func stalledChunkedBody() async throws {
        try await withListeningHub { port, hub in
            let stalled = try RawConnection(port: port)
            try stalled.send(RawRequest.head(["Content-Type: application/json", "Transfer-Encoding: chunked"]))
            try stalled.send(RawRequest.chunk(Array(#"{"query":"#.utf8)))
            try await Self.expectNormalAnswer(port: port, hub: hub)
            let received = try await RawConnection.offThePool { stalled.receive(for: Self.closingWait) }
            #expect(received.closed, "the stalled connection is still open")
        }
    }

    @Test("a chunked body over the limit, without Content-Length, is refused with 413")
    func chunkedBodyOverTheLimit() async throws {
        try await withListeningHub { port, hub in
            let connection = try RawConnection(port: port)
            try connection.send(RawRequest.head(["Content-Type: application/json", "Transfer-Encoding: chunked"]))
            let chunk = RawRequest.chunk(Array(repeating: UInt8(ascii: " "), count: 16_384))
            let refused = try await RawConnection.offThePool { () -> RawConnection.Received in
                // 80 chunks of 16 KiB: 1.25 MiB, over the 1 MiB limit; the server may answer and
                // close before the last ones, so a failed write ends the sending.
                for _ in 0..<80 { guard (try? connection.send(chunk)) != nil else { break } }
                try? connection.send(Array("0\r\n\r\n".utf8))
                return connection.receive(for: Self.closingWait)
            }
            #expect(refused.status == 413, "answered \(refused.text.prefix(300))")
            #expect(refused.text.contains(#""code":"BODY_TOO_LARGE""#))
            try await Self.expectNormalAnswer(port: port, hub: hub)
        }
    }

    @Test("bytes that are not UTF-8 in a body on the wire are refused with 400")
    func invalidUTF8OnTheWire() async throws {
        try await withListeningHub { port, hub in
            let answer = try await Self.exchange(
                port: port, RawRequest.post(Array(#"{"query":"{ __typename "#.utf8) + [0xFF, 0xFE] + Array(#"}"}"#.utf8)))
            #expect(answer.status == 400, "answered \(answer.text.prefix(300))")
            #expect(answer.text.contains(#""code":"INVALID_JSON""#))
            try await Self.expectNormalAnswer(port: port, hub: hub)
        }
    }

    @Test("bytes that are not UTF-8 in the request target are refused")
    func invalidUTF8InTheTarget() async throws {
        try await withListeningHub { port, hub in
            let request = Array("GET /graphql?query=".utf8) + [0xFF, 0xC0] + Array(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
            let answer = try await Self.exchange(port: port, request)
            #expect((400..<500).contains(answer.status), "answered \(answer.text.prefix(300))")
            try await Self.expectNormalAnswer(port: port, hub: hub)
        }
    }

    @Test("the read timeout is a setting: --read-timeout, PEERHUB_READ_TIMEOUT, 30 seconds by default")
    func readTimeoutSetting() throws {
        #expect(try ServerConfiguration(settings: [:], environment: [:]).readTimeout == .seconds(30))
        #expect(try ServerConfiguration(settings: [:], environment: ["PEERHUB_READ_TIMEOUT": "2.5"]).readTimeout == .milliseconds(2500))
        #expect(try ServerConfiguration(settings: ["read-timeout": "5"], environment: [:]).readTimeout == .seconds(5))
        #expect {
            _ = try ServerConfiguration(settings: ["read-timeout": "0"], environment: [:])
        } throws: { error in
            (error as? ConfigurationError)?.description
                == "--read-timeout (PEERHUB_READ_TIMEOUT): \"0\" is not valid; expected seconds, more than 0 and at most 3600."
        }
    }

    // MARK: - The listening hub

    /// Runs `body` with the port of the hub's main listener (standard limits, plain HTTP,
    /// ``readTimeout``), stopping the listener afterwards.
    private func withListeningHub(
        logs: LogRecorder? = nil, _ body: @escaping @Sendable (Int, HostileHub) async throws -> Void
    ) async throws {
        let hub = try await HostileHub.shared.value
        var configuration = HostileHub.configuration(.standard)
        configuration.readTimeout = .milliseconds(Int64(Self.readTimeout * 1000))
        try await hub.withListener(configuration, logs: logs) { port in try await body(port, hub) }
    }

    /// Sends `request` on a new connection and reads the answer until the server closes it.
    static func exchange(port: Int, _ request: [UInt8]) async throws -> RawConnection.Received {
        try await RawConnection.offThePool {
            let connection = try RawConnection(port: port)
            try connection.send(request)
            return connection.receive(for: closingWait)
        }
    }

    /// The normal query on a new connection gets the answer it got before any hostile request.
    static func expectNormalAnswer(port: Int, hub: HostileHub) async throws {
        let answer = try await exchange(port: port, RawRequest.post(normalBody))
        let expected = hub.normalAnswer.drop { $0 != " " }.dropFirst()
        #expect(answer.status == 200 && answer.text.hasSuffix(expected), "answered \(answer.text.prefix(400))")
    }
}
