import Foundation
import HubAPI
import HubStore
import Testing

@testable import HubServer

@Suite("Sessions, password changes and API keys")
struct SessionAndKeyTests {
    @Test("signing out ends that session only")
    func signOut() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        let laptop = try await harness.signIn("ana@example.org")
        let phone = try await harness.signIn("ana@example.org")
        try await harness.service.signOut(caller: try await harness.caller(laptop.token))
        #expect(
            await harness.refusal("Bearer \(laptop.token)")?.message
                == "This session token is not valid (signed out or never issued); sign in again.")
        #expect(try await harness.caller(phone.token).account?.email == "ana@example.org")
        await #expect(throws: AuthorizationError(.unauthenticated, "Sign in to sign out.")) {
            try await harness.service.signOut(caller: .anonymous())
        }
    }

    @Test("a session expires after the configured lifetime")
    func expiry() async throws {
        let harness = try AccountHarness { $0.sessionLifetime = 3600 }
        try harness.makeAccount("ana@example.org")
        let session = try await harness.signIn("ana@example.org")
        harness.clock.advance(by: 3599)
        _ = try await harness.caller(session.token)
        harness.clock.advance(by: 1)
        #expect(await harness.refusal("Bearer \(session.token)")?.message == "This session has expired; sign in again.")
    }

    @Test("changing the password checks the current one, keeps this session and ends the others")
    func changePassword() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        let current = try await harness.signIn("ana@example.org")
        let other = try await harness.signIn("ana@example.org")
        let caller = try await harness.caller(current.token)

        let wrong = try await harness.service.changePassword(
            current: "not my password", new: "new orchard lantern", caller: caller)
        #expect(
            wrong.problems == [
                FieldProblem(
                    field: "currentPassword", message: "The current password is incorrect.", code: "INVALID_CREDENTIALS"
                )
            ])
        let weak = try await harness.service.changePassword(
            current: AccountHarness.password, new: "short", caller: caller)
        #expect(weak.problems.map(\.field) == ["newPassword"])

        let changed = try await harness.service.changePassword(
            current: AccountHarness.password, new: "new orchard lantern", caller: caller)
        #expect(changed.value?.email == "ana@example.org")
        _ = try await harness.caller(current.token)
        #expect(await harness.refusal("Bearer \(other.token)")?.reason == .unauthenticated)
        _ = try await harness.signIn("ana@example.org", password: "new orchard lantern")
        let old = try await harness.service.signIn(
            email: "ana@example.org", password: AccountHarness.password, caller: .anonymous())
        #expect(old.codes == ["INVALID_CREDENTIALS"])
    }

    @Test("an API key is shown once, identifies its owner read-only, and stops working when revoked")
    func apiKeyLifecycle() async throws {
        let harness = try AccountHarness()
        let account = try harness.makeAccount("ana@example.org", role: .researcher)
        let owner = try await harness.caller(try await harness.signIn("ana@example.org").token)
        let created = try #require(
            try await harness.service.createAPIKey(name: " reports ", scopes: [], caller: owner).value)
        #expect(created.secret.hasPrefix("phk_"))
        #expect(created.key.prefix == String(created.secret.prefix(10)))
        #expect(created.key.name == "reports")
        #expect(created.key.scopes == [.read])
        #expect(created.key.createdAt == "2027-01-15T08:00:00Z")
        #expect(created.key.revokedAt == nil)

        let integrator = try await harness.caller(created.secret)
        #expect(integrator.credential == .apiKey(id: created.key.id, scopes: [.read]))
        #expect(integrator.account == account)

        let listed = try await harness.service.apiKeys(caller: owner)
        #expect(listed == [created.key])
        #expect(try await harness.service.apiKeys(caller: integrator) == listed)

        await #expect(throws: AuthorizationError.self) {
            _ = try await harness.service.createAPIKey(name: "more", scopes: [.read], caller: integrator)
        }
        await #expect(throws: AuthorizationError.self) {
            _ = try await harness.service.changePassword(
                current: AccountHarness.password, new: "new orchard lantern", caller: integrator)
        }

        harness.clock.advance(by: 60)
        let revoked = try #require(try await harness.service.revokeAPIKey(id: created.key.id, caller: owner).value)
        #expect(revoked.revokedAt == "2027-01-15T08:01:00Z")
        let refusal = await harness.refusal("Bearer \(created.secret)")
        #expect(
            refusal
                == AuthorizationError(
                    .unauthenticated, "The API key \(created.key.prefix)… was revoked by its owner; use another key."))
    }

    @Test("a key can be revoked only by its owner, and a name is required")
    func apiKeyOwnership() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        try harness.makeAccount("ben@example.org")
        let ana = try await harness.caller(try await harness.signIn("ana@example.org").token)
        let ben = try await harness.caller(try await harness.signIn("ben@example.org").token)
        let key = try #require(
            try await harness.service.createAPIKey(name: "ana's", scopes: [.read], caller: ana).value)
        #expect(try await harness.service.revokeAPIKey(id: key.key.id, caller: ben).codes == ["NOT_FOUND"])
        _ = try await harness.caller(key.secret)
        #expect(try await harness.service.createAPIKey(name: "  ", scopes: [.read], caller: ana).codes == ["REQUIRED"])
        await #expect(throws: AuthorizationError.self) {
            _ = try await harness.service.apiKeys(caller: .anonymous())
        }
    }

    @Test("the first admin is made once, with a printed password that signs in")
    func firstAdmin() async throws {
        let harness = try AccountHarness()
        let admin = try #require(try await harness.service.createFirstAdminIfNeeded())
        #expect(admin.account.email == "admin@localhost")
        #expect(admin.account.role == .admin)
        #expect(admin.password.count == 24)
        #expect("\(admin)" == "FirstAdmin(email: admin@localhost, password: redacted)")
        let stored = try await harness.database.read { try $0.account(email: "admin@localhost") }
        #expect(stored?.passwordHash.contains(admin.password) == false)
        _ = try await harness.signIn("admin@localhost", password: admin.password)
        #expect(try await harness.service.createFirstAdminIfNeeded() == nil)
    }
}
