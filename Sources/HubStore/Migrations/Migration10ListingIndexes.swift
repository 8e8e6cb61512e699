import GRDB

/// Migration 10: covering indexes for the practice listings, so that a search reads the few
/// columns it needs for each match from a compact index instead of the wide rows.
///
/// A search of a common term matches thousands of texts: for each one, the listing looks up the
/// text's practice and language (`practice_text`, whose rows carry the whole text) and then the
/// practice's status and the columns its filters test (`practice`). Looked up by id in the
/// table, each lookup walks pages holding mostly text; in these indexes, keyed by the same id,
/// it walks pages holding only the needed columns, about a tenth less time per search on a
/// database of 1,000,000 partnerships. SQLite prefers the table for a rowid lookup, so
/// `PracticeListing` names these indexes (`INDEXED BY`); their columns must stay those it reads.
enum Migration10ListingIndexes {
    static let identifier = "10-listing-covering-indexes"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX practice_text_owner ON practice_text(id, practice_id, language);
                CREATE INDEX practice_listed ON practice(
                    id, status, author_account_id, evidence_level, program_id, lead_organization_id, year);
                """)
    }
}
