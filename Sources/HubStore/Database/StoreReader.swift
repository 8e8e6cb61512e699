import GRDB

/// Read access to the database inside `HubDatabase.read`: every query of the store is a method
/// of this type (see `Queries/`), and all of them see the same snapshot.
///
/// It lives only for the duration of the closure it is given to.
public struct StoreReader {
    let db: Database
    let counter: StatementCounter

    /// Runs a query with a statement prepared once per connection, decoding each row.
    func fetchAll<T>(_ sql: String, _ arguments: StatementArguments = [], _ decode: (Row) throws -> T) throws -> [T] {
        counter.increment()
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var result: [T] = []
        while let row = try rows.next() {
            result.append(try decode(row))
        }
        return result
    }

    /// Runs a query and calls `body` with each row, without collecting them.
    func forEach(_ sql: String, _ arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        counter.increment()
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() {
            try body(row)
        }
    }

    /// Runs a query returning one value (or none).
    func fetchOne<Value: DatabaseValueConvertible>(
        _ type: Value.Type, _ sql: String, _ arguments: StatementArguments = []
    ) throws -> Value? {
        counter.increment()
        return try Value.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }
}

/// Write access inside `HubDatabase.write`: everything a reader can do, plus changes, all in
/// the one transaction of the closure.
public struct StoreWriter {
    let db: Database
    let counter: StatementCounter

    /// The queries, reading what this transaction has written so far.
    public var reader: StoreReader { StoreReader(db: db, counter: counter) }

    /// Runs a statement prepared once per connection.
    func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        counter.increment()
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Runs a statement and returns the rowid it inserted.
    func insert(_ sql: String, _ arguments: StatementArguments) throws -> Int64 {
        try execute(sql, arguments)
        return db.lastInsertedRowID
    }
}

/// The writer connection outside a transaction, for loading large generated data sets in
/// batches: each `transaction` call commits on its own, so a crash loses at most one batch.
public struct BatchWriter {
    let db: Database
    let counter: StatementCounter

    /// Runs `body` in a transaction of its own, committed when it returns.
    public func transaction<T>(_ body: (StoreWriter) throws -> T) throws -> T {
        var result: T?
        try db.inTransaction {
            result = try body(StoreWriter(db: db, counter: counter))
            return .commit
        }
        // safe: inTransaction runs the closure once and commits, or throws
        return result!
    }
}
