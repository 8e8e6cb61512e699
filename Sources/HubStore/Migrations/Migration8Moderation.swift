import GRDB

/// Migration 8: what members and moderators write through the API: a practice's review trail,
/// a `rejected` status, bookmarks, and who recorded a replication.
///
/// - `practice` gains `rejected` among its statuses (draft → in_review → published, or
///   in_review → rejected → in_review again after an edit) and the trail of its latest steps:
///   when it was created, last edited, submitted, reviewed (by which account) and published, and
///   why it was last rejected. Curated practices have no trail (the columns are NULL).
///   SQLite cannot change a CHECK constraint in place, so the table is rebuilt as SQLite's
///   "making other kinds of table schema changes" procedure says (§7 of `lang_altertable`):
///   a new table, the rows copied, the old one dropped, the new one renamed, and the old
///   indexes re-created from their saved SQL. GRDB runs a migration with foreign keys off and
///   checks them before committing, so the tables that refer to `practice` keep their rows.
///   The search index is on `practice_text`, which is not touched.
/// - `bookmark`: a member's saved practices, newest first.
/// - `replication` gains the account that recorded it through the API, and when.
enum Migration8Moderation {
    static let identifier = "8-moderation-bookmarks"

    static func migrate(_ db: Database) throws {
        // The indexes on `practice` made by earlier migrations, to re-create after the rebuild.
        let indexes = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'practice' AND sql IS NOT NULL")
        try db.execute(
            sql: """
                CREATE TABLE practice_rebuilt (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    lead_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    program_id INTEGER REFERENCES program(id),
                    partnership_id INTEGER REFERENCES partnership(id),
                    author_person_id INTEGER REFERENCES person(id),
                    evidence_level TEXT NOT NULL CHECK (evidence_level IN (
                        'self_reported', 'peer_reviewed', 'evaluated', 'awarded')),
                    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'rejected')),
                    year INTEGER,
                    cost_estimate_cents INTEGER,
                    license TEXT,
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
                    author_account_id INTEGER REFERENCES member_account(id),
                    -- The review trail: ISO 8601 times of the latest steps, NULL for curated practices.
                    created_at TEXT,
                    updated_at TEXT,
                    submitted_at TEXT,
                    reviewed_at TEXT,
                    reviewer_account_id INTEGER REFERENCES member_account(id),
                    -- Why it was last rejected; kept after a resubmission so the trail shows it.
                    rejection_reason TEXT,
                    published_at TEXT,
                    CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
                );
                INSERT INTO practice_rebuilt (id, key, lead_organization_id, program_id, partnership_id,
                    author_person_id, evidence_level, status, year, cost_estimate_cents, license, illustrative,
                    author_account_id)
                SELECT id, key, lead_organization_id, program_id, partnership_id, author_person_id,
                    evidence_level, status, year, cost_estimate_cents, license, illustrative, author_account_id
                FROM practice;
                DROP TABLE practice;
                ALTER TABLE practice_rebuilt RENAME TO practice;
                """)
        for index in indexes {
            try db.execute(sql: index)
        }
        try db.execute(
            sql: """
                -- A member's own practices, and the moderators' queue (oldest submission first).
                CREATE INDEX practice_by_author_account ON practice(author_account_id, status);
                CREATE INDEX practice_by_status ON practice(status, submitted_at);

                CREATE TABLE bookmark (
                    account_id INTEGER NOT NULL REFERENCES member_account(id) ON DELETE CASCADE,
                    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (account_id, practice_id)
                ) WITHOUT ROWID;
                CREATE INDEX bookmark_by_account_time ON bookmark(account_id, created_at, practice_id);
                CREATE INDEX bookmark_by_practice ON bookmark(practice_id);

                ALTER TABLE replication ADD COLUMN recorded_by_account_id INTEGER REFERENCES member_account(id);
                ALTER TABLE replication ADD COLUMN recorded_at TEXT;
                """)
    }
}
