import Foundation
import HubAPI
import HubStore

/// From a request's `Authorization` header to the ``Caller`` the API runs it for.
extension AccountService {
    /// The caller behind `authorization`: anonymous without a header; a member for a live
    /// session token (`Bearer phs_…`); an integrator for an unrevoked API key (`Bearer phk_…`).
    ///
    /// Messages say what is wrong with the credential and what to do, never the credential.
    ///
    /// - Throws: ``AuthorizationError`` with `.unauthenticated` for a header that is not a
    ///   bearer token, a token the hub never issued, a session that expired or was signed out,
    ///   a revoked key, a disabled account, or a database that cannot be read (try again).
    public func identify(authorization: String?, clientAddress: String?) async throws(AuthorizationError) -> Caller {
        guard let authorization, !authorization.isEmpty else { return .anonymous(clientAddress: clientAddress) }
        guard let token = Self.bearerToken(authorization) else {
            throw AuthorizationError(
                .unauthenticated,
                "The Authorization header is not a PeerHub credential; send `Authorization: Bearer <token>` "
                    + "with a session token from signIn or an API key, or no header to read public data.")
        }
        let hash = token.hash
        let date = now()
        switch token.kind {
        case .session:
            guard let found = try await lookUp({ try $0.sessionWithAccount(tokenHash: hash) }) else {
                throw AuthorizationError(
                    .unauthenticated, "This session token is not valid (signed out or never issued); sign in again.")
            }
            guard found.session.expiresAt > date else {
                throw AuthorizationError(.unauthenticated, "This session has expired; sign in again.")
            }
            try Self.refuseDisabled(found.account)
            return Caller(
                credential: .session(SessionID(tokenHash: hash)), account: Account(found.account),
                clientAddress: clientAddress)
        case .apiKey:
            guard let found = try await lookUp({ try $0.apiKeyWithAccount(keyHash: hash) }) else {
                throw AuthorizationError(.unauthenticated, "This API key is not valid; create one with createAPIKey.")
            }
            guard found.key.revokedAt == nil else {
                throw AuthorizationError(
                    .unauthenticated, "The API key \(found.key.prefix)… was revoked by its owner; use another key.")
            }
            try Self.refuseDisabled(found.account)
            let scopes = Set(found.key.scopes.compactMap(APIKeyScope.init(rawValue:)))
            return Caller(
                credential: .apiKey(id: found.key.id, scopes: scopes), account: Account(found.account),
                clientAddress: clientAddress)
        default:
            throw AuthorizationError(
                .unauthenticated, "An invitation code is not a credential; sign up with it, then use the session token."
            )
        }
    }

    /// The token of a `Bearer` header (RFC 6750 §2.1; the scheme is case-insensitive, RFC 9110
    /// §11.1), nil for any other scheme or a token no PeerHub secret looks like.
    static func bearerToken(_ authorization: String) -> SecretToken? {
        let parts = authorization.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return SecretToken(parsing: parts[1])
    }

    private static func refuseDisabled(_ account: MemberAccount) throws(AuthorizationError) {
        if account.isDisabled {
            throw AuthorizationError(.unauthenticated, "This account is disabled; ask an administrator to enable it.")
        }
    }

    /// Runs a credential lookup, reporting a store failure as a credential that could not be
    /// checked (the protocol's only error), worded so the client retries.
    private func lookUp<T: Sendable>(
        _ query: @escaping @Sendable (StoreReader) throws -> T
    ) async throws(AuthorizationError) -> T {
        do {
            return try await database.read(query)
        } catch {
            throw AuthorizationError(
                .unauthenticated, "The credential could not be checked because the database is unavailable; try again.")
        }
    }
}
