import Foundation
import GRDB
import Testing

@testable import HubStore

@Suite("Opening and migrating the database")
struct MigrationTests {
    @Test("a new file gets every migration, in order, and WAL with foreign keys on")
    func freshDatabaseIsFullyMigrated() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        #expect(try database.appliedMigrations() == HubDatabase.knownMigrations)
        #expect(HubDatabase.knownMigrations.first == "1-geography-and-organizations")
        let (journal, foreignKeys) = try database.pool.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        // Opening again runs nothing.
        #expect(try scratch.open().migrate().isEmpty)
    }

    @Test("an older database is upgraded, keeping its rows and indexing them for search")
    func olderDatabaseIsUpgraded() throws {
        let scratch = try ScratchDatabase()
        var options = HubDatabase.Options()
        options.migrates = false
        // Build a database as version 4 of the schema left it, with a practice in it.
        do {
            let pool = try DatabasePool(path: scratch.path)
            try HubMigrations.migrator.migrate(pool, upTo: Migration4Knowledge.identifier)
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO country (id, iso2, iso3, name_en, name_fr, fcm_region)
                        VALUES (1, 'VN', 'VNM', 'Vietnam', 'Viêt Nam', 'asia');
                        INSERT INTO organization (id, key, kind, name_en, name_fr, country_id)
                        VALUES (1, 'vn-nam-dinh', 'municipality', 'Nam Dinh', 'Nam Dinh', 1);
                        INSERT INTO practice (id, key, lead_organization_id, evidence_level, status)
                        VALUES (1, 'land', 1, 'evaluated', 'published');
                        INSERT INTO practice_text (practice_id, language, title)
                        VALUES (1, 'fr', 'Gestion foncière à Nam Định');
                        """)
            }
        }
        let error = #expect(throws: StoreError.self) { try scratch.open(options) }
        #expect(error?.code == .needsMigration)
        #expect(error?.message.contains("5-full-text-search") == true)
        #expect(error?.message.contains("peerhub migrate --database") == true)

        let database = try scratch.open()
        #expect(try database.appliedMigrations() == HubDatabase.knownMigrations)
        let found = try database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT rowid FROM practice_search WHERE practice_search MATCH 'fonciere'")
        }
        #expect(found == 1)
        let columns = try database.pool.read { db in try db.columns(in: "practice").map(\.name) }
        #expect(columns.contains("author_account_id"))
    }

    @Test("migrating up to a named migration stops there")
    func migratesUpToTarget() throws {
        let scratch = try ScratchDatabase()
        do {
            let pool = try DatabasePool(path: scratch.path)
            try HubMigrations.migrator.migrate(pool, upTo: Migration1Geography.identifier)
        }
        var options = HubDatabase.Options()
        options.migrates = false
        #expect(throws: StoreError.self) { try scratch.open(options) }
        let pool = try DatabasePool(path: scratch.path)
        try HubMigrations.migrator.migrate(pool, upTo: Migration3Partnerships.identifier)
        #expect(try pool.read { try HubMigrations.migrator.appliedMigrations($0) }.count == 3)
    }

    @Test("a database written by a newer version is refused and left as it was")
    func newerDatabaseIsRefused() throws {
        let scratch = try ScratchDatabase()
        do {
            let database = try scratch.open()
            try database.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('7-awards')")
            }
        }
        let schema = "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)"
        let migrations = "SELECT group_concat(identifier) FROM (SELECT identifier FROM grdb_migrations ORDER BY 1)"
        func state() throws -> [String?] {
            try DatabasePool(path: scratch.path).read { db in
                [try String.fetchOne(db, sql: schema), try String.fetchOne(db, sql: migrations)]
            }
        }
        let before = try state()
        let error = #expect(throws: StoreError.self) { try scratch.open() }
        #expect(error?.code == .newerDatabase)
        #expect(error?.message.contains("newer version of PeerHub") == true)
        #expect(error?.message.contains("7-awards") == true)
        #expect(try state() == before)
    }

    @Test("a file that is not a database is refused with its path")
    func notADatabaseIsRefused() throws {
        let scratch = try ScratchDatabase()
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: scratch.path))
        let error = #expect(throws: StoreError.self) { try scratch.open() }
        #expect(error?.code == .cannotOpen)
        #expect(error?.message.contains(scratch.path) == true)
    }

    @Test("constraints name the statement but not the values bound to it")
    func constraintErrorsHideBoundValues() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let error = #expect(throws: StoreError.self) {
            try database.write { writer in
                try writer.execute(
                    "INSERT INTO country (iso2, iso3, name_en, name_fr, fcm_region) VALUES (?, ?, ?, ?, ?)",
                    ["XX", "XXX", "secret-name", "secret-name", "atlantis"])
            }
        }
        #expect(error?.code == .sqlite)
        #expect(error?.message.contains("CHECK constraint failed") == true)
        #expect(error?.message.contains("INSERT INTO country") == true)
        #expect(error?.message.contains("secret-name") == false)
    }
}
