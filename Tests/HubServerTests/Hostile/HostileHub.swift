import Foundation
import GraphQLEngine
import HTTPTypes
import HubAPI
import HubStore
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import HubServer

/// The real hub the hostile requests go to: `HubAPI` over a database loaded from `seeds/`, the
/// real `AccountService` identifying callers, and `PeerHubServer`'s router in front, as
/// `peerhub serve` wires them. Made once for the hostile suites (loading the seeds is the slow
/// part); every request it serves is one a hostile client could send, so sharing it is the
/// point: the next request must still be answered as before.
final class HostileHub: Sendable {
    /// The hub shared by the hostile suites, made on first use.
    static let shared = Task { try await HostileHub() }

    /// The credentials the cases send, issued by the account service before any case runs.
    enum Credential: Sendable, Hashable {
        /// A member's live session.
        case member
        /// An administrator's live session.
        case admin
        /// A live, read-only API key of the member.
        case apiKey
        /// A session that ran out (signed in more than its lifetime ago).
        case expiredSession
        /// A live session of an account disabled since.
        case disabledAccountSession
        /// An API key of that disabled account.
        case disabledAccountKey
        /// An `Authorization` value sent as it is.
        case raw(String)
    }

    /// The server configurations the cases run against.
    enum Variant: Sendable, Hashable, CaseIterable {
        /// The defaults, except a 1 MiB body limit, so large documents reach the document limits.
        case standard
        /// As standard, with the token limit at the parser's ceiling, so huge documents reach the
        /// alias, directive and validation costs behind it.
        case parserCeiling
        /// As standard, with batches of up to 10 requests.
        case batching
    }

    /// The query asked after every hostile request, and the answer it must keep getting: the
    /// counts of what the seeds loaded and one practice's title, so a lost row shows.
    static let normalQuery = """
        { practices { totalCount } organizations { totalCount } programs { totalCount } \
        partnerships { totalCount } publications { totalCount } \
        practice(key: "nam-dinh-land-management") { key title } }
        """

    /// The repository's root (where `seeds/` is).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let password = AccountHarness.password

    let folder: URL
    let database: HubDatabase
    let accounts: AccountService
    private let servers: [Variant: PeerHubServer]
    private let credentials: [Credential: String]
    /// The answer to ``normalQuery`` before any hostile request.
    let normalAnswer: String

    private init() async throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubserver-hostile-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try HubDatabase(path: folder.appendingPathComponent("hub.sqlite").path)
        _ = try SeedLoader.load(from: Self.repositoryRoot.appendingPathComponent("seeds"), into: database)

        let clock = TestClock()
        var accountConfiguration = AccountServiceConfiguration()
        accountConfiguration.passwordHasher = AccountHarness.fastHasher
        let accounts = AccountService(database: database, configuration: accountConfiguration, now: { clock.now })
        self.accounts = accounts
        credentials = try await Self.issueCredentials(accounts, database: database, clock: clock)

