import Foundation

/// Counts the SQL statements the store's queries run, so a test can prove that a request costs a
/// fixed number of statements however many records it returns (no N+1 queries).
///
/// Every query of `StoreReader` and `StoreWriter` counts one per statement it runs; transaction
/// control (`BEGIN`, `COMMIT`) and connection setup are not counted.
public final class StatementCounter: @unchecked Sendable {
    // @unchecked: the count is only read and written under `lock`.
    private let lock = NSLock()
    private var count = 0

    /// Makes a counter at zero.
    public init() {}

    /// The number of statements run since the counter was made or last reset.
    public var value: Int {
        lock.withLock { count }
    }

    /// Sets the count back to zero and returns what it was.
    @discardableResult
    public func reset() -> Int {
        lock.withLock {
            defer { count = 0 }
            return count
        }
    }

    func increment() {
        lock.withLock { count += 1 }
    }
}
