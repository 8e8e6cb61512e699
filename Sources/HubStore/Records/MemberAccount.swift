import Foundation
import GRDB

/// A member account's role (DESIGN's security model): member, researcher (bulk and network
/// analytics), admin (moderation and accounts). Migration 6's CHECK lists the same values.
public struct AccountRole: StoreVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let member = AccountRole(rawValue: "member")
    public static let researcher = AccountRole(rawValue: "researcher")
    public static let admin = AccountRole(rawValue: "admin")
}

/// A member account as stored (`member_account`), with its encoded password hash.
///
/// Its `description` leaves the hash out, so printing an account never shows it.
public struct MemberAccount: Hashable, Sendable, Identifiable, CustomStringConvertible {
    public var id: Int64
    /// The sign-in address, compared without regard to case.
    public var email: String
    public var displayName: String
    /// The password's slow hash, encoded with its algorithm and parameters by the server.
    public var passwordHash: String
    public var role: AccountRole
    /// The person record the account belongs to, if linked.
    public var personID: Int64?
    public var createdAt: Date
    /// A disabled account cannot sign in, and its sessions and keys stop working.
    public var isDisabled: Bool

    /// Decodes the account's columns, named `<prefix><column>` (a prefix tells them apart from
    /// those of a joined table).
    init(row: Row, prefix: String = "") {
        id = row[prefix + "id"]
        email = row[prefix + "email"]
        displayName = row[prefix + "display_name"]
        passwordHash = row[prefix + "password_hash"]
        role = row.vocabulary(prefix + "role")
        personID = row[prefix + "person_id"]
        createdAt = row[prefix + "created_at"]
        isDisabled = row.flag(prefix + "disabled")
    }

    public var description: String {
        "MemberAccount(id: \(id), email: \(email), role: \(role)\(isDisabled ? ", disabled" : ""))"
    }
}

/// A session as stored (`session`): the token itself is never stored, only its SHA-256.
public struct StoredSession: Hashable, Sendable, CustomStringConvertible {
    /// The SHA-256 of the session token (32 bytes).
    public var tokenHash: Data
    public var accountID: Int64
    public var createdAt: Date
    public var expiresAt: Date

    init(row: Row) {
        tokenHash = row["token_hash"]
        accountID = row["account_id"]
        createdAt = row["created_at"]
        expiresAt = row["expires_at"]
    }

    public var description: String { "StoredSession(account: \(accountID), expires: \(expiresAt))" }
}

/// An API key as stored (`api_key`): its SHA-256 and the first characters people see.
public struct StoredAPIKey: Hashable, Sendable, Identifiable, CustomStringConvertible {
    public var id: Int64
    /// The key's first characters, shown so that a person can tell keys apart.
    public var prefix: String
    public var accountID: Int64
    /// The name its owner gave it.
    public var name: String
    /// What the key may do (`read`), in the order stored.
    public var scopes: [String]
    public var createdAt: Date
    /// When its owner revoked it; nil while it works.
    public var revokedAt: Date?

    init(row: Row) {
        id = row["id"]
        prefix = row["prefix"]
        accountID = row["account_id"]
        name = row["name"]
        scopes = (row["scopes"] as String).split(separator: ",").map(String.init)
        createdAt = row["created_at"]
        revokedAt = row["revoked_at"]
    }

    public var description: String { "StoredAPIKey(id: \(id), prefix: \(prefix), account: \(accountID))" }
}

/// An invitation to sign up as stored (`invitation`): its code only as a SHA-256.
public struct StoredInvitation: Hashable, Sendable, Identifiable, CustomStringConvertible {
    public var id: Int64
    /// The address invited; signing up with it must use the same one.
    public var email: String
    /// The role the new account gets.
    public var role: AccountRole
    /// The admin who made it, nil once that account is deleted.
    public var invitedBy: Int64?
    public var createdAt: Date
    public var expiresAt: Date
    /// When it was used to sign up; nil while it can be.
    public var acceptedAt: Date?
    /// The account it became.
    public var accountID: Int64?

    init(row: Row) {
        id = row["id"]
        email = row["email"]
        role = row.vocabulary("role")
        invitedBy = row["invited_by"]
        createdAt = row["created_at"]
        expiresAt = row["expires_at"]
        acceptedAt = row["accepted_at"]
        accountID = row["account_id"]
    }

    public var description: String { "StoredInvitation(id: \(id), email: \(email), role: \(role))" }
}
