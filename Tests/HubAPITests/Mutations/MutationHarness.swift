import Foundation
import GraphQLEngine
import Testing

@testable import HubAPI
@testable import HubStore

/// An API over the curated seeds with three accounts in the store, a fake authentication
/// service, and callers of every kind:
/// - `member` (account 1) is Vicki-May Hamm's account, so Magog is their organization;
/// - `otherMember` (account 2) has no person, hence no organization;
/// - `admin` (account 3) moderates;
/// - `apiKey` is an integrator's read key of account 1.
struct MutationHarness {
    let base: APIHarness
    let accounts: FakeAuthentication
    let api: HubAPI

    let member = Caller(
        credential: .session(SessionID("s1")),
        account: Account(id: 1, email: "vicki@example.org", displayName: "Vicki", role: .member))
    let otherMember = Caller(
        credential: .session(SessionID("s2")),
        account: Account(id: 2, email: "other@example.org", displayName: "Other", role: .member))
    let admin = Caller(
        credential: .session(SessionID("s3")),
        account: Account(id: 3, email: "admin@example.org", displayName: "Admin", role: .admin))
    let apiKey = Caller(
        credential: .apiKey(id: 9, scopes: [.read]),
        account: Account(id: 1, email: "vicki@example.org", displayName: "Vicki", role: .member))

    init() throws {
        base = try APIHarness()
        accounts = FakeAuthentication()
        // A generous time limit: the suites run in parallel, each on its own database.
        api = try HubAPI(
            database: base.database, authentication: accounts, options: APIOptions(executionTimeout: .seconds(60)))
        try base.database.write { writer in
            for (id, email, role, person) in [
                (1, "vicki@example.org", "member", "vicki-may-hamm"), (2, "other@example.org", "member", ""),
                (3, "admin@example.org", "admin", ""),
            ] {
                try writer.addTestAccount(id: Int64(id), email: email, role: role, personKey: person)
            }
        }
    }

    /// Runs `query` for `caller`.
    func run(_ query: String, variables: [String: InputValue] = [:], as caller: Caller) async -> ExecutionResult {
        await api.execute(GraphQLRequest(query: query, variables: variables), caller: caller)
    }

