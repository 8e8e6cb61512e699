import Glibc
import HubServer
import Testing

@testable import HubServer

@Suite("The cap on open connections")
struct ConnectionLimitTests {
    @Test("--max-connections, PEERHUB_MAX_CONNECTIONS, 4096 by default, from 1 to 1,000,000")
    func setting() throws {
        #expect(try ServerConfiguration(settings: [:], environment: [:]).maxConnections == 4096)
        #expect(try ServerConfiguration(settings: [:], environment: ["PEERHUB_MAX_CONNECTIONS": "300"]).maxConnections == 300)
        #expect(
            try ServerConfiguration(settings: ["max-connections": "20"], environment: ["PEERHUB_MAX_CONNECTIONS": "300"])
                .maxConnections == 20)
        for refused in ["0", "-1", "1000001", "many"] {
            #expect(throws: ConfigurationError.self) {
                _ = try ServerConfiguration(settings: ["max-connections": refused], environment: [:])
            }
        }
    }

    @Test("the cap never exceeds what the process may open, less room for the database and logs")
    func limitFollowsOpenFileLimit() {
        var limit = rlimit()
        #expect(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0)
        let files = Int(clamping: limit.rlim_cur)
        #expect(PeerHubServer.connectionLimit(10) == min(10, files - 64))
        #expect(PeerHubServer.connectionLimit(1_000_000) == min(1_000_000, files - 64))
    }
}

@Suite("A client holding connections open")
struct HeldConnectionTests {
    @Test("past --max-connections a new connection waits unanswered until one closes, then is served")
    func newConnectionWaitsForAFreeOne() async throws {
        let hub = try await HostileHub.shared.value
        var configuration = HostileHub.configuration(.standard)
        configuration.plainHTTP = true
        configuration.maxConnections = 2
        try await hub.withListener(configuration) { port in
            // Two connections that send nothing hold both places (the read timeout is 30 s).
            var held = [try RawConnection(port: port), try RawConnection(port: port)]
            try await Task.sleep(for: .milliseconds(300))
            let waiting = try RawConnection(port: port)
            try waiting.send(RawRequest.post(SlowClientTests.normalBody))
            let early = try await RawConnection.offThePool { waiting.receive(for: 1.5) }
            #expect(early.bytes.isEmpty && !early.closed, "answered while the cap was reached: \(early.text.prefix(200))")
            held.removeLast()  // closes one: the waiting connection is accepted and answered
            let late = try await RawConnection.offThePool { waiting.receive(for: 10) }
            #expect(late.status == 200, "answered \(late.text.prefix(300))")
            _ = held
        }
    }
}
