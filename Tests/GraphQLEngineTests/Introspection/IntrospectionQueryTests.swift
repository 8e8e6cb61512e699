import Foundation
import Testing

@testable import GraphQLEngine

/// The full introspection query (graphql-core's, every option on) gives, byte for byte, the
/// response graphql-core 3.2.8 gives for the same SDL: values, order and JSON text.
@Suite struct IntrospectionQueryTests {
    @Test(
        "the full introspection query answers as graphql-core does",
        arguments: ["minimal", "descriptions", "deprecations", "defaults", "types"])
    func fullQueryMatchesGraphQLCore(schemaName: String) async throws {
        let schema = try introspectionFixtureSchema(schemaName)
        let response = try await introspectionResponse(schema, fullIntrospectionQuery)
        let expected = try introspectionFixture(schemaName + ".json").trimmingCharacters(in: .newlines)
        let difference = firstDifference(response, expected)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// GitHub's schema (~950 KB of response): the whole text by length and digest, and each
    /// type and directive by digest, so a failure names what differs and shows our JSON for it.
    @Test func githubSchemaMatchesGraphQLCore() async throws {
        struct Summary: Decodable {
            let bytes: Int
            let fnv1a: String
            let types: [[String]]
            let directives: [[String]]
        }
        let summary = try JSONDecoder().decode(
            Summary.self, from: Data(contentsOf: fixtureURL("introspection/github-schema.json")))
        let schema = try buildASTSchema(try githubSchemaDocument())
        let document = try parse(fullIntrospectionQuery)
        #expect(validate(schema: schema, document: document) == [])
        let result = await execute(schema: schema, document: document)
        #expect(result.errors == [])
        let bytes = result.jsonBytes()
        #expect(bytes.count == summary.bytes)
        #expect(fnv1a(bytes: bytes) == summary.fnv1a)

        guard case .object(let root)? = result.data, case .object(let schemaFields)? = root.first?.value else {
            Issue.record("no __schema in the response")
            return
        }
        func entries(_ key: String) -> [InputValue] {
            guard case .list(let items)? = schemaFields.first(where: { $0.name == key })?.value else { return [] }
            return items
        }
        for (key, expected) in [("types", summary.types), ("directives", summary.directives)] {
            let actual = entries(key)
            #expect(
                actual.map { $0[field: "name"] } == expected.map { .string($0[0]) }, "\(key) differ in names or order")
            for (entry, expectedEntry) in zip(actual, expected) {
                var writer = JSONWriter()
                writer.writeValue(entry)
                if fnv1a(bytes: writer.bytes) != expectedEntry[1] {
                    Issue.record(
                        "\(key) entry \(expectedEntry[0]) differs from graphql-core's; ours is \(String(decoding: writer.bytes, as: UTF8.self))"
                    )
                }
            }
        }
    }

    @Test("IntrospectionQuery.full is graphql-core's get_introspection_query")
    func fullQueryIsGraphQLCores() throws {
        #expect(IntrospectionQuery.full == fullIntrospectionQuery.trimmingCharacters(in: .newlines))
        // graphql-core 3.2.8 does not ask for isOneOf; the schema still answers it (other tests).
        #expect(!IntrospectionQuery.full.contains("isOneOf"))
    }

    @Test("introspect(_:) answers the full query")
    func introspectAnswersTheFullQuery() async throws {
        let result = introspect(try introspectionFixtureSchema("types"))
        let expected = try introspectionFixture("types.json").trimmingCharacters(in: .newlines)
        let difference = firstDifference(String(decoding: result.jsonBytes(), as: UTF8.self), expected)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// `introspect(_:)` relies on running without suspending; a query that would wait is refused
    /// by the synchronous run rather than answered half done.
    @Test func synchronousRunRefusesWaitingValues() throws {
        var resolvers = Resolvers()
        resolvers["Query", "now"] = .sync { _ in .int(1) }
        resolvers["Query", "later"] = .async { _ in .int(2) }
        let schema = try buildSchema(Source("type Query { now: Int later: Int }"), resolvers: resolvers)
        func run(_ query: String) throws -> String? {
            let operation = try PreparedOperation(schema: schema, document: try parse(query), operationName: nil)
            let plan = try #require(operation.plan(for: [:]))
            let execution = Execution(plan: plan, variables: [:], context: (), rootValue: (), timeout: nil)
            return execution.runSynchronously().map { String(decoding: $0.jsonBytes(), as: UTF8.self) }
        }
        #expect(try run("{ now __typename }") == #"{"data":{"now":1,"__typename":"Query"}}"#)
        #expect(try run("{ now later }") == nil)
    }
}
