import Foundation
import Testing

@testable import GraphQLEngine

/// The parser on the two large fixtures: the GitHub schema (368 KB of SDL) and graphql-core's
/// introspection query. The digests are FNV-1a (64 bits) of graphql-js 16's syntax tree for the
/// same file, rendered with every node's location as `dump` renders ours; the token counts are
/// graphql-js's lexer's.
@Suite("Parser on large documents")
struct ParserFixtureTests {
    @Test("builds graphql-js's syntax tree for the GitHub schema, every location included")
    func buildsGitHubSchemaTree() throws {
        let document = try parse(try fixtureSource("github-schema.graphql"))
        #expect(document.definitions.count == 540)
        #expect(digest(dump(document)) == "abddf72acb47d91d")
    }

    @Test("builds graphql-js's syntax tree for the introspection query")
    func buildsIntrospectionQueryTree() throws {
        let document = try parse(try fixtureSource("introspection-query.graphql"))
        #expect(digest(dump(document)) == "be7465343989c0ab")
    }

    @Test("counts tokens as graphql-js does on the large fixtures")
    func countsTokensAsGraphQLJSDoes() throws {
        for (name, tokens) in [("github-schema.graphql", 19_890), ("introspection-query.graphql", 180)] {
            let source = try fixtureSource(name)
            #expect(throws: Never.self) { try parse(source, options: ParseOptions(maxTokens: tokens)) }
            #expect(throws: GraphQLError.self) { try parse(source, options: ParseOptions(maxTokens: tokens - 1)) }
        }
    }

    private func fixtureSource(_ name: String) throws -> Source {
        let url = fixtureURL(name)
        return Source(bytes: [UInt8](try Data(contentsOf: url)), name: name)
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes, as 16 hex digits.
    private func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
