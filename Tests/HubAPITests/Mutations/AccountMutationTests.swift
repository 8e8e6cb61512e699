import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Mutations: accounts, through the authentication service")
struct AccountMutationTests {
    let hub: MutationHarness

    init() throws {
        hub = try MutationHarness()
    }

    static let signUp = """
        mutation($input: SignUpInput!) {
          signUp(input: $input) { account { email role } token expiresAt userErrors { field message code } }
        }
        """
    static let signIn = """
        mutation { signIn(input: {email: "vicki@example.org", password: "secret"}) { token userErrors { field code } } }
        """

    let signUpInput: [String: InputValue] = [
        "input": .object([
            .init(name: "email", value: "new@example.org"), .init(name: "password", value: "short"),
            .init(name: "displayName", value: "New"), .init(name: "invitation", value: "abc"),
        ])
    ]

    @Test("signUp passes the form to the service and shows the session it opened")
    func signUpSucceeds() async {
        let account = Account(id: 7, email: "new@example.org", displayName: "New", role: .member)
        hub.accounts.answer(
            "signUp", with: .success(SignedIn(account: account, token: "t0k3n", expiresAt: "2026-12-29T00:00:00Z")))
        let data = await hub.data(Self.signUp, variables: signUpInput, as: .anonymous())
        #expect(data["signUp", "account", "email"] == "new@example.org")
        #expect(data["signUp", "account", "role"] == .enumValue("MEMBER"))
        #expect(data["signUp", "token"] == "t0k3n")
        #expect(data["signUp", "userErrors"].items.isEmpty)
        #expect(hub.accounts.calls == ["signUp(new@example.org, New, abc)"])
    }

    @Test("the service's refusals are userErrors by field; a code the schema lacks is INVALID")
    func signUpRejected() async {
        hub.accounts.answer(
            "signUp",
            with: AccountOutcome<SignedIn>.rejected([
                FieldProblem(field: "password", message: "Use at least 12 characters.", code: "TOO_SHORT"),
                FieldProblem(field: nil, message: "Something new.", code: "BRAND_NEW_CODE"),
            ]))
        let data = await hub.data(Self.signUp, variables: signUpInput, as: .anonymous())
        let errors = data["signUp", "userErrors"].items
        #expect(data["signUp", "account"] == .null)
        #expect(data["signUp", "token"] == .null)
        #expect(errors.map { $0["field"] } == [.list(["password"]), .null])
        #expect(errors.map { $0["code"] } == [.enumValue("TOO_SHORT"), .enumValue("INVALID")])
        #expect(errors.first?["message"] == "Use at least 12 characters.")
    }

    @Test("a rate-limited sign-in is a RATE_LIMITED error with retryAfter")
    func signInRateLimited() async {
        hub.accounts.fail(
            "signIn", with: RateLimited(retryAfterSeconds: 30, message: "Too many sign-in attempts; wait 30 seconds."))
        let result = await hub.run(Self.signIn, as: .anonymous())
        #expect(result.errors.map(\.code) == ["RATE_LIMITED"])
        #expect(result.errors.first?.extensions.first { $0.name == "retryAfter" }?.value == 30)
        #expect(result.data?["signIn"] == .null)
    }

    @Test("wrong credentials are a userError; API keys may not sign in")
    func signInRejected() async {
        hub.accounts.answer(
            "signIn",
            with: AccountOutcome<SignedIn>.rejected([
                FieldProblem(field: nil, message: "The email or password is incorrect.", code: "INVALID_CREDENTIALS")
            ]))
        let data = await hub.data(Self.signIn, as: .anonymous())
        #expect(data["signIn", "userErrors", 0, "code"] == .enumValue("INVALID_CREDENTIALS"))
        #expect(data["signIn", "userErrors", 0, "field"] == .null)
        #expect(await hub.run(Self.signIn, as: hub.apiKey).errors.map(\.code) == ["FORBIDDEN"])
        #expect(hub.accounts.calls == ["signIn(vicki@example.org)"])
    }

