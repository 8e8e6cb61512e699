import Testing

@testable import GraphQLEngine

/// `KnownDirectivesRule` in executable documents: messages and locations as graphql-js 16 reports
/// them.
struct KnownDirectivesRuleTests {
    @Test("a document without directives is valid")
    func aDocumentWithoutDirectivesIsValid() {
        expectValid(
            KnownDirectivesRule.self,
            """
            query Foo {
              name
              ...Frag
            }

            fragment Frag on Dog {
              name
            }
            """)
    }

    @Test("specified directives are known")
    func specifiedDirectivesAreKnown() {
        expectValid(
            KnownDirectivesRule.self,
            """
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """)
    }

    @Test("an unknown directive is reported")
    func anUnknownDirectiveIsReported() {
        expectValidationErrors(
            KnownDirectivesRule.self,
            """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """,
            [
                ("Unknown directive \"@unknown\".", [(2, 9)])
            ])
    }

    @Test("each use of an unknown directive is reported")
    func eachUseOfAnUnknownDirectiveIsReported() {
        expectValidationErrors(
            KnownDirectivesRule.self,
            """
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """,
            [
                ("Unknown directive \"@unknown\".", [(2, 14)]),
                ("Unknown directive \"@unknown\".", [(3, 9)]),
                ("Unknown directive \"@unknown\".", [(5, 10)]),
            ])
    }

    @Test("directives in the locations they allow are valid")
    func directivesInTheLocationsTheyAllowAreValid() {
        expectValid(
            KnownDirectivesRule.self,
            """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @onFragmentSpread
                ... @onInlineFragment {
                  name @onField
                }
              }
            }

            mutation @onMutation {
              someField @onField
            }

            subscription @onSubscription {
              someField @onField
            }

            fragment Frag on Human @onFragmentDefinition {
              name @onField
            }
            """)
    }

    @Test("directives in locations they do not allow are reported with the location")
    func directivesInLocationsTheyDoNotAllowAreReportedWithTheLocation() {
        expectValidationErrors(
            KnownDirectivesRule.self,
            """
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }

            mutation @onQuery {
              someField @onQuery
            }

            subscription @onQuery {
              someField @onQuery
            }

            fragment Frag on Human @onQuery {
              name @onQuery
            }
            """,
            [
                ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", [(1, 22)]),
                ("Directive \"@onMutation\" may not be used on QUERY.", [(1, 32)]),
                ("Directive \"@onQuery\" may not be used on FIELD.", [(2, 9)]),
                ("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", [(3, 13)]),
                ("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", [(4, 9)]),
                ("Directive \"@onQuery\" may not be used on FIELD.", [(5, 12)]),
                ("Directive \"@onQuery\" may not be used on MUTATION.", [(10, 10)]),
                ("Directive \"@onQuery\" may not be used on FIELD.", [(11, 13)]),
                ("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", [(14, 14)]),
                ("Directive \"@onQuery\" may not be used on FIELD.", [(15, 13)]),
                ("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", [(18, 24)]),
                ("Directive \"@onQuery\" may not be used on FIELD.", [(19, 8)]),
            ])
    }

    @Test("directives of arguments and nested values are each checked once")
    func directivesOfArgumentsAndNestedValuesAreEachCheckedOnce() {
        expectValidationErrors(
            KnownDirectivesRule.self,
            """
            {
              dog @unknown(a: [1, {b: 2}]) @include(if: true) @onQuery {
                name
              }
            }
            """,
            [
                ("Unknown directive \"@unknown\".", [(2, 7)]),
                ("Directive \"@onQuery\" may not be used on FIELD.", [(2, 51)]),
            ])
    }

    @Test("directives the document defines are known in executable documents")
    func directivesTheDocumentDefinesAreKnownInExecutableDocuments() {
        expectValidationErrors(
            KnownDirectivesRule.self,
            """
            query @local {
              dog @onField
            }

            directive @local on QUERY
            directive @onField on QUERY
            """,
            [
                ("Directive \"@onField\" may not be used on FIELD.", [(2, 7)])
            ])
    }
}

