import Foundation
import Testing

@testable import HubServer

@Suite("The password hashing queue")
struct PasswordHashingQueueTests {
    @Test("a queue of width one runs one hash at a time and returns each result")
    func widthOne() async {
        let queue = PasswordHashingQueue(width: 1)
        let journal = Journal()
        let results = await withTaskGroup(of: Int.self) { group in
            for job in 0..<4 {
                group.addTask {
                    await queue.run {
                        journal.append("start \(job)")
                        _ = PasswordHasher(iterations: 1_000).hash("plum orchard lantern")
                        journal.append("end \(job)")
                        return job * 10
                    }
                }
            }
            var results: [Int] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.sorted() == [0, 10, 20, 30])
        let entries = journal.entries
        #expect(entries.count == 8)
        // No job starts before the one before it has ended.
        for index in stride(from: 0, to: entries.count, by: 2) {
            #expect(entries[index].hasPrefix("start "))
            #expect(entries[index + 1] == "end " + entries[index].dropFirst(6))
        }
    }
}

/// Lines appended from several threads.
private final class Journal: @unchecked Sendable {
    // @unchecked: `lines` is read and written only while `lock` is held.
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        lines.append(line)
    }

    var entries: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
