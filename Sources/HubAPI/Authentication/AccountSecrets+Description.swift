/// Descriptions of the account types that carry a secret (a password, a session token, an API
/// key, an invitation code): they name what they are and leave the secret out, so printing one
/// in a log line or an error message never shows it.
extension SignUpRequest: CustomStringConvertible {
    public var description: String {
        "SignUpRequest(email: \(email), displayName: \(displayName), password: redacted"
            + (invitation == nil ? ")" : ", invitation: redacted)")
    }
}

extension SignedIn: CustomStringConvertible {
    public var description: String {
        "SignedIn(account: \(account.id), token: redacted, expiresAt: \(expiresAt))"
    }
}

extension Invitation: CustomStringConvertible {
    public var description: String {
        "Invitation(email: \(email), role: \(role.rawValue), code: redacted, expiresAt: \(expiresAt))"
    }
}

extension CreatedAPIKey: CustomStringConvertible {
    public var description: String {
        "CreatedAPIKey(id: \(key.id), prefix: \(key.prefix), secret: redacted)"
    }
}
