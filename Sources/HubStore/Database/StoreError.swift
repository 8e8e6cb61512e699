import GRDB

/// An error from the store, with a message a person can act on.
///
/// Messages name the database file, the migration or the SQL statement involved; bound values
/// never appear in them (they may be search strings, emails or hashes).
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; more kinds may come.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The file could not be opened or is not an SQLite database.
        public static let cannotOpen = Code(rawValue: "cannotOpen")
        /// The database was written by a newer PeerHub: it has migrations this version lacks.
        public static let newerDatabase = Code(rawValue: "newerDatabase")
        /// The database needs migrations that were not allowed to run.
        public static let needsMigration = Code(rawValue: "needsMigration")
        /// SQLite refused a statement (a constraint, a busy database, a full disk, …).
        public static let sqlite = Code(rawValue: "sqlite")
        /// An argument was outside what the query accepts.
        public static let invalidArgument = Code(rawValue: "invalidArgument")
    }

    /// The kind of failure.
    public let code: Code
    /// The message, naming the file, migration or statement.
    public let message: String
    /// The SQL statement that failed, without its bound values, when there was one.
    public let sql: String?

    /// Makes an error of the given kind.
    public init(_ code: Code, _ message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    public var description: String { message }

    /// Wraps whatever a GRDB call threw: SQLite errors keep their SQL but not their arguments;
    /// `StoreError`s pass through.
    static func wrapping(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError {
            return error
        }
        if let error = error as? DatabaseError {
            // DatabaseError's description hides bound values unless the configuration publishes
            // them, which HubDatabase never does.
            var message = "SQLite error \(error.resultCode.rawValue) in \(path): \(error.message ?? "unknown error")"
            if let sql = error.sql {
                message += " (statement: \(sql))"
            }
            return StoreError(.sqlite, message, sql: error.sql)
        }
        return StoreError(.sqlite, "\(path): \(error)")
    }
}
