import Foundation
import GRDB

/// Member accounts, sessions, API keys and invitations, for the server's account service and
/// the `peerhub user` command. Secrets are looked up by their SHA-256, never stored in clear.
///
/// ```swift
/// let found = try database.read { try $0.sessionWithAccount(tokenHash: hash) }
/// ```
extension StoreReader {
    /// The account with this id.
    public func account(id: Int64) throws -> MemberAccount? {
        try fetchAll("SELECT * FROM member_account WHERE id = ?", [id]) { MemberAccount(row: $0) }.first
    }

    /// The account signing in with `email`, whatever its case.
    public func account(email: String) throws -> MemberAccount? {
        try fetchAll("SELECT * FROM member_account WHERE email = ?", [email]) { MemberAccount(row: $0) }.first
    }

    /// Accounts by id, for the API's loaders; missing ids are absent.
    public func accounts(ids: some Collection<Int64>) throws -> [Int64: MemberAccount] {
        try records("member_account", ids: ids) { MemberAccount(row: $0) }
    }

    /// Every account, oldest first.
    public func allAccounts() throws -> [MemberAccount] {
        try fetchAll("SELECT * FROM member_account ORDER BY id", []) { MemberAccount(row: $0) }
    }

    /// How many accounts there are, disabled ones included.
    public func accountCount() throws -> Int {
        try fetchOne(Int.self, "SELECT count(*) FROM member_account") ?? 0
    }

    /// The session whose token hashes to `tokenHash`, with its account, in one statement.
    public func sessionWithAccount(tokenHash: Data) throws -> (session: StoredSession, account: MemberAccount)? {
        try fetchAll(
            """
            SELECT s.*, \(Self.prefixedAccountColumns)
            FROM session s JOIN member_account a ON a.id = s.account_id
            WHERE s.token_hash = ?
            """, [tokenHash]
        ) { (StoredSession(row: $0), MemberAccount(row: $0, prefix: "a_")) }.first
    }

    /// The API key that hashes to `keyHash`, with its account, in one statement.
    public func apiKeyWithAccount(keyHash: Data) throws -> (key: StoredAPIKey, account: MemberAccount)? {
        try fetchAll(
            """
            SELECT k.*, \(Self.prefixedAccountColumns)
            FROM api_key k JOIN member_account a ON a.id = k.account_id
            WHERE k.key_hash = ?
            """, [keyHash]
        ) { (StoredAPIKey(row: $0), MemberAccount(row: $0, prefix: "a_")) }.first
    }

    /// The API key with this id.
    public func apiKey(id: Int64) throws -> StoredAPIKey? {
        try fetchAll("SELECT * FROM api_key WHERE id = ?", [id]) { StoredAPIKey(row: $0) }.first
    }

    /// An account's API keys, revoked ones included, newest first.
    public func apiKeys(accountID: Int64) throws -> [StoredAPIKey] {
        try fetchAll(
            "SELECT * FROM api_key WHERE account_id = ? ORDER BY created_at DESC, id DESC", [accountID]
        ) { StoredAPIKey(row: $0) }
    }

    /// The invitation whose code hashes to `codeHash`, used or not.
    public func invitation(codeHash: Data) throws -> StoredInvitation? {
        try fetchAll("SELECT * FROM invitation WHERE code_hash = ?", [codeHash]) { StoredInvitation(row: $0) }.first
    }

    /// The invitation with this id.
    public func invitation(id: Int64) throws -> StoredInvitation? {
        try fetchAll("SELECT * FROM invitation WHERE id = ?", [id]) { StoredInvitation(row: $0) }.first
    }

    /// How many sessions an account has open (expired ones not yet deleted included).
    public func sessionCount(accountID: Int64) throws -> Int {
        try fetchOne(Int.self, "SELECT count(*) FROM session WHERE account_id = ?", [accountID]) ?? 0
    }

    /// The joined account's columns, renamed `a_<column>` so that they do not shadow the
    /// session's or key's own `id` and `created_at`.
    private static let prefixedAccountColumns = [
        "id", "email", "display_name", "password_hash", "role", "person_id", "created_at", "disabled",
    ].map { "a.\($0) AS a_\($0)" }.joined(separator: ", ")
}
