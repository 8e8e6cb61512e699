import Testing

@testable import GraphQLEngine

/// `PossibleTypeExtensionsRule`: messages and locations as graphql-js 16 reports them.
struct PossibleTypeExtensionsRuleTests {
    @Test("definitions without extensions are valid")
    func definitionsWithoutExtensionsAreValid() {
        expectValidSDL(
            PossibleTypeExtensionsRule.self,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject
            """)
    }

    @Test("one extension per type is valid")
    func oneExtensionPerTypeIsValid() {
        expectValidSDL(
            PossibleTypeExtensionsRule.self,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """)
    }

    @Test("many extensions per type are valid")
    func manyExtensionsPerTypeAreValid() {
        expectValidSDL(
            PossibleTypeExtensionsRule.self,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy

            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """)
    }

    @Test("extensions may come before the definition")
    func extensionsMayComeBeforeTheDefinition() {
        expectValidSDL(
            PossibleTypeExtensionsRule.self,
            """
            extend type FooObject @dummy
            extend union FooUnion = FooObject
            type FooObject
            union FooUnion
            """)
    }

    @Test("extensions of an unknown type are reported with suggestions")
    func extensionsOfAnUnknownTypeAreReportedWithSuggestions() {
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            type Known

            extend scalar Unknown @dummy
            extend type Unknown @dummy
            extend interface Unknown @dummy
            extend union Unknown @dummy
            extend enum Unknown @dummy
            extend input Unknown @dummy
            """,
            [
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(3, 15)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(4, 13)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(5, 18)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(6, 14)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(7, 13)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(8, 14)]),
            ])
    }

    @Test("operations fragments and directives do not define types")
    func operationsFragmentsAndDirectivesDoNotDefineTypes() {
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            query Foo { __typename }
            fragment Foo on Query { __typename }
            directive @Foo on SCHEMA

            extend scalar Foo @dummy
            extend type Foo @dummy
            extend interface Foo @dummy
            extend union Foo @dummy
            extend enum Foo @dummy
            extend input Foo @dummy
            """,
            [
                ("Cannot extend type \"Foo\" because it is not defined.", [(5, 15)]),
                ("Cannot extend type \"Foo\" because it is not defined.", [(6, 13)]),
                ("Cannot extend type \"Foo\" because it is not defined.", [(7, 18)]),
                ("Cannot extend type \"Foo\" because it is not defined.", [(8, 14)]),
                ("Cannot extend type \"Foo\" because it is not defined.", [(9, 13)]),
                ("Cannot extend type \"Foo\" because it is not defined.", [(10, 14)]),
            ])
    }

    @Test("extensions of another kind are reported with the definition")
    func extensionsOfAnotherKindAreReportedWithTheDefinition() {
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            scalar FooScalar
            type FooObject
            interface FooInterface
            union FooUnion
            enum FooEnum
            input FooInputObject

            extend type FooScalar @dummy
            extend interface FooObject @dummy
            extend union FooInterface @dummy
            extend enum FooUnion @dummy
            extend input FooEnum @dummy
            extend scalar FooInputObject @dummy
            """,
            [
                ("Cannot extend non-object type \"FooScalar\".", [(1, 1), (8, 1)]),
                ("Cannot extend non-interface type \"FooObject\".", [(2, 1), (9, 1)]),
                ("Cannot extend non-union type \"FooInterface\".", [(3, 1), (10, 1)]),
                ("Cannot extend non-enum type \"FooUnion\".", [(4, 1), (11, 1)]),
                ("Cannot extend non-input object type \"FooEnum\".", [(5, 1), (12, 1)]),
                ("Cannot extend non-scalar type \"FooInputObject\".", [(6, 1), (13, 1)]),
            ])
    }

    @Test("the last of several definitions of a name decides the kind")
    func theLastOfSeveralDefinitionsOfANameDecidesTheKind() {
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            scalar Foo
            type Foo
            extend type Foo @dummy
            extend scalar Foo @dummy
            """,
            [
                ("Cannot extend non-scalar type \"Foo\".", [(2, 1), (4, 1)])
            ])
    }

    @Test("standard scalars of a new schema cannot be extended")
    func standardScalarsOfANewSchemaCannotBeExtended() {
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            extend scalar String @dummy
            """,
            [
                ("Cannot extend type \"String\" because it is not defined.", [(1, 15)])
            ])
    }

    @Test("types of the schema may be extended")
    func typesOfTheSchemaMayBeExtended() throws {
        let schema = try buildSchema(
            Source(
                """
                scalar FooScalar
                type FooObject
                interface FooInterface
                union FooUnion
                enum FooEnum
                input FooInputObject
                """))
        expectValidSDL(
            PossibleTypeExtensionsRule.self,
            """
            extend scalar FooScalar @dummy
            extend type FooObject @dummy
            extend interface FooInterface @dummy
            extend union FooUnion @dummy
            extend enum FooEnum @dummy
            extend input FooInputObject @dummy
            """, schema: schema)
    }

    @Test("specified scalars and introspection types of the schema may be extended as their kind")
    func specifiedScalarsAndIntrospectionTypesOfTheSchemaMayBeExtendedAsTheirKind() throws {
        let schema = try buildSchema(Source("type Query { a: String }"))
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            extend scalar String @dummy
            extend type __Type @dummy
            extend scalar __TypeKind @dummy
            """,
            [
                ("Cannot extend non-scalar type \"__TypeKind\".", [(3, 1)])
            ], schema: schema)
    }

    @Test("extensions of types unknown to the schema are reported with suggestions")
    func extensionsOfTypesUnknownToTheSchemaAreReportedWithSuggestions() throws {
        let schema = try buildSchema(Source("type Known"))
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            extend scalar Unknown @dummy
            extend type Unknown @dummy
            extend interface Unknown @dummy
            extend union Unknown @dummy
            extend enum Unknown @dummy
            extend input Unknown @dummy
            """,
            [
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(1, 15)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(2, 13)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(3, 18)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(4, 14)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(5, 13)]),
                ("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", [(6, 14)]),
            ], schema: schema)
    }

    @Test("suggestions come from the document and the schema types")
    func suggestionsComeFromTheDocumentAndTheSchemaTypes() throws {
        let schema = try buildSchema(Source("type Fox type Fo type Boo"))
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            type Fob
            extend type Foo @dummy
            """,
            [
                (
                    "Cannot extend type \"Foo\" because it is not defined. Did you mean \"Boo\", \"Fo\", \"Fob\", "
                        + "or \"Fox\"?",
                    [(2, 13)]
                )
            ], schema: schema)
    }

    @Test("extensions of another kind than the schema type are reported alone")
    func extensionsOfAnotherKindThanTheSchemaTypeAreReportedAlone() throws {
        let schema = try buildSchema(
            Source(
                """
                scalar FooScalar
                type FooObject
                interface FooInterface
                union FooUnion
                enum FooEnum
                input FooInputObject
                """))
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            extend type FooScalar @dummy
            extend interface FooObject @dummy
            extend union FooInterface @dummy
            extend enum FooUnion @dummy
            extend input FooEnum @dummy
            extend scalar FooInputObject @dummy
            """,
            [
                ("Cannot extend non-object type \"FooScalar\".", [(1, 1)]),
                ("Cannot extend non-interface type \"FooObject\".", [(2, 1)]),
                ("Cannot extend non-union type \"FooInterface\".", [(3, 1)]),
                ("Cannot extend non-enum type \"FooUnion\".", [(4, 1)]),
                ("Cannot extend non-input object type \"FooEnum\".", [(5, 1)]),
                ("Cannot extend non-scalar type \"FooInputObject\".", [(6, 1)]),
            ], schema: schema)
    }

    @Test("a type defined in the document takes precedence over the schema type for the kind")
    func aTypeDefinedInTheDocumentTakesPrecedenceOverTheSchemaTypeForTheKind() throws {
        let schema = try buildSchema(
            Source(
                """
                scalar FooScalar
                type FooObject
                interface FooInterface
                union FooUnion
                enum FooEnum
                input FooInputObject
                """))
        expectSDLValidationErrors(
            PossibleTypeExtensionsRule.self,
            """
            type FooScalar
            extend type FooScalar @dummy
            extend scalar FooScalar @dummy
            """,
            [
                ("Cannot extend non-scalar type \"FooScalar\".", [(1, 1), (3, 1)])
            ], schema: schema)
    }
}
