import Foundation
import GRDB
import Synchronization

/// The hub's database: one SQLite file in WAL mode, with one writer and a pool of readers, so
/// reads never wait for a write.
///
/// Opening it runs the migrations this version of PeerHub knows and have not run yet, unless
/// told not to; a database written by a newer version is refused rather than touched.
///
/// ```swift
/// let database = try HubDatabase(path: "data/hub.sqlite")
/// let programs = try database.read { try $0.programs(keys: ["mped", "pmi-led"]) }
/// try database.write { try $0.execute(sql: "…", arguments: […]) }
/// ```
///
/// Every connection has foreign keys on and waits up to `Options.busyTimeout` for a lock held by
/// another process; every write runs in a transaction; statements are prepared once per
/// connection and reused.
public final class HubDatabase: Sendable {
    /// How to open the database; more options may come.
    public struct Options: Sendable {
        /// Whether to run pending migrations when opening (`true`); when `false`, a database
        /// that needs migrations is refused with `StoreError.Code.needsMigration`.
        public var migrates = true
        /// The most readers that run at once.
        public var maximumReaders = max(2, ProcessInfo.processInfo.activeProcessorCount)
        /// How long a statement waits for a lock held by another connection before failing.
        public var busyTimeout: TimeInterval = 5
        /// How much of the file each connection reads through memory mapping (`PRAGMA
        /// mmap_size`; SQLite caps it at its build's maximum, 2 GiB by default), 0 for none.
        /// A search or a walk reads pages all over a large file: mapped, a page the system has
        /// cached costs a memory read instead of a system call and a copy into SQLite's cache.
        /// The cost: a disk that fails a read stops the process instead of failing a statement.
        public var memoryMapSize = Int(Int32.max)
        /// Opens the file read-only: no migration, no write.
        public var readOnly = false
        /// Keeps one more connection to notice commits by other processes within a tenth of a
        /// second (see ``HubDatabase/writeGeneration``), for a server that caches answers.
        public var watchesOtherCommits = false
        /// For benchmarks and debugging only: called with every statement run, its bound values
        /// written in (so that the same SQL can be replayed elsewhere, e.g. by the `sqlite3`
        /// tool). Never set it in the server: bound values can be private.
        public var statementObserver: (@Sendable (String) -> Void)? = nil

        /// The defaults: migrate, a reader per core (at least two), a five-second busy timeout,
        /// up to 2 GiB memory-mapped.
        public init() {}
    }

    /// The database file.
    public let path: String
    /// The statements run by this database's queries; tests read it.
    public let statementCounter = StatementCounter()
    /// The most reads that run at once (`Options.maximumReaders`); more wait for a connection.
    public let maximumReaders: Int
    let pool: DatabasePool
    private let readsRunning = Atomic<Int>(0)
    private let writesFinished = Atomic<UInt64>(0)
    private let commitWatcher: CommitWatcher?

    /// The reads running or waiting for a reader connection now, for an operator's metrics: when it
    /// stays at or above ``maximumReaders``, requests queue for the pool.
    public var readsInFlight: Int { readsRunning.load(ordering: .relaxed) }

    /// A number that grows each time a write through this value ends (committed or rolled
    /// back), at once, and, with `Options.watchesOtherCommits`, within a tenth of a second of a
    /// commit by any other connection to the file (another process, another `HubDatabase`):
    /// for caches of answers, an answer computed from a read that began at generation `g` is
    /// stale once the generation is past `g`.
    public var writeGeneration: UInt64 {
        writesFinished.load(ordering: .acquiring) &+ (commitWatcher?.commitsSeen() ?? 0)
    }

    /// Moves ``writeGeneration`` on once a write has ended.
    private func writeEnded() { writesFinished.add(1, ordering: .releasing) }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Throws: `StoreError` with code `cannotOpen` when the file is not an SQLite database or
    ///   cannot be created, `newerDatabase` when a newer PeerHub wrote it, `needsMigration` when
    ///   `options.migrates` is false and migrations are pending.
    public convenience init(path: String, options: Options = Options()) throws(StoreError) {
        try self.init(path: path, options: options, preparesSchema: true)
    }

