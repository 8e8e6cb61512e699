import GraphQLEngine
import HubAPI
import Hummingbird
import Logging
import Synchronization

@testable import HubServer

/// A service for the response cache's tests: a counter that `bump` raises, `hello`, `me` (the
/// caller's email) and `fail`; it counts executions and, as `HubAPI` does through the store,
/// moves its write generation on with every mutation it runs.
final class CountingService: GraphQLExecuting {
    static let sdl = """
        type Query { counter: Int, hello(name: String, greeting: GreetingInput): String, me: String, fail: String }
        input GreetingInput { word: String, punctuation: String }
        type Mutation { bump: Int }
        """

    private let counter = SharedCounter()
    private let generation = Atomic<UInt64>(0)
    private let executionCount = Atomic<Int>(0)
    private let executor: RequestExecutor

    init() {
        var resolvers = Resolvers()
        let counter = counter
        resolvers["Query", "counter"] = .sync { _ in .int(counter.value.load(ordering: .relaxed)) }
        resolvers["Query", "hello"] = .sync { input in
            let name: String = if case .string(let name)? = input[argument: "name"] { name } else { "world" }
            return .string("Hello, \(name)")
        }
        resolvers["Query", "me"] = .sync { input in
            guard let caller = input.context as? Caller, let account = caller.account else { return .null }
            return .string(account.email)
        }
        resolvers["Query", "fail"] = .sync { _ in throw HarnessFailure() }
        resolvers["Mutation", "bump"] = .sync { _ in .int(counter.value.add(1, ordering: .relaxed).newValue) }
        do {
            executor = RequestExecutor(schema: try buildSchema(Source(Self.sdl), resolvers: resolvers))
        } catch {
            fatalError("The caching harness schema does not build: \(error)")
        }
    }

    /// How many operations ran (answers from the cache run none).
    var executions: Int { executionCount.load(ordering: .relaxed) }

    func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors> { executor.prepare(request) }

    func execute(_ operation: PreparedOperation, of request: GraphQLRequest, caller: Caller) async -> ExecutionResult {
        executionCount.add(1, ordering: .relaxed)
        let result = await operation.execute(variables: request.variables, context: caller, rootValue: (), timeout: nil)
        if operation.operationType == .mutation { generation.add(1, ordering: .relaxed) }
        return result
    }

    var documentCacheStatistics: DocumentCacheStatistics { executor.cacheStatistics }

    var writeGeneration: UInt64? { generation.load(ordering: .relaxed) }
}

/// A number the resolvers share.
final class SharedCounter: Sendable {
    let value = Atomic<Int>(0)
}

/// A server over `service` (the harness's callers: `Bearer member-token` is a member) with
/// `configure` applied to the default configuration, except that answers live an hour: a test
/// that runs slowly on a busy machine must not see an entry age out between two requests.
func cachingServer(_ service: CountingService, _ configure: (inout ServerConfiguration) -> Void = { _ in }) -> PeerHubServer {
    var configuration = ServerConfiguration()
    configuration.responseCacheMaxAge = .seconds(3600)
    configure(&configuration)
    return PeerHubServer(
        configuration: configuration, service: service, callers: StubCallers(), readiness: { true },
        logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
}
