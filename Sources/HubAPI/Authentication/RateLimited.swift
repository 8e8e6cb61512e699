/// An account operation refused because too many were tried recently (sign-in attempts per
/// account or per address). The API reports it as a GraphQL error with `extensions.code`
/// `RATE_LIMITED` and `extensions.retryAfter` (seconds); the server adds `Retry-After`.
public struct RateLimited: Error, Sendable, Hashable {
    /// Seconds to wait before trying again.
    public var retryAfterSeconds: Int
    /// What was limited, for a person (the same whether or not the account exists).
    public var message: String

    /// A rate-limit refusal.
    public init(retryAfterSeconds: Int, message: String) {
        self.retryAfterSeconds = retryAfterSeconds
        self.message = message
    }
}
