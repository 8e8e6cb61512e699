import GRDB
import Testing

@testable import HubStore

@Suite("Partnerships counted by program and span of years (migration 9)")
struct PartnershipSpanCountTests {
    /// The counts the triggers kept, and the same counted again from the partnerships.
    private func keptAndRecounted(_ database: HubDatabase) throws -> (kept: [[Int]], recounted: [[Int]]) {
        try database.read { reader in
            let kept = try reader.fetchAll(
                """
                SELECT program_id, start_year, end_year, partnerships FROM partnership_span_count
                WHERE partnerships > 0 ORDER BY 1, 2, 3
                """
            ) { row in [row[0], row[1], row[2], row[3]] as [Int] }
            let recounted = try reader.fetchAll(
                """
                SELECT coalesce(program_id, 0), start_year, coalesce(end_year, 9999), count(*) FROM partnership
                WHERE start_year IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """
            ) { row in [row[0], row[1], row[2], row[3]] as [Int] }
            return (kept, recounted)
        }
    }

    @Test("the per-year counts follow partnerships added, changed and removed")
    func countsFollowWrites() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        try database.write { writer in
            try writer.execute("UPDATE partnership SET end_date = '2013' WHERE id = 2")
            try writer.execute("DELETE FROM participant WHERE partnership_id = 1")
            try writer.execute("DELETE FROM partnership_theme WHERE partnership_id = 1")
            try writer.execute("DELETE FROM partnership WHERE id = 1")
            try writer.execute(
                """
                INSERT INTO partnership (id, key, title_en, title_fr, type, program_id, start_date, end_date, status)
                VALUES (6, 'p6', 'P6', 'P6', 'municipal_pair', NULL, '2009-05', NULL, 'active'),
                    (7, 'p7', 'P7', 'P7', 'municipal_pair', 1, NULL, NULL, 'proposed')
                """)
            try writer.execute("UPDATE partnership SET program_id = 1 WHERE id = 3")
            try writer.execute("UPDATE partnership SET title_en = 'P4 renamed' WHERE id = 4")
        }
        let total = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2016) }
        #expect(total.map(\.count) == [1, 1, 2, 2, 2, 2, 2, 3])
        let byProgram = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2016, by: .program) }
        #expect(byProgram.filter { $0.group == "x" }.map(\.count) == [0, 0, 1, 1, 1, 1, 1, 1])
        #expect(byProgram.filter { $0.group == "y" }.map(\.count) == [0, 0, 0, 0, 0, 0, 0, 1])
        #expect(byProgram.filter { $0.group == nil }.map(\.count) == [1, 1, 1, 1, 1, 1, 1, 1])
        let counts = try keptAndRecounted(database)
        #expect(counts.kept == counts.recounted)
    }

    @Test("after many inserts, updates and deletes, each year's count equals a direct count of its partnerships")
    func countsMatchDirectCounts() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        var random = SplitMix64(seed: 9)
        func date() -> String? {
            random.chance(10) ? nil : String(1995 + random.below(25)) + (random.chance(50) ? "-06-30" : "")
        }
        func program() -> Int? { random.chance(30) ? nil : 1 + random.below(2) }
        // An end before the start would break the table's CHECK: no end then.
        func end(after start: String?) -> String? {
            date().flatMap { end in (start.map { end >= $0 } ?? true) ? end : nil }
        }
        try database.write { writer in
            for id in 10..<70 {
                let start = date()
                try writer.execute(
                    """
                    INSERT INTO partnership (id, key, title_en, title_fr, type, program_id, start_date, end_date, status)
                    VALUES (?, ?, 'P', 'P', 'municipal_pair', ?, ?, ?, 'active')
                    """, [id, "p\(id)", program(), start, end(after: start)])
            }
            for id in 10..<70 where random.chance(40) {
                switch random.below(4) {
                case 0: try writer.execute("UPDATE partnership SET program_id = ? WHERE id = ?", [program(), id])
                case 1: try writer.execute("UPDATE partnership SET end_date = NULL WHERE id = ?", [id])
                case 2: try writer.execute("UPDATE partnership SET start_date = NULL, end_date = NULL WHERE id = ?", [id])
                default:
                    try writer.execute(
                        "UPDATE partnership SET start_date = '1996', end_date = ?, program_id = ? WHERE id = ?",
                        [end(after: "1996"), program(), id])
                }
            }
            for id in 10..<70 where random.chance(25) {
                try writer.execute("DELETE FROM partnership WHERE id = ?", [id])
            }
        }
        let (first, last) = (1993, 2021)
        for grouping in [PartnershipGrouping.total, .program] {
            let counted = try database.read { try $0.activePartnershipsPerYear(from: first, through: last, by: grouping) }
            let direct = try database.read { reader in
                try reader.fetchAll(
                    """
                    WITH RECURSIVE year(y) AS (SELECT ?1 UNION ALL SELECT y + 1 FROM year WHERE y < ?2),
                    grp(key) AS (SELECT DISTINCT \(grouping == .total ? "NULL" : "pr.key")
                        FROM partnership pa LEFT JOIN program pr ON pr.id = pa.program_id WHERE pa.start_year IS NOT NULL)
                    SELECT grp.key, year.y, (
                        SELECT count(*) FROM partnership pa LEFT JOIN program pr ON pr.id = pa.program_id
                        WHERE pa.start_year <= year.y AND (pa.end_year IS NULL OR pa.end_year >= year.y)
                            AND (?3 OR pr.key IS grp.key))
                    FROM grp, year ORDER BY coalesce(grp.key, ''), year.y
                    """, [first, last, grouping == .total]
                ) { row in YearCount(year: row[1], group: row[0], count: row[2]) }
            }
            #expect(counted == direct)
        }
        let counts = try keptAndRecounted(database)
        #expect(counts.kept == counts.recounted)
    }

    @Test("a database upgraded to migration 9 gets the partnerships it already had counted")
    func upgradeCountsExistingPartnerships() throws {
        let scratch = try ScratchDatabase()
        do {
            let pool = try DatabasePool(path: scratch.path)
            try HubMigrations.migrator.migrate(pool, upTo: Migration6Accounts.identifier)
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO partnership (key, title_en, title_fr, type, start_date, end_date, status) VALUES
                            ('a', 'A', 'A', 'municipal_pair', '2010', '2012', 'completed'),
                            ('b', 'B', 'B', 'municipal_pair', '2010-06', '2012-01', 'completed'),
                            ('c', 'C', 'C', 'municipal_pair', '2011', NULL, 'active'),
                            ('d', 'D', 'D', 'municipal_pair', NULL, NULL, 'proposed')
                        """)
            }
        }
        let database = try scratch.open()
        let counts = try keptAndRecounted(database)
        #expect(counts.kept == [[0, 2010, 2012, 2], [0, 2011, 9999, 1]])
        #expect(counts.kept == counts.recounted)
        let total = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2013) }
        #expect(total.map(\.count) == [0, 2, 3, 3, 1])
    }
}
