import GraphQLEngine
import HubAPI

/// What the HTTP layer needs of the GraphQL API: preparing a request (parse, limits,
/// validation, operation choice — cached by text) so it can be refused before running, such as
/// a mutation sent over GET; and executing the prepared operation for a caller. `HubAPI`
/// conforms; the server's tests serve a small schema through a stand-in.
public protocol GraphQLExecuting: Sendable {
    /// The operation `request` asks for, or the request errors that keep it from running.
    func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors>

    /// Runs `operation`, prepared from `request`, for `caller`, within the API's deadline and
    /// cost budget.
    func execute(_ operation: PreparedOperation, of request: GraphQLRequest, caller: Caller) async -> ExecutionResult

    /// How the cache of prepared documents has served requests, for the metrics.
    var documentCacheStatistics: DocumentCacheStatistics { get }

    /// A number that moves on whenever data the answers depend on may have changed (every
    /// committed write), or nil when the service cannot tell: the response cache is then off.
    var writeGeneration: UInt64? { get }
}

extension GraphQLExecuting {
    /// No generation: answers are never cached.
    public var writeGeneration: UInt64? { nil }
}

extension HubAPI: GraphQLExecuting {}
