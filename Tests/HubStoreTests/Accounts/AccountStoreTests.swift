import Foundation
import Testing

@testable import HubStore

@Suite("Accounts, sessions, API keys and invitations in the store")
struct AccountStoreTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    private let hashA = Data(repeating: 0xA1, count: 32)
    private let hashB = Data(repeating: 0xB2, count: 32)

    private func ana(_ writer: StoreWriter, role: AccountRole = .member) throws -> MemberAccount {
        try writer.insertAccount(
            email: "Ana@Example.org", displayName: "Ana", passwordHash: "$pbkdf2-sha256$secret", role: role,
            createdAt: now)
    }

    @Test("an account is found by id and by email whatever its case, and its description hides the hash")
    func accountsRoundTrip() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let account = try database.write { try ana($0, role: .researcher) }
        #expect(account.email == "Ana@Example.org")
        #expect(account.role == .researcher)
        #expect(account.createdAt == now)
        #expect(!account.isDisabled)
        #expect(try database.read { try $0.account(email: "ana@example.ORG") } == account)
        #expect(try database.read { try $0.account(id: account.id) } == account)
        #expect(try database.read { try $0.accounts(ids: [account.id, 99]) } == [account.id: account])
        #expect(try database.read { try $0.accountCount() } == 1)
        #expect(!"\(account)".contains("secret"))
        #expect(!String(reflecting: account).contains("secret"))
    }

    @Test("a second account with the same email in another case is refused")
    func emailIsUnique() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        _ = try database.write { try ana($0) }
        #expect(throws: StoreError.self) {
            try database.write { writer in
                try writer.insertAccount(
                    email: "ANA@example.org", displayName: "Other", passwordHash: "x", role: .member, createdAt: now)
            }
        }
    }

    @Test("disabling and re-enabling an account, and replacing its password hash")
    func disableAndRehash() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let account = try database.write { try ana($0) }
        #expect(try database.write { try $0.setAccountDisabled(id: account.id, true) })
        #expect(try database.read { try $0.account(id: account.id) }?.isDisabled == true)
        #expect(try database.write { try $0.setAccountDisabled(id: 999, true) } == false)
        _ = try database.write { try $0.setAccountDisabled(id: account.id, false) }
        try database.write { try $0.updatePasswordHash(accountID: account.id, to: "new") }
        let changed = try database.read { try $0.account(id: account.id) }
        #expect(changed?.isDisabled == false)
        #expect(changed?.passwordHash == "new")
    }

    @Test("a session is found with its account by its token hash, and ends alone, with the others, or when expired")
    func sessions() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let account = try database.write { try ana($0) }
        try database.write { writer in
            try writer.insertSession(tokenHash: hashA, accountID: account.id, createdAt: now, expiresAt: now + 60)
            try writer.insertSession(tokenHash: hashB, accountID: account.id, createdAt: now, expiresAt: now + 120)
        }
        let found = try #require(try database.read { try $0.sessionWithAccount(tokenHash: hashA) })
        #expect(found.account == account)
        #expect(found.session.expiresAt == now + 60)
        #expect(found.session.tokenHash == hashA)
        #expect(try database.read { try $0.sessionWithAccount(tokenHash: Data(count: 32)) } == nil)

        #expect(try database.write { try $0.deleteExpiredSessions(before: now + 60) } == 1)
        #expect(try database.read { try $0.sessionWithAccount(tokenHash: hashA) } == nil)
        try database.write {
            try $0.insertSession(tokenHash: hashA, accountID: account.id, createdAt: now, expiresAt: now + 60)
        }
        #expect(try database.write { try $0.deleteSessions(accountID: account.id, keeping: hashA) } == 1)
        #expect(try database.read { try $0.sessionCount(accountID: account.id) } == 1)
        #expect(try database.write { try $0.deleteSession(tokenHash: hashA) })
        #expect(try database.write { try $0.deleteSession(tokenHash: hashA) } == false)
        #expect(try database.read { try $0.sessionCount(accountID: account.id) } == 0)
    }

    @Test("an API key is found by its hash, listed newest first, and revoked only by its owner, once")
    func apiKeys() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let (owner, other) = try database.write { writer in
            (
                try ana(writer),
                try writer.insertAccount(
                    email: "ben@example.org", displayName: "Ben", passwordHash: "x", role: .member, createdAt: now)
            )
        }
        let first = try database.write { writer in
            try writer.insertAPIKey(
                keyHash: hashA, prefix: "phk_abcd", accountID: owner.id, name: "reports", scopes: ["read"],
                createdAt: now)
        }
        let second = try database.write { writer in
            try writer.insertAPIKey(
                keyHash: hashB, prefix: "phk_efgh", accountID: owner.id, name: "dashboard", scopes: ["read"],
                createdAt: now + 1)
        }
        #expect(first.scopes == ["read"])
        #expect(first.revokedAt == nil)
        let found = try #require(try database.read { try $0.apiKeyWithAccount(keyHash: hashB) })
        #expect(found.key == second)
        #expect(found.account == owner)
        #expect(try database.read { try $0.apiKeys(accountID: owner.id) }.map(\.name) == ["dashboard", "reports"])

        #expect(try database.write { try $0.revokeAPIKey(id: first.id, accountID: other.id, at: now + 5) } == nil)
        #expect(try database.read { try $0.apiKey(id: first.id) }?.revokedAt == nil)
        let revoked = try database.write { try $0.revokeAPIKey(id: first.id, accountID: owner.id, at: now + 5) }
        #expect(revoked?.revokedAt == now + 5)
        let again = try database.write { try $0.revokeAPIKey(id: first.id, accountID: owner.id, at: now + 9) }
        #expect(again?.revokedAt == now + 5)
    }

    @Test("an invitation is found by its code hash and accepted once")
    func invitations() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let admin = try database.write { try ana($0, role: .admin) }
        let invitation = try database.write { writer in
            try writer.insertInvitation(
                codeHash: hashA, email: "ben@example.org", role: .researcher, invitedBy: admin.id, createdAt: now,
                expiresAt: now + 3600)
        }
        #expect(invitation.role == .researcher)
        #expect(invitation.acceptedAt == nil)
        #expect(try database.read { try $0.invitation(codeHash: hashA) } == invitation)
        #expect(try database.read { try $0.invitation(codeHash: hashB) } == nil)
        let ben = try database.write { writer in
            try writer.insertAccount(
                email: "ben@example.org", displayName: "Ben", passwordHash: "x", role: .researcher, createdAt: now)
        }
        #expect(try database.write { try $0.acceptInvitation(id: invitation.id, accountID: ben.id, at: now + 10) })
        #expect(
            try database.write { try $0.acceptInvitation(id: invitation.id, accountID: ben.id, at: now + 20) } == false)
        let accepted = try database.read { try $0.invitation(codeHash: hashA) }
        #expect(accepted?.acceptedAt == now + 10)
        #expect(accepted?.accountID == ben.id)
    }

    @Test("a token hash that is not 32 bytes is refused by the schema")
    func hashLengthChecked() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let account = try database.write { try ana($0) }
        #expect(throws: StoreError.self) {
            try database.write {
                try $0.insertSession(tokenHash: Data(count: 8), accountID: account.id, createdAt: now, expiresAt: now)
            }
        }
    }
}
