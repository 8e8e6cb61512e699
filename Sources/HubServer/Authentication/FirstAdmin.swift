import Foundation
import HubAPI
import HubStore

/// The administrator made on a hub's first start, with a random password to print once.
///
/// Its `description` hides the password; print ``password`` itself, once, where the operator
/// reads it (the terminal running `peerhub serve`), never into a log.
public struct FirstAdmin: Sendable, CustomStringConvertible {
    /// The account made.
    public let account: Account
    /// The generated password (144 random bits), kept only as a hash.
    public let password: String

    public var description: String { "FirstAdmin(email: \(account.email), password: redacted)" }
}

extension AccountService {
    /// The email of the first administrator.
    public static let firstAdminEmail = "admin@localhost"

    /// Makes the first administrator when the hub has no account at all, and returns it with
    /// its generated password; returns nil when any account exists (so it happens once, and
    /// never again after the first admin is disabled). `peerhub serve` calls it at start and
    /// prints the email and password.
    ///
    /// ```swift
    /// if let admin = try await accounts.createFirstAdminIfNeeded() {
    ///     print("first admin: \(admin.account.email) / \(admin.password) (shown once)")
    /// }
    /// ```
    public func createFirstAdminIfNeeded(
        email: String = AccountService.firstAdminEmail, displayName: String = "Administrator"
    ) async throws -> FirstAdmin? {
        if try await database.read({ try $0.accountCount() }) > 0 { return nil }
        let password = SecretToken.randomBase64URL(byteCount: 18)
        let passwordHash = await hashPassword(password)
        let date = now()
        let email = AccountInput.normalizedEmail(email)
        let made = try await database.write { writer -> MemberAccount? in
            // Checked again in the transaction: two servers starting at once make one admin.
            guard try writer.reader.accountCount() == 0 else { return nil }
            return try writer.insertAccount(
                email: email, displayName: displayName, passwordHash: passwordHash, role: .admin, createdAt: date)
        }
        return made.map { FirstAdmin(account: Account($0), password: password) }
    }
}
