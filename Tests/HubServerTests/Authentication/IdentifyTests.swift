import Foundation
import HubAPI
import Testing

@testable import HubServer

@Suite("identify: from the Authorization header to a caller")
struct IdentifyTests {
    @Test("no header, or an empty one, is an anonymous caller with its address")
    func anonymous() async throws {
        let harness = try AccountHarness()
        let nobody = try await harness.service.identify(authorization: nil, clientAddress: "192.0.2.1")
        #expect(nobody == .anonymous(clientAddress: "192.0.2.1"))
        #expect(try await harness.service.identify(authorization: "", clientAddress: nil) == .anonymous())
    }

    @Test("a live session token is its member, named by the token's hash, whatever the scheme's case")
    func session() async throws {
        let harness = try AccountHarness()
        let account = try harness.makeAccount("ana@example.org", role: .admin)
        let session = try await harness.signIn("ana@example.org")
        let caller = try await harness.service.identify(
            authorization: "bearer  \(session.token)", clientAddress: "192.0.2.1")
        let expected = SessionID(tokenHash: try #require(SecretToken(parsing: session.token)).hash)
        #expect(caller == Caller(credential: .session(expected), account: account, clientAddress: "192.0.2.1"))
        #expect(caller.role == .admin)
    }

    @Test(
        "malformed and forged credentials are refused without repeating them",
        arguments: [
            ("Basic YW5hOnNlY3JldA==", "The Authorization header is not a PeerHub credential"),
            ("Bearer", "The Authorization header is not a PeerHub credential"),
            ("Bearer not-a-token", "The Authorization header is not a PeerHub credential"),
            ("Bearer phs_tooShort", "The Authorization header is not a PeerHub credential"),
            ("Bearer a b", "The Authorization header is not a PeerHub credential"),
            ("Bearer phs_" + String(repeating: "A", count: 43), "This session token is not valid"),
            ("Bearer phk_" + String(repeating: "B", count: 43), "This API key is not valid"),
            ("Bearer phi_" + String(repeating: "C", count: 43), "An invitation code is not a credential"),
        ])
    func refused(header: String, message: String) async throws {
        let harness = try AccountHarness()
        let refusal = try #require(await harness.refusal(header))
        #expect(refusal.reason == .unauthenticated)
        #expect(refusal.message.hasPrefix(message))
        let credential = header.split(separator: " ").dropFirst().joined(separator: " ")
        if credential.count > 4 {
            #expect(!refusal.message.contains(credential))
        }
    }

    @Test("a revoked session, an expired one, a revoked key and a disabled account are each refused")
    func everyDeadCredential() async throws {
        let harness = try AccountHarness { $0.sessionLifetime = 60 }
        try harness.makeAccount("ana@example.org")
        let signedOut = try await harness.signIn("ana@example.org")
        try await harness.service.signOut(caller: try await harness.caller(signedOut.token))
        #expect(await harness.refusal("Bearer \(signedOut.token)") != nil)

        let live = try await harness.signIn("ana@example.org")
        let key = try #require(
            try await harness.service.createAPIKey(
                name: "k", scopes: [.read], caller: try await harness.caller(live.token)
            ).value)
        harness.clock.advance(by: 61)
        #expect(await harness.refusal("Bearer \(live.token)")?.message == "This session has expired; sign in again.")
        _ = try await harness.caller(key.secret)  // keys do not expire

        let owner = try await harness.caller(try await harness.signIn("ana@example.org").token)
        _ = try await harness.service.revokeAPIKey(id: key.key.id, caller: owner)
        #expect(await harness.refusal("Bearer \(key.secret)") != nil)
    }
}
