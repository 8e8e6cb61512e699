import GRDB
import Synchronization

/// Notices commits to a database file by any connection, other processes' included: SQLite's
/// `PRAGMA data_version` (sqlite.org/pragma.html#pragma_data_version) read on a connection kept
/// for it, whose value changes whenever another connection has committed since the last read.
///
/// Reading it costs a statement, so it is read at most once every `interval`; between reads the
/// last count stands, so a commit is noticed at most `interval` after it happened.
final class CommitWatcher: Sendable {
    private struct State {
        var checkedAt: ContinuousClock.Instant
        var version: Int64?
        var commitsSeen: UInt64 = 0
    }

    private let connection: DatabaseQueue
    private let interval: Duration
    private let state: Mutex<State>

    /// A watcher of the file at `path`, which must exist; nil when it cannot be opened (the
    /// caller then relies on its own writes only).
    ///
    /// The connection only reads, but is opened read-only only when the database is: when it is
    /// the last connection of the process to close, SQLite checkpoints the write-ahead log into
    /// the file and removes it, which a read-only connection cannot do.
    init?(path: String, readOnly: Bool, interval: Duration) {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.label = "HubDatabase.commitWatcher"
        guard let connection = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.connection = connection
        self.interval = interval
        state = Mutex(State(checkedAt: .now - interval))
    }

    /// How many times the data version was seen to change since the watcher started: at least
    /// once after any commit by another connection, within `interval`.
    func commitsSeen(now: ContinuousClock.Instant = .now) -> UInt64 {
        let due = state.withLock { state -> Bool in
            guard now - state.checkedAt >= interval else { return false }
            state.checkedAt = now  // one request reads it; the others use the last count meanwhile
            return true
        }
        if due {
            let version = try? connection.read { try Int64.fetchOne($0, sql: "PRAGMA data_version") }
            return state.withLock { state in
                if let version, version != state.version {
                    if state.version != nil { state.commitsSeen += 1 }
                    state.version = version
                }
                return state.commitsSeen
            }
        }
        return state.withLock { $0.commitsSeen }
    }
}
