import Dispatch
import Synchronization

/// Runs `work` to its end from synchronous code (the command line's entry points are
/// synchronous), blocking the calling thread, which is not one of the concurrency pool's, and
/// returns its result or throws its error. A `work` that cannot throw needs no `try`.
///
/// ```swift
/// let result = runBlocking { await api.execute(request, caller: .anonymous()) }
/// try runBlocking { try await server.run(tls: tls) { url in print("Serving \(url)") } }
/// ```
func runBlocking<T: Sendable, Failure: Error>(
    _ work: @escaping @Sendable () async throws(Failure) -> T
) throws(Failure) -> T {
    let done = DispatchSemaphore(value: 0)
    let outcome = Mutex<Result<T, Failure>?>(nil)
    Task {
        let result: Result<T, Failure>
        do throws(Failure) {
            result = .success(try await work())
        } catch {
            result = .failure(error)
        }
        outcome.withLock { $0 = result }
        done.signal()
    }
    done.wait()
    // safe: the task stores its outcome before signalling, and the wait orders this read after it.
    return try outcome.withLock { $0 }!.get()
}
