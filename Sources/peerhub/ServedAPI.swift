import Foundation
import GraphQLEngine
import HubAPI
import HubServer
import HubStore

/// What `peerhub serve` serves: the hub's API over the database, and the accounts that
/// identify callers.
enum ServedAPI {
    /// The API over `database`.
    static func make(database: HubDatabase, options: APIOptions, context: ToolContext) throws -> any GraphQLExecuting {
        let schema: GraphQLSchema
        switch loadSchema(option: nil, context: context) {
        case .success(let loaded): schema = loaded
        case .failure(let failure): throw ServeFailure(message: failure.message.trimmingCharacters(in: .newlines))
        }
        let rules = options.allowsIntrospection ? specifiedRules : specifiedRules + [NoSchemaIntrospectionCustomRule.self]
        let executor = RequestExecutor(
            schema: schema, cacheCapacity: options.cacheCapacity, limits: options.documentLimits, validationRules: rules)
        return ExecutorService(executor, timeout: options.executionTimeout)
    }

    /// Who is calling: anonymous without a credential; any credential is refused until
    /// accounts exist.
    static func callers(database: HubDatabase) -> any CallerIdentifying { AnonymousCallers() }
}

private struct AnonymousCallers: CallerIdentifying {
    func identify(authorization: String?, clientAddress: String?) async throws(AuthorizationError) -> Caller {
        guard authorization == nil else {
            throw AuthorizationError(.unauthenticated, "This server has no accounts yet; send the request without Authorization.")
        }
        return .anonymous(clientAddress: clientAddress)
    }
}

/// `peerhub serve` could not start, with the reason.
struct ServeFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