    /// Runs `query` for `caller`, recording errors as failures, and returns its data.
    func data(
        _ query: String, variables: [String: InputValue] = [:], as caller: Caller,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async -> InputValue {
        let result = await run(query, variables: variables, as: caller)
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        return result.data ?? .null
    }

    /// The global ID of the record of `table` with this key (or `column` value).
    func globalID(_ kind: GlobalID.Kind, _ table: String, _ key: String, column: String = "key") throws -> String {
        let id = try base.database.read { reader in try reader.id(table, column, key) }
        return GlobalID(kind, try #require(id)).encoded
    }

    /// Row counts of the tables the mutations write, to show a refused one changed nothing.
    func counts() throws -> [Int] {
        try base.database.read { reader in
            try ["practice", "practice_text", "practice_theme", "bookmark", "replication"].map { try reader.count($0) }
        }
    }

    /// The replications recorded through the API, as `adopter status date notes`.
    func replications() throws -> [String] {
        try base.database.read { reader in
            try reader.fetchAll(
                """
                SELECT o.key, r.status, coalesce(r.date, '-'), r.notes FROM replication r
                JOIN organization o ON o.id = r.adopting_organization_id
                WHERE r.recorded_by_account_id IS NOT NULL ORDER BY r.id
                """
            ) { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as String)" }
        }
    }

    /// The `createPracticeDraft` input of a complete draft about composting in Magog.
    func compostingDraft() throws -> InputValue {
        .object([
            .init(
                name: "texts",
                value: .list([
                    .object([
                        .init(name: "language", value: .enumValue("EN")),
                        .init(name: "title", value: "Neighbourhood composting in Magog"),
                        .init(name: "summary", value: "Shared compost bins on every street."),
                        .init(name: "approach", value: "Volunteers run the bins."),
                        .init(name: "results", value: "A third less kitchen waste to the landfill."),
                        .init(name: "tags", value: .list(["compost", " waste "])),
                    ]),
                    .object([
                        .init(name: "language", value: .enumValue("FR")),
                        .init(name: "title", value: "Compostage de quartier à Magog"),
                        .init(name: "summary", value: "Des bacs partagés dans chaque rue."),
                        .init(name: "approach", value: "Des bénévoles gèrent les bacs."),
                        .init(name: "results", value: "Un tiers de déchets de cuisine en moins."),
                    ]),
                ])),
            .init(
                name: "themeIds",
                value: .list([.string(try globalID(.theme, "theme", "local-governance", column: "code"))])),
            .init(name: "year", value: 2024),
        ])
    }
}

extension StoreWriter {
    /// Adds a member account linked to the person with `personKey` (none when empty).
    fileprivate func addTestAccount(id: Int64, email: String, role: String, personKey: String) throws {
        try execute(
            """
            INSERT INTO member_account (id, email, display_name, password_hash, role, person_id, created_at)
            VALUES (?, ?, ?, 'x', ?, (SELECT id FROM person WHERE key = ?), '2026-01-01T00:00:00Z')
            """, [id, email, email, role, personKey])
    }
}

extension StoreReader {
    fileprivate func id(_ table: String, _ column: String, _ value: String) throws -> Int64? {
        try fetchOne(Int64.self, "SELECT id FROM \(table) WHERE \(column) = ?", [value])
    }

    fileprivate func count(_ table: String) throws -> Int {
        try fetchOne(Int.self, "SELECT count(*) FROM \(table)") ?? -1
    }
}

/// An authentication service for tests: it answers from what each test sets, and records the
/// calls it received.
final class FakeAuthentication: AuthenticationService, @unchecked Sendable {
    // @unchecked: every stored property is read and written under `lock`.
    private let lock = NSLock()
    private var answers: [String: any Sendable] = [:]
    private var failures: [String: any Error & Sendable] = [:]
    private var recorded: [String] = []

    /// The operations called, as `name(arguments)`, in order.
    var calls: [String] { lock.withLock { recorded } }

    /// Makes `operation` answer `outcome`.
    func answer<Value: Sendable>(_ operation: String, with outcome: AccountOutcome<Value>) {
        lock.withLock { answers[operation] = outcome }
    }

    /// Makes `operation` throw `error`.
    func fail(_ operation: String, with error: any Error & Sendable) {
        lock.withLock { failures[operation] = error }
    }

    private func reply<Value: Sendable>(_ operation: String, _ call: String) throws -> AccountOutcome<Value> {
        try lock.withLock {
            recorded.append(call)
            if let error = failures[operation] { throw error }
            return answers[operation] as? AccountOutcome<Value>
                ?? .rejected([FieldProblem(field: nil, message: "no answer set for \(operation)", code: "INVALID")])
        }
    }

    func signUp(_ request: SignUpRequest, caller: Caller) async throws -> AccountOutcome<SignedIn> {
        try reply("signUp", "signUp(\(request.email), \(request.displayName), \(request.invitation ?? "-"))")
    }
    func signIn(email: String, password: String, caller: Caller) async throws -> AccountOutcome<SignedIn> {
        try reply("signIn", "signIn(\(email))")
    }
    func signOut(caller: Caller) async throws {
        let _: AccountOutcome<Bool> = try reply("signOut", "signOut(\(caller.account?.id ?? 0))")
    }
    func changePassword(current: String, new: String, caller: Caller) async throws -> AccountOutcome<Account> {
        try reply("changePassword", "changePassword(\(caller.account?.id ?? 0))")
    }
    func createInvitation(email: String, role: Role, caller: Caller) async throws -> AccountOutcome<Invitation> {
        try reply("createInvitation", "createInvitation(\(email), \(role.rawValue))")
    }
    func createAPIKey(name: String, scopes: Set<APIKeyScope>, caller: Caller) async throws -> AccountOutcome<
        CreatedAPIKey
    > {
        try reply("createAPIKey", "createAPIKey(\(name), \(scopes.map(\.rawValue).sorted()))")
    }
    func revokeAPIKey(id: Int64, caller: Caller) async throws -> AccountOutcome<APIKey> {
        try reply("revokeAPIKey", "revokeAPIKey(\(id))")
    }
    func apiKeys(caller: Caller) async throws -> [APIKey] { [] }
}
