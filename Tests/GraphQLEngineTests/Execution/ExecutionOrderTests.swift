import Synchronization
import Testing

@testable import GraphQLEngine

/// Normal and serial execution (spec §6.2.1 "Query", §6.2.2 "Mutation", §6.3 "Normal and
/// Serial Execution"): a mutation's root fields run one after another, each completed with its
/// sub-fields before the next starts, even when a later one would finish first; a query's
/// asynchronous fields run at the same time. Mutation expectations and resolver logs:
/// `Expectations/execution-order.js` (graphql-js 16.6).
@Suite struct ExecutionOrderTests {
    static let sdl = """
        type Counter { value: Int after: Int }
        type Mutation { set(value: Int!, delayMs: Int!): Counter fail(value: Int!): Counter failNonNull(value: Int!): Counter! }
        type Query { slow(name: String!): String items(count: Int!): [Item] }
        type Item { id: Int slow: Int }
        """

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Arguments read as Ints; the executor has coerced them already.
    static func int(_ input: ResolverInput, _ name: String) -> Int {
        guard case .int(let value)? = input[argument: name] else { return 0 }
        return value
    }

    static func mutationSchema(log: EventLog) throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Mutation", "set"] = .async { input in
            let value = int(input, "value")
            log.record("start \(value)")
            try await Task.sleep(for: .milliseconds(int(input, "delayMs")))
            log.record("end \(value)")
            return .object(value)
        }
        for name in ["fail", "failNonNull"] {
            resolvers["Mutation", name] = .async { input in
                let value = int(input, "value")
                log.record("fail \(value)")
                throw Failure(description: "cannot set \(value)")
            }
        }
        resolvers["Counter", "value"] = .sync { input in .int(input.source as? Int ?? -1) }
        resolvers["Counter", "after"] = .async { input in
            try await Task.sleep(for: .milliseconds(5))
            let value = input.source as? Int ?? -1
            log.record("after \(value)")
            return .int(value)
        }
        return try makeSchema(sdl, resolvers)
    }

    @Test func mutationFieldsRunOneAfterAnotherWithTheirSubfields() async throws {
        let log = EventLog()
        let result = try await run(
            try Self.mutationSchema(log: log),
            "mutation { first: set(value: 1, delayMs: 60) { value after } second: set(value: 2, delayMs: 1) { value after } third: set(value: 3, delayMs: 20) { value } }"
        )
        #expect(
            result.json
                == #"{"data":{"first":{"value":1,"after":1},"second":{"value":2,"after":2},"third":{"value":3}}}"#)
        #expect(log.all == ["start 1", "end 1", "after 1", "start 2", "end 2", "after 2", "start 3", "end 3"])
    }

    @Test func aNullableMutationFieldFailingLetsTheNextRun() async throws {
        let log = EventLog()
        let result = try await run(
            try Self.mutationSchema(log: log),
            "mutation { a: set(value: 1, delayMs: 1) { value } b: fail(value: 2) { value } c: set(value: 3, delayMs: 1) { value } }"
        )
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"cannot set 2","locations":[{"line":1,"column":51}],"path":["b"]}],"data":{"a":{"value":1},"b":null,"c":{"value":3}}}"#
        )
        #expect(log.all == ["start 1", "end 1", "fail 2", "start 3", "end 3"])
    }

    @Test func aNonNullMutationFieldFailingStopsTheRest() async throws {
        let log = EventLog()
        let result = try await run(
            try Self.mutationSchema(log: log),
            "mutation { a: set(value: 1, delayMs: 1) { value } b: failNonNull(value: 2) { value } c: set(value: 3, delayMs: 1) { value } }"
        )
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"cannot set 2","locations":[{"line":1,"column":51}],"path":["b"]}],"data":null}"#
        )
        #expect(log.all == ["start 1", "end 1", "fail 2"])
    }

    /// Resolvers that wait for one another: each returns only once `count` have started, so
    /// they finish only if they run at the same time. The wait is a cancellable sleep, so an
    /// executor running them one by one ends at the deadline instead of hanging the test.
    final class Rendezvous: Sendable {
        private let arrived = Mutex(0)
        private let inFlight = Mutex((now: 0, most: 0))
        let count: Int

        init(count: Int) { self.count = count }

        func meet() async throws {
            arrived.withLock { $0 += 1 }
            inFlight.withLock {
                $0.now += 1
                $0.most = max($0.most, $0.now)
            }
            defer { inFlight.withLock { $0.now -= 1 } }
            while arrived.withLock({ $0 }) < count { try await Task.sleep(for: .milliseconds(1)) }
        }

        /// The most resolvers seen running at once.
        var mostInFlight: Int { inFlight.withLock { $0.most } }
    }

    static func querySchema(_ rendezvous: Rendezvous) throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Query", "slow"] = .async { input in
            try await rendezvous.meet()
            return .leaf(input[argument: "name"] ?? .null)
        }
        resolvers["Query", "items"] = .sync { input in .list((0..<int(input, "count")).map { .object($0) }) }
        resolvers["Item", "id"] = .sync { input in .int(input.source as? Int ?? -1) }
        resolvers["Item", "slow"] = .async { input in
            try await rendezvous.meet()
            return .int(input.source as? Int ?? -1)
        }
        return try makeSchema(sdl, resolvers)
    }

    // The time limits only end a run that would otherwise hang; they are generous because
    // other suites' busy synchronous resolvers can hold both threads of a 2-core machine.
    @Test func aQuerysAsynchronousRootFieldsRunAtTheSameTime() async throws {
        let rendezvous = Rendezvous(count: 3)
        let result = try await run(
            try Self.querySchema(rendezvous), #"{ a: slow(name: "a") b: slow(name: "b") c: slow(name: "c") }"#,
            timeout: .seconds(60))
        #expect(result.json == #"{"data":{"a":"a","b":"b","c":"c"}}"#)
        #expect(rendezvous.mostInFlight == 3)
    }

    @Test func theAsynchronousFieldsOfEveryListItemRunAtTheSameTime() async throws {
        let rendezvous = Rendezvous(count: 50)
        let result = try await run(
            try Self.querySchema(rendezvous), "{ items(count: 50) { id slow } }", timeout: .seconds(60))
        let items = (0..<50).map { #"{"id":\#($0),"slow":\#($0)}"# }.joined(separator: ",")
        #expect(result.json == #"{"data":{"items":["# + items + "]}}")
        #expect(rendezvous.mostInFlight == 50)
    }
}