        var servers: [Variant: PeerHubServer] = [:]
        for variant in Variant.allCases {
            servers[variant] = try Self.server(Self.configuration(variant), database: database, accounts: accounts)
        }
        self.servers = servers
        normalAnswer = try await Self.ask(Self.normalQuery, servers[.standard]!)  // safe: made for every variant above
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The server configuration of `variant`: plain HTTP on a free loopback port, no metrics
    /// listener, a 1 MiB body limit, and every other limit at its default unless the variant
    /// says otherwise.
    static func configuration(_ variant: Variant) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.plainHTTP = true
        configuration.metricsPort = nil
        configuration.maxBodyBytes = 1 << 20
        // Far above what a query takes: the suites run side by side on a busy machine, and
        // timing belongs to the benchmarks.
        configuration.api.executionTimeout = .seconds(120)
        switch variant {
        case .standard: break
        case .parserCeiling: configuration.api.documentLimits.maxTokens = ParseOptions.defaultMaxTokens
        case .batching: configuration.maxBatchSize = 10
        }
        return configuration
    }

    /// A server with `configuration` over the hub's database and accounts, as `peerhub serve`
    /// makes it: the API takes the configuration's API options.
    func server(_ configuration: ServerConfiguration, logger: Logger? = nil) throws -> PeerHubServer {
        try Self.server(configuration, database: database, accounts: accounts, logger: logger)
    }

    private static func server(
        _ configuration: ServerConfiguration, database: HubDatabase, accounts: AccountService, logger: Logger? = nil
    ) throws -> PeerHubServer {
        let api = try HubAPI(database: database, authentication: accounts, options: configuration.api)
        return PeerHubServer(
            configuration: configuration, service: api, callers: accounts, readiness: { true },
            logger: logger ?? Logger(label: "hostile", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    /// The server of `variant`.
    func server(_ variant: Variant) -> PeerHubServer {
        servers[variant]!  // safe: `init` makes one for every variant
    }

    /// The `Authorization` header value of `credential`.
    func authorization(_ credential: Credential) -> String {
        if case .raw(let value) = credential { return value }
        return "Bearer " + credentials[credential]!  // safe: `issueCredentials` issues every non-raw one
    }

    /// The answer to ``normalQuery`` now, through a new router of `server`.
    static func ask(_ query: String, _ server: PeerHubServer) async throws -> String {
        let answer = Mutex("")
        try await withClient(server) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: ByteBuffer(string: JSONText.request(query)))
            answer.withLock { $0 = "\(response.status.code) " + String(buffer: response.body) }
        }
        return answer.withLock { $0 }
    }

    /// Signs the test accounts in and makes their keys: one session signed in more than a
    /// session's lifetime ago (the clock then moves on), then live ones, and an account
    /// disabled after its session and key were made.
    private static func issueCredentials(_ accounts: AccountService, database: HubDatabase, clock: TestClock)
        async throws -> [Credential: String]
    {
        let administration = AccountAdministration(database: database, hasher: AccountHarness.fastHasher)
        for (email, role) in [
            ("member@example.org", Role.member), ("admin@example.org", .admin), ("lapsed@example.org", .member),
            ("disabled@example.org", .member),
        ] {
            try administration.createAccount(email: email, password: password, role: role, now: clock.now)
        }
        func signIn(_ email: String) async throws -> String {
            let outcome = try await accounts.signIn(email: email, password: password, caller: .anonymous())
            return try #require(outcome.value, "sign-in of \(email) was rejected: \(outcome.problems)").token
        }
        func key(for token: String) async throws -> String {
            let owner = try await accounts.identify(authorization: "Bearer \(token)", clientAddress: nil)
            let created = try await accounts.createAPIKey(name: "dashboard", scopes: [.read], caller: owner)
            return try #require(created.value, "the key was refused: \(created.problems)").secret
        }
        var credentials: [Credential: String] = [:]
        credentials[.expiredSession] = try await signIn("lapsed@example.org")
        clock.advance(by: accounts.configuration.sessionLifetime + 3600)
        credentials[.member] = try await signIn("member@example.org")
        credentials[.admin] = try await signIn("admin@example.org")
        credentials[.apiKey] = try await key(for: credentials[.member]!)  // safe: set on the line above
        let disabled = try await signIn("disabled@example.org")
        credentials[.disabledAccountSession] = disabled
        credentials[.disabledAccountKey] = try await key(for: disabled)
        _ = try administration.disableAccount(email: "disabled@example.org")
        return credentials
    }
}

/// JSON text for request bodies, written by hand so that a case shows exactly what it sends.
enum JSONText {
    /// `{"query": …}` with `variables` (JSON text) when given.
    static func request(_ query: String, variables: String? = nil) -> String {
        var text = #"{"query":"# + string(query)
        if let variables { text += #","variables":"# + variables }
        return text + "}"
    }

    /// A JSON string literal of `text`, escaped as RFC 8259 §7 requires.
    static func string(_ text: String) -> String {
        var writer = JSONWriter()
        writer.writeString(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
