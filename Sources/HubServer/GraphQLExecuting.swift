import GraphQLEngine
import HubAPI

/// What the HTTP layer needs of the GraphQL API: preparing a request (parse, limits,
/// validation, operation choice — cached by text) so it can be refused before running, such as
/// a mutation sent over GET; and executing it for a caller. `HubAPI` conforms; tests serve a
/// small schema through ``ExecutorService``.
public protocol GraphQLExecuting: Sendable {
    /// The operation `request` asks for, or the request errors that keep it from running.
    func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors>

    /// Runs `request` for `caller`, within the API's deadline and cost budget.
    func execute(_ request: GraphQLRequest, caller: Caller) async -> ExecutionResult
}

/// A ``GraphQLExecuting`` over a ``RequestExecutor``: each resolver gets the ``Caller`` as its
/// context; executions stop at `timeout`.
///
/// ```swift
/// let service = ExecutorService(RequestExecutor(schema: schema), timeout: .seconds(10))
/// ```
public struct ExecutorService: GraphQLExecuting {
    /// The executor requests go through.
    public let executor: RequestExecutor
    /// The deadline of one execution.
    public let timeout: Duration?

    /// A service running requests through `executor`.
    public init(_ executor: RequestExecutor, timeout: Duration?) {
        self.executor = executor
        self.timeout = timeout
    }

    public func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors> {
        executor.prepare(request)
    }

    public func execute(_ request: GraphQLRequest, caller: Caller) async -> ExecutionResult {
        await executor.execute(request, context: caller, timeout: timeout)
    }
}
