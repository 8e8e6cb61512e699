import Foundation
import HubAPI
import HubStore

/// Account management from the command line (`peerhub user create|list|disable`): the same
/// rules as sign-up, run synchronously, since a command has no event loop to keep free.
///
/// ```swift
/// let administration = AccountAdministration(database: try HubDatabase(path: "data/hub.sqlite"))
/// let account = try administration.createAccount(email: "ana@example.org", password: password, role: .admin)
/// ```
public struct AccountAdministration: Sendable {
    /// An account as the list shows it.
    public struct Entry: Sendable, Hashable {
        /// The account.
        public var account: Account
        /// When it was made, as ISO 8601.
        public var createdAt: String
        /// Whether it is disabled.
        public var isDisabled: Bool
    }

    let database: HubDatabase
    let hasher: PasswordHasher
    let policy: PasswordPolicy

    /// Administration of `database`'s accounts, hashing new passwords with `hasher`.
    public init(database: HubDatabase, hasher: PasswordHasher = .owasp, policy: PasswordPolicy = PasswordPolicy()) {
        self.database = database
        self.hasher = hasher
        self.policy = policy
    }

    /// Creates an account with `password` (checked by the password policy); the display name
    /// defaults to the email's local part.
    ///
    /// - Throws: ``AccountAdministrationError`` naming each problem (a malformed email, a taken
    ///   one, a weak password); a `StoreError` when the database cannot be written.
    public func createAccount(
        email: String, password: String, role: Role, displayName: String? = nil, now: Date = Date()
    ) throws -> Account {
        let email = AccountInput.normalizedEmail(email)
        let displayName = (displayName ?? String(email.split(separator: "@").first ?? ""))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let problems =
            AccountInput.emailProblems(email) + AccountInput.nameProblems(displayName, field: "displayName")
            + policy.problems(password: password, email: email, field: "password")
        guard problems.isEmpty else { throw AccountAdministrationError(problems) }
        if try database.read({ try $0.account(email: email) }) != nil {
            throw AccountAdministrationError([AccountProblem.emailTaken])
        }
        let passwordHash = hasher.hash(password)
        let account = try database.write { writer -> MemberAccount? in
            if try writer.reader.account(email: email) != nil { return nil }
            return try writer.insertAccount(
                email: email, displayName: displayName, passwordHash: passwordHash, role: AccountRole(role),
                createdAt: now)
        }
        guard let account else { throw AccountAdministrationError([AccountProblem.emailTaken]) }
        return Account(account)
    }

    /// Every account, oldest first.
    public func listAccounts() throws -> [Entry] {
        try database.read { try $0.allAccounts() }.map {
            Entry(account: Account($0), createdAt: AccountService.timestamp($0.createdAt), isDisabled: $0.isDisabled)
        }
    }

    /// Disables the account with `email` and ends its sessions; its API keys stop working too.
    /// Disabling a disabled account changes nothing.
    ///
    /// - Throws: ``AccountAdministrationError`` when no account has this email.
    public func disableAccount(email: String) throws -> Account {
        let email = AccountInput.normalizedEmail(email)
        let account = try database.write { writer -> MemberAccount? in
            guard let account = try writer.reader.account(email: email) else { return nil }
            try writer.setAccountDisabled(id: account.id, true)
            try writer.deleteSessions(accountID: account.id)
            return account
        }
        guard let account else {
            throw AccountAdministrationError([
                FieldProblem(
                    field: "email", message: "No account has the email \(email); `peerhub user list` shows them.",
                    code: "NOT_FOUND")
            ])
        }
        return Account(account)
    }
}

/// An account operation of the command line refused, with the problems to show.
public struct AccountAdministrationError: Error, Sendable, CustomStringConvertible {
    /// What was wrong, field by field.
    public let problems: [FieldProblem]

    init(_ problems: [FieldProblem]) { self.problems = problems }

    /// One line per problem, e.g. `password: Use at least 12 characters; …`.
    public var description: String {
        problems.map { problem in problem.field.map { "\($0): \(problem.message)" } ?? problem.message }
            .joined(separator: "\n")
    }
}
