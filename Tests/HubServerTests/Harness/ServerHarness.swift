import Foundation
import GraphQLEngine
import HubAPI
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import HubServer

// The shared harness of the server tests: a small schema served through the real router
// (HummingbirdTesting's `.router`, no sockets), a caller stub, and request helpers.

/// The schema the HTTP tests query: a greeting, a nested type for depth, a field that fails,
/// one that waits until released (for the concurrency cap), and a mutation.
let harnessSDL = """
    type Query {
      hello(name: String): String
      greeting: Greeting
      fail: String
      wait: String
      slow: String
      me: String
      limited: String
    }
    type Greeting { text: String, next: Greeting }
    type Mutation { bump: Int }
    """

/// A latch the `wait` field blocks on until the test opens it.
final class Latch: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>], arrived: Int)>((false, [], 0))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state in
                state.arrived += 1
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    var arrived: Int { state.withLock { $0.arrived } }
}

/// The error a resolver throws for `limited`: rate-limited with a retry delay.
struct HarnessRateLimited: Error, GraphQLErrorConvertible {
    var graphQLError: GraphQLError {
        GraphQLError(
            "Too many attempts; wait 30 seconds.",
            extensions: [.init(name: "code", value: .string("RATE_LIMITED")), .init(name: "retryAfter", value: .int(30))])
    }
}

/// The harness's resolvers over `harnessSDL`.
func harnessSchema(latch: Latch = Latch()) -> GraphQLSchema {
    var resolvers = Resolvers()
    resolvers["Query", "hello"] = .sync { input in
        guard case .string(let name)? = input[argument: "name"] else { return .string("Hello, world") }
        return .string("Hello, \(name)")
    }
    resolvers["Query", "greeting"] = .sync { _ in .object(GreetingValue()) }
    resolvers["Greeting", "text"] = .sync { _ in .string("hi") }
    resolvers["Greeting", "next"] = .sync { _ in .object(GreetingValue()) }
    resolvers["Query", "fail"] = .sync { _ in throw HarnessFailure() }
    resolvers["Query", "wait"] = .async { _ in
        await latch.wait()
        return .string("done")
    }
    resolvers["Query", "slow"] = .async { _ in
        try await Task.sleep(for: .seconds(2))
        return .string("late")
    }
    resolvers["Query", "me"] = .sync { input in
        guard let caller = input.context as? Caller, let account = caller.account else { return .null }
        return .string(account.email)
    }
    resolvers["Query", "limited"] = .sync { _ in throw HarnessRateLimited() }
    resolvers["Mutation", "bump"] = .sync { _ in .int(1) }
    do {
        return try buildSchema(Source(harnessSDL), resolvers: resolvers)
    } catch {
        fatalError("The harness schema does not build: \(error)")
    }
}

struct GreetingValue: Sendable {}

/// The unexpected error `fail` throws, its description naming a file as internal errors may.
struct HarnessFailure: Error, CustomStringConvertible {
    var description: String { "cannot open /srv/peerhub/secret.db" }
}

/// Callers: `Bearer member-token` is a member, `Bearer bad` is refused, none is anonymous.
struct StubCallers: CallerIdentifying {
    func identify(authorization: String?, clientAddress: String?) async throws(AuthorizationError) -> Caller {
        switch authorization {
        case nil:
            return .anonymous(clientAddress: clientAddress)
        case "Bearer member-token"?:
            return Caller(
                credential: .session(SessionID("s1")),
                account: Account(id: 1, email: "ana@example.org", displayName: "Ana", role: .member))
        default:
            throw AuthorizationError(.unauthenticated, "The session has expired or was revoked; sign in again.")
        }
    }
}

/// The store's figures as the metrics see them: fixed, for the tests to find in the exposition.
struct FixedDatabaseUse: DatabaseUse {
    var statementsRun: Int { 42 }
    var readsInFlight: Int { 3 }
    var maximumReaders: Int { 4 }
}

/// A server over the harness schema with `configure` applied to the default configuration.
func harnessServer(
    latch: Latch = Latch(), ready: Bool = true, _ configure: (inout ServerConfiguration) -> Void = { _ in }
) -> PeerHubServer {
    var configuration = ServerConfiguration()
    configure(&configuration)
    let executor = RequestExecutor(
        schema: harnessSchema(latch: latch), limits: configuration.api.documentLimits,
        validationRules: configuration.api.allowsIntrospection
            ? specifiedRules : specifiedRules + [NoSchemaIntrospectionCustomRule.self])
    return PeerHubServer(
        configuration: configuration, service: ExecutorService(executor, timeout: configuration.api.executionTimeout),
        callers: StubCallers(), readiness: { ready }, database: FixedDatabaseUse(),
        logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
}

/// Runs `body` with a router-level test client for `server`, its request logs going to `logs`
/// when given (and printed nowhere otherwise).
func withClient(
    _ server: PeerHubServer, logs: LogRecorder? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    var logger = logs?.logger() ?? Logger(label: "test")
    if logs == nil { logger.logLevel = .critical }  // keeps the request ID in its metadata, prints nothing
    let app = Application(router: server.makeRouter(), logger: logger)
    try await app.test(.router) { client in try await body(client) }
}

/// The headers of a JSON POST accepting GraphQL responses, plus `extra`.
func jsonHeaders(_ extra: [HTTPField.Name: String] = [:], accept: String = "application/graphql-response+json")
    -> HTTPFields
{
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    headers[.accept] = accept
    for (name, value) in extra { headers[name] = value }
    return headers
}

/// A JSON body.
func body(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

/// The body as text.
func text(_ response: TestResponse) -> String { String(buffer: response.body) }

/// `path?query=…` with the query string form-encoded.
func getURI(_ parameters: [(String, String)]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let query = parameters.map { name, value in
        "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
    }
    return "/graphql?" + query.joined(separator: "&")
}
