import Testing

@testable import GraphQLEngine

/// Choosing the operation to run (spec §6.1 `GetOperation`) and its root type (§6.2): request
/// errors without `data` when no operation can be chosen, `data` null when the schema has no
/// root type for it. Expectations: `Expectations/operations.js` (graphql-js 16.6).
@Suite struct OperationTests {
    static let rootValue = object(("a", "A"), ("b", "B"), ("c", "C"))

    static func fullSchema() throws -> GraphQLSchema {
        try makeSchema("type Query { a: String } type Mutation { b: String } type Subscription { c: String }")
    }

    static let cases: [(name: String, query: String, operationName: String?, expected: String)] = [
        ("an anonymous query", "{ a }", nil, #"{"data":{"a":"A"}}"#),
        ("the only operation, named", "query Q { a }", nil, #"{"data":{"a":"A"}}"#),
        (
            "a query chosen by name", "query Q1 { one: a } mutation M { b } query Q2 { two: a }", "Q2",
            #"{"data":{"two":"A"}}"#
        ),
        (
            "a mutation chosen by name", "query Q1 { one: a } mutation M { b } query Q2 { two: a }", "M",
            #"{"data":{"b":"B"}}"#
        ),
        (
            "several operations and no name", "query Q1 { a } query Q2 { a }", nil,
            #"{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"#
        ),
        (
            "an anonymous and a named operation and no name", "{ a } query Q { a }", nil,
            #"{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"#
        ),
        (
            "an unknown name", "query Q1 { a } query Q2 { a }", "Nope",
            #"{"errors":[{"message":"Unknown operation named \"Nope\"."}]}"#
        ),
        (
            "a name for an anonymous operation", "{ a }", "Q",
            #"{"errors":[{"message":"Unknown operation named \"Q\"."}]}"#
        ),
        ("an empty name", "{ a }", "", #"{"errors":[{"message":"Unknown operation named \"\"."}]}"#),
        (
            "a document of fragments only", "fragment F on Query { a }", nil,
            #"{"errors":[{"message":"Must provide an operation."}]}"#
        ),
        ("__typename of the query root", "query { __typename } ", nil, #"{"data":{"__typename":"Query"}}"#),
        (
            "__typename of the mutation root", "mutation { __typename b }", nil,
            #"{"data":{"__typename":"Mutation","b":"B"}}"#
        ),
    ]

    @Test(arguments: cases)
    func operation(_ testCase: (name: String, query: String, operationName: String?, expected: String)) async throws {
        let result = try await run(
            try Self.fullSchema(), testCase.query, operationName: testCase.operationName, rootValue: Self.rootValue)
        #expect(result.graphQLJSJSON == testCase.expected, "\(testCase.name)")
        #expect(result.hasData == testCase.expected.contains(#""data":"#))
        #expect(result.codes.allSatisfy { $0 == ErrorCode.badUserInput })
    }

    @Test func anOperationTheSchemaHasNoRootTypeForGivesNullData() async throws {
        let schema = try makeSchema("type Query { a: String }")
        let mutation = try await run(
            schema, "query Q { a }\nmutation M { b }", operationName: "M", rootValue: Self.rootValue)
        #expect(
            mutation.json
                == #"{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":2,"column":1}],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}"#
        )
        let subscription = try await run(schema, "  subscription { c }", rootValue: Self.rootValue)
        #expect(
            subscription.graphQLJSJSON
                == #"{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":3}]}],"data":null}"#
        )
        #expect(subscription.hasData && subscription.data == .null)
    }

    @Test func aPreparedOperationRunsManyTimesWithItsOwnRootValue() async throws {
        let prepared = try PreparedOperation(
            schema: try Self.fullSchema(), document: try parse("query Q1 { a } query Q2 { b: a }"), operationName: "Q2")
        #expect(prepared.operation.name?.value == "Q2")
        for value in ["x", "y"] {
            let result = await prepared.execute(rootValue: object(("a", .string(value))))
            #expect(result.data == object(("b", .string(value))))
        }
    }

    @Test func preparingThrowsTheRequestError() throws {
        #expect(throws: GraphQLError("Unknown operation named \"Q\".")) {
            try PreparedOperation(schema: try Self.fullSchema(), document: try parse("{ a }"), operationName: "Q")
        }
    }
}
