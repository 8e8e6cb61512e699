import GraphQLEngine

/// Who may read a field, as `AccessPolicy` declares it. A refused read is a GraphQL error
/// with `extensions.code` `UNAUTHENTICATED` (nobody signed in) or `FORBIDDEN` (signed in
/// without the right), and the field is null.
enum AccessRule: Sendable, Hashable {
    /// Anyone, signed in or not.
    case anyone
    /// A signed-in member (any role), or an integrator's API key with the `read` scope.
    case member
    /// A signed-in account with at least this role; an API key acts with its account's role.
    case role(Role)
    /// Someone signed in with a session, whose account has at least this role: the mutations.
    /// An API key is refused (`FORBIDDEN`): keys are read-only and run no mutation.
    case session(Role)
    /// Anyone but an API key: signing up and signing in.
    case notAPIKey

    /// Throws `AuthorizationError` when `caller` may not read `field`.
    func check(_ caller: Caller, field: String) throws(AuthorizationError) {
        switch self {
        case .anyone:
            return
        case .member:
            switch caller.credential {
            case .anonymous:
                throw AuthorizationError(
                    .unauthenticated, "\(field) is shown to signed-in members only; sign in or send an API key.")
            case .apiKey(_, let scopes) where !scopes.contains(.read):
                throw AuthorizationError(.forbidden, "\(field) needs an API key with the `read` scope.")
            case .session, .apiKey:
                guard caller.account != nil else {
                    throw AuthorizationError(
                        .unauthenticated, "\(field) is shown to signed-in members only; sign in again.")
                }
            }
        case .role(let needed):
            guard let role = caller.role else {
                throw AuthorizationError(
                    .unauthenticated, "\(field) is for \(needed.rawValue)s; sign in with a \(needed.rawValue) account.")
            }
            if case .apiKey(_, let scopes) = caller.credential, !scopes.contains(.read) {
                throw AuthorizationError(.forbidden, "\(field) needs an API key with the `read` scope.")
            }
            guard role >= needed else {
                throw AuthorizationError(
                    .forbidden,
                    "\(field) is for \(needed.rawValue)s; this account is a \(role.rawValue). An admin can change its role."
                )
            }
        case .session(let needed):
            try Self.refuseAPIKey(caller, field: field)
            guard let role = caller.role else {
                throw AuthorizationError(
                    .unauthenticated,
                    "\(field) needs a signed-in \(needed.rawValue); sign in and send the session token.")
            }
            guard role >= needed else {
                throw AuthorizationError(
                    .forbidden, "\(field) is for \(needed.rawValue)s; this account is a \(role.rawValue).")
            }
        case .notAPIKey:
            try Self.refuseAPIKey(caller, field: field)
        }
    }

    /// Refuses API keys: they are read-only, whatever their account may do with a session.
    private static func refuseAPIKey(_ caller: Caller, field: String) throws(AuthorizationError) {
        if case .apiKey = caller.credential {
            throw AuthorizationError(
                .forbidden,
                "\(field) cannot be run with an API key: keys are read-only. Sign in and send the session token.")
        }
    }
}
