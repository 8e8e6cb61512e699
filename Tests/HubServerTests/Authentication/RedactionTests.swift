import HubAPI
import Testing

@testable import HubServer

@Suite("No secret in a description")
struct RedactionTests {
    @Test("printing what an account operation returns shows no password, token, key or code")
    func accountResults() async throws {
        let harness = try AccountHarness { $0.signUp = .open }
        let request = SignUpRequest(email: "ana@example.org", password: AccountHarness.password, displayName: "Ana")
        let signedIn = try #require(try await harness.service.signUp(request, caller: .anonymous()).value)
        let caller = try await harness.caller(signedIn.token)
        let key = try #require(try await harness.service.createAPIKey(name: "k", scopes: [.read], caller: caller).value)
        try harness.makeAccount("admin@example.org", role: .admin)
        let admin = try await harness.caller(try await harness.signIn("admin@example.org").token)
        let invitation = try #require(
            try await harness.service.createInvitation(email: "ben@example.org", role: .member, caller: admin).value)
        let printed = [
            "\(request)", String(reflecting: request), "\(signedIn)", String(reflecting: signedIn), "\(key)",
            String(reflecting: key), "\(caller)", "\(invitation)", String(reflecting: invitation),
        ]
        for text in printed {
            #expect(!text.contains(AccountHarness.password))
            #expect(!text.contains(signedIn.token.dropFirst(4)))
            #expect(!text.contains(key.secret.dropFirst(10)))
            #expect(!text.contains(invitation.code.dropFirst(4)))
        }
        #expect(
            "\(signedIn)"
                == "SignedIn(account: \(signedIn.account.id), token: redacted, expiresAt: \(signedIn.expiresAt))")
    }
}
