import Testing

@testable import GraphQLEngine

// Subscriptions that do not start (spec §6.2.3 `CreateSourceEventStream`): one result with
// errors and no `data`. Messages are graphql-js 16.6's, plus the `code` extension; where
// graphql-js rejects its promise instead of answering, the engine's own message is pinned.

@Suite struct SubscriptionRequestErrorTests {
    /// The request errors of subscribing to `document`, as JSON.
    private func requestErrors(
        _ document: String, variables: [String: InputValue] = [:], operationName: String? = nil,
        schema: GraphQLSchema? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> String? {
        let subscription = try await SubscriptionFixture.subscribe(
            document, variables: variables, operationName: operationName, schema: schema)
        if case .stream = subscription {
            Issue.record("Expected request errors, got a stream", sourceLocation: sourceLocation)
        }
        return subscription.requestErrorsJSON
    }

    @Test func theOperationMustBeChosen() async throws {
        #expect(
            try await requestErrors("fragment F on Query { hello }")
                == #"{"errors":[{"message":"Must provide an operation.","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
        #expect(
            try await requestErrors("subscription A { count } subscription B { count }")
                == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
        #expect(
            try await requestErrors("subscription A { count }", operationName: "X")
                == #"{"errors":[{"message":"Unknown operation named \"X\".","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test func aQueryOrMutationCannotBeSubscribedTo() async throws {
        // graphql-js looks the query's fields up on the subscription type instead.
        #expect(
            try await requestErrors("query Q { hello }")
                == #"{"errors":[{"message":"Cannot subscribe to a query operation: only a subscription gives a stream of results. Execute it with execute(...) instead.","locations":[{"line":1,"column":1}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func theSchemaMustHaveASubscriptionType() async throws {
        let schema = try buildSchema(Source("type Query { hello: String }"), resolvers: Resolvers())
        #expect(
            try await requestErrors("subscription S { hello }", schema: schema)
                == #"{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func theRootFieldMustBeDefined() async throws {
        #expect(
            try await requestErrors("subscription { nope }")
                == #"{"errors":[{"message":"The subscription field \"nope\" is not defined.","locations":[{"line":1,"column":16}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func exactlyOneRootFieldMustBeSelected() async throws {
        // graphql-js fails with a TypeError when `@skip` leaves none, and runs every field when
        // an unvalidated document has several; the spec makes both a request error.
        #expect(
            try await requestErrors(
                "subscription ($s: Boolean!) { count @skip(if: $s) }", variables: ["s": .boolean(true)])
                == #"{"errors":[{"message":"Anonymous Subscription selects no top level field once @skip and @include are applied; it must select exactly one.","locations":[{"line":1,"column":1}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
        #expect(
            try await requestErrors("subscription S { count tick(by: 1) }")
                == #"{"errors":[{"message":"Subscription \"S\" must select only one top level field.","locations":[{"line":1,"column":1}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func variablesAreCoercedBeforeTheSourceIsCreated() async throws {
        #expect(
            try await requestErrors("subscription ($r: String!) { practicePublished(region: $r) { title } }")
                == #"{"errors":[{"message":"Variable \"$r\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":15}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
        #expect(
            try await requestErrors("subscription ($b: Int!) { tick(by: $b) }", variables: ["b": .string("q")])
                == #"{"errors":[{"message":"Variable \"$b\" got invalid value \"q\"; Int cannot represent non-integer value: \"q\"","locations":[{"line":1,"column":15}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func anArgumentErrorIsLocatedAtTheArgumentWithTheFieldsPath() async throws {
        #expect(
            try await requestErrors("subscription { practicePublished(region: 3) { title } }")
                == #"{"errors":[{"message":"Argument \"region\" has invalid value 3.","locations":[{"line":1,"column":42}],"path":["practicePublished"],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
        #expect(
            try await requestErrors("subscription ($b: Int) { tick(by: $b) }")
                == #"{"errors":[{"message":"Argument \"by\" of required type \"Int!\" was provided the variable \"$b\" which was not provided a runtime value.","locations":[{"line":1,"column":35}],"path":["tick"],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func anErrorThrownBySubscribingIsLocatedAtTheField() async throws {
        // No `EventFeed` in the context: the fixture's resolver throws.
        #expect(
            try await requestErrors("subscription { count }")
                == #"{"errors":[{"message":"The test gave no EventFeed as context.","locations":[{"line":1,"column":16}],"path":["count"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
    }

    @Test func aFieldWithoutASubscriptionResolverHasNoSourceStream() async throws {
        // graphql-js rejects with its first sentence; the engine answers it, with the fix.
        let schema = try buildSchema(Source(SubscriptionFixture.sdl), resolvers: Resolvers())
        #expect(
            try await requestErrors("subscription { hello: count }", schema: schema)
                == #"{"errors":[{"message":"Subscription field must return Async Iterable. Received: undefined. Give \"Subscription.count\" a source stream with Resolvers.subscriptions or GraphQLField.subscribe.","locations":[{"line":1,"column":16}],"path":["hello"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
    }

    @Test func subscriptionResolversBindOnlyToTheSubscriptionTypesFields() throws {
        var resolvers = Resolvers()
        let empty = SubscriptionResolver.stream { _ in AsyncStream<Int> { $0.finish() } }
        resolvers.subscriptions["Query", "hello"] = empty
        resolvers.subscriptions["Subscription", "tik"] = empty
        let misplaced = try #require(throws: SchemaBuildError.self) {
            try buildSchema(Source(SubscriptionFixture.sdl), resolvers: resolvers)
        }
        #expect(
            misplaced.errors.map(\.message) == [
                "Resolvers give source streams for fields of \"Query\", but \"Query\" is not the subscription type \"Subscription\": only root fields of subscriptions have source streams.",
                "Resolvers give a source stream for the field \"Subscription.tik\", but type \"Subscription\" has no field \"tik\". Did you mean \"Subscription.tick\"?",
            ])
        var withoutSubscriptions = Resolvers()
        withoutSubscriptions.subscriptions["Subscription", "count"] = empty
        let unbound = try #require(throws: SchemaBuildError.self) {
            try buildSchema(Source("type Query { hello: String }"), resolvers: withoutSubscriptions)
        }
        #expect(
            unbound.errors.map(\.message) == [
                "Resolvers give source streams for fields of \"Subscription\", but the schema has no subscription type: only root fields of subscriptions have source streams."
            ])
    }
}
