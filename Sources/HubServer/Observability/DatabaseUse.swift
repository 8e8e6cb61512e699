import HubStore

/// The store's figures the metrics sample on each scrape. `HubDatabase` provides them; the
/// server's tests give fixed ones.
public protocol DatabaseUse: Sendable {
    /// SQL statements run since start.
    var statementsRun: Int { get }
    /// Reads running or waiting for a reader connection now.
    var readsInFlight: Int { get }
    /// The most reads that run at once (the pool's reader connections).
    var maximumReaders: Int { get }
}

extension HubDatabase: DatabaseUse {
    public var statementsRun: Int { statementCounter.value }
}
