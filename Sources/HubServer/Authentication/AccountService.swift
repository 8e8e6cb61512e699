import Foundation
import HubAPI
import HubStore

/// The hub's members and their credentials: sign-up, sign-in, sessions, password changes,
/// invitations and API keys over the store's account tables, and turning a request's
/// `Authorization` header into a ``Caller``.
///
/// Nothing secret is kept in clear: passwords as PBKDF2 hashes (``PasswordHasher``), session
/// tokens, API keys and invitation codes as SHA-256 (``SecretToken``). Password hashing runs on
/// the ``PasswordHashingQueue``, never on an event loop. Sign-in failures are rate-limited per
/// account and per address (``SignInRateLimit``) and take as long, and read the same, whether or
/// not the email has an account.
///
/// Wiring it into the server (`peerhub serve`): make one at start, hand it to the API as its
/// ``AuthenticationService`` and call ``identify(authorization:clientAddress:)`` once per request;
/// before serving, ``createFirstAdminIfNeeded(email:displayName:)`` makes the first admin of an
/// empty hub, whose password the command prints once (on standard output, never in a log).
///
/// ```swift
/// let configuration = try AccountServiceConfiguration(environment: ProcessInfo.processInfo.environment)
/// let accounts = AccountService(database: database, configuration: configuration)
/// if let admin = try await accounts.createFirstAdminIfNeeded() {
///     print("first admin: \(admin.account.email), password \(admin.password) (shown once)")
/// }
/// let caller = try await accounts.identify(authorization: request.headers[.authorization], clientAddress: address)
/// ```
///
/// The API reports a ``RateLimited`` from ``signIn(email:password:caller:)`` with
/// `extensions.retryAfter`; the HTTP layer adds `Retry-After` with the same seconds.
public final class AccountService: AuthenticationService, CallerIdentifying {
    /// The settings it was made with.
    public let configuration: AccountServiceConfiguration
    let database: HubDatabase
    let hashing: PasswordHashingQueue
    let throttle: SignInThrottle
    /// The clock: `Date.init` in the server, a settable one in tests.
    let now: @Sendable () -> Date
    /// What a sign-in with an unknown email is checked against, so that it costs a full hash.
    let unmatchableHash: String

    /// A service over `database`'s accounts, reading the time from `now`.
    public init(
        database: HubDatabase, configuration: AccountServiceConfiguration = AccountServiceConfiguration(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.database = database
        self.now = now
        hashing = PasswordHashingQueue(width: configuration.hashingWidth)
        throttle = SignInThrottle(SignInRateLimit(configuration: configuration.rateLimit))
        unmatchableHash = configuration.passwordHasher.unmatchableHash()
    }

    // MARK: - Helpers shared by the operations

    /// Hashes a password on the hashing queue.
    func hashPassword(_ password: String) async -> String {
        let hasher = configuration.passwordHasher
        return await hashing.run { hasher.hash(password) }
    }

    /// Checks a password against an encoded hash on the hashing queue.
    func verifyPassword(_ password: String, against encoded: String) async -> PasswordHasher.Verification {
        let hasher = configuration.passwordHasher
        return await hashing.run { hasher.verify(password, against: encoded) }
    }

    /// Opens a session for `accountID` in the writer's transaction and returns its token.
    static func openSession(
        _ writer: StoreWriter, accountID: Int64, at date: Date, lifetime: TimeInterval
    ) throws -> (token: SecretToken, expiresAt: Date) {
        let token = SecretToken.generate(.session)
        let expiresAt = date + lifetime
        try writer.insertSession(tokenHash: token.hash, accountID: accountID, createdAt: date, expiresAt: expiresAt)
        return (token, expiresAt)
    }

    /// The session and account of a caller signed in with a session; refuses anyone else.
    func requireSession(_ caller: Caller, to action: String) throws(AuthorizationError) -> (SessionID, Account) {
        switch caller.credential {
        case .session(let id):
            if let account = caller.account { return (id, account) }
        case .apiKey:
            throw AuthorizationError(.forbidden, "API keys are read-only; sign in with a member session to \(action).")
        case .anonymous:
            break
        }
        throw AuthorizationError(.unauthenticated, "Sign in to \(action).")
    }

    /// An ISO 8601 timestamp for the API (`2026-11-29T10:15:22Z`).
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}

/// The rate limit shared by every request, behind an actor; the decisions are the value type's.
actor SignInThrottle {
    private var limit: SignInRateLimit

    init(_ limit: SignInRateLimit) { self.limit = limit }

    func check(account: String, address: String?, now: Date) -> SignInRateLimit.Decision {
        limit.check(account: account, address: address, now: now)
    }

    func recordFailure(account: String, address: String?, now: Date) {
        limit.recordFailure(account: account, address: address, now: now)
    }

    func recordSuccess(account: String) { limit.recordSuccess(account: account) }
}

extension Role {
    /// The API's role for a stored one; an unknown value (which the schema's CHECK forbids)
    /// gets the least power.
    init(_ role: AccountRole) { self = Role(rawValue: role.rawValue) ?? .member }
}

extension AccountRole {
    /// The stored role for the API's.
    init(_ role: Role) { self.init(rawValue: role.rawValue) }
}

extension Account {
    /// The API's view of a stored account: no password hash.
    init(_ account: MemberAccount) {
        self.init(
            id: account.id, email: account.email, displayName: account.displayName, role: Role(account.role),
            personID: account.personID)
    }
}

extension RateLimited {
    /// The refusal of a sign-in over the limit, the same for every email.
    static func signIn(retryAfterSeconds seconds: Int) -> RateLimited {
        RateLimited(
            retryAfterSeconds: seconds,
            message: "Too many failed sign-in attempts; try again in \(seconds) second\(seconds == 1 ? "" : "s").")
    }
}
