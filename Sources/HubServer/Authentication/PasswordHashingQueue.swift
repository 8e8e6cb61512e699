import Dispatch
import Foundation

/// Runs password hashing on threads of its own, so that a slow hash never occupies an event
/// loop or a thread of Swift's cooperative pool, and at most `width` hashes run at once (a burst
/// of sign-ins queues here instead of taking every core).
///
/// Work goes round-robin to `width` serial dispatch queues; the awaiting task is suspended, not
/// blocked, until its result is ready.
///
/// ```swift
/// let queue = PasswordHashingQueue(width: 2)
/// let encoded = await queue.run { PasswordHasher.owasp.hash(password) }
/// ```
public final class PasswordHashingQueue: Sendable {
    private let queues: [DispatchQueue]
    private let next: NextQueue

    /// A queue running at most `width` hashes at once (at least one).
    public init(width: Int) {
        queues = (0..<max(1, width)).map { DispatchQueue(label: "peerhub.password-hashing.\($0)", qos: .userInitiated) }
        next = NextQueue()
    }

    /// Runs `work` on one of the queue's threads and returns its result.
    public func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        let queue = queues[next.take(count: queues.count)]
        return await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }
}

/// The round-robin counter: an NSLock-guarded integer.
private final class NextQueue: @unchecked Sendable {
    // @unchecked: `value` is read and written only while `lock` is held.
    private let lock = NSLock()
    private var value = 0

    func take(count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value = (value + 1) % count
        return value
    }
}
