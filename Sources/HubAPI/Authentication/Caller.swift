/// Who is asking: what the server established about a request before handing it to the API.
///
/// The API never sees a password, token or key, only this: an anonymous caller, a member
/// signed in with a session, or an integrator's API key. Authorization rules read it; the
/// account mutations pass it back to the ``AuthenticationService``.
public struct Caller: Sendable, Hashable {
    /// How the caller proved who they are.
    public enum Credential: Sendable, Hashable {
        /// No credential: public data only.
        case anonymous
        /// A signed-in member's session (`Authorization: Bearer` with a session token).
        case session(SessionID)
        /// An integrator's API key, limited to its scopes.
        case apiKey(id: Int64, scopes: Set<APIKeyScope>)
    }

    /// The credential the request carried.
    public var credential: Credential
    /// The account behind the credential; nil for an anonymous caller.
    public var account: Account?
    /// The client's network address as the server saw it, for rate limits and logs.
    public var clientAddress: String?

    /// A caller with `credential` acting for `account`.
    public init(credential: Credential, account: Account?, clientAddress: String? = nil) {
        self.credential = credential
        self.account = account
        self.clientAddress = clientAddress
    }

    /// A caller who sent no credential.
    public static func anonymous(clientAddress: String? = nil) -> Caller {
        Caller(credential: .anonymous, account: nil, clientAddress: clientAddress)
    }

    /// The caller's role, nil when anonymous.
    public var role: Role? { account?.role }
}

/// What a member may do beyond reading public data (see DESIGN's security model).
public enum Role: String, Sendable, Hashable, CaseIterable, Comparable {
    /// People and contact details, own drafts, submitting practices, bookmarks.
    case member
    /// A member who may also run bulk and network analytics.
    case researcher
    /// Moderation and accounts.
    case admin

    /// Roles grow in power: member < researcher < admin.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .member: 0
        case .researcher: 1
        case .admin: 2
        }
    }
}

/// What an API key may be used for. Keys are read-only; the set leaves room for narrower scopes.
public enum APIKeyScope: String, Sendable, Hashable, CaseIterable {
    /// Queries over everything a member may read.
    case read
}

/// A session, named by an identifier the server derives from the token (never the token).
public struct SessionID: Sendable, Hashable {
    /// The server's identifier for the session (e.g. the hex of the token's hash).
    public var value: String

    /// A session identifier.
    public init(_ value: String) { self.value = value }
}

/// A member account as the API shows it: no password hash, no secrets.
public struct Account: Sendable, Hashable {
    /// The account's database identifier.
    public var id: Int64
    /// The sign-in address.
    public var email: String
    /// The name shown to other members.
    public var displayName: String
    /// The account's role.
    public var role: Role
    /// The person record the account belongs to, if linked.
    public var personID: Int64?

    /// An account.
    public init(id: Int64, email: String, displayName: String, role: Role, personID: Int64? = nil) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.personID = personID
    }
}
