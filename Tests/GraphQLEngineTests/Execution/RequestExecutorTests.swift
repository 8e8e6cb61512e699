import Testing

@testable import GraphQLEngine

@Suite struct RequestExecutorTests {
    static func executor(cacheCapacity: Int = 1000) throws -> RequestExecutor {
        var resolvers = Resolvers()
        resolvers["Query", "greeting"] = .sync { input in
            guard case .string(let name)? = input[argument: "name"] else { return .string("hello") }
            return .string("hello \(name)")
        }
        let schema = try buildSchema(Source("type Query { greeting(name: String): String! }"), resolvers: resolvers)
        return RequestExecutor(schema: schema, cacheCapacity: cacheCapacity)
    }

    static func json(_ result: ExecutionResult) -> String { String(decoding: result.jsonBytes(), as: UTF8.self) }

    @Test func executesARequestWithItsVariables() async throws {
        let executor = try Self.executor()
        let request = GraphQLRequest(
            query: "query Greet($name: String) { greeting(name: $name) }", variables: ["name": "Lima"])
        #expect(Self.json(await executor.execute(request)) == #"{"data":{"greeting":"hello Lima"}}"#)
    }

    @Test func aSyntaxErrorIsARequestErrorCodedParseFailed() async throws {
        let result = try await Self.executor().execute(GraphQLRequest(query: "{ greeting"))
        #expect(
            Self.json(result)
                == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":11}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#
        )
    }

    @Test func aValidationErrorIsARequestErrorCodedValidationFailed() async throws {
        let result = try await Self.executor().execute(GraphQLRequest(query: "{ greting }"))
        #expect(!result.hasData)
        #expect(
            result.errors.map(\.message) == [#"Cannot query field "greting" on type "Query". Did you mean "greeting"?"#]
        )
        #expect(result.errors.map(\.code) == ["GRAPHQL_VALIDATION_FAILED"])
    }

    @Test func anUnknownOperationNameIsBadUserInput() async throws {
        let result = try await Self.executor().execute(
            GraphQLRequest(query: "query A { greeting }", operationName: "B"))
        #expect(!result.hasData)
        #expect(result.errors.map(\.message) == [#"Unknown operation named "B"."#])
        #expect(result.errors.map(\.code) == ["BAD_USER_INPUT"])
    }

    @Test func theSameTextIsPreparedOnceAndServesEveryRequest() async throws {
        let executor = try Self.executor()
        let text = "query Greet($name: String) { greeting(name: $name) }"
        let first = try executor.prepare(GraphQLRequest(query: text)).get()
        let second = try executor.prepare(GraphQLRequest(query: text, variables: ["name": "Kyiv"])).get()
        #expect(first === second)
        let results = [
            await executor.execute(GraphQLRequest(query: text, variables: ["name": "Kyiv"])),
            await executor.execute(GraphQLRequest(query: text, variables: ["name": "Accra"])),
        ]
        #expect(
            results.map(Self.json) == [
                #"{"data":{"greeting":"hello Kyiv"}}"#, #"{"data":{"greeting":"hello Accra"}}"#,
            ])
    }

    @Test func aFullCacheForgetsTheLeastRecentlyUsedDocument() throws {
        let executor = try Self.executor(cacheCapacity: 1)
        let first = try executor.prepare(GraphQLRequest(query: "{ greeting }")).get()
        _ = try executor.prepare(GraphQLRequest(query: "{ other: greeting }")).get()
        let again = try executor.prepare(GraphQLRequest(query: "{ greeting }")).get()
        #expect(first !== again)
    }
}
