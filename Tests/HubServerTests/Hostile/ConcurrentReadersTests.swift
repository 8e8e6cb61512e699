import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import HubServer

/// Many requests at once, each checking a session (an `async` store read) and then searching
/// (synchronous reads inside the resolvers): they all finish. Before `HubDatabase`'s `async`
/// read took its reader on the pool's own queues, a reader taken that way was held until the
/// task got a cooperative thread back, while every cooperative thread sat in a synchronous
/// read waiting for a reader: the hub hung for good (found by the hostile table run in parallel).
@Suite("Concurrent readers")
struct ConcurrentReadersTests {
    @Test("40 signed-in searches at once all finish", .timeLimit(.minutes(2)))
    func concurrentSignedInSearches() async throws {
        let hub = try await HostileHub.shared.value
        var configuration = HostileHub.configuration(.standard)
        configuration.maxConcurrentExecutions = 1000
        let server = try hub.server(configuration)
        let query = #"{ practices(search: "land", first: 5) { totalCount nodes { key } } publications(first: 5) { totalCount } viewer { account { email } } }"#
        let body = ByteBuffer(string: JSONText.request(query))
        let statuses = Mutex<[Int]>([])
        try await withClient(server) { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        let response = try await client.execute(
                            uri: "/graphql", method: .post,
                            headers: jsonHeaders([.authorization: hub.authorization(.member)]), body: body)
                        return Int(response.status.code)
                    }
                }
                for try await status in group { statuses.withLock { $0.append(status) } }
            }
        }
        #expect(statuses.withLock { $0 } == Array(repeating: 200, count: 40))
    }
}
