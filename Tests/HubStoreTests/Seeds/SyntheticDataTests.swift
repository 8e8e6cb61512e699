import GRDB
import Testing

@testable import HubStore

@Suite("The synthetic data generator")
struct SyntheticDataTests {
    /// Every index and trigger of the schema: type, name and SQL.
    private func schema(_ database: HubDatabase) throws -> [[String]] {
        try database.read { reader in
            try reader.fetchAll(
                "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 1, 2"
            ) { [$0[0], $0[1], $0[2]] }
        }
    }

    @Test("it leaves valid rows, every index and trigger it set aside back, and every text indexed")
    func generatedDatabaseIsComplete() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let before = try schema(database)
        let done = try SyntheticData.generate(SyntheticDataPlan(organizations: 500), into: database)
        #expect(done.organizations == 500 && done.partnerships == 500 && done.practices == 150)
        #expect(try schema(database) == before)
        // The generator writes without CHECK constraints or foreign keys checked.
        let (integrity, foreignKeyProblems) = try database.read { reader in
            (
                try reader.fetchOne(String.self, "PRAGMA integrity_check"),
                try reader.fetchAll("PRAGMA foreign_key_check") { _ in 1 }.count
            )
        }
        #expect(integrity == "ok" && foreignKeyProblems == 0)
        // Every English synthetic text says "in municipality N" in its title.
        let indexed = try database.read { reader in
            try reader.fetchOne(
                Int.self,
                """
                SELECT count(*) FROM practice_search JOIN practice_text t ON t.id = practice_search.rowid
                JOIN practice p ON p.id = t.practice_id
                WHERE practice_search MATCH 'title:municipality' AND p.key LIKE 'synthetic-practice-%'
                """)
        }
        #expect(indexed == 150)
        let (kept, recounted) = try database.read { reader in
            (
                try reader.fetchAll(
                    """
                    SELECT program_id, start_year, end_year, partnerships FROM partnership_span_count
                    WHERE partnerships > 0 ORDER BY 1, 2, 3
                    """
                ) { [$0[0], $0[1], $0[2], $0[3]] as [Int] },
                try reader.fetchAll(
                    """
                    SELECT coalesce(program_id, 0), start_year, coalesce(end_year, 9999), count(*) FROM partnership
                    WHERE start_year IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    """
                ) { [$0[0], $0[1], $0[2], $0[3]] as [Int] }
            )
        }
        #expect(kept == recounted)
        try database.write { writer in
            // Each full-text index agrees with its texts (FTS5 raises an error otherwise).
            try writer.execute("INSERT INTO practice_search(practice_search) VALUES ('integrity-check')")
            try writer.execute("INSERT INTO publication_search(publication_search) VALUES ('integrity-check')")
            // The triggers index and count what is written afterwards.
            try writer.execute(
                """
                INSERT INTO practice_text (practice_id, language, title)
                SELECT id, 'es', 'Huertos urbanos' FROM practice WHERE key = 'synthetic-practice-00000001'
                """)
        }
        var listing = PracticeListing()
        listing.text = "huertos"
        #expect(try database.read { try $0.practiceCount(listing) } == 1)
    }
}
