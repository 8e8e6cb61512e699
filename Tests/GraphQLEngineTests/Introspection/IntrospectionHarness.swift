import Foundation
import Testing

@testable import GraphQLEngine

// The shared harness of the introspection tests: schemas and expected responses from
// `Tests/Fixtures/introspection/` (written by graphql-core 3.2.8, see `generate.py` there), a
// runner that validates and executes a query as `graphql_sync` does, and comparisons that say
// where two JSON texts first differ.

/// graphql-core's full introspection query (`get_introspection_query` with every option).
let fullIntrospectionQuery: String = {
    // safe: the fixture is part of the repository; a missing file is a broken checkout
    try! String(decoding: Data(contentsOf: fixtureURL("introspection-query.graphql")), as: UTF8.self)
}()

/// The text of `Tests/Fixtures/introspection/NAME`.
func introspectionFixture(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: fixtureURL("introspection/" + name)), as: UTF8.self)
}

/// The schema built from `Tests/Fixtures/introspection/NAME.graphql`.
func introspectionFixtureSchema(_ name: String) throws -> GraphQLSchema {
    try buildSchema(Source(try introspectionFixture(name + ".graphql"), name: name + ".graphql"))
}

/// The JSON response to `query` on `schema`, after validation as graphql-core's `graphql_sync`
/// does it; validation errors fail the test.
func introspectionResponse(
    _ schema: GraphQLSchema, _ query: String, variables: [String: InputValue] = [:]
) async throws -> String {
    let document = try parse(query)
    let errors = validate(schema: schema, document: document)
    #expect(errors == [], "the query does not validate")
    let result = await execute(schema: schema, document: document, variables: variables)
    return String(decoding: result.jsonBytes(), as: UTF8.self)
}

/// Nil when the texts are equal; otherwise where they first differ, with some context from each.
func firstDifference(_ actual: String, _ expected: String) -> String? {
    let actualBytes = Array(actual.utf8)
    let expectedBytes = Array(expected.utf8)
    if actualBytes == expectedBytes { return nil }
    var offset = 0
    while offset < min(actualBytes.count, expectedBytes.count), actualBytes[offset] == expectedBytes[offset] {
        offset += 1
    }
    func excerpt(_ bytes: [UInt8]) -> String {
        let start = max(0, offset - 120)
        let end = min(bytes.count, offset + 120)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
    return """
        first difference at byte \(offset) (lengths \(actualBytes.count) and \(expectedBytes.count))
        actual:   …\(excerpt(actualBytes))…
        expected: …\(excerpt(expectedBytes))…
        """
}

/// FNV-1a, 64 bits, over `bytes`, as 16 hex digits (the generator's `fnv1a`).
func fnv1a(bytes: some Sequence<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

/// A JSON value of the fixtures' `variables`: null, a boolean, an integer or a string.
struct FixtureVariable: Decodable, Sendable {
    let value: InputValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .boolean(flag)
        } else if let number = try? container.decode(Int.self) {
            value = .int(number)
        } else {
            value = .string(try container.decode(String.self))
        }
    }
}

/// One case of `queries.json`: a query on one of the fixture schemas and graphql-core's response.
struct IntrospectionQueryCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let schema: String
    let query: String
    let expected: String
    private let variables: [String: FixtureVariable]?

    var variableValues: [String: InputValue] { variables?.mapValues(\.value) ?? [:] }
    var testDescription: String { name }

    enum CodingKeys: String, CodingKey {
        case name, schema, query, expected, variables
    }

    /// Every case of the fixture.
    static let all: [IntrospectionQueryCase] = {
        // safe: the fixture is part of the repository; a missing or broken file is a broken checkout
        try! JSONDecoder().decode(
            [IntrospectionQueryCase].self, from: Data(contentsOf: fixtureURL("introspection/queries.json")))
    }()
}
