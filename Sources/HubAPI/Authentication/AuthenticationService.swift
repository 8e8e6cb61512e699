/// The account operations the schema exposes (`signUp`, `signIn`, `signOut`, `changePassword`,
/// API keys), implemented by the server: it owns password hashing, session tokens and rate
/// limits, so the API's resolvers only call through this protocol and shape the payloads.
///
/// A refusal a person can fix (a weak password, a taken email, wrong credentials) is an
/// ``AccountOutcome/rejected(_:)`` with field-level problems; a caller not allowed to act
/// throws an ``AuthorizationError``; anything else throws and becomes an internal error.
public protocol AuthenticationService: Sendable {
    /// Creates an account; `invitation` is required unless the server allows open sign-up.
    func signUp(_ request: SignUpRequest, caller: Caller) async throws -> AccountOutcome<SignedIn>

    /// Checks an email and password and opens a session.
    func signIn(email: String, password: String, caller: Caller) async throws -> AccountOutcome<SignedIn>

    /// Ends the caller's session.
    func signOut(caller: Caller) async throws

    /// Replaces the caller's password after checking the current one.
    func changePassword(current: String, new: String, caller: Caller) async throws -> AccountOutcome<Account>

    /// Creates an invitation to sign up with `role` (admins only).
    func createInvitation(email: String, role: Role, caller: Caller) async throws -> AccountOutcome<Invitation>

    /// Creates an API key for the caller's account; the key's secret is in the answer, once.
    func createAPIKey(name: String, scopes: Set<APIKeyScope>, caller: Caller) async throws -> AccountOutcome<CreatedAPIKey>

    /// Revokes one of the caller's API keys.
    func revokeAPIKey(id: Int64, caller: Caller) async throws -> AccountOutcome<APIKey>

    /// The caller's API keys, newest first (without secrets).
    func apiKeys(caller: Caller) async throws -> [APIKey]
}

/// What a person filled in to sign up.
public struct SignUpRequest: Sendable, Hashable {
    /// The sign-in address.
    public var email: String
    /// The chosen password.
    public var password: String
    /// The name shown to other members.
    public var displayName: String
    /// The invitation code an admin sent, when sign-up is by invitation.
    public var invitation: String?

    /// A sign-up request.
    public init(email: String, password: String, displayName: String, invitation: String? = nil) {
        self.email = email
        self.password = password
        self.displayName = displayName
        self.invitation = invitation
    }
}

/// The answer to an account operation: done, or refused with problems a form can show beside
/// its fields.
public enum AccountOutcome<Value: Sendable>: Sendable {
    /// The operation happened.
    case success(Value)
    /// Nothing changed, for these reasons.
    case rejected([FieldProblem])
}

/// A problem with one input field (`field` is the input's field name, e.g. `"password"`), or
/// with the input as a whole when `field` is nil.
public struct FieldProblem: Sendable, Hashable {
    /// The input field concerned, nil for the whole input.
    public var field: String?
    /// What is wrong and how to fix it, for a person.
    public var message: String
    /// A stable code for programs (e.g. `TAKEN`, `TOO_SHORT`, `INVALID_CREDENTIALS`, `RATE_LIMITED`).
    public var code: String

    /// A field problem.
    public init(field: String?, message: String, code: String) {
        self.field = field
        self.message = message
        self.code = code
    }
}

/// A session just opened: the token is shown once and never stored in clear.
public struct SignedIn: Sendable, Hashable {
    /// The account signed in.
    public var account: Account
    /// The session token to send as `Authorization: Bearer …`.
    public var token: String
    /// When the session ends unless renewed, as ISO 8601.
    public var expiresAt: String

    /// A new session.
    public init(account: Account, token: String, expiresAt: String) {
        self.account = account
        self.token = token
        self.expiresAt = expiresAt
    }
}

/// An invitation to sign up.
public struct Invitation: Sendable, Hashable {
    /// The address invited.
    public var email: String
    /// The role the account will have.
    public var role: Role
    /// The code to give the person, shown once.
    public var code: String
    /// When the invitation lapses, as ISO 8601.
    public var expiresAt: String

    /// An invitation.
    public init(email: String, role: Role, code: String, expiresAt: String) {
        self.email = email
        self.role = role
        self.code = code
        self.expiresAt = expiresAt
    }
}

/// An API key as its owner sees it later: never the secret.
public struct APIKey: Sendable, Hashable {
    /// The key's identifier.
    public var id: Int64
    /// The name its owner gave it.
    public var name: String
    /// The key's first characters, to tell keys apart.
    public var prefix: String
    /// What the key may do.
    public var scopes: Set<APIKeyScope>
    /// When it was made, as ISO 8601.
    public var createdAt: String
    /// When it was revoked, as ISO 8601; nil while it works.
    public var revokedAt: String?

    /// An API key.
    public init(id: Int64, name: String, prefix: String, scopes: Set<APIKeyScope>, createdAt: String, revokedAt: String?) {
        self.id = id
        self.name = name
        self.prefix = prefix
        self.scopes = scopes
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

/// A key just made, with its secret, shown once.
public struct CreatedAPIKey: Sendable, Hashable {
    /// The key's record.
    public var key: APIKey
    /// The secret to send as `Authorization: Bearer …` (or the server's key header).
    public var secret: String

    /// A created key.
    public init(key: APIKey, secret: String) {
        self.key = key
        self.secret = secret
    }
}

/// The caller may not do this: `UNAUTHENTICATED` when nobody is signed in, `FORBIDDEN` when the
/// signed-in account lacks the right. The API turns it into a GraphQL error with that code.
public struct AuthorizationError: Error, Sendable, Hashable {
    /// Why the caller was refused.
    public enum Reason: String, Sendable, Hashable {
        /// No credential, or one that no longer works.
        case unauthenticated = "UNAUTHENTICATED"
        /// A credential without the right for this.
        case forbidden = "FORBIDDEN"
    }

    /// Which kind of refusal.
    public var reason: Reason
    /// What was refused and what would allow it, for a person.
    public var message: String

    /// An authorization failure.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }
}