    /// Opens the database at `path`, which must exist, and runs its pending migrations, all of
    /// them or those up to and including `target`; returns the identifiers of those that ran.
    ///
    /// - Throws: `StoreError` with code `cannotOpen` when there is no database at `path`,
    ///   `newerDatabase` when a newer PeerHub wrote it, `invalidArgument` for an unknown target.
    public static func migrate(path: String, upTo target: String? = nil) throws(StoreError) -> [String] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.cannotOpen, "there is no database at \(path); `peerhub seed --database \(path)` creates one")
        }
        return try HubDatabase(path: path, options: Options(), preparesSchema: false).migrate(upTo: target)
    }

    private init(path: String, options: Options, preparesSchema: Bool) throws(StoreError) {
        self.path = path
        maximumReaders = options.maximumReaders
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.maximumReaderCount = options.maximumReaders
        configuration.readonly = options.readOnly
        configuration.label = "HubDatabase"
        let observer = options.statementObserver
        let memoryMapSize = max(0, options.memoryMapSize)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = \(memoryMapSize)")
            // In WAL mode NORMAL keeps every committed transaction across a crash of the process;
            // only a power loss may drop the last ones. FULL would sync the log on every commit.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            if let observer {
                db.trace(options: .statement) { event in
                    if case .statement(let statement) = event { observer(statement.expandedSQL) }
                }
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.cannotOpen, "cannot open the database \(path): \(Self.reason(error))")
        }
        commitWatcher =
            options.watchesOtherCommits
            ? CommitWatcher(path: path, readOnly: options.readOnly, interval: .milliseconds(100)) : nil
        if preparesSchema {
            try prepareSchema(migrating: options.migrates && !options.readOnly)
        }
    }

    /// The migrations this version knows, in order.
    public static var knownMigrations: [String] { HubMigrations.migrator.migrations }

    /// The migrations that have run on this database, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try guarded { try pool.read { try HubMigrations.migrator.appliedMigrations($0) } }
    }

    /// Runs the pending migrations, all of them or those up to and including `target`; returns
    /// the identifiers of those that ran.
    @discardableResult
    public func migrate(upTo target: String? = nil) throws(StoreError) -> [String] {
        try refuseNewerDatabase()
        let migrator = HubMigrations.migrator
        return try guarded {
            let before = try pool.read { try migrator.appliedMigrations($0) }
            if let target {
                guard migrator.migrations.contains(target) else {
                    throw StoreError(
                        .invalidArgument,
                        "unknown migration \(target); known: \(migrator.migrations.joined(separator: ", "))")
                }
                try migrator.migrate(pool, upTo: target)
            } else {
                try migrator.migrate(pool)
            }
            let after = try pool.read { try migrator.appliedMigrations($0) }
            return after.filter { !before.contains($0) }
        }
    }

    /// Runs `body` with a reader that sees one consistent snapshot of the database, on one of
    /// the pool's reader connections; concurrent writes do not block it.
    ///
    /// - Throws: `StoreError` for what SQLite refuses; whatever `body` throws otherwise.
    public func read<T>(_ body: (StoreReader) throws -> T) throws -> T {
        readsRunning.add(1, ordering: .relaxed)
        defer { readsRunning.subtract(1, ordering: .relaxed) }
        return try translatingSQLiteErrors {
            try pool.read { db in try body(StoreReader(db: db, counter: statementCounter)) }
        }
    }

    /// Like `read(_:)`, without blocking the calling task while it waits for a reader.
    ///
    /// The reader is taken, used and given back on the pool's own dispatch queues (GRDB's
    /// `asyncRead`), never held while the task waits for a thread of the cooperative pool:
    /// GRDB's `async` read holds its reader across that wait, so when every cooperative
    /// thread is blocked in the synchronous `read(_:)` waiting for a reader (resolvers read
    /// synchronously), no reader is ever given back and the process hangs.
    public func read<T: Sendable>(_ body: @escaping @Sendable (StoreReader) throws -> T) async throws -> T {
        let counter = statementCounter
        let path = path
        readsRunning.add(1, ordering: .relaxed)
        defer { readsRunning.subtract(1, ordering: .relaxed) }
        return try await withCheckedThrowingContinuation { continuation in
            pool.asyncRead { database in
                continuation.resume(
                    with: Result {
                        do {
                            return try body(StoreReader(db: try database.get(), counter: counter))
                        } catch let error as DatabaseError {
                            throw StoreError.wrapping(error, path: path)
                        }
                    })
            }
        }
    }

    /// Runs `body` in a write transaction on the single writer connection: committed when
    /// `body` returns, rolled back when it throws.
    ///
    /// - Throws: `StoreError` for what SQLite refuses; whatever `body` throws otherwise.
    public func write<T>(_ body: (StoreWriter) throws -> T) throws -> T {
        defer { writeEnded() }
        return try translatingSQLiteErrors {
            try pool.write { db in try body(StoreWriter(db: db, counter: statementCounter)) }
        }
    }

    /// Like `write(_:)`, without blocking the calling task while it waits for the writer.
    public func write<T: Sendable>(_ body: @escaping @Sendable (StoreWriter) throws -> T) async throws -> T {
        let counter = statementCounter
        defer { writeEnded() }
        do {
            return try await pool.write { db in try body(StoreWriter(db: db, counter: counter)) }
        } catch let error as DatabaseError {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Runs `body` on the writer connection outside any transaction, for work that commits
    /// several transactions of its own (loading millions of generated rows in batches).
    ///
    /// For its duration the writer keeps up to 512 MiB of pages in memory, checkpoints the log
    /// every 40 MB instead of every 4 MB, and does not sync the disk: a crash of the process still
    /// loses at most the transaction it was in (WAL), a power loss may lose recent batches.
    /// With `checksForeignKeys` false, references are not checked while it runs: only for a
    /// writer that refers to nothing but rows it has just written or read. With
    /// `checksConstraints` false, neither are `CHECK` constraints (`PRAGMA
    /// ignore_check_constraints`): only for a writer whose values all come from the
    /// vocabularies the constraints list. SQLite evaluates them for every row, and a list of
    /// allowed values costs it microseconds: at a million partnerships, more than the rows.
    /// `PRAGMA integrity_check` checks them afterwards.
    public func writeInBatches<T>(
        checksForeignKeys: Bool = true, checksConstraints: Bool = true, _ body: (BatchWriter) throws -> T
    ) throws -> T {
        defer { writeEnded() }
        return try translatingSQLiteErrors {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -524288; PRAGMA wal_autocheckpoint = 10000; PRAGMA synchronous = OFF")
                if !checksForeignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                if !checksConstraints { try db.execute(sql: "PRAGMA ignore_check_constraints = ON") }
                defer {
                    try? db.execute(
                        sql: """
                            PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = NORMAL;
                            PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF
                            """)
                }
                return try body(BatchWriter(db: db, counter: statementCounter))
            }
        }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`s naming this database and letting
    /// any other error through.
    private func translatingSQLiteErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Checks that this version can use the database, then migrates it when allowed.
    private func prepareSchema(migrating: Bool) throws(StoreError) {
        try refuseNewerDatabase()
        if migrating {
            try migrate()
            return
        }
        let pending = try guarded {
            try pool.read { db in
                let applied = try HubMigrations.migrator.appliedIdentifiers(db)
                return HubMigrations.migrator.migrations.filter { !applied.contains($0) }
            }
        }
        if !pending.isEmpty {
            throw StoreError(
                .needsMigration,
                "the database \(path) needs migrations \(pending.joined(separator: ", ")); "
                    + "run `peerhub migrate --database \(path)` to apply them")
        }
    }

    /// Throws `newerDatabase` when the file has migrations this version does not know.
    private func refuseNewerDatabase() throws(StoreError) {
        let unknown = try guarded {
            try pool.read { db in
                let known = Set(HubMigrations.migrator.migrations)
                return try HubMigrations.migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
            }
        }
        if !unknown.isEmpty {
            throw StoreError(
                .newerDatabase,
                "the database \(path) was written by a newer version of PeerHub (it has migrations "
                    + "\(unknown.joined(separator: ", ")) that this version does not know); "
                    + "upgrade PeerHub, or open a copy made before the upgrade. The file was not changed.")
        }
    }

    /// Runs `body`, turning whatever it throws into a `StoreError` naming this database.
    func guarded<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return "\(error)"
    }
}
