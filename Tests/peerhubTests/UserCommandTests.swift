import Foundation
import HubStore
import Testing

@testable import peerhub

@Suite("peerhub user create, list and disable")
struct UserCommandTests {
    /// A scratch folder with an empty, migrated database at `hub.sqlite`.
    private func withDatabase(_ body: (Scratch) throws -> Void) throws {
        try withScratch { scratch in
            _ = try HubDatabase(path: scratch.path + "/hub.sqlite")
            try body(scratch)
        }
    }

    @Test("create reads the password from standard input, list shows the account, disable disables it")
    func createListDisable() throws {
        try withDatabase { scratch in
            let created = scratch.run(
                "user", "create", "--email", "Ana@Example.org", "--role", "admin", "--display-name", "Ana Lima",
                "--database", "hub.sqlite", stdin: "plum orchard lantern\n")
            #expect(created == .success("created admin account Ana@Example.org (id 1)\n"))

            let listed = scratch.run("user", "list", environment: ["PEERHUB_DATABASE": "hub.sqlite"])
            #expect(listed.exitCode == 0)
            let lines = listed.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("ID  EMAIL            ROLE   NAME      CREATED"))
            #expect(lines[1].hasPrefix("1   Ana@Example.org  admin  Ana Lima  20"))
            #expect(lines[1].hasSuffix("active"))
            #expect(!listed.stdout.contains("plum"))
            #expect(!listed.stdout.contains("pbkdf2"))

            let disabled = scratch.run("user", "disable", "--email", "ana@example.org", "--database", "hub.sqlite")
            #expect(
                disabled == .success("disabled Ana@Example.org: its sessions ended and its API keys stopped working\n"))
            #expect(scratch.run("user", "list", "--database", "hub.sqlite").stdout.contains("disabled"))

            let stored = try HubDatabase(path: scratch.path + "/hub.sqlite").read { try $0.account(id: 1) }
            #expect(stored?.passwordHash.hasPrefix("$pbkdf2-sha256$i=600000,l=32$") == true)
            #expect(stored?.isDisabled == true)
        }
    }

    @Test("a terminal is asked twice, and two different answers create nothing")
    func prompt() throws {
        try withDatabase { scratch in
            let answers = ["plum orchard lantern", "plum orchard lanterns"]
            let asked = AnswerList(answers)
            let context = ToolContext(
                environment: [:], currentDirectory: scratch.path, readStandardInput: { [] },
                promptSecret: { _ in asked.next() })
            let output = runPeerHub(
                ["user", "create", "--email", "ana@example.org", "--database", "hub.sqlite"], context: context)
            #expect(output == .failure("peerhub: the two passwords differ; nothing was created\n", exitCode: 2))
            #expect(scratch.run("user", "list", "--database", "hub.sqlite").stdout == "no accounts\n")
        }
    }

    @Test("refusals say what is wrong and how to fix it, with the right exit status")
    func refusals() throws {
        try withDatabase { scratch in
            let weak = scratch.run(
                "user", "create", "--email", "ana@example.org", "--database", "hub.sqlite", stdin: "short\n")
            #expect(weak.exitCode == 1)
            #expect(
                weak.stderr
                    == "peerhub: password: Use at least 12 characters; a few unrelated words make a strong password.\n")

            let empty = scratch.run("user", "create", "--email", "ana@example.org", "--database", "hub.sqlite")
            #expect(empty.exitCode == 2)
            #expect(empty.stderr.hasPrefix("peerhub: no password on standard input; pipe it in"))

            let role = scratch.run(
                "user", "create", "--email", "ana@example.org", "--role", "owner", "--database", "hub.sqlite")
            #expect(role.exitCode == 2)
            #expect(role.stderr.contains("--role must be one of member, researcher, admin, not owner"))

            let email = scratch.run(
                "user", "create", "--email", "ana", "--database", "hub.sqlite", stdin: "plum orchard lantern\n")
            #expect(email == .failure("peerhub: email: Enter an email address like name@example.org.\n", exitCode: 1))

            let unknown = scratch.run("user", "disable", "--email", "nobody@example.org", "--database", "hub.sqlite")
            #expect(unknown.exitCode == 1)
            #expect(
                unknown.stderr.contains("No account has the email nobody@example.org; `peerhub user list` shows them."))

            let missing = scratch.run("user", "list", "--database", "missing.sqlite")
            #expect(missing.exitCode == 2)
            #expect(missing.stderr.contains("there is no database at \(scratch.path)/missing.sqlite; `peerhub seed"))
        }
    }

    @Test("an email that has an account is refused whatever its case")
    func taken() throws {
        try withDatabase { scratch in
            let database = try HubDatabase(path: scratch.path + "/hub.sqlite")
            _ = try database.write { writer in
                try writer.insertAccount(
                    email: "ana@example.org", displayName: "Ana", passwordHash: "x", role: .member, createdAt: Date())
            }
            let output = scratch.run(
                "user", "create", "--email", "ANA@example.org", "--database", "hub.sqlite",
                stdin: "plum orchard lantern\n")
            #expect(output.exitCode == 1)
            #expect(output.stderr.contains("email: An account with this email already exists"))
        }
    }
}

/// Answers handed out in order, for a prompt.
private final class AnswerList: @unchecked Sendable {
    // @unchecked: `answers` is changed only while `lock` is held.
    private let lock = NSLock()
    private var answers: [String]

    init(_ answers: [String]) { self.answers = answers }

    func next() -> String? {
        lock.lock()
        defer { lock.unlock() }
        return answers.isEmpty ? nil : answers.removeFirst()
    }
}
