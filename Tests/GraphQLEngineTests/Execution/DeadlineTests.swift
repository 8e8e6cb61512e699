import Dispatch
import Synchronization
import Testing

@testable import GraphQLEngine

/// Deadlines and cancellation (issue 3, "Cancellation and limits"): an execution given a
/// `timeout` stops when it passes — waiting on a slow asynchronous resolver or working
/// through a long synchronous list — with a `DEADLINE_EXCEEDED` error and `data` null; one
/// whose task is cancelled stops with `CANCELLED`. graphql-js has no deadlines: these are the
/// engine's own behaviour and messages.
@Suite struct DeadlineTests {
    static let sdl = """
        type Query { slow: String fast: String fails: String items(count: Int!): [Item] }
        type Item { id: Int busy: Int }
        """

    struct Failure: Error, CustomStringConvertible {
        var description: String { "boom" }
    }

    static func schema(log: EventLog = EventLog()) throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Query", "slow"] = .async { _ in
            do {
                // Far beyond any deadline here, so only cancellation ends it in a test.
                try await Task.sleep(for: .seconds(300))
            } catch {
                log.record("slow cancelled")
                throw error
            }
            return .string("late")
        }
        resolvers["Query", "fast"] = .sync { _ in .string("fast") }
        resolvers["Query", "fails"] = .sync { _ in throw Failure() }
        resolvers["Query", "items"] = .sync { input in
            guard case .int(let count)? = input[argument: "count"] else { return .null }
            return .list((0..<count).map { .object($0) })
        }
        resolvers["Item", "id"] = .sync { input in .int(input.source as? Int ?? -1) }
        resolvers["Item", "busy"] = .sync { input in
            // About 20 microseconds of work per item.
            let end = ContinuousClock.now.advanced(by: .microseconds(20))
            while ContinuousClock.now < end {}
            log.record("busy")
            return .int(input.source as? Int ?? -1)
        }
        return try makeSchema(sdl, resolvers)
    }

    static let deadlineError =
        #"{"message":"Execution stopped: the operation ran past its time limit of 0.05 seconds. Ask for fewer fields or items, or raise the limit.","extensions":{"code":"DEADLINE_EXCEEDED"}}"#

    @Test func aSlowAsynchronousResolverIsStoppedAtTheDeadline() async throws {
        let log = EventLog()
        let result = try await run(try Self.schema(log: log), "{ fast slow }", timeout: .milliseconds(50))
        // The resolver was cancelled, not left to finish its sleep: no wall-clock bound, which a
        // machine busy with other tests would break.
        #expect(result.json == #"{"errors":["# + Self.deadlineError + #"],"data":null}"#)
        #expect(log.all == ["slow cancelled"])
    }

    @Test func aLongSynchronousListIsStoppedAtTheDeadline() async throws {
        let log = EventLog()
        // 100,000 items of 20 microseconds each: two seconds of work without a deadline. The
        // items resolved show where it stopped (time alone would depend on the machine's load).
        let result = try await run(
            try Self.schema(log: log), "{ items(count: 100000) { id busy } }", timeout: .milliseconds(50))
        #expect(log.all.count < 50_000)
        #expect(result.json == #"{"errors":["# + Self.deadlineError + #"],"data":null}"#)
    }

    @Test func errorsRaisedBeforeTheDeadlineAreKept() async throws {
        let result = try await run(try Self.schema(), "{ fails slow }", timeout: .milliseconds(50))
        #expect(result.messages.count == 2)
        #expect(result.codes == [ErrorCode.internalServerError, ErrorCode.deadlineExceeded])
        #expect(result.hasData && result.data == .null)
    }

    @Test func anExecutionWithinItsDeadlineIsUntouched() async throws {
        let result = try await run(try Self.schema(), "{ fast items(count: 3) { id } }", timeout: .seconds(30))
        #expect(result.json == #"{"data":{"fast":"fast","items":[{"id":0},{"id":1},{"id":2}]}}"#)
    }

    @Test func aCancelledExecutionStopsWithCancelled() async throws {
        let log = EventLog()
        let schema = try Self.schema(log: log)
        let document = try parse("{ fast slow }")
        let task = Task { await execute(schema: schema, document: document) }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        let result = await task.value
        #expect(
            result.json
                == #"{"errors":[{"message":"Execution stopped: the request was cancelled.","extensions":{"code":"CANCELLED"}}],"data":null}"#
        )
        #expect(log.all == ["slow cancelled"])
    }

    /// A resolver waiting on something that ignores cancellation (here a continuation resumed
    /// by another thread after two seconds).
    static func stubbornSchema() throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Query", "slow"] = .async { _ in
            await withCheckedContinuation { continuation in
                DispatchQueue.global().asyncAfter(deadline: .now() + 2) { continuation.resume() }
            }
            return .string("late")
        }
        return try makeSchema(sdl, resolvers)
    }

    @Test(
        .disabled(
            "The executor runs asynchronous resolvers in a task group, which waits for every child before returning: a resolver that ignores cancellation holds the response past the deadline (here 2 s for a 50 ms limit). Answering at the deadline needs resolvers that can outlive the execution (unstructured tasks), which ResolveInfo's unowned references to the execution do not allow."
        ))
    func aResolverIgnoringCancellationDoesNotHoldTheResponse() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await run(try Self.stubbornSchema(), "{ slow }", timeout: .milliseconds(50))
        #expect(clock.now - start < .milliseconds(500))
        #expect(result.codes == [ErrorCode.deadlineExceeded])
    }
}
