import Foundation
import Testing

@testable import GraphQLEngine

/// `printSchema` against graphql-js 16's `printSchema(buildSchema(sdl))` (graphql-core's
/// `print_schema` for `@oneOf`, which graphql-js 16.6 predates).
@Suite struct PrintSchemaTests {
    private func expectPrintedSchema(
        _ sdl: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        do {
            let schema = try buildSchema(Source(sdl))
            #expect(printSchema(schema) == expected, sourceLocation: sourceLocation)
        } catch {
            Issue.record("buildSchema failed: \(error.errors)", sourceLocation: sourceLocation)
        }
    }

    @Test func omitsTheSchemaDefinitionForConventionalRootNames() {
        expectPrintedSchema(
            """
            schema { query: Query mutation: Mutation subscription: Subscription }
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """,
            """
            type Query {
              a: Int
            }

            type Mutation {
              b: Int
            }

            type Subscription {
              c: Int
            }
            """)
    }

    @Test func printsTheSchemaDefinitionForCustomRootNames() {
        expectPrintedSchema(
            """
            schema { query: Root subscription: Feed }
            type Root { a: Int }
            type Feed { c: Int }
            """,
            """
            schema {
              query: Root
              subscription: Feed
            }

            type Root {
              a: Int
            }

            type Feed {
              c: Int
            }
            """)
    }

    @Test func printsTheSchemaDefinitionWhenOnlyOneRootNameIsUnusual() {
        expectPrintedSchema(
            """
            schema { query: Query mutation: Change }
            type Query { a: Int }
            type Change { b: Int }
            """,
            """
            schema {
              query: Query
              mutation: Change
            }

            type Query {
              a: Int
            }

            type Change {
              b: Int
            }
            """)
    }

    @Test func printsTheSchemaDefinitionWhenTheSchemaHasADescription() {
        expectPrintedSchema(
            """
            \"""The hub's API.\"""
            schema { query: Query }
            type Query { a: Int }
            """,
            """
            \"""The hub's API.\"""
            schema {
              query: Query
            }

            type Query {
              a: Int
            }
            """)
    }

    @Test func printsEveryKindOfType() {
        expectPrintedSchema(
            """
            type Query { practice(id: ID!): Practice search(text: String): [Result!]! }
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            type Practice implements Resource & Node { id: ID! url: String title: String! tags: [String] }
            type Person { name: String }
            union Result = Practice | Person
            enum Language { EN FR }
            input Filter { language: Language = FR text: String }
            scalar DateTime
            """,
            """
            type Query {
              practice(id: ID!): Practice
              search(text: String): [Result!]!
            }

            interface Node {
              id: ID!
            }

            interface Resource implements Node {
              id: ID!
              url: String
            }

            type Practice implements Resource & Node {
              id: ID!
              url: String
              title: String!
              tags: [String]
            }

            type Person {
              name: String
            }

            union Result = Practice | Person

            enum Language {
              EN
              FR
            }

            input Filter {
              language: Language = FR
              text: String
            }

            scalar DateTime
            """)
    }

    @Test func leavesOutSpecifiedScalarsDirectivesAndIntrospectionTypes() {
        expectPrintedSchema(
            """
            type Query { a: Int b: Float c: String d: Boolean e: ID f: __Type }
            """,
            """
            type Query {
              a: Int
              b: Float
              c: String
              d: Boolean
              e: ID
              f: __Type
            }
            """)
    }

    @Test func printsTypesInSchemaTypeOrder() {
        expectPrintedSchema(
            """
            scalar Zebra
            type Query { b: B a: A }
            type A { z: Zebra }
            type B { i(x: Input_): Int }
            enum Unused { X }
            input Input_ { x: Int }
            """,
            """
            scalar Zebra

            type Query {
              b: B
              a: A
            }

            type A {
              z: Zebra
            }

            type B {
              i(x: Input_): Int
            }

            enum Unused {
              X
            }

            input Input_ {
              x: Int
            }
            """)
    }

