import GRDB

/// The secondary indexes, full-text indexing triggers and partnership counting trigger of the
/// tables the synthetic generator fills, set aside while it writes and made again once at the
/// end.
///
/// Kept up row by row, an index whose order is not the insertion order (an organization's
/// partnerships, a program's years, a practice's status) takes an insert at a random place for
/// every row, the full-text index merges its segments again and again as texts arrive, and
/// the counts of migration 9 run a trigger per partnership. Built at the end, each index is one
/// sort, the full-text index one pass over the texts (merged once, into one segment, which
/// searches read fastest), and the counts one `GROUP BY`. Indexes of keys and ids stay: rows
/// arrive in their order.
///
/// Until `restore` commits, the tables lack those indexes and the full-text index lacks the new
/// texts: a process killed in between leaves a file to delete and seed again (`peerhub seed`
/// deletes its file on any error it sees; the generator is for new benchmark databases).
struct SyntheticIndexing {
    /// The tables the generator writes to.
    static let tables = [
        "organization", "partnership", "participant", "partnership_theme", "practice", "practice_text",
        "practice_theme", "publication", "publication_text",
    ]
    /// The triggers that index each new text (migration 5) and count each new partnership
    /// (migration 9).
    static let triggers = ["practice_text_indexed", "publication_text_indexed", "partnership_span_counted"]
    /// The full-text tables the triggers fill.
    static let searchTables = ["practice_search", "publication_search"]

    /// The `CREATE` statements of what was dropped, to run again.
    private let definitions: [String]

    /// Drops the secondary indexes of `tables` and the `triggers`, remembering them.
    static func setAside(_ writer: StoreWriter) throws -> SyntheticIndexing {
        // Indexes that SQLite makes for UNIQUE and PRIMARY KEY constraints have no SQL and stay.
        let dropped = try writer.reader.fetchAll(
            """
            SELECT type, name, sql FROM sqlite_master
            WHERE sql IS NOT NULL AND (
                type = 'index' AND tbl_name IN (SELECT value FROM json_each(?1))
                OR type = 'trigger' AND name IN (SELECT value FROM json_each(?2)))
            ORDER BY name
            """, [KeySet.json(tables), KeySet.json(triggers)]
        ) { row -> (type: String, name: String, sql: String) in (row[0], row[1], row[2]) }
        for item in dropped {
            // The names come from sqlite_master, not from a caller.
            try writer.execute("DROP \(item.type == "index" ? "INDEX" : "TRIGGER") \"\(item.name)\"")
        }
        return SyntheticIndexing(definitions: dropped.map(\.sql))
    }

    /// Makes the indexes and triggers again, indexes every text and counts every partnership.
    func restore(_ writer: StoreWriter) throws {
        for definition in definitions {
            try writer.execute(definition)
        }
        for table in Self.searchTables {
            // Merging segments as they are written (`automerge`, 4 by default) would merge the
            // same terms several times over; one `optimize` after merges them once.
            try writer.execute("INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 0)")
            try writer.execute("INSERT INTO \(table)(\(table)) VALUES ('rebuild')")
            try writer.execute("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
            try writer.execute("INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 4)")
        }
        try writer.execute("DELETE FROM partnership_span_count")
        try writer.execute(Migration9PartnershipSpans.countSQL)
    }
}
