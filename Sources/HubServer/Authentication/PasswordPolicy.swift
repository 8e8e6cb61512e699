import HubAPI

/// The minimum a new password must meet (NIST SP 800-63B §3.1.1.2: a length floor, no
/// composition rules, no common or context-specific passwords), each failure a
/// ``FieldProblem`` a form can show beside the password field.
///
/// ```swift
/// PasswordPolicy().problems(password: "hunter2", email: "ana@example.org", field: "password")
/// // [FieldProblem(field: "password", message: "Use at least 12 characters …", code: "TOO_SHORT")]
/// ```
public struct PasswordPolicy: Sendable, Hashable {
    /// The fewest characters a password may have.
    public var minimumLength = 12
    /// The most characters (a bound on what is hashed, not a security rule).
    public var maximumLength = 256

    /// The defaults: 12 to 256 characters.
    public init() {}

    /// What is wrong with `password` for the account `email`; empty when it will do. Messages
    /// never repeat the password.
    public func problems(password: String, email: String, field: String) -> [FieldProblem] {
        let length = password.count
        if length < minimumLength {
            return [
                FieldProblem(
                    field: field,
                    message: "Use at least \(minimumLength) characters; a few unrelated words make a strong password.",
                    code: "TOO_SHORT")
            ]
        }
        if length > maximumLength {
            return [FieldProblem(field: field, message: "Use at most \(maximumLength) characters.", code: "TOO_LONG")]
        }
        let lowered = password.lowercased()
        let local = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if lowered == email.lowercased() || (local.count >= 4 && lowered.contains(local)) {
            return [
                FieldProblem(
                    field: field, message: "Choose a password that does not contain your email address.",
                    code: "CONTAINS_EMAIL")
            ]
        }
        if Set(password).count < 4 || Self.common.contains(where: { lowered.contains($0) }) {
            return [
                FieldProblem(
                    field: field, message: "This password is too easy to guess; choose a less common one.",
                    code: "TOO_COMMON")
            ]
        }
        return []
    }

    /// Fragments of the most breached passwords (the top of public breach lists) that a strong
    /// password of 12 characters or more is built around.
    private static let common = [
        "123456", "234567", "345678", "456789", "987654", "password", "passw0rd", "qwerty", "azerty", "letmein",
        "welcome", "iloveyou", "abc123", "111111", "000000", "admin", "peerhub", "monkey", "dragon", "football",
    ]
}
