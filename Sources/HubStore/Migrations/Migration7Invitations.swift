import GRDB

/// Migration 7: invitations to sign up.
///
/// An admin invites an address with a role; the person signs up with the code the invitation
/// carries. Like session tokens and API keys, the code is kept only as its SHA-256, so a copy of
/// the database cannot be used to sign up. An invitation is used once: signing up records the
/// account it became.
///
/// ```sql
/// SELECT * FROM invitation WHERE code_hash = ? AND accepted_at IS NULL AND expires_at > ?
/// ```
enum Migration7Invitations {
    static let identifier = "7-invitations"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE invitation (
                    id INTEGER PRIMARY KEY,
                    code_hash BLOB NOT NULL UNIQUE CHECK (length(code_hash) = 32),
                    email TEXT NOT NULL COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('member', 'researcher', 'admin')),
                    invited_by INTEGER REFERENCES member_account(id) ON DELETE SET NULL,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    accepted_at TEXT,
                    account_id INTEGER REFERENCES member_account(id) ON DELETE SET NULL
                );
                CREATE INDEX invitation_by_email ON invitation(email);
                -- Expired sessions are deleted in bulk (StoreWriter.deleteExpiredSessions).
                CREATE INDEX session_by_expiry ON session(expires_at);
                """)
    }
}
