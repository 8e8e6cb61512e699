import Foundation
import HubAPI
import HubStore

/// Invitations and API keys: secrets made for someone else or for a program, shown once.
extension AccountService {
    /// Creates an invitation to sign up with `role`; the code is in the answer, once.
    ///
    /// - Throws: ``AuthorizationError`` unless the caller is an admin signed in with a session.
    public func createInvitation(email: String, role: Role, caller: Caller) async throws -> AccountOutcome<Invitation> {
        let (_, admin) = try requireSession(caller, to: "invite members")
        guard admin.role == .admin else {
            throw AuthorizationError(
                .forbidden, "Only administrators can invite members; ask one to invite this person.")
        }
        let email = AccountInput.normalizedEmail(email)
        let problems = AccountInput.emailProblems(email)
        guard problems.isEmpty else { return .rejected(problems) }
        if try await database.read({ try $0.account(email: email) }) != nil {
            return .rejected([AccountProblem.emailTaken])
        }
        let code = SecretToken.generate(.invitation)
        let date = now()
        let expiresAt = date + configuration.invitationLifetime
        try await database.write { writer in
            _ = try writer.insertInvitation(
                codeHash: code.hash, email: email, role: AccountRole(role), invitedBy: admin.id, createdAt: date,
                expiresAt: expiresAt)
        }
        return .success(Invitation(email: email, role: role, code: code.value, expiresAt: Self.timestamp(expiresAt)))
    }

    /// Creates a read-only API key named `name` for the caller's account; the secret is in the
    /// answer, once. No scope asked for means `read`.
    ///
    /// - Throws: ``AuthorizationError`` unless the caller is signed in with a session (a key
    ///   cannot make keys).
    public func createAPIKey(
        name: String, scopes: Set<APIKeyScope>, caller: Caller
    ) async throws -> AccountOutcome<CreatedAPIKey> {
        let (_, owner) = try requireSession(caller, to: "create API keys")
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let problems = AccountInput.nameProblems(name, field: "name")
        guard problems.isEmpty else { return .rejected(problems) }
        let scopes = (scopes.isEmpty ? [.read] : scopes).map(\.rawValue).sorted()
        let secret = SecretToken.generate(.apiKey)
        let date = now()
        let stored = try await database.write { writer in
            try writer.insertAPIKey(
                keyHash: secret.hash, prefix: secret.visiblePrefix, accountID: owner.id, name: name, scopes: scopes,
                createdAt: date)
        }
        return .success(CreatedAPIKey(key: Self.apiKey(stored), secret: secret.value))
    }

    /// Revokes one of the caller's API keys; it stops working at once. Revoking it again
    /// answers the key as revoked the first time.
    public func revokeAPIKey(id: Int64, caller: Caller) async throws -> AccountOutcome<APIKey> {
        let (_, owner) = try requireSession(caller, to: "revoke API keys")
        let date = now()
        guard let revoked = try await database.write({ try $0.revokeAPIKey(id: id, accountID: owner.id, at: date) })
        else {
            return .rejected([AccountProblem.apiKeyNotFound])
        }
        return .success(Self.apiKey(revoked))
    }

    /// The caller's API keys, newest first, revoked ones included, without secrets. A key may
    /// list its account's keys (it is a read).
    public func apiKeys(caller: Caller) async throws -> [APIKey] {
        guard let account = caller.account else {
            throw AuthorizationError(.unauthenticated, "Sign in to see your API keys.")
        }
        return try await database.read { try $0.apiKeys(accountID: account.id) }.map(Self.apiKey)
    }

    /// The API's view of a stored key.
    static func apiKey(_ key: StoredAPIKey) -> APIKey {
        APIKey(
            id: key.id, name: key.name, prefix: key.prefix,
            scopes: Set(key.scopes.compactMap(APIKeyScope.init(rawValue:))),
            createdAt: timestamp(key.createdAt), revokedAt: key.revokedAt.map(timestamp))
    }
}
