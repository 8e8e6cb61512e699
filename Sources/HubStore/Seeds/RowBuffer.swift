import GRDB

/// Rows for one table, inserted many at a time: `INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …`.
///
/// One statement for a hundred rows instead of a hundred statements: the synthetic generator's
/// bulk tables go through it, which roughly halves the time SQLite and GRDB spend per row.
/// `flush` must run before the transaction commits.
struct RowBuffer {
    /// Rows per statement.
    static let rowsPerStatement = 100

    private let table: String
    private let columns: [String]
    private var values: [DatabaseValue] = []
    private var fullStatement: Statement?

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
        values.reserveCapacity(columns.count * Self.rowsPerStatement)
    }

    /// Adds a row (one value per column, in order), writing the buffer when it is full.
    mutating func append(_ row: [DatabaseValueConvertible?], writer: StoreWriter) throws {
        for value in row { values.append(value?.databaseValue ?? .null) }
        if values.count == columns.count * Self.rowsPerStatement {
            if fullStatement == nil {
                fullStatement = try writer.db.makeStatement(sql: sql(rows: Self.rowsPerStatement))
            }
            // safe: set just above
            try write(fullStatement!, writer: writer)
        }
    }

    /// Writes the rows still buffered.
    mutating func flush(writer: StoreWriter) throws {
        guard !values.isEmpty else { return }
        try write(writer.db.cachedStatement(sql: sql(rows: values.count / columns.count)), writer: writer)
    }

    private mutating func write(_ statement: Statement, writer: StoreWriter) throws {
        writer.counter.increment()
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        values.removeAll(keepingCapacity: true)
    }

    private func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
