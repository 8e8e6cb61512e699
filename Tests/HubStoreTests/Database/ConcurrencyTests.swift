import Dispatch
import Foundation
import Testing

@testable import HubStore

@Suite("Reads during a write")
struct ConcurrencyTests {
    @Test("readers run while a write transaction is open, and see the last committed state")
    func readsDoNotWaitForWrites() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let before = try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM organization") }
        let inTransaction = DispatchSemaphore(value: 0)
        let mayCommit = DispatchSemaphore(value: 0)
        let committed = DispatchSemaphore(value: 0)
        let writer = Thread {
            try? database.write { writer in
                try writer.execute(
                    "INSERT INTO organization (key, kind, name_en, name_fr, country_id) VALUES ('new', 'other', 'New', 'Nouveau', 1)"
                )
                inTransaction.signal()
                mayCommit.wait()  // hold the write transaction open while the readers run
            }
            committed.signal()
        }
        writer.start()
        #expect(inTransaction.wait(timeout: .now() + 10) == .success)

        // Eight concurrent readers, all while the writer holds its transaction.
        let counts = LockedValues()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let count = try? database.read { reader in
                _ = try reader.search(SearchRequest(text: "municipal"))
                return try reader.fetchOne(Int.self, "SELECT count(*) FROM organization")
            }
            counts.append(count ?? nil)
        }
        #expect(counts.values == Array(repeating: before, count: 8))

        mayCommit.signal()
        #expect(committed.wait(timeout: .now() + 10) == .success)
        let after = try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM organization") }
        #expect(after == before.map { $0 + 1 })
    }

    @Test("async reads and writes from many tasks")
    func asyncReadsAndWrites() async throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    if index % 4 == 0 {
                        try await database.write { writer in
                            try writer.execute(
                                "INSERT INTO source (url) VALUES (?)", ["https://example.org/\(index)"])
                        }
                    } else {
                        let hits = try await database.read { try $0.search(SearchRequest(text: "waste")) }
                        #expect(!hits.isEmpty)
                    }
                }
            }
            try await group.waitForAll()
        }
        let added = try await database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM source WHERE url LIKE 'https://example.org/%'") }
        #expect(added == 5)
    }

    @Test("reads in flight count a read while it runs, synchronous or not, and none after it")
    func readsInFlight() async throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        #expect(database.readsInFlight == 0)
        // The synchronous overload, chosen inside a synchronous closure.
        let synchronous = { () throws -> Int in try database.read { _ in database.readsInFlight } }
        #expect(try synchronous() == 1)
        #expect(try await database.read { _ in database.readsInFlight } == 1)
        #expect(database.readsInFlight == 0)
        #expect(database.maximumReaders == HubDatabase.Options().maximumReaders)
    }
}

/// Values appended from several threads.
private final class LockedValues: @unchecked Sendable {
    // @unchecked: `stored` is only touched under `lock`.
    private let lock = NSLock()
    private var stored: [Int?] = []

    func append(_ value: Int?) {
        lock.withLock { stored.append(value) }
    }

    var values: [Int?] { lock.withLock { stored } }
}
