import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import HubServer

/// The hostile-input table (issue 7, "Hostile input"): each request sent to the real hub through
/// its router gets the status and errors it must, leaks nothing, and the hub then still answers
/// the normal query exactly as before any hostile request. One request at a time, so that the
/// normal query checks the hub after that request alone (and is not refused as one too many).
@Suite("Hostile input against the real hub", .serialized)
struct HostileInputTests {
    @Test(
        "a hostile request gets its status and error, and the hub still answers",
        arguments: HostileDocumentCases.all + HostileTransportCases.all + HostileCredentialCases.all + HostileArgumentCases.all
            + HostileValidationCases.all)
    func hostileRequest(_ hostile: HostileCase) async throws {
        let hub = try await HostileHub.shared.value
        let answer = try await Self.send(hostile, to: hub)

        #expect(answer.status == hostile.status, "answered \(answer.status): \(answer.body.prefix(600))")
        for code in hostile.codes {
            #expect(answer.body.contains(#""code":"\#(code)""#), "no \(code) in \(answer.body.prefix(600))")
        }
        for fragment in hostile.fragments {
            #expect(answer.body.contains(fragment), "no \(fragment.prefix(100)) in \(answer.body.prefix(600))")
        }
        for leak in HostileCase.leaks {
            #expect(!answer.body.contains(leak), "the answer shows \(leak): \(answer.body.prefix(600))")
        }
        let normal = try await HostileHub.ask(HostileHub.normalQuery, hub.server(.standard))
        #expect(normal == hub.normalAnswer, "the normal query now gets \(normal.prefix(600))")
    }

    @Test("the normal query's answer holds the seeded data (so comparing with it means something)")
    func normalAnswer() async throws {
        let hub = try await HostileHub.shared.value
        #expect(hub.normalAnswer.hasPrefix(#"200 {"data":{"practices":{"totalCount":"#))
        #expect(hub.normalAnswer.contains(#""practice":{"key":"nam-dinh-land-management""#))
    }

    @Test("the table holds at least 50 hostile requests, each named once")
    func tableSize() {
        let names = (HostileDocumentCases.all + HostileTransportCases.all + HostileCredentialCases.all
            + HostileArgumentCases.all + HostileValidationCases.all).map(\.name)
        #expect(names.count >= 50)
        #expect(Set(names).count == names.count)
    }

    /// The status and body of `hostile` sent to the hub's router.
    static func send(_ hostile: HostileCase, to hub: HostileHub) async throws -> (status: Int, body: String) {
        var headers = HTTPFields()
        headers[.accept] = hostile.accept
        if let contentType = hostile.contentType { headers[.contentType] = contentType }
        if let credential = hostile.credential { headers[.authorization] = hub.authorization(credential) }
        let sent = headers
        let answer = Mutex((status: 0, body: ""))
        try await withClient(hub.server(hostile.variant)) { client in
            let response = try await client.execute(
                uri: hostile.uri, method: hostile.method, headers: sent, body: hostile.body.map { ByteBuffer(bytes: $0) })
            answer.withLock { $0 = (Int(response.status.code), String(decoding: response.body.readableBytesView, as: UTF8.self)) }
        }
        return answer.withLock { $0 }
    }
}
