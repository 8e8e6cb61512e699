import Foundation
import Testing

@testable import GraphQLEngine

/// Builds the GitHub schema fixture and compares it with what graphql-core 3.2.8 builds:
/// `Tests/Fixtures/github-schema-digests.json` holds the type names in `type_map` order and,
/// per type, an FNV-1a digest of a canonical listing of its description, fields, arguments,
/// defaults, deprecations, interfaces, members, values and input fields (introspection types
/// are listed by name only; `BuiltInDefinitionsTests` covers them).
@Suite struct GitHubSchemaBuildTests {
    struct Expected: Decodable {
        var query: String?
        var mutation: String?
        var subscription: String?
        var types: [[String]]
        var directives: [String]
    }

    let schema: GraphQLSchema
    let expected: Expected

    init() throws {
        schema = try buildASTSchema(try githubSchemaDocument())
        let data = try Data(contentsOf: fixtureURL("github-schema-digests.json"))
        expected = try JSONDecoder().decode(Expected.self, from: data)
    }

    @Test func typesAreInGraphQLCoreTypeMapOrder() {
        #expect(schema.types.map(\.name) == expected.types.map { $0[0] })
    }

    @Test func everyTypeMatchesGraphQLCore() {
        var mismatches: [String] = []
        for entry in expected.types where !entry[1].isEmpty {
            guard let type = schema.type(named: entry[0]) else {
                mismatches.append(entry[0] + " (missing)")
                continue
            }
            if fnv1a(canonicalListing(type)) != entry[1] { mismatches.append(entry[0]) }
        }
        #expect(mismatches == [])
    }

    @Test func rootTypesAndDirectivesMatchGraphQLCore() {
        #expect(schema.queryType?.name == expected.query)
        #expect(schema.mutationType?.name == expected.mutation)
        #expect(schema.subscriptionType?.name == expected.subscription)
        #expect(schema.directives.map(\.name) == expected.directives)
    }
}

/// A file in `Tests/Fixtures`.
func fixtureURL(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// The parsed GitHub schema fixture.
func githubSchemaDocument() throws -> DocumentNode {
    let url = fixtureURL("github-schema.graphql")
    return try parse(Source(String(decoding: try Data(contentsOf: url), as: UTF8.self), name: url.lastPathComponent))
}

/// FNV-1a, 64 bits, over the UTF-8 bytes, as 16 hex digits.
func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

/// The canonical listing the fixture's digests were made from (same format as the generator).
func canonicalListing(_ type: GraphQLNamedType) -> String {
    func opt(_ text: String?) -> String { text ?? "<nil>" }
    func inputValue(_ value: GraphQLInputValue) -> String {
        let defaultText = value.defaultValue.map(printValue) ?? "<nil>"
        return
            "A:\(value.name):\(value.type)=\(defaultText):D:\(opt(value.description)):X:\(opt(value.deprecationReason))"
    }
    func fields(_ fields: [GraphQLField]) -> [String] {
        fields.flatMap { field in
            ["F:\(field.name):\(field.type):D:\(opt(field.description)):X:\(opt(field.deprecationReason))"]
                + field.arguments.map(inputValue)
        }
    }
    var lines: [String]
    switch type {
    case .scalar(let scalar):
        lines = ["SCALAR \(scalar.name)", "D:" + opt(scalar.description), "S:" + opt(scalar.specifiedByURL)]
    case .object(let object):
        lines = [
            "OBJECT \(object.name)", "D:" + opt(object.description),
            "I:" + object.interfaces.map(\.name).joined(separator: ","),
        ]
        lines += fields(object.fields)
    case .interface(let interface):
        lines = [
            "INTERFACE \(interface.name)", "D:" + opt(interface.description),
            "I:" + interface.interfaces.map(\.name).joined(separator: ","),
        ]
        lines += fields(interface.fields)
    case .union(let union):
        lines = [
            "UNION \(union.name)", "D:" + opt(union.description), "U:" + union.types.map(\.name).joined(separator: ","),
        ]
    case .enumType(let enumType):
        lines = ["ENUM \(enumType.name)", "D:" + opt(enumType.description)]
        lines += enumType.values.map { "E:\($0.name):D:\(opt($0.description)):X:\(opt($0.deprecationReason))" }
    case .inputObject(let input):
        lines = ["INPUT_OBJECT \(input.name)", "D:" + opt(input.description), "O:\(input.isOneOf)"]
        lines += input.fields.map(inputValue)
    }
    return lines.joined(separator: "\n")
}