    @Test func printsDescriptionsAsBlockStringsWhenPossible() {
        expectPrintedSchema(
            """
            \"""Short.\"""
            type Query {
              "One line."
              a: Int
              \"""
              Several
              lines.
              \"""
              b: Int
              "Ends with a quote\\""
              c: Int
              "  Leading spaces"
              d: Int
              "\\nLeading newline"
              e: Int
              "Has\\ttab\\r\\nand CR"
              f: Int
              "Has \\"\\"\\" triple quotes"
              g: Int
              "A very long description that goes past the seventy character limit of single lines."
              h: Int
              ""
              i: Int
            }
            """,
            """
            \"""Short.\"""
            type Query {
              \"""One line.\"""
              a: Int

              \"""
              Several
              lines.
              \"""
              b: Int

              \"""
              Ends with a quote"
              \"""
              c: Int

              \"""  Leading spaces\"""
              d: Int

              "\\nLeading newline"
              e: Int

              "Has\\ttab\\r\\nand CR"
              f: Int

              \"""Has \\\""" triple quotes\"""
              g: Int

              \"""
              A very long description that goes past the seventy character limit of single lines.
              \"""
              h: Int

              \"""\"""
              i: Int
            }
            """)
    }

    @Test func separatesDescribedItemsInBlocksWithABlankLine() {
        expectPrintedSchema(
            """
            type Query { a: Int "Second." b: Int "Third." c: Int }
            enum Language { "English" EN "French" FR }
            input Filter { "First" a: Int b: Int "Third" c: Int }
            """,
            """
            type Query {
              a: Int

              \"""Second.\"""
              b: Int

              \"""Third.\"""
              c: Int
            }

            enum Language {
              \"""English\"""
              EN

              \"""French\"""
              FR
            }

            input Filter {
              \"""First\"""
              a: Int
              b: Int

              \"""Third\"""
              c: Int
            }
            """)
    }

    @Test func printsDescribedArgumentsOneALine() {
        expectPrintedSchema(
            """
            type Query {
              practices("How many." first: Int = 10, after: String, \"""Two
            lines\""" language: String): [Int]
              plain(first: Int, after: String): Int
              empty("" a: Int, b: Int): Int
            }
            directive @cache("Seconds." ttl: Int, scope: String) on FIELD_DEFINITION
            """,
            """
            directive @cache(
              \"""Seconds.\"""
              ttl: Int
              scope: String
            ) on FIELD_DEFINITION

            type Query {
              practices(
                \"""How many.\"""
                first: Int = 10
                after: String

                \"""
                Two
                lines
                \"""
                language: String
              ): [Int]
              plain(first: Int, after: String): Int
              empty(a: Int, b: Int): Int
            }
            """)
    }

    @Test func printsDeprecationsWithTheirReasons() {
        expectPrintedSchema(
            """
            type Query {
              a: Int @deprecated
              b: Int @deprecated(reason: "No longer supported")
              c: Int @deprecated(reason: "Use \\"d\\".")
              d(old: Int @deprecated(reason: ""), x: Int): Int
            }
            enum Language { EN @deprecated FR @deprecated(reason: "Gone.") }
            input Filter { a: Int @deprecated(reason: "Multi\\nline") }
            """,
            """
            type Query {
              a: Int @deprecated
              b: Int @deprecated
              c: Int @deprecated(reason: "Use \\"d\\".")
              d(old: Int @deprecated(reason: ""), x: Int): Int
            }

            enum Language {
              EN @deprecated
              FR @deprecated(reason: "Gone.")
            }

            input Filter {
              a: Int @deprecated(reason: "Multi\\nline")
            }
            """)
    }

    @Test func printsSpecifiedByUrls() {
        expectPrintedSchema(
            """
            type Query { at: DateTime }
            scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            """,
            """
            type Query {
              at: DateTime
            }

            scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            """)
    }

    @Test func printsOneOfInputObjects() {
        expectPrintedSchema(
            """
            type Query { search(by: By): Int }
            input By @oneOf { id: ID text: String }
            """,
            """
            type Query {
              search(by: By): Int
            }

            input By @oneOf {
              id: ID
              text: String
            }
            """)
    }

    @Test func printsCustomDirectives() {
        expectPrintedSchema(
            """
            type Query { a: Int }
            \"""Cached.\"""
            directive @cache(ttl: Int = 60, scopes: [Scope!] = [PUBLIC]) repeatable on FIELD_DEFINITION | OBJECT
            directive @internal on FIELD | QUERY
            enum Scope { PUBLIC PRIVATE }
            """,
            """
            \"""Cached.\"""
            directive @cache(ttl: Int = 60, scopes: [Scope!] = [PUBLIC]) repeatable on FIELD_DEFINITION | OBJECT

            directive @internal on FIELD | QUERY

            type Query {
              a: Int
            }

            enum Scope {
              PUBLIC
              PRIVATE
            }
            """)
    }

