import Testing

@testable import GraphQLEngine

/// `UniqueDirectiveNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueDirectiveNamesRuleTests {
    @Test("a document without directive definitions is valid")
    func aDocumentWithoutDirectiveDefinitionsIsValid() {
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            type Foo
            """)
    }

    @Test("one directive is valid")
    func oneDirectiveIsValid() {
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            directive @foo on SCHEMA
            """)
    }

    @Test("distinct directive names are valid")
    func distinctDirectiveNamesAreValid() {
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            directive @foo on SCHEMA
            directive @bar on SCHEMA
            directive @baz on SCHEMA
            """)
    }

    @Test("operations fragments and types may share a directive name")
    func operationsFragmentsAndTypesMayShareADirectiveName() {
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            query foo { __typename }
            fragment foo on foo { __typename }
            type foo

            directive @foo on SCHEMA
            """)
    }

    @Test("directives named the same are reported with the first definition")
    func directivesNamedTheSameAreReportedWithTheFirstDefinition() {
        expectSDLValidationErrors(
            UniqueDirectiveNamesRule.self,
            """
            directive @foo on SCHEMA

            directive @foo on SCHEMA
            directive @foo repeatable on FIELD
            """,
            [
                ("There can be only one directive named \"@foo\".", [(1, 12), (3, 12)]),
                ("There can be only one directive named \"@foo\".", [(1, 12), (4, 12)]),
            ])
    }

    @Test("a specified directive may be redefined by a new schema")
    func aSpecifiedDirectiveMayBeRedefinedByANewSchema() {
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            directive @skip on SCHEMA
            directive @deprecated on FIELD_DEFINITION
            """)
    }

    @Test("a new directive may extend a schema")
    func aNewDirectiveMayExtendASchema() throws {
        let schema = try buildSchema(Source("directive @foo on SCHEMA"))
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            directive @bar on SCHEMA
            """, schema: schema)
    }

    @Test("a specified directive of the schema may not be redefined")
    func aSpecifiedDirectiveOfTheSchemaMayNotBeRedefined() throws {
        let schema = try buildSchema(Source("type foo"))
        expectSDLValidationErrors(
            UniqueDirectiveNamesRule.self,
            """
            directive @skip on SCHEMA
            """,
            [
                ("Directive \"@skip\" already exists in the schema. It cannot be redefined.", [(1, 12)])
            ], schema: schema)
    }

    @Test("a directive may share the name of a type of the schema")
    func aDirectiveMayShareTheNameOfATypeOfTheSchema() throws {
        let schema = try buildSchema(Source("type foo"))
        expectValidSDL(
            UniqueDirectiveNamesRule.self,
            """
            directive @foo on SCHEMA
            """, schema: schema)
    }

    @Test("a directive the schema already has is reported at each definition")
    func aDirectiveTheSchemaAlreadyHasIsReportedAtEachDefinition() throws {
        let schema = try buildSchema(Source("directive @foo on SCHEMA"))
        expectSDLValidationErrors(
            UniqueDirectiveNamesRule.self,
            """
            directive @foo on SCHEMA
            directive @foo on SCHEMA
            """,
            [
                ("Directive \"@foo\" already exists in the schema. It cannot be redefined.", [(1, 12)]),
                ("Directive \"@foo\" already exists in the schema. It cannot be redefined.", [(2, 12)]),
            ], schema: schema)
    }
}
