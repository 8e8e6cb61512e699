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
        }
    }
}
