import GraphQLEngine

/// The answer of an account mutation: what the authentication service made or changed, or the
/// problems it found with the input (and then nothing changed).
struct AccountPayload<Value: Sendable>: Sendable {
    /// The result; nil when refused.
    var value: Value?
    var userErrors: [UserError]

    /// The payload of the service's answer.
    init(_ outcome: AccountOutcome<Value>) {
        switch outcome {
        case .success(let value): (self.value, userErrors) = (value, [])
        case .rejected(let problems): (value, userErrors) = (nil, problems.map(UserError.init))
        }
    }

    /// A payload refused before the service was asked.
    init(userErrors: [UserError]) {
        (value, self.userErrors) = (nil, userErrors)
    }
}

/// The account mutations: `signUp`, `signIn`, `signOut`, `changePassword`, `createInvitation`,
/// `createAPIKey`, `revokeAPIKey`. The server's ``AuthenticationService`` does the work (hashes,
/// tokens, rate limits); these shape its answers. Its ``RateLimited`` and
/// ``AuthorizationError`` pass through as GraphQL errors (`RATE_LIMITED` with `retryAfter`,
/// `UNAUTHENTICATED`, `FORBIDDEN`).
extension ResolverTable {
    mutating func addAccountMutations() {
        object("Mutation", as: Root.self) { mutation in
            mutation.asyncField("signUp") { _, input in
                let request = try input.request
                let fields = MutationInput(input)
                let signUp = SignUpRequest(
                    email: fields.string("email") ?? "", password: fields.string("password") ?? "",
                    displayName: fields.string("displayName") ?? "", invitation: fields.string("invitation"))
                return .object(AccountPayload(try await request.authentication.signUp(signUp, caller: request.caller)))
            }
            mutation.asyncField("signIn") { _, input in
                let request = try input.request
                let fields = MutationInput(input)
                let outcome = try await request.authentication.signIn(
                    email: fields.string("email") ?? "", password: fields.string("password") ?? "",
                    caller: request.caller)
                return .object(AccountPayload(outcome))
            }
            mutation.asyncField("signOut") { _, input in
                let request = try input.request
                try await request.authentication.signOut(caller: request.caller)
                return .object(AccountPayload<Bool>(.success(true)))
            }
            mutation.asyncField("changePassword") { _, input in
                let request = try input.request
                let fields = MutationInput(input)
                let outcome = try await request.authentication.changePassword(
                    current: fields.string("currentPassword") ?? "", new: fields.string("newPassword") ?? "",
                    caller: request.caller)
                return .object(AccountPayload(outcome))
            }
            mutation.asyncField("createInvitation") { _, input in
                let request = try input.request
                let fields = MutationInput(input)
                let role = fields.enumName("role").flatMap { Role(rawValue: $0.lowercased()) } ?? .member
                let outcome = try await request.authentication.createInvitation(
                    email: fields.string("email") ?? "", role: role, caller: request.caller)
                return .object(AccountPayload(outcome))
            }
            mutation.asyncField("createAPIKey") { _, input in
                let request = try input.request
                let fields = MutationInput(input)
                let scopes = Set(fields.enumNames("scopes").compactMap { APIKeyScope(rawValue: $0.lowercased()) })
                let outcome = try await request.authentication.createAPIKey(
                    name: fields.string("name") ?? "", scopes: scopes.isEmpty ? [.read] : scopes, caller: request.caller
                )
                return .object(AccountPayload(outcome))
            }
            mutation.asyncField("revokeAPIKey") { _, input in
                let request = try input.request
                let fields = MutationInput(input)
                guard let id = fields.string("id").flatMap({ Int64($0) }) else {
                    return .object(
                        AccountPayload<APIKey>(userErrors: [
                            UserError(
                                field: ["id"], message: "This is not an API key's ID; `viewer.apiKeys` lists yours.",
                                code: "INVALID")
                        ]))
                }
                return .object(
                    AccountPayload(try await request.authentication.revokeAPIKey(id: id, caller: request.caller)))
            }
        }
        addAccountPayloads()
    }

    /// The fields of the account mutations' payloads and of `Invitation`.
    private mutating func addAccountPayloads() {
        for typeName in ["SignUpPayload", "SignInPayload"] {
            object(typeName, as: AccountPayload<SignedIn>.self) { payload in
                payload.value("account") { .optional($0.value.map { .object($0.account) }) }
                payload.value("token") { .optional($0.value.map { .string($0.token) }) }
                payload.value("expiresAt") { .optional($0.value.map { .string($0.expiresAt) }) }
                payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
            }
        }
        object("SignOutPayload", as: AccountPayload<Bool>.self) { payload in
            payload.value("signedOut") { .boolean($0.value ?? false) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
        object("ChangePasswordPayload", as: AccountPayload<Account>.self) { payload in
            payload.value("account") { .optional($0.value.map { .object($0) }) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
        object("CreateInvitationPayload", as: AccountPayload<Invitation>.self) { payload in
            payload.value("invitation") { .optional($0.value.map { .object($0) }) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
        object("Invitation", as: Invitation.self) { invitation in
            invitation.value("email") { .string($0.email) }
            invitation.value("role") { .enumValue($0.role.rawValue.uppercased()) }
            invitation.value("code") { .string($0.code) }
            invitation.value("expiresAt") { .string($0.expiresAt) }
        }
        object("CreateAPIKeyPayload", as: AccountPayload<CreatedAPIKey>.self) { payload in
            payload.value("apiKey") { .optional($0.value.map { .object($0.key) }) }
            payload.value("secret") { .optional($0.value.map { .string($0.secret) }) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
        object("RevokeAPIKeyPayload", as: AccountPayload<APIKey>.self) { payload in
            payload.value("apiKey") { .optional($0.value.map { .object($0) }) }
            payload.value("userErrors") { .list($0.userErrors.map { .object($0) }) }
        }
    }
}
