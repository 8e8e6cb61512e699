import Synchronization

/// A cap on how many GraphQL executions run at once, so a burst of expensive requests cannot
/// take every core and all the memory: past the cap a request is refused at once (503 with
/// `Retry-After`), not queued, so the server keeps answering the requests it has taken.
final class ExecutionGate: Sendable {
    /// The most executions running together.
    let capacity: Int
    private let running = Mutex(0)

    /// A gate letting `capacity` executions through at once.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Runs `body` when a slot is free; nil, without running it, when none is.
    func withSlot<T>(_ body: () async throws -> T) async rethrows -> T? {
        let admitted = running.withLock { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard admitted else { return nil }
        defer { running.withLock { $0 -= 1 } }
        return try await body()
    }

    /// How many executions are running now.
    var inUse: Int { running.withLock { $0 } }
}
