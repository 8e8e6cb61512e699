import Synchronization
import Testing

@testable import GraphQLEngine

// Subscriptions once they have started (spec §6.2.3 `MapSourceToResponseEvent`,
// `ExecuteSubscriptionEvent`, "Unsubscribe"). Outputs are graphql-js 16.6's, plus the `code`
// extension this engine gives every error.

@Suite struct SubscriptionTests {
    @Test func eachEventIsExecutedWithTheVariablesAndArgumentsInOrder() async throws {
        let results = try await SubscriptionFixture.subscribe(
            "subscription ($r: String!) { p: practicePublished(region: $r) { title votes } }",
            variables: ["r": .string("north")])
        // `limit` keeps its default, 2.
        #expect(
            await results.collectedJSON() == [
                #"{"data":{"p":{"title":"A","votes":1}}}"#,
                #"{"data":{"p":{"title":"C","votes":3}}}"#,
            ])
        let limited = try await SubscriptionFixture.subscribe(
            "subscription ($r: String!, $l: Int) { practicePublished(region: $r, limit: $l) { title } }",
            variables: ["r": .string("north"), "l": .int(3)])
        #expect(
            await limited.collectedJSON() == [
                #"{"data":{"practicePublished":{"title":"A"}}}"#,
                #"{"data":{"practicePublished":{"title":"C"}}}"#,
                #"{"data":{"practicePublished":{"title":"D"}}}"#,
            ])
    }

    @Test func aFieldErrorStaysInTheResultOfItsEvent() async throws {
        let results = try await SubscriptionFixture.subscribe(
            #"subscription { practicePublished(region: "north", limit: 3) { title boom } }"#)
        #expect(
            await results.collectedJSON() == [
                #"{"data":{"practicePublished":{"title":"A","boom":"ok A"}}}"#,
                #"{"errors":[{"message":"C exploded","locations":[{"line":1,"column":69}],"path":["practicePublished","boom"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"practicePublished":{"title":"C","boom":null}}}"#,
                #"{"data":{"practicePublished":{"title":"D","boom":"ok D"}}}"#,
            ])
    }

    @Test func aRootFieldWithAResolverResolvesEachEventAsItsSource() async throws {
        let results = try await SubscriptionFixture.subscribe(
            "subscription ($b: Int!) { t: tick(by: $b) }", variables: ["b": .int(10)])
        #expect(
            await results.collectedJSON() == [
                #"{"data":{"t":10}}"#,
                #"{"errors":[{"message":"two is bad","locations":[{"line":1,"column":27}],"path":["t"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"#,
                #"{"data":{"t":30}}"#,
            ])
    }

    @Test func theRootFieldMayComeFromAFragment() async throws {
        let results = try await SubscriptionFixture.subscribe(
            "subscription { ...F } fragment F on Subscription { tick(by: 1) }")
        #expect(
            await results.collectedJSON() == [
                #"{"data":{"tick":1}}"#,
                #"{"errors":[{"message":"two is bad","locations":[{"line":1,"column":52}],"path":["tick"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"#,
                #"{"data":{"tick":3}}"#,
            ])
    }

    @Test func aNullInANonNullChainMakesThatEventsDataNull() async throws {
        let source = RecordingSource()
        // Events of any kind: a `FieldValue`, JSON-shaped data, a Swift value read by name.
        let events: [any Sendable] = [
            FieldValue.null, object(("title", .null)), PublishedPractice(title: "E", region: "west", votes: 5),
        ]
        for event in events { source.continuation.yield(event) }
        source.continuation.finish()
        let results = try await SubscriptionFixture.subscribe(
            "subscription { latest { title votes } }", context: source.takeFeed())
        #expect(
            await results.collectedJSON() == [
                #"{"errors":[{"message":"Cannot return null for non-nullable field Subscription.latest.","locations":[{"line":1,"column":16}],"path":["latest"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"#,
                #"{"errors":[{"message":"Cannot return null for non-nullable field Practice.title.","locations":[{"line":1,"column":25}],"path":["latest","title"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"#,
                #"{"data":{"latest":{"title":"E","votes":5}}}"#,
            ])
    }

    @Test func anErrorThrownByTheSourceEndsTheStreamWithOneErrorResult() async throws {
        let (events, continuation) = AsyncThrowingStream.makeStream(of: FieldValue.self)
        continuation.yield(.int(1))
        continuation.finish(throwing: GraphQLError("The feed broke."))
        let subscription = try await SubscriptionFixture.subscribe(
            "subscription { n: count }", context: EventFeed(events: SourceEventStream(events)))
        let results = try #require(subscription.responseStream)
        var iterator = results.makeAsyncIterator()
        #expect(await iterator.next()?.json == #"{"data":{"n":1}}"#)
        #expect(
            await iterator.next()?.json
                == #"{"errors":[{"message":"The feed broke.","locations":[{"line":1,"column":16}],"path":["n"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
        #expect(await iterator.next() == nil)
        #expect(await iterator.next() == nil)
        // The stream is iterated once: another iterator has nothing.
        var another = results.makeAsyncIterator()
        #expect(await another.next() == nil)
    }

    @Test func theStreamEndsWhenTheSourceFinishes() async throws {
        let source = RecordingSource()
        source.continuation.yield(FieldValue.int(7))
        source.continuation.finish()
        let results = try await SubscriptionFixture.subscribe(
            "subscription { count }", context: source.takeFeed())
        #expect(await results.collectedJSON() == [#"{"data":{"count":7}}"#])
        #expect(source.termination == .finished)
    }

    @Test func cancellingTheSubscribersTaskCancelsTheSource() async throws {
        let source = RecordingSource()
        source.continuation.yield(FieldValue.int(1))
        let subscription = try await SubscriptionFixture.subscribe(
            "subscription { count }", context: source.takeFeed())
        let results = try #require(subscription.responseStream)
        let (firstReceived, received) = AsyncStream.makeStream(of: String.self)
        let subscriber = Task {
            var iterator = results.makeAsyncIterator()
            if let first = await iterator.next() { received.yield(first.json) }
            // Waits for an event that never comes, until cancelled.
            return await iterator.next()
        }
        var firstResults = firstReceived.makeAsyncIterator()
        #expect(await firstResults.next() == #"{"data":{"count":1}}"#)
        #expect(source.termination == nil)
        subscriber.cancel()
        #expect(await subscriber.value == nil)
        #expect(source.termination == .cancelled)
    }

    @Test func droppingTheIteratorCancelsTheSource() async throws {
        let source = RecordingSource()
        source.continuation.yield(FieldValue.int(1))
        source.continuation.yield(FieldValue.int(2))
        let subscription = try await SubscriptionFixture.subscribe(
            "subscription { count }", context: source.takeFeed())
        let results = try #require(subscription.responseStream)
        do {
            var iterator = results.makeAsyncIterator()
            #expect(await iterator.next()?.json == #"{"data":{"count":1}}"#)
            #expect(source.termination == nil)
        }
        #expect(source.termination == .cancelled)
    }

    @Test func theSubscriptionResolverSeesTheRootValueArgumentsContextAndPlace() async throws {
        struct Seen: Equatable {
            var source: String?, context: String?, fieldName: String, parentType: String
            var path: [PathComponent], arguments: [String: InputValue], variables: [String: InputValue]
        }
        let seen = Mutex<Seen?>(nil)
        let schema = try SubscriptionFixture.schema { input in
            let info = input.info
            seen.withLock {
                $0 = Seen(
                    source: input.source as? String, context: input.context as? String, fieldName: info.fieldName,
                    parentType: info.parentType.name, path: info.path, arguments: input.arguments,
                    variables: info.variableValues)
            }
        }
        let results = try await SubscriptionFixture.subscribe(
            "subscription S($b: Int!) { t: tick(by: $b) }", variables: ["b": .int(2)], context: "ctx",
            rootValue: "root", schema: schema)
        #expect(await results.collectedJSON().count == 3)
        #expect(
            seen.withLock { $0 }
                == Seen(
                    source: "root", context: "ctx", fieldName: "tick", parentType: "Subscription", path: [.key("t")],
                    arguments: ["by": .int(2)], variables: ["b": .int(2)]))
    }

    @Test func aPreparedOperationSubscribesManyTimesWithItsOwnVariables() async throws {
        let prepared = try PreparedOperation(
            schema: try SubscriptionFixture.schema(),
            document: try parse("subscription ($r: String!) { practicePublished(region: $r, limit: 5) { title } }"),
            operationName: nil)
        let north = await prepared.subscribe(variables: ["r": .string("north")])
        let south = await prepared.subscribe(variables: ["r": .string("south")])
        #expect(await south.collectedJSON() == [#"{"data":{"practicePublished":{"title":"B"}}}"#])
        #expect(await north.collectedJSON().count == 3)
    }

    @Test func aRequestExecutorSubscribesToValidatedRequests() async throws {
        let executor = RequestExecutor(schema: try SubscriptionFixture.schema())
        let request = GraphQLRequest(
            query: "subscription ($r: String!) { practicePublished(region: $r) { title } }",
            variables: ["r": .string("south")])
        #expect(
            await executor.subscribe(request).collectedJSON() == [#"{"data":{"practicePublished":{"title":"B"}}}"#])
        // Validation runs first: a second root field is a validation error.
        let invalid = await executor.subscribe(GraphQLRequest(query: "subscription { count tick(by: 1) }"))
        #expect(
            invalid.requestErrorsJSON
                == #"{"errors":[{"message":"Anonymous Subscription must select only one top level field.","locations":[{"line":1,"column":22}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#
        )
    }

    @Test func eachEventHasTheTimeLimitOfItsOwnExecution() async throws {
        let subscription = try await SubscriptionFixture.subscribe(
            #"subscription { practicePublished(region: "north", limit: 3) { title late } }"#,
            timeout: .milliseconds(300))
        let results = try #require(subscription.responseStream)
        var outcomes: [String] = []
        for await result in results {
            outcomes.append(result.errors.first?.code ?? result.json)
        }
        #expect(
            outcomes == [
                #"{"data":{"practicePublished":{"title":"A","late":"on time"}}}"#,
                ErrorCode.deadlineExceeded,
                #"{"data":{"practicePublished":{"title":"D","late":"on time"}}}"#,
            ])
    }

    @Test func executeRunsASubscriptionOperationAsAQuery() async throws {
        // As graphql-js's `execute`: once, the root fields read from the root value.
        let result = await execute(
            schema: try SubscriptionFixture.schema(),
            document: try parse("subscription { count c: count latest { title } }"),
            rootValue: object(("count", .int(3)), ("latest", object(("title", .string("T"))))))
        #expect(result.json == #"{"data":{"count":3,"c":3,"latest":{"title":"T"}}}"#)
    }
}
