import Foundation
import Testing

@testable import HubStore

/// The built `peerhub` program next to the test bundle, when the build made one.
private let peerhubExecutable: URL? = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL.deletingLastPathComponent(),
        Bundle.main.bundleURL,
    ].map { $0.appendingPathComponent("peerhub") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

@Suite("A writer killed in the middle of a transaction", .enabled(if: peerhubExecutable != nil, "peerhub was not built"))
struct CrashTests {
    @Test("the database stays readable, with every committed batch and nothing of the one cut off")
    func killedWriterLosesOnlyItsOpenTransaction() throws {
        let scratch = try ScratchDatabase()
        let process = Process()
        process.executableURL = peerhubExecutable
        // Enough synthetic organizations that the writer is still working when it is killed.
        process.arguments = [
            "seed", "--database", scratch.path, "--seeds", repositorySeeds.path, "--scale", "1000000",
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()

        // Wait for two committed batches, then kill it while it writes the third: each batch is
        // one transaction and the writer starts the next as soon as one commits.
        var committedLines: [String] = []
        var buffer = Data()
        let reader = errors.fileHandleForReading
        while committedLines.count < 2 {
            let chunk = reader.availableData
            if chunk.isEmpty { break }  // the process ended early
            buffer.append(chunk)
            committedLines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
                .filter { $0.hasPrefix("committed ") }.map(String.init)
        }
        try #require(committedLines.count >= 2, "the seed command stopped: \(String(decoding: buffer, as: UTF8.self))")
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // What it reported before the kill (more batches may have committed since).
        let reported = committedLines.count * 10_000

        let database = try scratch.open()
        try database.read { reader in
            #expect(try reader.fetchOne(String.self, "PRAGMA integrity_check") == "ok")
            #expect(try reader.fetchOne(Int.self, "SELECT count(*) FROM pragma_foreign_key_check") == 0)
            let synthetic = try reader.fetchOne(Int.self, "SELECT count(*) FROM organization WHERE key LIKE 'synthetic-%'") ?? -1
            let partnerships = try reader.fetchOne(Int.self, "SELECT count(*) FROM partnership WHERE key LIKE 'synthetic-%'") ?? -1
            #expect(synthetic >= reported)
            #expect(synthetic % 10_000 == 0, "a batch is all there or not at all")
            #expect(partnerships == synthetic)
            #expect(synthetic < 1_000_000)
            // The curated data, committed first, is whole.
            #expect(try reader.fetchOne(Int.self, "SELECT count(*) FROM program") == 17)
            #expect(try reader.organizations(keys: ["ca-montreal"]).count == 1)
        }
        try database.write { writer in
            try writer.execute("INSERT INTO practice_search(practice_search) VALUES ('integrity-check')")
        }
        #expect(try database.read { try $0.search(SearchRequest(text: "composting")) }.isEmpty == false)
    }
}
