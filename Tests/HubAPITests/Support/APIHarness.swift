import Foundation
import GraphQLEngine
import HubStore
import Testing

@testable import HubAPI

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A database file in a temporary folder of its own, removed when the harness goes.
final class ScratchFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubapi-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// An authentication service for tests: account operations are refused, API keys are a
/// fixed list.
struct StubAuthentication: AuthenticationService {
    var keys: [APIKey] = []

    func signUp(_ request: SignUpRequest, caller: Caller) async throws -> AccountOutcome<SignedIn> { .rejected([]) }
    func signIn(email: String, password: String, caller: Caller) async throws -> AccountOutcome<SignedIn> {
        .rejected([])
    }
    func signOut(caller: Caller) async throws {}
    func changePassword(current: String, new: String, caller: Caller) async throws -> AccountOutcome<Account> {
        .rejected([])
    }
    func createInvitation(email: String, role: Role, caller: Caller) async throws -> AccountOutcome<Invitation> {
        .rejected([])
    }
    func createAPIKey(name: String, scopes: Set<APIKeyScope>, caller: Caller) async throws -> AccountOutcome<
        CreatedAPIKey
    > { .rejected([]) }
    func revokeAPIKey(id: Int64, caller: Caller) async throws -> AccountOutcome<APIKey> { .rejected([]) }
    func apiKeys(caller: Caller) async throws -> [APIKey] { keys }
}

/// One database loaded from `seeds/`, shared by every read-only test: loading the seeds is
/// the slow part, and these tests change nothing.
private let seededHarness = Result { try APIHarness(options: APIHarness.testOptions) }

/// An API over a database loaded from `seeds/`, and callers of each kind.
struct APIHarness: Sendable {
    let folder: ScratchFolder
    let database: HubDatabase
    let api: HubAPI

    /// The options of the tests' APIs: a time limit far above what a query takes, since the
    /// suites run side by side on a busy machine; timing is for benchmarks.
    static let testOptions = APIOptions(executionTimeout: .seconds(300))

    /// The API over the shared seeded database.
    static func seeded() throws -> APIHarness {
        try seededHarness.get()
    }

    /// Another API over the shared seeded database, with other options or API keys.
    static func seeded(options: APIOptions, keys: [APIKey] = []) throws -> APIHarness {
        let shared = try seededHarness.get()
        return APIHarness(
            folder: shared.folder, database: shared.database,
            api: try HubAPI(database: shared.database, authentication: StubAuthentication(keys: keys), options: options))
    }

    /// An API over a fresh copy of the curated seeds (plus `synthetic` generated organizations).
    init(synthetic: Int = 0, options: APIOptions = testOptions, keys: [APIKey] = []) throws {
        folder = try ScratchFolder()
        database = try HubDatabase(path: folder.url.appendingPathComponent("hub.sqlite").path)
        try SeedLoader.load(from: repositoryRoot.appendingPathComponent("seeds"), into: database)
        if synthetic > 0 { try SyntheticData.generate(SyntheticDataPlan(organizations: synthetic), into: database) }
        api = try HubAPI(database: database, authentication: StubAuthentication(keys: keys), options: options)
    }

    private init(folder: ScratchFolder, database: HubDatabase, api: HubAPI) {
        self.folder = folder
        self.database = database
        self.api = api
    }

    /// Runs `query` and returns its result.
    func run(
        _ query: String, variables: [String: InputValue] = [:], as caller: Caller = .anonymous()
    ) async -> ExecutionResult {
        await api.execute(GraphQLRequest(query: query, variables: variables), caller: caller)
    }

    /// Runs `query`, records its errors as test failures, and returns its data.
    func data(
        _ query: String, variables: [String: InputValue] = [:], as caller: Caller = .anonymous(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async -> InputValue {
        let result = await run(query, variables: variables, as: caller)
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        return result.data ?? .null
    }

    /// A signed-in caller with `role`, for account `id`.
    static func member(_ role: Role = .member, id: Int64 = 1) -> Caller {
        Caller(
            credential: .session(SessionID("test-session")),
            account: Account(id: id, email: "m\(id)@example.org", displayName: "Member \(id)", role: role))
    }
}

extension InputValue {
    /// The value at a path of field names and list indices; `.null` when absent.
    subscript(_ path: PathStep...) -> InputValue {
        var value = self
        for step in path {
            switch (step, value) {
            case (.field(let name), .object): value = value[field: name] ?? .null
            case (.index(let index), .list(let items)) where index < items.count: value = items[index]
            default: return .null
            }
        }
        return value
    }

    /// The strings of a list of strings.
    var strings: [String] {
        guard case .list(let items) = self else { return [] }
        return items.compactMap(\.stringValue)
    }

    /// The items of a list.
    var items: [InputValue] {
        guard case .list(let items) = self else { return [] }
        return items
    }
}

/// A step of a path into a response.
enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case field(String)
    case index(Int)

    init(stringLiteral value: String) { self = .field(value) }
    init(integerLiteral value: Int) { self = .index(value) }
}
