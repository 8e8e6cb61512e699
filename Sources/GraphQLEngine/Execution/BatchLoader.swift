// Batched loading for the data layer (the pattern of graphql-js's DataLoader, driven by the
// executor instead of the event loop): resolvers ask a loader for keys while the executor
// walks one level of the response; once that level's synchronous resolvers have run, each
// loader is called once with every key asked for, and the fields waiting for them complete.

/// A function that loads many keys in one call, for resolvers to share: a list of 100
/// partnerships asking for their programs costs one call, not 100.
///
/// ```swift
/// let programs = BatchLoader<Int> { ids, context in
///     let rows = try await store.programs(ids: ids)           // one query
///     return ids.map { id in rows[id].map { .object($0) } ?? .null }
/// }
/// // in a resolver:
/// return input.load(programs, key: partnership.programID)
/// ```
public final class BatchLoader<Key: Hashable & Sendable>: Sendable {
    /// Loads the values of `keys` (distinct, in the order first asked for) for a request's
    /// context: one value per key, in the same order.
    public typealias Load = @Sendable (_ keys: [Key], _ context: any Sendable) async throws -> [FieldValue]

    let loadBatch: Load
    /// A name for error messages.
    public let name: String

    /// A loader calling `load` once per batch of keys.
    public init(name: String = "\(Key.self) loader", _ load: @escaping Load) {
        self.name = name
        self.loadBatch = load
    }
}

/// A value a batch loader has been asked for and will provide when the batch runs.
public struct PendingLoad: @unchecked Sendable {
    // @unchecked: the batch is owned by one execution, which reads and fills it in turn.
    let batch: any PendingBatch
    let index: Int
}

/// The per-request state of one loader, type-erased for the executor.
protocol PendingBatch: AnyObject {
    /// Whether some keys wait for the next call.
    var hasWaitingKeys: Bool { get }
    /// Calls the loader for the waiting keys.
    func run(context: any Sendable) async
    /// The loaded value of the key at `index`, or the error loading it.
    func result(at index: Int) -> Result<FieldValue, GraphQLError>?
    /// For a key an asynchronous resolver asked for: the value once the key is added to the
    /// execution's batch. Nil for a batch itself.
    func register(in execution: Execution) -> FieldValue?
}

extension PendingBatch {
    func register(in execution: Execution) -> FieldValue? { nil }
}

/// A key an asynchronous resolver asked for. Such resolvers run beside one another and beside
/// the loaders, so they must not touch the execution's batches; the executor adds the key to
/// its batch when it completes the resolver's value, on its own task, and the key is loaded
/// with the next level's keys (when the resolver's level had already called the loader).
final class UnregisteredKey<Key: Hashable & Sendable>: PendingBatch, @unchecked Sendable {
    // @unchecked: immutable once made.
    private let loader: BatchLoader<Key>
    private let key: Key

    init(loader: BatchLoader<Key>, key: Key) {
        self.loader = loader
        self.key = key
    }

    var hasWaitingKeys: Bool { false }
    func run(context: any Sendable) async {}
    func result(at index: Int) -> Result<FieldValue, GraphQLError>? { nil }
    func register(in execution: Execution) -> FieldValue? { execution.batch(for: loader).value(for: key) }
}

/// A loader's keys and values within one request.
final class Batch<Key: Hashable & Sendable>: PendingBatch {
    private let loader: BatchLoader<Key>
    private var keys: [Key] = []
    private var positions: [Key: Int] = [:]
    private var results: [Result<FieldValue, GraphQLError>] = []

    init(loader: BatchLoader<Key>) {
        self.loader = loader
    }

    /// The value for `key`: at once when an earlier batch loaded it, else a pending load.
    func value(for key: Key) -> FieldValue {
        if let position = positions[key] {
            if position < results.count, case .success(let value) = results[position] { return value }
            return .pending(PendingLoad(batch: self, index: position))
        }
        let position = keys.count
        keys.append(key)
        positions[key] = position
        return .pending(PendingLoad(batch: self, index: position))
    }

    var hasWaitingKeys: Bool { results.count < keys.count }

    func run(context: any Sendable) async {
        let waiting = Array(keys[results.count...])
        do {
            let values = try await loader.loadBatch(waiting, context)
            guard values.count == waiting.count else {
                let error = GraphQLError(
                    "\(loader.name) returned \(values.count) values for \(waiting.count) keys; a batch loader must return one value per key, in the keys' order."
                )
                results.append(contentsOf: repeatElement(.failure(error), count: waiting.count))
                return
            }
            results.append(contentsOf: values.lazy.map { .success($0) })
        } catch {
            let failure = GraphQLError(executionError: error)
            results.append(contentsOf: repeatElement(.failure(failure), count: waiting.count))
        }
    }

    func result(at index: Int) -> Result<FieldValue, GraphQLError>? {
        index < results.count ? results[index] : nil
    }
}
