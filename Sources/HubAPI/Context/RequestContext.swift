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

    /// Reads the store on the calling thread, for the asynchronous resolvers and the loaders.
    ///
    /// Deliberately GRDB's synchronous read, as in the synchronous resolvers (lookups by key,
    /// `totalCount`, facets), which can only read that way. A synchronous read waiting for a
    /// free reader blocks its thread of the concurrency pool, while GRDB's asynchronous read
    /// gives its reader back only after resuming on a pool thread: mixing the two, every pool
    /// thread (two on a two-core machine) could block waiting for readers that only a pool
    /// thread can free, and a few concurrent requests deadlocked (seen in the tests). Reading
    /// synchronously everywhere, a reader is given back by the thread that used it.
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
