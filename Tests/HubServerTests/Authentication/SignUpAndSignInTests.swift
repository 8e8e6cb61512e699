import Foundation
import HubAPI
import HubStore
import Testing

@testable import HubServer

@Suite("Sign-up and sign-in")
struct SignUpAndSignInTests {
    private func invite(
        _ harness: AccountHarness, _ email: String, role: Role = .researcher
    ) async throws -> Invitation {
        try harness.makeAccount("admin@example.org", role: .admin)
        let admin = try await harness.caller(try await harness.signIn("admin@example.org").token)
        return try #require(try await harness.service.createInvitation(email: email, role: role, caller: admin).value)
    }

    @Test("open sign-up makes a member and signs it in with a session token")
    func openSignUp() async throws {
        let harness = try AccountHarness { $0.signUp = .open }
        let outcome = try await harness.service.signUp(
            SignUpRequest(email: " Ana@Example.org ", password: AccountHarness.password, displayName: "Ana"),
            caller: .anonymous())
        let signedIn = try #require(outcome.value)
        #expect(signedIn.account.email == "Ana@Example.org")
        #expect(signedIn.account.role == .member)
        #expect(signedIn.token.hasPrefix("phs_"))
        #expect(signedIn.expiresAt == "2027-02-14T08:00:00Z")  // 30 days after the harness's clock
        let caller = try await harness.caller(signedIn.token)
        #expect(caller.account == signedIn.account)
        let stored = try await harness.database.read { try $0.account(email: "ana@example.org") }
        #expect(stored?.passwordHash.hasPrefix("$pbkdf2-sha256$i=1000,l=32$") == true)
    }

    @Test("sign-up by invitation gives the invitation's role, once, and only to the invited address")
    func invitationSignUp() async throws {
        let harness = try AccountHarness()
        let invitation = try await invite(harness, "ben@example.org")
        #expect(invitation.code.hasPrefix("phi_"))
        #expect(invitation.role == .researcher)

        let wrongEmail = try await harness.service.signUp(
            SignUpRequest(
                email: "eve@example.org", password: AccountHarness.password, displayName: "Eve",
                invitation: invitation.code),
            caller: .anonymous())
        #expect(wrongEmail.codes == ["INVITATION_MISMATCH"])

        let request = SignUpRequest(
            email: "BEN@example.org", password: AccountHarness.password, displayName: "Ben", invitation: invitation.code
        )
        let signedIn = try #require(try await harness.service.signUp(request, caller: .anonymous()).value)
        #expect(signedIn.account.role == .researcher)

        var again = request
        again.email = "ben2@example.org"
        #expect(try await harness.service.signUp(again, caller: .anonymous()).codes.contains("INVALID_INVITATION"))
    }

    @Test("sign-up needs an invitation unless open, and a lapsed or made-up one is refused")
    func invitationRequired() async throws {
        let harness = try AccountHarness()
        let none = try await harness.service.signUp(
            SignUpRequest(email: "ana@example.org", password: AccountHarness.password, displayName: "Ana"),
            caller: .anonymous())
        #expect(
            none.problems == [
                FieldProblem(
                    field: "invitation",
                    message: "Sign-up is by invitation; ask an administrator for an invitation code.", code: "REQUIRED")
            ])

        let forged = SecretToken.generate(.invitation).value
        let made = try await harness.service.signUp(
            SignUpRequest(
                email: "ana@example.org", password: AccountHarness.password, displayName: "Ana", invitation: forged),
            caller: .anonymous())
        #expect(made.codes == ["INVALID_INVITATION"])

