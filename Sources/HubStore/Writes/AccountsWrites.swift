import Foundation
import GRDB

/// Writing accounts, sessions, API keys and invitations. Each method is one statement of the
/// caller's transaction; secrets arrive already hashed (the server hashes them), so none of
/// these ever sees a password, token, key or invitation code.
///
/// ```swift
/// let account = try database.write { writer in
///     try writer.insertAccount(email: "ana@example.org", displayName: "Ana", passwordHash: encoded, role: .member, createdAt: now)
/// }
/// ```
extension StoreWriter {
    /// Adds an account and returns it.
    ///
    /// - Throws: a `StoreError` (a UNIQUE constraint) when an account already has this email,
    ///   whatever its case; callers check `reader.account(email:)` first, in the same transaction.
    public func insertAccount(
        email: String, displayName: String, passwordHash: String, role: AccountRole, personID: Int64? = nil,
        createdAt: Date
    ) throws -> MemberAccount {
        let id = try insert(
            """
            INSERT INTO member_account (email, display_name, password_hash, role, person_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [email, displayName, passwordHash, role.rawValue, personID, createdAt])
        // safe: the row was inserted by the statement above, in this transaction
        return try reader.account(id: id)!
    }

    /// Replaces an account's password hash (a changed password, or the same one rehashed with
    /// stronger parameters).
    public func updatePasswordHash(accountID: Int64, to passwordHash: String) throws {
        try execute("UPDATE member_account SET password_hash = ? WHERE id = ?", [passwordHash, accountID])
    }

    /// Disables or re-enables an account; returns whether there was one with this id.
    @discardableResult
    public func setAccountDisabled(id: Int64, _ disabled: Bool) throws -> Bool {
        try execute("UPDATE member_account SET disabled = ? WHERE id = ?", [disabled ? 1 : 0, id])
        return db.changesCount > 0
    }

    /// Opens a session for an account, known by its token's SHA-256.
    public func insertSession(tokenHash: Data, accountID: Int64, createdAt: Date, expiresAt: Date) throws {
        try execute(
            "INSERT INTO session (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
            [tokenHash, accountID, createdAt, expiresAt])
    }

    /// Ends one session; returns whether it was open.
    @discardableResult
    public func deleteSession(tokenHash: Data) throws -> Bool {
        try execute("DELETE FROM session WHERE token_hash = ?", [tokenHash])
        return db.changesCount > 0
    }

    /// Ends every session of an account but `keeping` (the one changing the password); returns
    /// how many ended.
    @discardableResult
    public func deleteSessions(accountID: Int64, keeping: Data? = nil) throws -> Int {
        if let keeping {
            try execute("DELETE FROM session WHERE account_id = ? AND token_hash <> ?", [accountID, keeping])
        } else {
            try execute("DELETE FROM session WHERE account_id = ?", [accountID])
        }
        return db.changesCount
    }

    /// Deletes the sessions that expired before `date`; returns how many.
    @discardableResult
    public func deleteExpiredSessions(before date: Date) throws -> Int {
        try execute("DELETE FROM session WHERE expires_at <= ?", [date])
        return db.changesCount
    }

    /// Adds an API key, known by its SHA-256 and its visible prefix, and returns it.
    public func insertAPIKey(
        keyHash: Data, prefix: String, accountID: Int64, name: String, scopes: [String], createdAt: Date
    ) throws -> StoredAPIKey {
        let id = try insert(
            "INSERT INTO api_key (key_hash, prefix, account_id, name, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [keyHash, prefix, accountID, name, scopes.joined(separator: ","), createdAt])
        // safe: the row was inserted by the statement above, in this transaction
        return try reader.apiKey(id: id)!
    }

    /// Revokes an API key of `accountID` (a key of another account is left alone); returns the
    /// key as it now is, or nil when the account has no key with this id. Revoking a revoked key
    /// keeps its first revocation date.
    public func revokeAPIKey(id: Int64, accountID: Int64, at date: Date) throws -> StoredAPIKey? {
        try execute(
            "UPDATE api_key SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND account_id = ?",
            [date, id, accountID])
        return try reader.apiKey(id: id).flatMap { $0.accountID == accountID ? $0 : nil }
    }

    /// Adds an invitation, known by its code's SHA-256, and returns it.
    public func insertInvitation(
        codeHash: Data, email: String, role: AccountRole, invitedBy: Int64?, createdAt: Date, expiresAt: Date
    ) throws -> StoredInvitation {
        let id = try insert(
            """
            INSERT INTO invitation (code_hash, email, role, invited_by, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [codeHash, email, role.rawValue, invitedBy, createdAt, expiresAt])
        // safe: the row was inserted by the statement above, in this transaction
        return try reader.invitation(id: id)!
    }

    /// Records that an invitation became `accountID`; returns false when it was already used.
    @discardableResult
    public func acceptInvitation(id: Int64, accountID: Int64, at date: Date) throws -> Bool {
        try execute(
            "UPDATE invitation SET accepted_at = ?, account_id = ? WHERE id = ? AND accepted_at IS NULL",
            [date, accountID, id])
        return db.changesCount > 0
    }
}
