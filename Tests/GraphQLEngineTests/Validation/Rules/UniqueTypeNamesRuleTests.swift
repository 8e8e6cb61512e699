import Testing

@testable import GraphQLEngine

/// `UniqueTypeNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueTypeNamesRuleTests {
    @Test("a document without types is valid")
    func aDocumentWithoutTypesIsValid() {
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            directive @test on SCHEMA
            """)
    }

    @Test("one type is valid")
    func oneTypeIsValid() {
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            type Foo
            """)
    }

    @Test("distinct type names are valid")
    func distinctTypeNamesAreValid() {
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            type Foo
            type Bar
            type Baz
            """)
    }

    @Test("operations fragments and directives may share a type name")
    func operationsFragmentsAndDirectivesMayShareATypeName() {
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            query Foo { __typename }
            fragment Foo on Query { __typename }
            directive @Foo on SCHEMA

            type Foo
            """)
    }

    @Test("extensions do not redefine a type")
    func extensionsDoNotRedefineAType() {
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            type Foo
            extend type Foo @dummy
            extend type Foo { a: Int }
            """)
    }

    @Test("types of every kind named the same are reported with the first definition")
    func typesOfEveryKindNamedTheSameAreReportedWithTheFirstDefinition() {
        expectSDLValidationErrors(
            UniqueTypeNamesRule.self,
            """
            type Foo

            scalar Foo
            type Foo
            interface Foo
            union Foo
            enum Foo
            input Foo
            """,
            [
                ("There can be only one type named \"Foo\".", [(1, 6), (3, 8)]),
                ("There can be only one type named \"Foo\".", [(1, 6), (4, 6)]),
                ("There can be only one type named \"Foo\".", [(1, 6), (5, 11)]),
                ("There can be only one type named \"Foo\".", [(1, 6), (6, 7)]),
                ("There can be only one type named \"Foo\".", [(1, 6), (7, 6)]),
                ("There can be only one type named \"Foo\".", [(1, 6), (8, 7)]),
            ])
    }

    @Test("a new type may extend a schema")
    func aNewTypeMayExtendASchema() throws {
        let schema = try buildSchema(Source("type Foo"))
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            type Bar
            """, schema: schema)
    }

    @Test("a type may share the name of a directive of the schema")
    func aTypeMayShareTheNameOfADirectiveOfTheSchema() throws {
        let schema = try buildSchema(Source("directive @Foo on SCHEMA"))
        expectValidSDL(
            UniqueTypeNamesRule.self,
            """
            type Foo
            """, schema: schema)
    }

    @Test("types already in the schema are reported at each definition")
    func typesAlreadyInTheSchemaAreReportedAtEachDefinition() throws {
        let schema = try buildSchema(Source("type Foo"))
        expectSDLValidationErrors(
            UniqueTypeNamesRule.self,
            """
            scalar Foo
            type Foo
            interface Foo
            union Foo
            enum Foo
            input Foo
            """,
            [
                (
                    "Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(1, 8)]
                ),
                (
                    "Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(2, 6)]
                ),
                (
                    "Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(3, 11)]
                ),
                (
                    "Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(4, 7)]
                ),
                (
                    "Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(5, 6)]
                ),
                (
                    "Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.",
                    [(6, 7)]
                ),
            ], schema: schema)
    }

    @Test("specified scalars of the schema may not be redefined")
    func specifiedScalarsOfTheSchemaMayNotBeRedefined() throws {
        let schema = try buildSchema(Source("type Foo { a: String }"))
        expectSDLValidationErrors(
            UniqueTypeNamesRule.self,
            """
            scalar String
            type Bar
            """,
            [
                (
                    "Type \"String\" already exists in the schema. It cannot also be defined in this type "
                        + "definition.",
                    [(1, 8)]
                )
            ], schema: schema)
    }
}
