import Testing

@testable import GraphQLEngine

/// `buildSchema` and `extendSchema` run every rule of `specifiedSDLRules` before building: the
/// `SchemaBuildError` they throw lists graphql-js 16's errors (what its `buildSchema` and
/// `extendSchema` throw, joined), in its order. graphql-core 3.2 reports the same errors but
/// words them with single quotes and lowercase directive locations.
struct SpecifiedSDLRulesTests {
    @Test("the GitHub schema passes SDL validation")
    func theGitHubSchemaPassesSDLValidation() throws {
        #expect(validateSDL(try githubSchemaDocument()) == [])
    }

    @Test("errors of every rule are reported together in graphql-js order")
    func errorsOfEveryRuleAreReportedTogetherInGraphqlJsOrder() throws {
        expectBuildErrors(
            """
            type Foo { a: Int a: Int }
            type Foo
            scalar S @skip(if: true) @deprecated @deprecated
            extend type Bar @skip
            """,
            [
                ("Field \"Foo.a\" can only be defined once.", [(1, 12), (1, 19)]),
                ("There can be only one type named \"Foo\".", [(1, 6), (2, 6)]),
                ("The directive \"@deprecated\" can only be used once at this location.", [(3, 26), (3, 38)]),
                ("Directive \"@skip\" may not be used on SCALAR.", [(3, 10)]),
                ("Directive \"@deprecated\" may not be used on SCALAR.", [(3, 26)]),
                ("Directive \"@deprecated\" may not be used on SCALAR.", [(3, 38)]),
                ("Cannot extend type \"Bar\" because it is not defined.", [(4, 13)]),
                ("Directive \"@skip\" may not be used on OBJECT.", [(4, 17)]),
                (
                    "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(4, 17)]
                ),
            ])
    }

    @Test("repeated schema definitions and root types are reported")
    func repeatedSchemaDefinitionsAndRootTypesAreReported() throws {
        expectBuildErrors(
            """
            type Query { a: Int }
            schema { query: Query query: Query }
            schema { mutation: Query }
            extend schema { query: Query }
            """,
            [
                ("There can be only one query type in schema.", [(2, 10), (2, 23)]),
                ("Must provide only one schema definition.", [(3, 1)]),
                ("There can be only one query type in schema.", [(2, 10), (4, 17)]),
            ])
    }

    @Test("repeated enum values, arguments and directives are reported")
    func repeatedEnumValuesArgumentsAndDirectivesAreReported() throws {
        expectBuildErrors(
            """
            type Query { field(a: Int, b: Int, a: Int): E }
            enum E { A B A }
            extend enum E { B C }
            directive @d(x: Int, x: Int) on FIELD
            directive @d on OBJECT
            directive @include on FIELD
            """,
            [
                ("Argument \"Query.field(a:)\" can only be defined once.", [(1, 20), (1, 36)]),
                ("Enum value \"E.A\" can only be defined once.", [(2, 10), (2, 14)]),
                ("Enum value \"E.B\" can only be defined once.", [(2, 12), (3, 17)]),
                ("Argument \"@d(x:)\" can only be defined once.", [(4, 14), (4, 22)]),
                ("There can be only one directive named \"@d\".", [(4, 12), (5, 12)]),
            ])
    }

    @Test("extensions of unknown types and of types of another kind are reported")
    func extensionsOfUnknownTypesAndOfTypesOfAnotherKindAreReported() throws {
        expectBuildErrors(
            """
            type Query { a: Int }
            input QueryInput { a: Int }
            extend type Qurey { b: Int }
            extend interface Query { c: Int }
            extend scalar QueryInput @specifiedBy(url: "x")
            extend input QueryInput { a: String }
            """,
            [
                ("Cannot extend type \"Qurey\" because it is not defined. Did you mean \"Query\"?", [(3, 13)]),
                ("Cannot extend non-interface type \"Query\".", [(1, 1), (4, 1)]),
                ("Cannot extend non-scalar type \"QueryInput\".", [(2, 1), (5, 1)]),
                ("Field \"QueryInput.a\" can only be defined once.", [(2, 20), (6, 27)]),
            ])
    }