        let invitation = try await invite(harness, "ana@example.org")
        harness.clock.advance(by: 15 * 24 * 3600)
        let lapsed = try await harness.service.signUp(
            SignUpRequest(
                email: "ana@example.org", password: AccountHarness.password, displayName: "Ana",
                invitation: invitation.code),
            caller: .anonymous())
        #expect(lapsed.codes == ["INVALID_INVITATION"])
    }

    @Test("sign-up reports every field's problem at once, and a taken email")
    func signUpProblems() async throws {
        let harness = try AccountHarness { $0.signUp = .open }
        let bad = try await harness.service.signUp(
            SignUpRequest(email: "not-an-email", password: "short", displayName: " "), caller: .anonymous())
        #expect(bad.problems.map(\.field) == ["email", "displayName", "password"])
        #expect(bad.codes == ["INVALID_EMAIL", "REQUIRED", "TOO_SHORT"])
        try harness.makeAccount("ana@example.org")
        let taken = try await harness.service.signUp(
            SignUpRequest(email: "ANA@example.org", password: AccountHarness.password, displayName: "Ana"),
            caller: .anonymous())
        #expect(taken.codes == ["TAKEN"])
    }

    @Test("only an admin with a session can invite")
    func invitationsNeedAnAdmin() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        let member = try await harness.caller(try await harness.signIn("ana@example.org").token)
        await #expect(
            throws: AuthorizationError(
                .forbidden, "Only administrators can invite members; ask one to invite this person.")
        ) {
            _ = try await harness.service.createInvitation(email: "ben@example.org", role: .member, caller: member)
        }
        await #expect(throws: AuthorizationError(.unauthenticated, "Sign in to invite members.")) {
            _ = try await harness.service.createInvitation(
                email: "ben@example.org", role: .member, caller: .anonymous())
        }
    }

    @Test("a wrong password and an unknown email fail with the same words")
    func sameFailure() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        let wrongPassword = try await harness.service.signIn(
            email: "ana@example.org", password: "plum orchard lanterns", caller: .anonymous())
        let unknownEmail = try await harness.service.signIn(
            email: "nobody@example.org", password: AccountHarness.password, caller: .anonymous())
        #expect(
            wrongPassword.problems == [
                FieldProblem(field: nil, message: "The email or password is incorrect.", code: "INVALID_CREDENTIALS")
            ])
        #expect(unknownEmail.problems == wrongPassword.problems)
        #expect(harness.service.unmatchableHash.hasPrefix("$pbkdf2-sha256$i=1000,l=32$"))
    }

    @Test("sign-in succeeds whatever the email's case, and each sign-in opens another session")
    func signInSucceeds() async throws {
        let harness = try AccountHarness()
        let account = try harness.makeAccount("ana@example.org")
        let first = try await harness.signIn("ANA@example.org")
        let second = try await harness.signIn("ana@example.org")
        #expect(first.account == account)
        #expect(first.token != second.token)
        #expect(try await harness.database.read { try $0.sessionCount(accountID: account.id) } == 2)
    }

    @Test("a disabled account cannot sign in, and its sessions and keys stop working")
    func disabledAccount() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        let session = try await harness.signIn("ana@example.org")
        let key = try #require(
            try await harness.service.createAPIKey(
                name: "reports", scopes: [.read], caller: try await harness.caller(session.token)
            ).value)
        try await harness.database.write { writer in
            let id = try #require(try writer.reader.account(email: "ana@example.org")).id
            try writer.setAccountDisabled(id: id, true)
        }
        let outcome = try await harness.service.signIn(
            email: "ana@example.org", password: AccountHarness.password, caller: .anonymous())
        #expect(outcome.codes == ["ACCOUNT_DISABLED"])
        let wrong = try await harness.service.signIn(
            email: "ana@example.org", password: "wrong password!", caller: .anonymous())
        #expect(wrong.codes == ["INVALID_CREDENTIALS"])
        #expect(
            await harness.refusal("Bearer \(session.token)")?.message
                == "This account is disabled; ask an administrator to enable it.")
        #expect(await harness.refusal("Bearer \(key.secret)")?.reason == .unauthenticated)
    }

    @Test("after five failures the account is refused with Retry-After seconds, even with the right password")
    func rateLimited() async throws {
        let harness = try AccountHarness()
        try harness.makeAccount("ana@example.org")
        for _ in 0..<5 {
            let outcome = try await harness.service.signIn(
                email: "ana@example.org", password: "wrong password!", caller: .anonymous(clientAddress: "192.0.2.9"))
            #expect(outcome.codes == ["INVALID_CREDENTIALS"])
            harness.clock.advance(by: 60)
        }
        await #expect(
            throws: RateLimited(
                retryAfterSeconds: 600, message: "Too many failed sign-in attempts; try again in 600 seconds.")
        ) {
            _ = try await harness.signIn("ana@example.org", from: "192.0.2.10")
        }
        harness.clock.advance(by: 600)
        _ = try await harness.signIn("ana@example.org")
    }

    @Test("the address limit applies to unknown emails too")
    func rateLimitedAddress() async throws {
        let harness = try AccountHarness { $0.rateLimit.failuresPerAddress = 3 }
        for index in 0..<3 {
            _ = try await harness.service.signIn(
                email: "nobody\(index)@example.org", password: "whatever it is",
                caller: .anonymous(clientAddress: "203.0.113.5"))
        }
        await #expect(throws: RateLimited.self) {
            _ = try await harness.service.signIn(
                email: "nobody@example.org", password: "whatever it is",
                caller: .anonymous(clientAddress: "203.0.113.5"))
        }
    }

    @Test("signing in with a hash weaker than the configured one stores a stronger hash")
    func rehashOnSignIn() async throws {
        let harness = try AccountHarness { $0.passwordHasher = PasswordHasher(iterations: 2_000) }
        try harness.makeAccount("ana@example.org")  // hashed with 1,000 iterations
        _ = try await harness.signIn("ana@example.org")
        let stored = try await harness.database.read { try $0.account(email: "ana@example.org") }
        #expect(stored?.passwordHash.hasPrefix("$pbkdf2-sha256$i=2000,") == true)
        _ = try await harness.signIn("ana@example.org")
    }
}