/// `KnownDirectivesRule` in type-system documents, for a new schema or an extension.
struct KnownDirectivesRuleSDLTests {
    static let sdlDirectivesSDL =
        """
        directive @onSchema on SCHEMA
        directive @onScalar on SCALAR
        directive @onObject on OBJECT
        directive @onFieldDefinition on FIELD_DEFINITION
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onInterface on INTERFACE
        directive @onUnion on UNION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onInputObject on INPUT_OBJECT
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        """

    @Test("directives the document defines are known")
    func directivesTheDocumentDefinesAreKnown() {
        expectValidSDL(
            KnownDirectivesRule.self,
            """
            type Query {
              foo: String @test
            }

            directive @test on FIELD_DEFINITION
            """)
    }

    @Test("specified directives are known in a new schema")
    func specifiedDirectivesAreKnownInANewSchema() {
        expectValidSDL(
            KnownDirectivesRule.self,
            """
            type Query {
              foo: String @deprecated
            }
            scalar Url @specifiedBy(url: "https://example.com")
            """)
    }

    @Test("a directive the document defines replaces the specified one of the name")
    func aDirectiveTheDocumentDefinesReplacesTheSpecifiedOneOfTheName() {
        expectValidSDL(
            KnownDirectivesRule.self,
            """
            schema @deprecated {
              query: Query
            }
            directive @deprecated on SCHEMA
            """)
    }

    @Test("oneOf is a specified directive")
    func oneOfIsASpecifiedDirective() {
        // graphql-js 16.6 predates `@oneOf` (added in 16.9, as the spec of September 2025 has it).
        expectSDLValidationErrors(
            KnownDirectivesRule.self,
            """
            input Filter @oneOf {
              id: ID
              name: String
            }
            type Query @oneOf {
              a: Int
            }
            """,
            [
                ("Directive \"@oneOf\" may not be used on OBJECT.", [(5, 12)])
            ])
    }

    @Test("a directive the extension defines is known")
    func aDirectiveTheExtensionDefinesIsKnown() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query {
                  foo: String
                }
                """))
        expectValidSDL(
            KnownDirectivesRule.self,
            """
            directive @test on OBJECT

            extend type Query @test
            """, schema: schema)
    }

    @Test("directives of the schema being extended are known")
    func directivesOfTheSchemaBeingExtendedAreKnown() throws {
        let schema = try buildSchema(
            Source(
                """
                directive @test on OBJECT

