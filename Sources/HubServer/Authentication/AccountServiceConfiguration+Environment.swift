import Foundation

extension AccountServiceConfiguration {
    /// The environment variables that set the account settings, for `peerhub serve --help` and
    /// the README, with what each accepts.
    public static let environmentVariables: [(name: String, meaning: String)] = [
        ("PEERHUB_SIGNUP", "who may sign up: invitation (default) or open"),
        ("PEERHUB_SESSION_DAYS", "days a session lasts, 1 to 365 (default 30)"),
        ("PEERHUB_INVITATION_DAYS", "days an invitation can be used, 1 to 365 (default 14)"),
        ("PEERHUB_SIGNIN_FAILURES_PER_ACCOUNT", "failed sign-ins per account per window, 0 for no limit (default 5)"),
        (
            "PEERHUB_SIGNIN_FAILURES_PER_ADDRESS",
            "failed sign-ins per client address per window, 0 for no limit (default 20)"
        ),
        ("PEERHUB_SIGNIN_WINDOW_SECONDS", "the rate limit's window, 1 to 86400 seconds (default 900)"),
    ]

    /// The defaults, changed by whichever of ``environmentVariables`` are set (empty ones are
    /// ignored).
    ///
    /// ```swift
    /// let configuration = try AccountServiceConfiguration(environment: ProcessInfo.processInfo.environment)
    /// ```
    ///
    /// - Throws: ``AccountConfigurationError`` naming the variable, its value and what it accepts.
    public init(environment: [String: String]) throws(AccountConfigurationError) {
        self.init()
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        func integer(_ name: String, _ range: ClosedRange<Int>) throws(AccountConfigurationError) -> Int? {
            guard let text = value(name) else { return nil }
            guard let number = Int(text), range.contains(number) else {
                throw AccountConfigurationError(
                    "\(name)=\(text) is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        switch value("PEERHUB_SIGNUP") {
        case nil, "invitation": signUp = .invitationOnly
        case "open": signUp = .open
        case let other?:
            throw AccountConfigurationError("PEERHUB_SIGNUP=\(other) is not a sign-up policy; use invitation or open")
        }
        let day: TimeInterval = 24 * 3600
        if let days = try integer("PEERHUB_SESSION_DAYS", 1...365) { sessionLifetime = Double(days) * day }
        if let days = try integer("PEERHUB_INVITATION_DAYS", 1...365) { invitationLifetime = Double(days) * day }
        if let count = try integer("PEERHUB_SIGNIN_FAILURES_PER_ACCOUNT", 0...1000) {
            rateLimit.failuresPerAccount = count
        }
        if let count = try integer("PEERHUB_SIGNIN_FAILURES_PER_ADDRESS", 0...100_000) {
            rateLimit.failuresPerAddress = count
        }
        if let seconds = try integer("PEERHUB_SIGNIN_WINDOW_SECONDS", 1...86_400) { rateLimit.window = Double(seconds) }
    }
}

/// An account setting from the environment that cannot be used.
public struct AccountConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The variable, its value and what it accepts.
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }
}
