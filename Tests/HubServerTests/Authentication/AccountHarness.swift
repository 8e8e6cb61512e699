import Foundation
import HubAPI
import HubStore
import Testing

@testable import HubServer

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    // @unchecked: `date` is read and written only while `lock` is held.
    private let lock = NSLock()
    private var date = Date(timeIntervalSince1970: 1_800_000_000)

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return date
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        date += seconds
    }
}

/// An account service over a fresh database in a temporary folder, with a fast password hash
/// (1,000 iterations: the parameters are tested on their own) and a hand-moved clock.
final class AccountHarness: Sendable {
    let folder: URL
    let database: HubDatabase
    let clock: TestClock
    let service: AccountService

    /// Fast hashing for tests (OWASP's parameters are tested once, in PasswordHasherTests).
    static let fastHasher = PasswordHasher(iterations: 1_000)
    static let password = "plum orchard lantern"

    init(configure: (inout AccountServiceConfiguration) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubserver-accounts-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try HubDatabase(path: folder.appendingPathComponent("hub.sqlite").path)
        var configuration = AccountServiceConfiguration()
        configuration.passwordHasher = Self.fastHasher
        configure(&configuration)
        let clock = TestClock()
        self.clock = clock
        service = AccountService(database: database, configuration: configuration, now: { clock.now })
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// An account made directly, as `peerhub user create` would.
    @discardableResult
    func makeAccount(_ email: String, role: Role = .member, password: String = AccountHarness.password) throws
        -> Account
    {
        try AccountAdministration(database: database, hasher: Self.fastHasher)
            .createAccount(email: email, password: password, role: role, now: clock.now)
    }

    /// Signs in and returns the session, failing the test on a rejection.
    func signIn(
        _ email: String, password: String = AccountHarness.password, from address: String? = "192.0.2.1"
    ) async throws -> SignedIn {
        let outcome = try await service.signIn(
            email: email, password: password, caller: .anonymous(clientAddress: address))
        return try #require(outcome.value, "sign-in of \(email) was rejected: \(outcome.problems)")
    }

    /// The caller a bearer token makes.
    func caller(_ token: String) async throws -> Caller {
        try await service.identify(authorization: "Bearer \(token)", clientAddress: "192.0.2.1")
    }

    /// The refusal `identify` gives for `authorization`, or nil when it accepts it.
    func refusal(_ authorization: String?) async -> AuthorizationError? {
        do {
            _ = try await service.identify(authorization: authorization, clientAddress: nil)
            return nil
        } catch {
            return error
        }
    }
}

extension AccountOutcome {
    /// The value of a success.
    var value: Value? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The problems of a rejection, empty for a success.
    var problems: [FieldProblem] {
        if case .rejected(let problems) = self { return problems }
        return []
    }

    /// The problems' codes.
    var codes: [String] { problems.map(\.code) }
}
