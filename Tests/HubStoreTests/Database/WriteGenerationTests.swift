import Foundation
import Testing

@testable import HubStore

/// `HubDatabase.writeGeneration`: what the server's response cache invalidates answers by.
struct WriteGenerationTests {
    @Test("a write through the database moves its generation on at once, a read does not")
    func ownWrites() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let before = database.writeGeneration
        _ = try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM organization") }
        #expect(database.writeGeneration == before)
        try database.write { try $0.execute("CREATE TABLE scratch (x INTEGER)") }
        #expect(database.writeGeneration > before)
    }

    @Test("watching, a commit by another connection to the file moves the generation on within a moment")
    func commitsByOthers() throws {
        let scratch = try ScratchDatabase()
        var watching = HubDatabase.Options()
        watching.watchesOtherCommits = true
        let database = try scratch.open(watching)
        let other = try scratch.open()  // stands for another process on the same file
        let before = database.writeGeneration
        try other.write { try $0.execute("CREATE TABLE scratch (x INTEGER)") }
        // The watcher reads SQLite's data version at most every 100 ms: wait for it, a while at most.
        let deadline = Date().addingTimeInterval(10)
        while database.writeGeneration == before && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(database.writeGeneration > before)
    }

    @Test("a database that stops being used with a watcher open leaves no write-ahead log behind")
    func watcherLetsTheLogBeCheckpointed() throws {
        let scratch = try ScratchDatabase()
        var watching = HubDatabase.Options()
        watching.watchesOtherCommits = true
        do {
            let database = try scratch.open(watching)
            try database.write { try $0.execute("CREATE TABLE scratch (x INTEGER)") }
            _ = database.writeGeneration
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "-wal"))
        let reopened = try scratch.open()
        #expect(try reopened.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM scratch") } == 0)
    }
}
