import Testing

@testable import GraphQLEngine

/// `KnownTypeNamesRule`: messages and locations as graphql-js 16 reports them.
struct KnownTypeNamesRuleTests {
    @Test("known type names are valid")
    func knownTypeNamesAreValid() {
        expectValid(
            KnownTypeNamesRule.self,
            """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """)
    }

    @Test("unknown type names are reported, with suggestions when close")
    func unknownTypeNamesAreReportedWithSuggestionsWhenClose() {
        expectValidationErrors(
            KnownTypeNamesRule.self,
            """
            query Foo($var: [JumbledUpLetters!]!) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            [
                ("Unknown type \"JumbledUpLetters\".", [(1, 18)]),
                ("Unknown type \"Badger\".", [(4, 19)]),
                ("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", [(7, 23)]),
            ])
    }

    @Test("standard scalars the schema does not use are unknown in executable documents")
    func standardScalarsTheSchemaDoesNotUseAreUnknownInExecutableDocuments() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query {
                  a: String
                }
                """))
        expectValidationErrors(
            KnownTypeNamesRule.self,
            """
            query Foo($var: Float, $var2: __Schema, $var3: Int) {
              a
            }
            """,
            [
                ("Unknown type \"Float\".", [(1, 17)]),
                ("Unknown type \"Int\".", [(1, 48)]),
            ], schema: schema)
    }

    @Test("types defined in the document are known")
    func typesDefinedInTheDocumentAreKnown() {
        expectValid(
            KnownTypeNamesRule.self,
            """
            query Foo($var: LocalInput) {
              dog { name }
            }
            input LocalInput { a: Int }
            """)
    }

    @Test("type-system definitions in an executable document are checked too")
    func typesystemDefinitionsInAnExecutableDocumentAreCheckedToo() {
        expectValidationErrors(
            KnownTypeNamesRule.self,
            """
            query Foo { dog { name } }
            type Cow { friend: Horse, name: String, owner: Float }
            """,
            [
                ("Unknown type \"Horse\".", [(2, 20)])
            ])
    }
}

/// `KnownTypeNamesRule` in type-system documents that define a new schema.
struct KnownTypeNamesRuleSDLTests {
    @Test("types defined in the document are known")
    func typesDefinedInTheDocumentAreKnown() {
        expectValidSDL(
            KnownTypeNamesRule.self,
            """
            type Query {
              foo: Foo
            }
            type Foo {
              bar: [Bar!]
            }
            union Bar = Baz | Qux
            type Baz { a: Int }
            type Qux { b: String }
            """)
    }

    @Test("standard scalars and introspection types are known without being defined")
    func standardScalarsAndIntrospectionTypesAreKnownWithoutBeingDefined() {
        expectValidSDL(
            KnownTypeNamesRule.self,
            """
            type Query {
              a: Int
              b: Float
              c: ID
              d: __Schema
            }
            """)
    }

    @Test("unknown types in every type-system position are reported")
    func unknownTypesInEveryTypesystemPositionAreReported() {
        expectSDLValidationErrors(
            KnownTypeNamesRule.self,
            """
            schema {
              query: Quer
              mutation: Mutation
            }
            type Query implements SomeInterface {
              field(arg: Strin = "x"): Strin
            }
            union SomeUnion = Quer | Quary
            input SomeInput {
              field: [Strng!]
            }
            directive @dir(arg: Strng) on FIELD
            extend type Qurey implements Nods
            """,
            [
                ("Unknown type \"Quer\". Did you mean \"Query\"?", [(2, 10)]),
                ("Unknown type \"Mutation\".", [(3, 13)]),
                ("Unknown type \"SomeInterface\".", [(5, 23)]),
                ("Unknown type \"Strin\". Did you mean \"String\"?", [(6, 14)]),
                ("Unknown type \"Strin\". Did you mean \"String\"?", [(6, 28)]),
                ("Unknown type \"Quer\". Did you mean \"Query\"?", [(8, 19)]),
                ("Unknown type \"Quary\". Did you mean \"Query\"?", [(8, 26)]),
                ("Unknown type \"Strng\". Did you mean \"String\"?", [(10, 11)]),
                ("Unknown type \"Strng\". Did you mean \"String\"?", [(12, 21)]),
                ("Unknown type \"Nods\".", [(13, 30)]),
            ])
    }
}

/// `KnownTypeNamesRule` in type-system documents that extend `validationTestSchema`.
struct KnownTypeNamesRuleSDLExtensionTests {
    @Test("types of the extended schema are known")
    func typesOfTheExtendedSchemaAreKnown() {
        expectValidSDL(
            KnownTypeNamesRule.self,
            """
            type NewType { dog: Dog, pet: Pet }
            extend type Dog { friend: Cat }
            """, schema: validationTestSchema)
    }

    @Test("unknown types are suggested from the extended schema and the document")
    func unknownTypesAreSuggestedFromTheExtendedSchemaAndTheDocument() {
        expectSDLValidationErrors(
            KnownTypeNamesRule.self,
            """
            type NewType { dog: Dgo, cat: Cta }
            extend type Human { friend: NewTyp }
            """,
            [
                ("Unknown type \"Dgo\". Did you mean \"Dog\"?", [(1, 21)]),
                ("Unknown type \"Cta\". Did you mean \"Cat\"?", [(1, 31)]),
                ("Unknown type \"NewTyp\". Did you mean \"NewType\"?", [(2, 29)]),
            ], schema: validationTestSchema)
    }
}
