import Foundation
import HubAPI

/// The rules for what a person types into the account forms other than passwords (email,
/// display name, API key name), and the problems they report. Field names are those of the
/// schema's inputs, so a form can put each message beside its field.
enum AccountInput {
    /// The email with surrounding blanks removed; stored as typed, compared without case.
    static func normalizedEmail(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Problems with an email address (RFC 5321 §4.5.3.1: at most 254 characters): one `@`
    /// between a non-empty local part and a domain, no blanks or control characters.
    static func emailProblems(_ email: String, field: String = "email") -> [FieldProblem] {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && email.count <= 254
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !email.unicodeScalars.contains {
                CharacterSet.whitespacesAndNewlines.union(.controlCharacters).contains($0)
            }
        if valid { return [] }
        return [
            FieldProblem(field: field, message: "Enter an email address like name@example.org.", code: "INVALID_EMAIL")
        ]
    }

    /// Problems with a name shown to others or given to a key: 1 to 100 characters, not blank.
    static func nameProblems(_ name: String, field: String) -> [FieldProblem] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            return [FieldProblem(field: field, message: "Enter a name.", code: "REQUIRED")]
        }
        if trimmed.count > 100 {
            return [FieldProblem(field: field, message: "Use at most 100 characters.", code: "TOO_LONG")]
        }
        return []
    }
}

/// The problems the account operations report, worded in one place.
enum AccountProblem {
    /// Wrong email or password, or no such account: the same words either way.
    static let invalidCredentials = FieldProblem(
        field: nil, message: "The email or password is incorrect.", code: "INVALID_CREDENTIALS")

    /// The right password for a disabled account.
    static let accountDisabled = FieldProblem(
        field: nil, message: "This account is disabled; ask an administrator to enable it.", code: "ACCOUNT_DISABLED")

    /// An address that already has an account.
    static let emailTaken = FieldProblem(
        field: "email", message: "An account with this email already exists; sign in, or use another address.",
        code: "TAKEN")

    /// Sign-up without an invitation where one is needed.
    static let invitationRequired = FieldProblem(
        field: "invitation", message: "Sign-up is by invitation; ask an administrator for an invitation code.",
        code: "REQUIRED")

    /// An invitation code that is unknown, used or expired.
    static let invitationInvalid = FieldProblem(
        field: "invitation",
        message:
            "This invitation code is not valid, has been used, or has expired; ask an administrator for a new one.",
        code: "INVALID_INVITATION")

    /// An invitation used with another address than the one invited.
    static let invitationForAnotherEmail = FieldProblem(
        field: "email",
        message: "This invitation is for another email address; sign up with the address it was sent to.",
        code: "INVITATION_MISMATCH")

    /// A wrong current password when changing it.
    static let incorrectCurrentPassword = FieldProblem(
        field: "currentPassword", message: "The current password is incorrect.", code: "INVALID_CREDENTIALS")

    /// An API key id that is not one of the caller's keys.
    static let apiKeyNotFound = FieldProblem(
        field: "id", message: "You have no API key with this id; `viewer.apiKeys` lists yours.", code: "NOT_FOUND")
}
