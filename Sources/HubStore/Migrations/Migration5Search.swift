import GRDB

/// Migration 5: full-text search over practices and publications (SQLite FTS5).
///
/// The indexes are external-content tables over `practice_text` and `publication_text`, kept in
/// step by triggers, so the text is stored once. `unicode61 remove_diacritics 2` folds accents in
/// both languages, so `Montreal` finds `Montréal` and `developpement` finds `développement`.
/// Rows already present when the migration runs (a database upgraded from migration 4) are
/// indexed by the final `rebuild`. Ranking is bm25 with the title weighing most, then the
/// summary (or abstract) and the tags, then the body; it is stored as each index's default
/// `rank`, so `ORDER BY rank` uses it.
enum Migration5Search {
    static let identifier = "5-full-text-search"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE practice_search USING fts5(
                    title, summary, problem, approach, results, lessons, replicability, tags,
                    content = 'practice_text', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER practice_text_indexed AFTER INSERT ON practice_text BEGIN
                    INSERT INTO practice_search(rowid, title, summary, problem, approach, results,
                        lessons, replicability, tags)
                    VALUES (new.id, new.title, new.summary, new.problem, new.approach, new.results,
                        new.lessons, new.replicability, new.tags);
                END;
                CREATE TRIGGER practice_text_unindexed AFTER DELETE ON practice_text BEGIN
                    INSERT INTO practice_search(practice_search, rowid, title, summary, problem,
                        approach, results, lessons, replicability, tags)
                    VALUES ('delete', old.id, old.title, old.summary, old.problem, old.approach,
                        old.results, old.lessons, old.replicability, old.tags);
                END;
                CREATE TRIGGER practice_text_reindexed AFTER UPDATE ON practice_text BEGIN
                    INSERT INTO practice_search(practice_search, rowid, title, summary, problem,
                        approach, results, lessons, replicability, tags)
                    VALUES ('delete', old.id, old.title, old.summary, old.problem, old.approach,
                        old.results, old.lessons, old.replicability, old.tags);
                    INSERT INTO practice_search(rowid, title, summary, problem, approach, results,
                        lessons, replicability, tags)
                    VALUES (new.id, new.title, new.summary, new.problem, new.approach, new.results,
                        new.lessons, new.replicability, new.tags);
                END;
                INSERT INTO practice_search(practice_search, rank)
                    VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0)');
                INSERT INTO practice_search(practice_search) VALUES ('rebuild');

                CREATE VIRTUAL TABLE publication_search USING fts5(
                    title, abstract, body, tags,
                    content = 'publication_text', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER publication_text_indexed AFTER INSERT ON publication_text BEGIN
                    INSERT INTO publication_search(rowid, title, abstract, body, tags)
                    VALUES (new.id, new.title, new.abstract, new.body, new.tags);
                END;
                CREATE TRIGGER publication_text_unindexed AFTER DELETE ON publication_text BEGIN
                    INSERT INTO publication_search(publication_search, rowid, title, abstract, body, tags)
                    VALUES ('delete', old.id, old.title, old.abstract, old.body, old.tags);
                END;
                CREATE TRIGGER publication_text_reindexed AFTER UPDATE ON publication_text BEGIN
                    INSERT INTO publication_search(publication_search, rowid, title, abstract, body, tags)
                    VALUES ('delete', old.id, old.title, old.abstract, old.body, old.tags);
                    INSERT INTO publication_search(rowid, title, abstract, body, tags)
                    VALUES (new.id, new.title, new.abstract, new.body, new.tags);
                END;
                INSERT INTO publication_search(publication_search, rank)
                    VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 3.0)');
                INSERT INTO publication_search(publication_search) VALUES ('rebuild');
                """)
    }
}
