import Synchronization
import Testing

@testable import GraphQLEngine

// The shared harness of the execution tests: build a schema from SDL with resolvers, execute a
// document without validating it (as graphql-js's `execute` does), and compare the response's
// JSON byte for byte with what graphql-js 16.6 prints for the same SDL, document, variables and
// equivalent resolvers. The scripts that print graphql-js's responses are in `Expectations/`
// (`NODE_PATH=/usr/share/nodejs node Expectations/<file>.js`).

/// A schema built from `sdl` with `resolvers` bound; a failure to build fails the test.
func makeSchema(_ sdl: String, _ resolvers: Resolvers = Resolvers()) throws -> GraphQLSchema {
    try buildSchema(Source(sdl), resolvers: resolvers)
}

/// Parses `query` and executes it on `schema`.
func run(
    _ schema: GraphQLSchema, _ query: String, variables: [String: InputValue] = [:], operationName: String? = nil,
    rootValue: any Sendable = (), context: any Sendable = (), timeout: Duration? = nil
) async throws -> ExecutionResult {
    await execute(
        schema: schema, document: try parse(query), operationName: operationName, variables: variables,
        context: context, rootValue: rootValue, timeout: timeout)
}

extension ExecutionResult {
    /// The response as JSON text, exactly as `jsonBytes()` writes it.
    var json: String { String(decoding: jsonBytes(), as: UTF8.self) }

    /// The response as graphql-js writes it (`JSON.stringify(result)`): the same bytes without
    /// the `code` extension, which graphql-js does not add. An error left with no extensions
    /// loses the `extensions` entry, as in graphql-js.
    var graphQLJSJSON: String {
        var result = self
        for index in result.errors.indices { result.errors[index].code = nil }
        return result.json
    }

    /// Each error's `extensions.code`, in order.
    var codes: [String?] { errors.map(\.code) }

    /// Each error's message, in order.
    var messages: [String] { errors.map(\.message) }
}

/// The arguments a resolver received as one JSON-shaped value, top-level keys sorted by name,
/// as the `echo` fields of the tests answer them (graphql-js: `sortedArgs(args)`).
func sortedArguments(_ input: ResolverInput) -> FieldValue {
    .leaf(.object(input.arguments.sorted { $0.key < $1.key }.map { InputValue.Field(name: $0.key, value: $0.value) }))
}

/// A JSON-shaped object value from key–value pairs, in order: `object(("a", 1), ("b", "x"))`.
func object(_ fields: (String, InputValue)...) -> InputValue {
    .object(fields.map { InputValue.Field(name: $0.0, value: $0.1) })
}

/// What resolvers and loaders did, in order, recorded from any task.
final class EventLog: Sendable {
    private let events = Mutex<[String]>([])

    /// Records `event`.
    func record(_ event: String) { events.withLock { $0.append(event) } }

    /// Everything recorded so far.
    var all: [String] { events.withLock { $0 } }
}

/// One request and graphql-js's response to it, for tests that read like tables.
struct ExecutionCase: Sendable, CustomTestStringConvertible {
    let name: String
    let query: String
    var variables: [String: InputValue] = [:]
    /// graphql-js 16.6's response (`JSON.stringify`), or the spec's where graphql-js differs.
    let expected: String

    var testDescription: String { name }

    /// Executes the case on `schema`.
    func run(_ schema: GraphQLSchema) async throws -> ExecutionResult {
        try await GraphQLEngineTests.run(schema, query, variables: variables)
    }
}
