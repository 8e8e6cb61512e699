import GRDB

/// Migration 9: the partnerships counted by program and span of years, kept by triggers, so that
/// the per-year dashboard counts read a few hundred rows instead of every partnership.
///
/// `partnership_span_count` holds, for each program (0 for none), start year and end year
/// (9999 for a partnership with no end), how many partnerships have them; partnerships without a
/// start year are not counted (the per-year counts leave them out). The triggers keep it exact on
/// every insert, delete and change of program or dates; rows already there when the migration
/// runs are counted by its last statement. It does not depend on migrations 7 and 8.
enum Migration9PartnershipSpans {
    static let identifier = "9-partnership-span-counts"

    /// The end year stored for a partnership that has none.
    static let openEnd = 9999

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE partnership_span_count (
                    program_id INTEGER NOT NULL,
                    start_year INTEGER NOT NULL,
                    end_year INTEGER NOT NULL,
                    partnerships INTEGER NOT NULL,
                    PRIMARY KEY (program_id, start_year, end_year)
                ) WITHOUT ROWID;

                CREATE TRIGGER partnership_span_counted AFTER INSERT ON partnership
                WHEN new.start_year IS NOT NULL BEGIN
                    INSERT INTO partnership_span_count (program_id, start_year, end_year, partnerships)
                    VALUES (coalesce(new.program_id, 0), new.start_year, coalesce(new.end_year, \(openEnd)), 1)
                    ON CONFLICT DO UPDATE SET partnerships = partnerships + 1;
                END;
                CREATE TRIGGER partnership_span_uncounted AFTER DELETE ON partnership
                WHEN old.start_year IS NOT NULL BEGIN
                    UPDATE partnership_span_count SET partnerships = partnerships - 1
                    WHERE program_id = coalesce(old.program_id, 0) AND start_year = old.start_year
                        AND end_year = coalesce(old.end_year, \(openEnd));
                END;
                CREATE TRIGGER partnership_span_recounted AFTER UPDATE OF program_id, start_date, end_date ON partnership
                BEGIN
                    UPDATE partnership_span_count SET partnerships = partnerships - 1
                    WHERE old.start_year IS NOT NULL AND program_id = coalesce(old.program_id, 0)
                        AND start_year = old.start_year AND end_year = coalesce(old.end_year, \(openEnd));
                    INSERT INTO partnership_span_count (program_id, start_year, end_year, partnerships)
                    SELECT coalesce(new.program_id, 0), new.start_year, coalesce(new.end_year, \(openEnd)), 1
                    WHERE new.start_year IS NOT NULL
                    ON CONFLICT DO UPDATE SET partnerships = partnerships + 1;
                END;
                """)
        try db.execute(sql: countSQL)
    }

    /// Counts every partnership into the empty `partnership_span_count`.
    static let countSQL = """
        INSERT INTO partnership_span_count (program_id, start_year, end_year, partnerships)
        SELECT coalesce(program_id, 0), start_year, coalesce(end_year, \(openEnd)), count(*)
        FROM partnership WHERE start_year IS NOT NULL
        GROUP BY 1, 2, 3
        """
}
