import GraphQLEngine
import HubStore

/// What every resolver of one request shares: who is calling, the store, and the account
/// operations. Made by `HubAPI.execute` for each request and handed to the engine as the
/// execution's context; the engine's batch loaders are per execution, so nothing cached here
/// outlives the request.
public final class RequestContext: Sendable {
    /// Who is asking.
    public let caller: Caller
    /// The hub's store.
    public let database: HubDatabase
    /// The account operations, provided by the server.
    public let authentication: any AuthenticationService

    /// A context for one request.
    public init(caller: Caller, database: HubDatabase, authentication: any AuthenticationService) {
        self.caller = caller
        self.database = database
        self.authentication = authentication
    }

    /// Whether the caller sees practices that are not published: admins see them all.
    var seesAllUnpublished: Bool { caller.role == .admin }

    /// The account whose own unpublished practices the caller sees.
    var viewerAccountID: Int64? { caller.account?.id }

    /// Reads the store on the calling thread.
    ///
    /// Deliberately the synchronous read: GRDB's asynchronous one waits for a free reader
    /// while occupying a thread of the concurrency pool, and the tasks holding the readers need
    /// a pool thread to finish and give them back. On a two-core machine the pool has two
    /// threads, and a few concurrent requests deadlocked (seen in the tests). A synchronous
    /// read holds its thread only while SQLite works, and never waits on the pool.
    func read<T: Sendable>(_ body: @escaping @Sendable (StoreReader) throws -> T) async throws -> T {
        try readNow(body)
    }

    /// The store's synchronous read (a synchronous function, so overloading cannot pick the
    /// asynchronous one).
    private func readNow<T>(_ body: (StoreReader) throws -> T) throws -> T {
        try database.read(body)
    }
}

/// A context of another type than `RequestContext`: a resolver executed outside `HubAPI`.
struct MissingRequestContext: Error, GraphQLErrorConvertible {
    var graphQLError: GraphQLError {
        GraphQLError(
            "The hub's resolvers run only through HubAPI.execute, which gives them a RequestContext.",
            extensions: [InputValue.Field(name: "code", value: .string(ErrorCode.internalServerError))])
    }
}

extension ResolverInput {
    /// The request's context.
    var request: RequestContext {
        get throws {
            guard let context = context as? RequestContext else { throw MissingRequestContext() }
            return context
        }
    }
}

/// The request's context as a loader receives it.
func requestContext(_ context: any Sendable) throws -> RequestContext {
    guard let context = context as? RequestContext else { throw MissingRequestContext() }
    return context
}
