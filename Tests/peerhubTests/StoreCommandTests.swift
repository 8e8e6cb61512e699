import Foundation
import HubStore
import Testing

@testable import peerhub

/// The repository's `seeds/` folder.
private let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds").path

@Suite("peerhub seed and peerhub migrate")
struct StoreCommandTests {
    @Test("seed creates the database from the seeds, refuses to overwrite it, and replaces it with --force")
    func seedCreatesDatabase() throws {
        try withScratch { scratch in
            let first = scratch.run("seed", "--seeds", seeds, "--database", "data/hub.sqlite")
            #expect(first.exitCode == 0)
            #expect(first.stdout.hasPrefix("seeded \(scratch.path)/data/hub.sqlite from \(seeds): "))
            #expect(first.stdout.contains(" 17 programs, "))
            let again = scratch.run("seed", "--seeds", seeds, "--database", "data/hub.sqlite")
            #expect(again.exitCode == 2)
            #expect(again.stderr.contains("already exists; pass --force to replace it"))
            let forced = scratch.run("seed", "--seeds", seeds, "--database", "data/hub.sqlite", "--force", "--scale", "50")
            #expect(forced.exitCode == 0)
            #expect(forced.stdout.contains("synthetic: 50 organizations, 50 partnerships, 15 practices, 1 publications"))
            let database = try HubDatabase(path: scratch.path + "/data/hub.sqlite")
            #expect(try database.read { try $0.allPrograms() }.count == 17)
        }
    }

    @Test("the database path comes from PEERHUB_DATABASE when --database is not given")
    func databaseFromEnvironment() throws {
        try withScratch { scratch in
            let output = scratch.run("seed", "--seeds", seeds, environment: ["PEERHUB_DATABASE": "elsewhere.sqlite"])
            #expect(output.exitCode == 0)
            #expect(FileManager.default.fileExists(atPath: scratch.path + "/elsewhere.sqlite"))
        }
    }

    @Test("seed reports every problem of the seed files with status 1 and leaves no database")
    func seedReportsProblems() throws {
        try withScratch { scratch in
            try FileManager.default.copyItem(atPath: seeds, toPath: scratch.path + "/seeds")
            let countries = scratch.path + "/seeds/countries.csv"
            let text = try String(contentsOfFile: countries, encoding: .utf8)
            try text.replacingOccurrences(of: "\nTH,THA,", with: "\nTH,TH,").write(
                toFile: countries, atomically: true, encoding: .utf8)
            let output = scratch.run("seed", "--database", "hub.sqlite")
            #expect(output.exitCode == 1)
            #expect(output.stderr.contains("countries.csv: line 31 (TH): country: CHECK constraint failed"))
            #expect(output.stderr.contains("organizations.csv: line "))
            #expect(!FileManager.default.fileExists(atPath: scratch.path + "/hub.sqlite"))
        }
    }

    @Test("migrate reports an up-to-date database, lists migrations, and needs an existing file")
    func migrate() throws {
        try withScratch { scratch in
            _ = try HubDatabase(path: scratch.path + "/hub.sqlite")
            let upToDate = scratch.run("migrate", "--database", "hub.sqlite")
            #expect(upToDate == .success("\(scratch.path)/hub.sqlite is up to date\n"))
            let list = scratch.run("migrate", "--list")
            #expect(list.stdout == HubDatabase.knownMigrations.joined(separator: "\n") + "\n")
            let missing = scratch.run("migrate", "--database", "none.sqlite")
            #expect(missing.exitCode == 2)
            #expect(missing.stderr.contains("there is no database at \(scratch.path)/none.sqlite"))
            #expect(scratch.run("seed", "--scale", "-1").exitCode == 2)
        }
    }
}
