import GraphQLEngine
import HubAPI
import HubServer

/// The server tests' stand-in for `HubAPI`: a ``GraphQLExecuting`` over a ``RequestExecutor``
/// on the harness schema, giving each resolver the ``Caller`` as its context and stopping
/// executions at `timeout`.
struct ExecutorService: GraphQLExecuting {
    /// The executor requests go through.
    let executor: RequestExecutor
    /// The deadline of one execution.
    let timeout: Duration?

    init(_ executor: RequestExecutor, timeout: Duration?) {
        self.executor = executor
        self.timeout = timeout
    }

    func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors> {
        executor.prepare(request)
    }

    func execute(_ operation: PreparedOperation, of request: GraphQLRequest, caller: Caller) async -> ExecutionResult {
        await operation.execute(variables: request.variables, context: caller, rootValue: (), timeout: timeout)
    }

    var documentCacheStatistics: DocumentCacheStatistics { executor.cacheStatistics }
}
