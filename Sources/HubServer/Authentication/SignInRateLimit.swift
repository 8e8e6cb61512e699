import Foundation

/// The sign-in rate limit as a value: failed attempts per account and per client address in a
/// sliding window (by default 5 per account and 20 per address in 15 minutes, as OWASP's
/// Authentication Cheat Sheet suggests). It never reads a clock: every transition is given
/// `now`, so tests step through time without waiting.
///
/// The account key is the email as typed, lowercased, whether or not an account has it, so the
/// limit says nothing about which emails exist.
///
/// ```swift
/// var limit = SignInRateLimit()
/// if case .limited(let seconds) = limit.check(account: email, address: ip, now: now) { … }
/// limit.recordFailure(account: email, address: ip, now: now)
/// ```
public struct SignInRateLimit: Sendable {
    /// The limits; more may come.
    public struct Configuration: Sendable, Hashable {
        /// Failures allowed per account in `window` (0 turns the account limit off).
        public var failuresPerAccount = 5
        /// Failures allowed per client address in `window` (0 turns the address limit off).
        public var failuresPerAddress = 20
        /// The sliding window, in seconds.
        public var window: TimeInterval = 15 * 60
        /// How many accounts and addresses are remembered at most; past it, the oldest are
        /// forgotten first, so a flood of made-up emails cannot exhaust memory.
        public var maximumTrackedKeys = 100_000

        /// The defaults: 5 per account, 20 per address, 15 minutes.
        public init() {}
    }

    /// Whether an attempt may go ahead.
    public enum Decision: Sendable, Hashable {
        /// Go ahead.
        case allowed
        /// Refuse; the attempt may be made again after this many seconds (at least 1).
        case limited(retryAfterSeconds: Int)
    }

    /// The limits in force.
    public let configuration: Configuration
    private var accounts: [String: [Date]] = [:]
    private var addresses: [String: [Date]] = [:]

    /// An empty limit: everything allowed until failures are recorded.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Whether an attempt for `account` from `address` may go ahead at `now`.
    public func check(account: String, address: String?, now: Date) -> Decision {
        let waits = [
            wait(accounts[Self.key(account)], limit: configuration.failuresPerAccount, now: now),
            address.flatMap { wait(addresses[$0], limit: configuration.failuresPerAddress, now: now) },
        ].compactMap { $0 }
        guard let longest = waits.max() else { return .allowed }
        return .limited(retryAfterSeconds: longest)
    }

    /// Counts a failed attempt against the account and the address.
    public mutating func recordFailure(account: String, address: String?, now: Date) {
        Self.append(now, to: &accounts, key: Self.key(account), limit: configuration.failuresPerAccount, configuration)
        if let address {
            Self.append(now, to: &addresses, key: address, limit: configuration.failuresPerAddress, configuration)
        }
    }

    /// A successful sign-in clears the account's failures (not the address's: one good
    /// password does not vouch for everything else tried from there).
    public mutating func recordSuccess(account: String) {
        accounts[Self.key(account)] = nil
    }

    /// How many accounts and addresses are remembered, for tests of forgetting.
    var trackedKeys: Int { accounts.count + addresses.count }

    /// Seconds until the failures of one key drop below `limit`, or nil when they are below.
    private func wait(_ failures: [Date]?, limit: Int, now: Date) -> Int? {
        guard let failures else { return nil }
        let recent = failures.filter { now.timeIntervalSince($0) < configuration.window }
        guard limit > 0, recent.count >= limit else { return nil }
        // The attempt is allowed again when the failure that keeps the count at the limit ages
        // out of the window.
        let releasing = recent[recent.count - limit]
        let seconds = configuration.window - now.timeIntervalSince(releasing)
        return max(1, Int(seconds.rounded(.up)))
    }

    private static func append(
        _ now: Date, to table: inout [String: [Date]], key: String, limit: Int, _ configuration: Configuration
    ) {
        let window = configuration.window
        var failures = (table[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures.append(now)
        // Only the newest `limit` failures decide anything.
        if failures.count > max(1, limit) { failures.removeFirst(failures.count - max(1, limit)) }
        table[key] = failures
        if table.count > configuration.maximumTrackedKeys {
            forgetOldest(in: &table, now: now, window: window, keeping: configuration.maximumTrackedKeys)
        }
    }

    /// Drops the keys whose failures are all outside the window, then, if still too many, those
    /// whose newest failure is oldest.
    private static func forgetOldest(in table: inout [String: [Date]], now: Date, window: TimeInterval, keeping: Int) {
        table = table.filter { now.timeIntervalSince($0.value.last ?? .distantPast) < window }
        guard table.count > keeping else { return }
        let sorted = table.sorted { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }
        for (key, _) in sorted.prefix(table.count - keeping) { table[key] = nil }
    }

    private static func key(_ account: String) -> String {
        account.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
