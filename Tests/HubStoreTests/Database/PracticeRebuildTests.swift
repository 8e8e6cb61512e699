import GRDB
import Testing

@testable import HubStore

@Suite("Migration 8 rebuilds the practice table, keeping its indexes and search")
struct PracticeRebuildTests {
    /// The names of the indexes on `practice` that have SQL (made by a migration).
    private func practiceIndexes(_ db: Database) throws -> Set<String> {
        Set(
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'practice' AND sql IS NOT NULL"))
    }

    /// How many published practices a search for `text` finds, as the API's listing counts them.
    private func found(_ database: HubDatabase, _ text: String) throws -> Int {
        var listing = PracticeListing()
        listing.text = text
        return try database.read { try $0.practiceCount(listing) }
    }

    @Test("a practice edited after the rebuild is found by its new words and not its old")
    func searchAndIndexesSurviveTheRebuild() throws {
        let scratch = try ScratchDatabase()
        let indexesBefore: Set<String>
        do {
            // A database as migration 7 left it, with a published practice in it.
            let pool = try DatabasePool(path: scratch.path)
            try HubMigrations.migrator.migrate(pool, upTo: Migration7Invitations.identifier)
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO country (id, iso2, iso3, name_en, name_fr, fcm_region)
                        VALUES (1, 'VN', 'VNM', 'Vietnam', 'Viêt Nam', 'asia');
                        INSERT INTO organization (id, key, kind, name_en, name_fr, country_id)
                        VALUES (1, 'vn-nam-dinh', 'municipality', 'Nam Dinh', 'Nam Dinh', 1),
                            (2, 'vn-hue', 'municipality', 'Hue', 'Hue', 1);
                        INSERT INTO practice (id, key, lead_organization_id, evidence_level, status)
                        VALUES (1, 'compost', 1, 'evaluated', 'published');
                        INSERT INTO practice_text (practice_id, language, title, summary)
                        VALUES (1, 'en', 'Composting in Nam Dinh', 'Household composting bins');
                        """)
            }
            indexesBefore = try pool.read(practiceIndexes)
        }
        let database = try scratch.open()
        #expect(try database.appliedMigrations() == HubDatabase.knownMigrations)
        #expect(try found(database, "composting") == 1)

        // The full-text triggers on practice_text still follow edits.
        try database.write { writer in
            try writer.execute(
                "UPDATE practice_text SET title = 'Vermiculture in Nam Dinh', summary = 'Worm farms' WHERE practice_id = 1")
        }
        #expect(try found(database, "vermiculture") == 1)
        #expect(try found(database, "worm") == 1)
        #expect(try found(database, "composting") == 0)

        // The rebuilt table's indexes are all there again, used, and kept up by writes.
        let (indexesAfter, plan) = try database.read { reader in
            (
                try practiceIndexes(reader.db),
                try Row.fetchAll(
                    reader.db, sql: "EXPLAIN QUERY PLAN SELECT id FROM practice WHERE lead_organization_id = 2"
                ).map { $0["detail"] as String }
            )
        }
        #expect(indexesBefore.isSubset(of: indexesAfter))
        #expect(indexesAfter.isSuperset(of: ["practice_by_lead", "practice_by_status"]))
        #expect(plan.contains { $0.contains("practice_by_lead") })
        try database.write { writer in
            try writer.execute("UPDATE practice SET lead_organization_id = 2, status = 'draft' WHERE id = 1")
        }
        #expect(try found(database, "vermiculture") == 0)  // a draft is not listed
        let (newLead, oldLead, integrity, foreignKeyProblems) = try database.read { reader in
            (
                try reader.fetchOne(Int64.self, "SELECT id FROM practice WHERE lead_organization_id = 2"),
                try reader.fetchOne(
                    Int64.self, "SELECT id FROM practice INDEXED BY practice_by_lead WHERE lead_organization_id = 1"),
                try reader.fetchOne(String.self, "PRAGMA integrity_check"),
                try reader.fetchAll("PRAGMA foreign_key_check") { _ in 1 }.count
            )
        }
        #expect(newLead == 1 && oldLead == nil)
        #expect(integrity == "ok" && foreignKeyProblems == 0)
        // The index and its content agree (FTS5 raises an error otherwise).
        try database.write { writer in
            try writer.execute("INSERT INTO practice_search(practice_search) VALUES ('integrity-check')")
        }
    }
}
