import Testing

@testable import GraphQLEngine

/// The introspection fields one by one: meta-fields, `__typename`, `includeDeprecated`,
/// `isOneOf`, wrappers, interfaces and possible types, against graphql-core 3.2.8's answers
/// (`Tests/Fixtures/introspection/queries.json`), and the cases graphql-core cannot speak for.
@Suite struct IntrospectionFieldTests {
    @Test("each query answers as graphql-core does", arguments: IntrospectionQueryCase.all)
    func queryMatchesGraphQLCore(_ testCase: IntrospectionQueryCase) async throws {
        let schema = try introspectionFixtureSchema(testCase.schema)
        let response = try await introspectionResponse(schema, testCase.query, variables: testCase.variableValues)
        let difference = firstDifference(response, testCase.expected)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// graphql-js 16 fails the field when a default has no literal form (an object or a list
    /// given to a custom scalar): `astFromValue` throws. The message is graphql-js's.
    @Test func defaultWithoutLiteralFormIsAFieldError() async throws {
        let schema = try buildSchema(Source("scalar JSON type Query { f(a: JSON = {b: [1, 2]}, c: JSON = 3): Int }"))
        let response = try await introspectionResponse(
            schema, #"{ __type(name: "Query") { fields { args { name defaultValue } } } }"#)
        #expect(
            response
                == #"{"errors":[{"message":"Cannot convert value to AST: { b: [1, 2] }.","locations":[{"line":1,"column":48}],"path":["__type","fields",0,"args",0,"defaultValue"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"__type":{"fields":[{"args":[{"name":"a","defaultValue":null},{"name":"c","defaultValue":"3"}]}]}}}"#
        )
    }

    /// Floats print as JavaScript writes numbers (graphql-js), where graphql-core writes them
    /// as Python does (`1.5e-07`, `1.5e+16`): checked against graphql-js 16.
    @Test func floatDefaultsPrintAsGraphQLJS() async throws {
        let schema = try buildSchema(
            Source("type Query { f(a: Float = 1.5e-7, b: Float = 1.5e16, c: Float = 1e21, d: Float = 0.000001): Int }"))
        let response = try await introspectionResponse(
            schema, #"{ __type(name: "Query") { fields { args { defaultValue } } } }"#)
        #expect(
            response
                == #"{"data":{"__type":{"fields":[{"args":[{"defaultValue":"1.5e-7"},{"defaultValue":"15000000000000000"},{"defaultValue":"1e+21"},{"defaultValue":"0.000001"}]}]}}}"#
        )
    }

    @Test("__schema and __type exist only on the query root")
    func metaFieldsOnlyOnTheQueryRoot() async throws {
        let schema = try buildSchema(Source("type Query { a: Int } type Mutation { b: Int }"))
        let result = await execute(schema: schema, document: try parse("mutation { __schema { description } b }"))
        // Validation refuses it; unvalidated, the executor leaves the unknown field out as graphql-js does.
        #expect(String(decoding: result.jsonBytes(), as: UTF8.self) == #"{"data":{"b":null}}"#)
    }

    /// Introspection resolvers check their parent value: a hand-built schema handing `__Type`
    /// something else gets a field error naming the field and both types, not a crash.
    @Test func aParentOfAnotherTypeIsAFieldError() async throws {
        let query = GraphQLObjectType(
            name: "Query",
            fields: [
                GraphQLField(
                    name: "t", type: .named(.object(IntrospectionTypes.type)), resolve: .sync { _ in .object("text") })
            ])
        let schema = try GraphQLSchema(query: query)
        let result = await execute(schema: schema, document: try parse("{ t { name } }"))
        #expect(
            String(decoding: result.jsonBytes(), as: UTF8.self)
                == #"{"errors":[{"message":"Field \"__Type.name\" expects its parent value to be a IntrospectedType, got a String.","locations":[{"line":1,"column":7}],"path":["t","name"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"t":{"name":null}}}"#
        )
    }

    /// The values introspection fields resolve on fit an existential's inline buffer, so
    /// returning one allocates nothing.
    @Test func sourceValuesFitTheInlineBuffer() {
        let inlineBuffer = 3 * MemoryLayout<Int>.size
        #expect(MemoryLayout<IntrospectedType>.size <= inlineBuffer)
        #expect(MemoryLayout<IntrospectedField>.size <= inlineBuffer)
        #expect(MemoryLayout<IntrospectedInputValue>.size <= inlineBuffer)
        #expect(MemoryLayout<IntrospectedEnumValue>.size <= inlineBuffer)
    }
}