                type Query {
                  foo: String
                }
                """))
        expectValidSDL(
            KnownDirectivesRule.self,
            """
            extend type Query @test
            """, schema: schema)
    }

    @Test("a directive unknown to the schema being extended is reported")
    func aDirectiveUnknownToTheSchemaBeingExtendedIsReported() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query {
                  foo: String
                }
                """))
        expectSDLValidationErrors(
            KnownDirectivesRule.self,
            """
            extend type Query @unknown
            """,
            [
                ("Unknown directive \"@unknown\".", [(1, 19)])
            ], schema: schema)
    }

    @Test("unknown directives in a new schema are reported")
    func unknownDirectivesInANewSchemaAreReported() {
        expectSDLValidationErrors(
            KnownDirectivesRule.self,
            """
            type Query @unknown {
              foo(arg: Int @unknown): String @unknown
            }
            enum E { A @unknown }
            directive @d(arg: Int @unknown) on FIELD
            """,
            [
                ("Unknown directive \"@unknown\".", [(1, 12)]),
                ("Unknown directive \"@unknown\".", [(2, 16)]),
                ("Unknown directive \"@unknown\".", [(2, 34)]),
                ("Unknown directive \"@unknown\".", [(4, 12)]),
                ("Unknown directive \"@unknown\".", [(5, 23)]),
            ])
    }

    @Test("directives in the type-system locations they allow are valid")
    func directivesInTheTypeSystemLocationsTheyAllowAreValid() throws {
        let schema = try buildSchema(Source(Self.sdlDirectivesSDL))
        expectValidSDL(
            KnownDirectivesRule.self,
            """
            type MyObj implements MyInterface @onObject {
              myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
            }

            extend type MyObj @onObject

            scalar MyScalar @onScalar

            extend scalar MyScalar @onScalar

            interface MyInterface @onInterface {
              myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
            }

            extend interface MyInterface @onInterface

            union MyUnion @onUnion = MyObj | Other

            extend union MyUnion @onUnion

            enum MyEnum @onEnum {
              MY_VALUE @onEnumValue
            }

            extend enum MyEnum @onEnum

            input MyInput @onInputObject {
              myField: Int @onInputFieldDefinition
            }

            extend input MyInput @onInputObject

            schema @onSchema {
              query: MyQuery
            }

            extend schema @onSchema

            directive @myDirective(arg: Int @onArgumentDefinition) on FIELD
            """, schema: schema)
    }

    @Test("directives in type-system locations they do not allow are reported with the location")
    func directivesInTypeSystemLocationsTheyDoNotAllowAreReportedWithTheLocation() throws {
        let schema = try buildSchema(Source(Self.sdlDirectivesSDL))
        expectSDLValidationErrors(
            KnownDirectivesRule.self,
            """
            type MyObj implements MyInterface @onInterface {
              myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
            }

            scalar MyScalar @onEnum

            interface MyInterface @onObject {
              myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
            }

            union MyUnion @onEnumValue = MyObj | Other

            enum MyEnum @onScalar {
              MY_VALUE @onUnion
            }

            input MyInput @onEnum {
              myField: Int @onArgumentDefinition
            }

            schema @onObject {
              query: MyQuery
            }

            extend schema @onObject

            directive @myDirective(arg: Int @onInputFieldDefinition) on FIELD
            """,
            [
                ("Directive \"@onInterface\" may not be used on OBJECT.", [(1, 35)]),
                ("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", [(2, 22)]),
                ("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", [(2, 55)]),
                ("Directive \"@onEnum\" may not be used on SCALAR.", [(5, 17)]),
                ("Directive \"@onObject\" may not be used on INTERFACE.", [(7, 23)]),
                ("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", [(8, 22)]),
                ("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", [(8, 55)]),
                ("Directive \"@onEnumValue\" may not be used on UNION.", [(11, 15)]),
                ("Directive \"@onScalar\" may not be used on ENUM.", [(13, 13)]),
                ("Directive \"@onUnion\" may not be used on ENUM_VALUE.", [(14, 12)]),
                ("Directive \"@onEnum\" may not be used on INPUT_OBJECT.", [(17, 15)]),
                ("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", [(18, 16)]),
                ("Directive \"@onObject\" may not be used on SCHEMA.", [(21, 8)]),
                ("Directive \"@onObject\" may not be used on SCHEMA.", [(25, 15)]),
                ("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", [(27, 33)]),
            ], schema: schema)
    }

    @Test("extensions are checked against the location of their kind")
    func extensionsAreCheckedAgainstTheLocationOfTheirKind() throws {
        let schema = try buildSchema(Source(Self.sdlDirectivesSDL))
        expectSDLValidationErrors(
            KnownDirectivesRule.self,
            """
            extend scalar MyScalar @onObject
            extend type MyObj @onInterface
            extend interface MyInterface @onObject
            extend union MyUnion @onEnum
            extend enum MyEnum @onUnion
            extend input MyInput @onInputFieldDefinition
            """,
            [
                ("Directive \"@onObject\" may not be used on SCALAR.", [(1, 24)]),
                ("Directive \"@onInterface\" may not be used on OBJECT.", [(2, 19)]),
                ("Directive \"@onObject\" may not be used on INTERFACE.", [(3, 30)]),
                ("Directive \"@onEnum\" may not be used on UNION.", [(4, 22)]),
                ("Directive \"@onUnion\" may not be used on ENUM.", [(5, 20)]),
                ("Directive \"@onInputFieldDefinition\" may not be used on INPUT_OBJECT.", [(6, 22)]),
            ], schema: schema)
    }

    @Test("executable definitions in a type-system document are checked too")
    func executableDefinitionsInATypeSystemDocumentAreCheckedToo() {
        expectSDLValidationErrors(
            KnownDirectivesRule.self,
            """
            query @skip(if: true) {
              a @include(if: true) @unknown
            }
            """,
            [
                ("Directive \"@skip\" may not be used on QUERY.", [(1, 7)]),
                ("Unknown directive \"@unknown\".", [(2, 24)]),
            ])
    }
}
