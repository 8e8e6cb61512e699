import Foundation

/// How the ``AccountService`` runs: who may sign up, how long sessions and invitations last,
/// the sign-in rate limit and the password rules. Every setting has a default fit for a public
/// hub; `peerhub serve` may set them from flags or the environment.
///
/// ```swift
/// var configuration = AccountServiceConfiguration()
/// configuration.signUp = .open
/// configuration.sessionLifetime = 7 * 24 * 3600
/// ```
public struct AccountServiceConfiguration: Sendable {
    /// Who may create an account; a struct so that more policies (e.g. by email domain) can come.
    public struct SignUpPolicy: Sendable, Hashable {
        let isOpen: Bool

        /// Only with an invitation an admin created (the default).
        public static let invitationOnly = SignUpPolicy(isOpen: false)
        /// Anyone may sign up as a member; an invitation still gives its role.
        public static let open = SignUpPolicy(isOpen: true)
    }

    /// Who may sign up: by invitation unless opened.
    public var signUp = SignUpPolicy.invitationOnly
    /// How long a session lasts from sign-in, in seconds (30 days).
    public var sessionLifetime: TimeInterval = 30 * 24 * 3600
    /// How long an invitation can be used, in seconds (14 days).
    public var invitationLifetime: TimeInterval = 14 * 24 * 3600
    /// The sign-in rate limit (5 failures per account, 20 per address, per 15 minutes).
    public var rateLimit = SignInRateLimit.Configuration()
    /// The password hash of new passwords (PBKDF2-HMAC-SHA256, 600,000 iterations).
    public var passwordHasher = PasswordHasher.owasp
    /// What a new password must meet.
    public var passwordPolicy = PasswordPolicy()
    /// How many password hashes may run at once: half the cores, at least one, so that sign-ins
    /// never take every core from queries.
    public var hashingWidth = max(1, ProcessInfo.processInfo.activeProcessorCount / 2)

    /// The defaults.
    public init() {}
}
