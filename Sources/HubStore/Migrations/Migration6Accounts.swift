import GRDB

/// Migration 6: member accounts, sessions and API keys.
///
/// Nothing secret is stored in clear: a password is kept as a slow password hash (the server
/// chooses the algorithm and writes the encoded hash), a session token and an API key only as
/// the SHA-256 of the token, so a copy of the database does not let anyone log in.
enum Migration6Accounts {
    static let identifier = "6-accounts-sessions-api-keys"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE member_account (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    display_name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('member', 'researcher', 'admin')),
                    person_id INTEGER REFERENCES person(id),
                    created_at TEXT NOT NULL,
                    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
                );

                CREATE TABLE session (
                    token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
                    account_id INTEGER NOT NULL REFERENCES member_account(id) ON DELETE CASCADE,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX session_by_account ON session(account_id);

                CREATE TABLE api_key (
                    id INTEGER PRIMARY KEY,
                    key_hash BLOB NOT NULL UNIQUE CHECK (length(key_hash) = 32),
                    -- the first characters of the key, shown so a person can tell keys apart
                    prefix TEXT NOT NULL,
                    account_id INTEGER NOT NULL REFERENCES member_account(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    scopes TEXT NOT NULL DEFAULT 'read',
                    created_at TEXT NOT NULL,
                    revoked_at TEXT
                );
                CREATE INDEX api_key_by_account ON api_key(account_id);

                -- Practices written by members through the API carry their author account.
                ALTER TABLE practice ADD COLUMN author_account_id INTEGER REFERENCES member_account(id);
                """)
    }
}
