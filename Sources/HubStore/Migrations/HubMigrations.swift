import GRDB

/// The store's schema history: numbered migrations, applied in order when a database is opened.
///
/// A migration, once released, is never edited: a change to the schema is a new migration
/// appended here, whose number is one more than the last. Each runs in its own transaction with
/// foreign keys checked at its end, so a failed migration leaves the database as it was.
///
/// ```swift
/// migrator.registerMigration(Migration7Awards.identifier, migrate: Migration7Awards.migrate)
/// ```
enum HubMigrations {
    /// The migrator holding every migration of this version of PeerHub.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(Migration1Geography.identifier, migrate: Migration1Geography.migrate)
        migrator.registerMigration(Migration2Programs.identifier, migrate: Migration2Programs.migrate)
        migrator.registerMigration(Migration3Partnerships.identifier, migrate: Migration3Partnerships.migrate)
        migrator.registerMigration(Migration4Knowledge.identifier, migrate: Migration4Knowledge.migrate)
        migrator.registerMigration(Migration5Search.identifier, migrate: Migration5Search.migrate)
        migrator.registerMigration(Migration6Accounts.identifier, migrate: Migration6Accounts.migrate)
        migrator.registerMigration(Migration7Invitations.identifier, migrate: Migration7Invitations.migrate)
        migrator.registerMigration(Migration8Moderation.identifier, migrate: Migration8Moderation.migrate)
        migrator.registerMigration(Migration9PartnershipSpans.identifier, migrate: Migration9PartnershipSpans.migrate)
        migrator.registerMigration(Migration10ListingIndexes.identifier, migrate: Migration10ListingIndexes.migrate)
        return migrator
    }()
}