    @Test func printsDefaultValuesReadThroughTheirTypes() {
        expectPrintedSchema(
            """
            type Query {
              a(f: Float = 1.0, g: Float = 1.5e3, h: Float = 2): Int
              b(id: ID = "123", other: ID = "abc", big: ID = 12345678901): Int
              c(list: [Int] = 1, nested: [[Int]] = [[1], 2], s: String = \"""block\"""): Int
              d(in: Filter = {b: "x", a: 1}, l: [Language!] = FR, n: Int = null): Int
              e(custom: JSON = 5, text: JSON = "t", x: Int = "wrong", u: Boolean = true, o: Filter = {a: 1, c: null}): Int
            }
            input Filter { a: Int b: String c: Int = 3 }
            enum Language { EN FR }
            scalar JSON
            """,
            """
            type Query {
              a(f: Float = 1, g: Float = 1500, h: Float = 2): Int
              b(id: ID = 123, other: ID = "abc", big: ID = 12345678901): Int
              c(list: [Int] = [1], nested: [[Int]] = [[1], [2]], s: String = "block"): Int
              d(in: Filter = {a: 1, b: "x", c: 3}, l: [Language!] = [FR], n: Int = null): Int
              e(custom: JSON = 5, text: JSON = "t", x: Int, u: Boolean = true, o: Filter = {a: 1, c: null}): Int
            }

            input Filter {
              a: Int
              b: String
              c: Int = 3
            }

            enum Language {
              EN
              FR
            }

            scalar JSON
            """)
    }

    @Test func printsEmptyTypesWithoutBlocks() {
        expectPrintedSchema(
            """
            type Query { a: Int }
            type Empty
            interface Nothing
            union None
            enum Void
            input Blank
            """,
            """
            type Query {
              a: Int
            }

            type Empty

            interface Nothing

            union None

            enum Void

            input Blank
            """)
    }

    @Test func printsADefaultTheScalarCannotWriteBackAsWritten() {
        // graphql-js throws "Cannot convert value to AST" here; the literal is printed instead.
        expectPrintedSchema(
            """
            type Query { f(json: JSON = {a: [1, \"""x\"""]}): Int }
            scalar JSON
            """,
            """
            type Query {
              f(json: JSON = {a: [1, "x"]}): Int
            }

            scalar JSON
            """)
    }

    @Test func printsAnExtendedSchemaInGraphqlJsTypeOrder() throws {
        let base = try buildSchema(
            Source("type Query { a: Int }\nenum Language { EN }\ninput Filter { a: Int }\n"))
        let extended = try extendSchema(
            base,
            try parse(
                """
                type Partner { name: String }
                extend type Query { partner(language: Language = FR, filter: Filter = {b: 2, a: 1}): Partner }
                extend enum Language { FR }
                extend input Filter { b: Int }
                scalar DateTime
                schema { mutation: Partner }
                """),
            options: BuildSchemaOptions(assumeValidSDL: true))
        #expect(
            printSchema(extended) == """
                schema {
                  query: Query
                  mutation: Partner
                }

                type Query {
                  a: Int
                  partner(language: Language = FR, filter: Filter = {a: 1, b: 2}): Partner
                }

                enum Language {
                  EN
                  FR
                }

                input Filter {
                  a: Int
                  b: Int
                }

                type Partner {
                  name: String
                }

                scalar DateTime
                """)
    }

    @Test func printsTheGitHubSchemaAsGraphqlJsDoes() throws {
        let sdl = try String(contentsOf: fixtureURL("github-schema.graphql"), encoding: .utf8)
        let expected = try String(contentsOf: fixtureURL("github-schema.printed.graphql"), encoding: .utf8)
        let schema = try buildSchema(Source(sdl))
        let printed = printSchema(schema)
        #expect(printed == expected)
        // Printing the printed schema again changes nothing.
        #expect(printSchema(try buildSchema(Source(printed))) == printed)
    }
}
