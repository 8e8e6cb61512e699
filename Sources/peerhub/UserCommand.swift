import ArgumentParser
import Foundation
import HubAPI
import HubServer
import HubStore

/// `peerhub user create|list|disable`: member accounts from the command line, for the first
/// admin of a hub and for the accounts an admin cannot reach through the API.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, list and disable member accounts.",
        discussion: """
            Each subcommand works on --database FILE; without it, $\(StoreLocation.databaseVariable), \
            else \(StoreLocation.defaultDatabase). The database must exist (`peerhub seed` creates one).
            """,
        subcommands: [UserCreateCommand.self, UserListCommand.self, UserDisableCommand.self]
    )
}

/// `peerhub user create --email E [--role R] [--display-name N]`, the password read from
/// standard input, or asked for twice without echo when standard input is a terminal.
struct UserCreateCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an account.",
        discussion: """
            The password is read from the first line of standard input \
            (`printf '%s\\n' "$PASSWORD" | peerhub user create --email …`), or asked for twice, \
            without echo, when standard input is a terminal; it is never an argument, which other \
            users of the machine could see. It needs 12 characters or more and is stored only as a \
            PBKDF2-SHA256 hash.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The account's sign-in address.", valueName: "email"))
    var email: String

    @Option(
        name: .long,
        help: ArgumentHelp("member, researcher or admin.", valueName: "role"))
    var role: String = Role.member.rawValue

    @Option(
        name: .long,
        help: ArgumentHelp("The name shown to others (default: the email's local part).", valueName: "name"))
    var displayName: String?

    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "file"))
    var database: String?

    func validate() throws {
        guard Role(rawValue: role) != nil else {
            throw ValidationError(
                "--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")), not \(role)")
        }
    }

    func execute(in context: ToolContext) -> CommandOutput {
        // safe: validate() checked the role
        let role = Role(rawValue: role)!
        let password: String
        switch readPassword(context) {
        case .success(let text): password = text
        case .failure(let error): return .failure("peerhub: \(error.message)\n", exitCode: ExitStatus.usage)
        }
        return withAdministration(database, context) { administration in
            let account = try administration.createAccount(
                email: email, password: password, role: role, displayName: displayName)
            return .success("created \(account.role.rawValue) account \(account.email) (id \(account.id))\n")
        }
    }

    /// The password from the prompt or standard input, or why there is none.
    private func readPassword(_ context: ToolContext) -> Result<String, PasswordInputError> {
        if let prompt = context.promptSecret {
            guard let first = prompt("Password for \(email): "), !first.isEmpty else {
                return .failure(PasswordInputError("no password entered"))
            }
            guard prompt("Repeat the password: ") == first else {
                return .failure(PasswordInputError("the two passwords differ; nothing was created"))
            }
            return .success(first)
        }
        let bytes: [UInt8]
        do {
            bytes = try context.readStandardInput()
        } catch {
            return .failure(PasswordInputError("cannot read the password from standard input: \(error)"))
        }
        let line =
            String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .first.map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) } ?? ""
        guard !line.isEmpty else {
            return .failure(
                PasswordInputError(
                    "no password on standard input; pipe it in (printf '%s\\n' \"$PASSWORD\" | peerhub user create …) "
                        + "or run the command in a terminal to be asked for it"))
        }
        return .success(line)
    }
}

/// `peerhub user list`: every account, oldest first.
struct UserListCommand: PeerHubTool {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")

    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "file"))
    var database: String?

    func execute(in context: ToolContext) -> CommandOutput {
        withAdministration(database, context) { administration in
            let entries = try administration.listAccounts()
            if entries.isEmpty { return .success("no accounts\n") }
            let rows =
                [["ID", "EMAIL", "ROLE", "NAME", "CREATED", "STATUS"]]
                + entries.map { entry in
                    [
                        String(entry.account.id), entry.account.email, entry.account.role.rawValue,
                        entry.account.displayName, entry.createdAt, entry.isDisabled ? "disabled" : "active",
                    ]
                }
            return .success(Self.table(rows))
        }
    }

    /// Columns padded to their widest cell, two spaces apart.
    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

/// `peerhub user disable --email E`: the account can no longer sign in; its sessions end and its
/// API keys stop working.
struct UserDisableCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable an account and end its sessions.")

    @Option(name: .long, help: ArgumentHelp("The account's sign-in address.", valueName: "email"))
    var email: String

    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "file"))
    var database: String?

    func execute(in context: ToolContext) -> CommandOutput {
        withAdministration(database, context) { administration in
            let account = try administration.disableAccount(email: email)
            return .success("disabled \(account.email): its sessions ended and its API keys stopped working\n")
        }
    }
}

/// A password that could not be read.
private struct PasswordInputError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Opens the database named by `option` (which must exist) and runs `body` with its accounts;
/// refused inputs exit with status 1, a missing or unreadable database with 2.
private func withAdministration(
    _ option: String?, _ context: ToolContext, _ body: (AccountAdministration) throws -> CommandOutput
) -> CommandOutput {
    let path = StoreLocation.database(option: option, context: context)
    guard FileManager.default.fileExists(atPath: path) else {
        return .failure(
            "peerhub: there is no database at \(path); `peerhub seed --database \(path)` creates one\n",
            exitCode: ExitStatus.usage)
    }
    do {
        return try body(AccountAdministration(database: try HubDatabase(path: path)))
    } catch let error as AccountAdministrationError {
        return .failure(
            error.problems.map { "peerhub: \($0.field.map { "\($0): " } ?? "")\($0.message)\n" }.joined(),
            exitCode: ExitStatus.invalidInput)
    } catch let error as StoreError {
        return .failure("peerhub: \(error.message)\n", exitCode: ExitStatus.usage)
    } catch {
        return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
    }
}
