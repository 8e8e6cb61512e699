import ArgumentParser
import HubStore

/// `peerhub migrate [--database FILE] [--to MIGRATION]`: brings an existing database's schema
/// up to this version's, or up to a named migration.
struct MigrateCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Upgrade a database to this version's schema.",
        discussion: """
            Runs the numbered migrations the database has not had yet, each in its own transaction, \
            and prints the ones that ran. A database written by a newer version of PeerHub is left \
            untouched, with exit status 1. Without --database: $\(StoreLocation.databaseVariable), \
            else \(StoreLocation.defaultDatabase).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The database file to upgrade.", valueName: "file"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("Stop after this migration.", valueName: "migration"))
    var to: String?

    @Flag(name: .long, help: "List the migrations this version knows and exit.")
    var list = false

    func execute(in context: ToolContext) -> CommandOutput {
        if list {
            return .success(HubDatabase.knownMigrations.joined(separator: "\n") + "\n")
        }
        let path = StoreLocation.database(option: database, context: context)
        do {
            let applied = try HubDatabase.migrate(path: path, upTo: to)
            if applied.isEmpty {
                return .success("\(path) is up to date\n")
            }
            return .success("migrated \(path): " + applied.joined(separator: ", ") + "\n")
        } catch {
            let status = error.code == .newerDatabase ? ExitStatus.invalidInput : ExitStatus.usage
            return .failure("peerhub: \(error.message)\n", exitCode: status)
        }
    }
}
