import ArgumentParser
import Foundation
import HubStore

/// `peerhub seed [--database FILE] [--seeds DIR] [--scale N] [--force]`: makes a new database
/// from the curated seed files, and optionally adds N synthetic organizations for benchmarks.
struct SeedCommand: PeerHubTool {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Create a database from the curated seeds, plus synthetic data with --scale.",
        discussion: """
            Loads seeds/ (found in the current directory or above it, or --seeds DIR) into a new \
            database file; every reference is checked and every problem is reported as FILE: RECORD: \
            message, with exit status 1 and no database written. --scale N adds N synthetic \
            organizations with 10 partnerships per 10 organizations, 3 practices per 10 and 2 \
            publications per 100, the same on every run, in transactions of 10,000 organizations, \
            then twice as many each time up to 160,000; progress goes to standard error. Without \
            --database: $\(StoreLocation.databaseVariable), else \(StoreLocation.defaultDatabase).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The database file to create.", valueName: "file"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("The folder of seed files.", valueName: "dir"))
    var seeds: String?

    @Option(name: .long, help: ArgumentHelp("Synthetic organizations to add.", valueName: "n"))
    var scale: Int = 0

    @Flag(name: .long, help: "Replace the database file if it exists.")
    var force = false

    func validate() throws {
        guard scale >= 0 else { throw ValidationError("--scale must be 0 or more, not \(scale)") }
    }

    func execute(in context: ToolContext) -> CommandOutput {
        let path = StoreLocation.database(option: database, context: context)
        guard let folder = StoreLocation.seeds(option: seeds, context: context) else {
            return .failure(
                "peerhub: no seed folder: pass --seeds DIR or run inside the repository "
                    + "(no seeds/ in \(context.currentDirectory) or any folder above it)\n",
                exitCode: ExitStatus.usage)
        }
        let files = FileManager.default
        if files.fileExists(atPath: path) {
            guard force else {
                return .failure(
                    "peerhub: \(path) already exists; pass --force to replace it, or choose another --database\n",
                    exitCode: ExitStatus.usage)
            }
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? files.createDirectory(atPath: directory, withIntermediateDirectories: true) }

        let started = Date()
        do {
            let store = try HubDatabase(path: path)
            let summary = try SeedLoader.load(from: URL(fileURLWithPath: folder), into: store)
            var report = "seeded \(path) from \(folder): " + Self.describe(summary.rows)
            if scale > 0 {
                let bar = ProgressBar(total: scale)
                let done = try SyntheticData.generate(SyntheticDataPlan(organizations: scale), into: store) {
                    bar.show($0)
                }
                bar.finish()
                report += "; synthetic: \(done.organizations) organizations, \(done.partnerships) partnerships, "
                    + "\(done.practices) practices, \(done.publications) publications"
            }
            let seconds = Date().timeIntervalSince(started)
            return .success(report + " in " + String(format: "%.1f", seconds) + " s\n")
        } catch let error as SeedError {
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.invalidInput)
        } catch {
            return .failure("peerhub: \(error)\n", exitCode: ExitStatus.usage)
        }
    }

    /// `195 organizations, 40 partnerships, …` for the main tables.
    private static func describe(_ rows: [String: Int]) -> String {
        let shown = [
            ("organization", "organizations"), ("program", "programs"), ("partnership", "partnerships"),
            ("activity", "activities"), ("person", "people"), ("practice", "practices"),
            ("publication", "publications"), ("measurement", "measurements"), ("source", "sources"),
        ]
        return shown.map { "\(rows[$0.0] ?? 0) \($0.1)" }.joined(separator: ", ")
    }
}

/// The progress of `peerhub seed --scale` on standard error: a bar redrawn in place on a
/// terminal, one line per committed batch otherwise (a log, or a test reading the output).
final class ProgressBar {
    private let total: Int
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let started = Date()

    init(total: Int) {
        self.total = total
    }

    func show(_ progress: SyntheticDataProgress) {
        let fraction = total == 0 ? 1 : Double(progress.organizations) / Double(total)
        let counts = "\(progress.organizations)/\(total) organizations, \(progress.partnerships) partnerships"
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            write("\r\(bar) \(Int(fraction * 100))% \(counts) \(seconds) s")
        } else {
            write("committed \(counts)\n")
        }
    }

    func finish() {
        if isTerminal { write("\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