    @Test("signOut and changePassword need a session")
    func sessionOperations() async {
        let signOut = "mutation { signOut { signedOut userErrors { code } } }"
        #expect(await hub.run(signOut, as: .anonymous()).errors.map(\.code) == ["UNAUTHENTICATED"])
        #expect(await hub.data(signOut, as: hub.member)["signOut", "signedOut"] == true)

        hub.accounts.answer(
            "changePassword",
            with: AccountOutcome<Account>.rejected([
                FieldProblem(
                    field: "currentPassword", message: "The current password is incorrect.", code: "INVALID_CREDENTIALS"
                )
            ]))
        let change = """
            mutation { changePassword(input: {currentPassword: "a", newPassword: "b"}) { account { email } userErrors { field code } } }
            """
        let data = await hub.data(change, as: hub.member)
        #expect(data["changePassword", "userErrors", 0, "field"].strings == ["currentPassword"])
        #expect(await hub.run(change, as: hub.apiKey).errors.map(\.code) == ["FORBIDDEN"])
        #expect(hub.accounts.calls == ["signOut(1)", "changePassword(1)"])
    }

    @Test("only admins invite")
    func invitations() async {
        let invite = """
            mutation { createInvitation(input: {email: "x@example.org", role: RESEARCHER}) { invitation { email role code } userErrors { code } } }
            """
        hub.accounts.answer(
            "createInvitation",
            with: .success(
                Invitation(email: "x@example.org", role: .researcher, code: "c0de", expiresAt: "2026-12-06T00:00:00Z")))
        #expect(await hub.run(invite, as: hub.member).errors.map(\.code) == ["FORBIDDEN"])
        #expect(await hub.run(invite, as: .anonymous()).errors.map(\.code) == ["UNAUTHENTICATED"])
        let data = await hub.data(invite, as: hub.admin)
        #expect(data["createInvitation", "invitation", "role"] == .enumValue("RESEARCHER"))
        #expect(data["createInvitation", "invitation", "code"] == "c0de")
        #expect(hub.accounts.calls == ["createInvitation(x@example.org, researcher)"])
    }

    @Test("API keys are created with their secret shown once, and revoked by ID")
    func apiKeys() async {
        let key = APIKey(
            id: 4, name: "dashboard", prefix: "ph_ab", scopes: [.read], createdAt: "2026-11-29T00:00:00Z",
            revokedAt: nil)
        hub.accounts.answer("createAPIKey", with: .success(CreatedAPIKey(key: key, secret: "ph_abcdef")))
        let create =
            "mutation { createAPIKey(input: {name: \"dashboard\"}) { apiKey { name scopes } secret userErrors { code } } }"
        let created = await hub.data(create, as: hub.member)
        #expect(created["createAPIKey", "secret"] == "ph_abcdef")
        #expect(created["createAPIKey", "apiKey", "scopes"] == .list([.enumValue("READ")]))
        #expect(await hub.run(create, as: hub.apiKey).errors.map(\.code) == ["FORBIDDEN"])

        var revoked = key
        revoked.revokedAt = "2026-11-29T01:00:00Z"
        hub.accounts.answer("revokeAPIKey", with: .success(revoked))
        let revoke =
            "mutation($id: ID!) { revokeAPIKey(input: {id: $id}) { apiKey { revokedAt } userErrors { field code } } }"
        let done = await hub.data(revoke, variables: ["id": "4"], as: hub.member)
        #expect(done["revokeAPIKey", "apiKey", "revokedAt"] == "2026-11-29T01:00:00Z")
        let malformed = await hub.data(revoke, variables: ["id": "four"], as: hub.member)
        #expect(malformed["revokeAPIKey", "userErrors", 0, "field"].strings == ["id"])
        #expect(malformed["revokeAPIKey", "userErrors", 0, "code"] == .enumValue("INVALID"))
        #expect(hub.accounts.calls == ["createAPIKey(dashboard, [\"read\"])", "revokeAPIKey(4)"])
    }
}
