import Testing

@testable import GraphQLEngine

/// `LoneSchemaDefinitionRule`: messages and locations as graphql-js 16 reports them.
struct LoneSchemaDefinitionRuleTests {
    @Test("a document without a schema definition is valid")
    func aDocumentWithoutASchemaDefinitionIsValid() {
        expectValidSDL(
            LoneSchemaDefinitionRule.self,
            """
            type Query {
              foo: String
            }
            """)
    }

    @Test("one schema definition is valid")
    func oneSchemaDefinitionIsValid() {
        expectValidSDL(
            LoneSchemaDefinitionRule.self,
            """
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }
            """)
    }

    @Test("every schema definition after the first is reported")
    func everySchemaDefinitionAfterTheFirstIsReported() {
        expectSDLValidationErrors(
            LoneSchemaDefinitionRule.self,
            """
            schema {
              query: Foo
            }

            type Foo {
              foo: String
            }

            schema {
              mutation: Foo
            }

            schema {
              subscription: Foo
            }
            """,
            [
                ("Must provide only one schema definition.", [(9, 1)]),
                ("Must provide only one schema definition.", [(13, 1)]),
            ])
    }

    @Test("schema extensions do not count as definitions")
    func schemaExtensionsDoNotCountAsDefinitions() {
        expectValidSDL(
            LoneSchemaDefinitionRule.self,
            """
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema @foo
            type Foo { foo: String }
            """)
    }

    @Test("a schema definition may extend a schema without root types")
    func aSchemaDefinitionMayExtendASchemaWithoutRootTypes() throws {
        let schema = try buildSchema(
            Source(
                """
                type Foo {
                  foo: String
                }
                """))
        expectValidSDL(
            LoneSchemaDefinitionRule.self,
            """
            schema {
              query: Foo
            }
            """, schema: schema)
    }

    @Test("a schema definition may not extend a schema that has one")
    func aSchemaDefinitionMayNotExtendASchemaThatHasOne() throws {
        let schema = try buildSchema(
            Source(
                """
                schema {
                  query: Foo
                }

                type Foo {
                  foo: String
                }
                """))
        expectSDLValidationErrors(
            LoneSchemaDefinitionRule.self,
            """
            schema {
              mutation: Foo
            }
            """,
            [
                ("Cannot define a new schema within a schema extension.", [(1, 1)])
            ], schema: schema)
    }

    @Test("a schema definition may not extend a schema with an implicit query type")
    func aSchemaDefinitionMayNotExtendASchemaWithAnImplicitQueryType() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query {
                  fooField: Foo
                }

                type Foo {
                  foo: String
                }
                """))
        expectSDLValidationErrors(
            LoneSchemaDefinitionRule.self,
            """
            schema {
              mutation: Foo
            }
            """,
            [
                ("Cannot define a new schema within a schema extension.", [(1, 1)])
            ], schema: schema)
    }

    @Test("a schema definition may not extend a schema with only a mutation type")
    func aSchemaDefinitionMayNotExtendASchemaWithOnlyAMutationType() throws {
        let schema = try buildSchema(
            Source(
                """
                type Mutation {
                  foo: String
                }

                type Foo {
                  foo: String
                }
                """))
        expectSDLValidationErrors(
            LoneSchemaDefinitionRule.self,
            """
            schema {
              query: Foo
            }
            schema {
              query: Foo
            }
            """,
            [
                ("Cannot define a new schema within a schema extension.", [(1, 1)]),
                ("Cannot define a new schema within a schema extension.", [(4, 1)]),
            ], schema: schema)
    }

    @Test("a schema extension may extend a schema that has one")
    func aSchemaExtensionMayExtendASchemaThatHasOne() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query {
                  fooField: Foo
                }

                type Foo {
                  foo: String
                }
                """))
        expectValidSDL(
            LoneSchemaDefinitionRule.self,
            """
            extend schema {
              mutation: Foo
            }
            """, schema: schema)
    }
}
