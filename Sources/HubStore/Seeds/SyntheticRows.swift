import GRDB
import GRDBSQLite

/// One value of a generated row.
enum SyntheticValue {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null
}

/// Rows for one table, inserted many at a time: `INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …`,
/// the values bound straight through SQLite's C interface.
///
/// The synthetic generator writes millions of rows; what each one costs outside SQLite is what
/// decides whether a million partnerships load in under a minute. One prepared statement for
/// `rowsPerStatement` rows opens the table and its indexes once for all of them, and binding
/// typed values directly skips the conversions of GRDB's general argument path (an existential
/// and a `DatabaseValue` per value). `flush` must run before the transaction commits.
struct SyntheticRows {
    /// Rows per statement (at most SQLite's default limit of 32,766 parameters in all).
    static let rowsPerStatement = 64

    private let table: String
    private let columns: [String]
    private var values: [SyntheticValue] = []
    private var fullStatement: Statement?

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
        values.reserveCapacity(columns.count * Self.rowsPerStatement)
    }

    /// Adds a row (one value per column, in order), writing the buffer when it is full.
    mutating func append(_ row: SyntheticValue..., writer: StoreWriter) throws {
        values.append(contentsOf: row)
        if values.count == columns.count * Self.rowsPerStatement {
            let statement = try fullStatement ?? writer.db.makeStatement(sql: sql(rows: Self.rowsPerStatement))
            fullStatement = statement
            try write(statement, writer: writer)
        }
    }

    /// Writes the rows still buffered.
    mutating func flush(writer: StoreWriter) throws {
        guard !values.isEmpty else { return }
        try write(writer.db.cachedStatement(sql: sql(rows: values.count / columns.count)), writer: writer)
    }

    private mutating func write(_ statement: Statement, writer: StoreWriter) throws {
        writer.counter.increment()
        let handle = statement.sqliteStatement
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .null: code = sqlite3_bind_null(handle, index)
            case .text(var text):
                code = text.withUTF8 { bytes in
                    sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), transient)
                }
            }
            guard code == SQLITE_OK else { throw failure(code, writer: writer) }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code, writer: writer) }
        values.removeAll(keepingCapacity: true)
    }

    /// SQLite's error for the statement, without its bound values.
    private func failure(_ code: Int32, writer: StoreWriter) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(writer.db.sqliteConnection)),
            sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES …")
    }

    private func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}

/// SQLite copies a value bound with this destructor, so the Swift string may go right after.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