    @Test("unknown, misplaced and repeated directives are reported")
    func unknownMisplacedAndRepeatedDirectivesAreReported() throws {
        expectBuildErrors(
            """
            directive @key(fields: String!) on OBJECT | INTERFACE
            type Query @key(fields: "a") @unknown { a: Int @key(fields: "a") @deprecated }
            extend type Query @key(fields: "b")
            enum E { A @deprecated @deprecated(reason: "x") }
            input I @deprecated { a: Int @deprecated }
            """,
            [
                ("Unknown directive \"@unknown\".", [(2, 30)]),
                ("Directive \"@key\" may not be used on FIELD_DEFINITION.", [(2, 48)]),
                ("The directive \"@key\" can only be used once at this location.", [(2, 12), (3, 19)]),
                ("The directive \"@deprecated\" can only be used once at this location.", [(4, 12), (4, 24)]),
                ("Directive \"@deprecated\" may not be used on INPUT_OBJECT.", [(5, 9)]),
            ])
    }

    @Test("extending a schema reports what it already has")
    func extendingASchemaReportsWhatItAlreadyHas() throws {
        let schema = try buildSchema(
            Source(
                """
                schema { query: Query }
                type Query { a: Int }
                enum E { A }
                input I { a: Int }
                directive @d on FIELD
                """))
        expectExtensionErrors(
            schema,
            """
            schema { query: Query }
            extend schema { query: Query mutation: Query }
            type Query { b: Int }
            extend type Query { a: Int }
            extend enum E { A B }
            extend input I { a: Int }
            extend union Query = Query
            directive @d on FIELD
            directive @skip on FIELD
            extend type Quer @d
            """,
            [
                ("Cannot define a new schema within a schema extension.", [(1, 1)]),
                ("Type for query already defined in the schema. It cannot be redefined.", [(1, 10)]),
                ("Type for query already defined in the schema. It cannot be redefined.", [(2, 17)]),
                (
                    "Type \"Query\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(3, 6)]
                ),
                (
                    "Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension.",
                    [(4, 21)]
                ),
                (
                    "Enum value \"E.A\" already exists in the schema. It cannot also be defined in this type extension.",
                    [(5, 17)]
                ),
                (
                    "Field \"I.a\" already exists in the schema. It cannot also be defined in this type extension.",
                    [(6, 18)]
                ),
                ("Cannot extend non-union type \"Query\".", [(3, 1), (7, 1)]),
                ("Directive \"@d\" already exists in the schema. It cannot be redefined.", [(8, 12)]),
                ("Directive \"@skip\" already exists in the schema. It cannot be redefined.", [(9, 12)]),
                ("Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?", [(10, 13)]),
                ("Directive \"@d\" may not be used on OBJECT.", [(10, 18)]),
            ])
    }

    /// Expects `buildSchema` to refuse `sdl` with exactly `expected`.
    private func expectBuildErrors(
        _ sdl: String, _ expected: [ExpectedError], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try buildSchema(Source(sdl))
            Issue.record("The schema was built", sourceLocation: sourceLocation)
        } catch {
            expectErrors(error, expected, sourceLocation: sourceLocation)
        }
    }

    /// Expects `extendSchema` to refuse to extend `schema` with `sdl`, with exactly `expected`.
    private func expectExtensionErrors(
        _ schema: GraphQLSchema, _ sdl: String, _ expected: [ExpectedError],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let document = parseForTest(sdl, sourceLocation: sourceLocation) else { return }
        do {
            _ = try extendSchema(schema, document)
            Issue.record("The schema was extended", sourceLocation: sourceLocation)
        } catch {
            expectErrors(error, expected, sourceLocation: sourceLocation)
        }
    }

    private func expectErrors(
        _ error: SchemaBuildError, _ expected: [ExpectedError], sourceLocation: Testing.SourceLocation
    ) {
        let expectedErrors = expected.map { message, locations in
            GraphQLError(message, locations: locations.map { SourceLocation(line: $0.line, column: $0.column) })
        }
        #expect(error.errors == expectedErrors, sourceLocation: sourceLocation)
        #expect(error.message == expected.map(\.message).joined(separator: "\n\n"), sourceLocation: sourceLocation)
    }
}
