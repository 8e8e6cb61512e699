// HubAPI is the hub's GraphQL API: it loads `schema.graphql`, binds a resolver to every field
// over HubStore, batches loads level by level and applies each field's authorization rule.
// The seam with the server is in `Authentication/`: the server says who is calling
// (`Caller`) and provides the account operations (`AuthenticationService`); the API executes.
import GraphQLEngine
import HubStore

/// The module's name, for log lines.
public enum HubAPIModule {
    public static let name = "HubAPI"
}

/// The hub's GraphQL API over one database: the schema of `schema.graphql` bound to its
/// resolvers, executing requests for a caller the server has identified.
///
/// ```swift
/// let api = try HubAPI(database: database, authentication: accounts)
/// let result = await api.execute(GraphQLRequest(query: "{ practices(first: 5) { nodes { title } } }"), caller: .anonymous())
/// let json = result.jsonBytes()
/// ```
///
/// Each request runs in three steps: `prepare` (parse and validate, cached by the request's
/// text), a static cost check against `APIOptions.costBudget`, then execution with a
/// `RequestContext` of its own (the caller, the store, the account operations) and the
/// engine's per-execution batch loaders.
public final class HubAPI: Sendable {
    private let executor: RequestExecutor
    private let database: HubDatabase
    private let authentication: any AuthenticationService
    private let options: APIOptions

    /// Builds the schema from the SDL compiled into the module (`HubSchemaSDL`, made from
    /// `schema.graphql` at build time) and binds the resolvers to it.
    ///
    /// - Throws: `SchemaBindingError` naming each field without a resolver, each resolver or
    ///   access rule without a field.
    public init(
        database: HubDatabase, authentication: any AuthenticationService, options: APIOptions = APIOptions()
    ) throws {
        self.database = database
        self.authentication = authentication
        self.options = options
        let schema = try SchemaBinding.bind(sdl: HubSchemaSDL.text, table: .hub, policy: .hub)
        executor = RequestExecutor(
            schema: schema, cacheCapacity: options.cacheCapacity, limits: options.documentLimits,
            validationRules: options.allowsIntrospection
                ? specifiedRules : specifiedRules + [NoSchemaIntrospectionCustomRule.self])
    }

    /// The hub's schema, resolvers bound.
    public var schema: GraphQLSchema { executor.schema }

    /// Parses and validates `request` (cached by its text) and chooses its operation, without
    /// executing it: for the server to classify a request (a syntax or validation error is a
    /// 400/422, a mutation sent with GET is refused) before running it.
    public func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors> {
        executor.prepare(request)
    }

    /// Prepares `request`, checks its static cost against the budget, and executes it for
    /// `caller` within the options' timeout.
    ///
    /// Request errors (syntax, validation, an unknown operation, invalid variables, a cost over
    /// the budget with `extensions.code` `COST_LIMIT_EXCEEDED`) give a result without `data`.
    nonisolated(nonsending) public func execute(_ request: GraphQLRequest, caller: Caller) async -> ExecutionResult {
        switch prepare(request) {
        case .failure(let errors): return ExecutionResult(requestErrors: errors.errors)
        case .success(let operation): return await execute(operation, of: request, caller: caller)
        }
    }

    /// Checks the static cost of `operation`, prepared from `request`, and executes it for
    /// `caller`: ``execute(_:caller:)`` after ``prepare(_:)``, for a server that prepared the
    /// request already to classify it.
    nonisolated(nonsending) public func execute(
        _ operation: PreparedOperation, of request: GraphQLRequest, caller: Caller
    ) async -> ExecutionResult {
        let cost = OperationCost.of(operation, in: schema, variables: request.variables)
        if cost > options.costBudget {
            return ExecutionResult(requestErrors: [
                CostLimitExceeded(cost: cost, budget: options.costBudget).graphQLError
            ])
        }
        let context = RequestContext(caller: caller, database: database, authentication: authentication)
        return await operation.execute(
            variables: request.variables, context: context, rootValue: (), timeout: options.executionTimeout)
    }

    /// The store's write generation (`HubDatabase.writeGeneration`): it moves on with every
    /// write this process makes, mutations included, so a cache of answers can tell a stale one.
    public var writeGeneration: UInt64? { database.writeGeneration }

    /// How the cache of prepared documents has served requests since the API was made.
    public var documentCacheStatistics: DocumentCacheStatistics { executor.cacheStatistics }

    /// The static cost of `request`'s operation (see `OperationCost`), or nil when it does not
    /// prepare; for the server's logs and metrics.
    public func cost(of request: GraphQLRequest) -> Int? {
        guard case .success(let operation) = prepare(request) else { return nil }
        return OperationCost.of(operation, in: schema, variables: request.variables)
    }
}
