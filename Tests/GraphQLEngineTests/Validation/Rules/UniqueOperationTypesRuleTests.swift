import Testing

@testable import GraphQLEngine

/// `UniqueOperationTypesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueOperationTypesRuleTests {
    @Test("a document without a schema definition is valid")
    func aDocumentWithoutASchemaDefinitionIsValid() {
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            type Foo
            """)
    }

    @Test("a schema definition setting each root type once is valid")
    func aSchemaDefinitionSettingEachRootTypeOnceIsValid() {
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """)
    }

    @Test("an extension may set the root types the definition does not")
    func anExtensionMaySetTheRootTypesTheDefinitionDoesNot() {
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema { query: Foo }

            extend schema {
              mutation: Foo
              subscription: Foo
            }
            """)
    }

    @Test("separate extensions may set separate root types")
    func separateExtensionsMaySetSeparateRootTypes() {
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """)
    }

    @Test("extensions may come before the definition")
    func extensionsMayComeBeforeTheDefinition() {
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            type Foo

            extend schema { mutation: Foo }
            extend schema { subscription: Foo }

            schema { query: Foo }
            """)
    }

    @Test("root types repeated inside one schema definition are reported")
    func rootTypesRepeatedInsideOneSchemaDefinitionAreReported() {
        expectSDLValidationErrors(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo

              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            [
                ("There can be only one query type in schema.", [(4, 3), (8, 3)]),
                ("There can be only one mutation type in schema.", [(5, 3), (9, 3)]),
                ("There can be only one subscription type in schema.", [(6, 3), (10, 3)]),
            ])
    }

    @Test("root types repeated in an extension are reported with the first setting")
    func rootTypesRepeatedInAnExtensionAreReportedWithTheFirstSetting() {
        expectSDLValidationErrors(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            [
                ("There can be only one query type in schema.", [(4, 3), (10, 3)]),
                ("There can be only one mutation type in schema.", [(5, 3), (11, 3)]),
                ("There can be only one subscription type in schema.", [(6, 3), (12, 3)]),
            ])
    }

    @Test("root types repeated in two extensions are reported twice")
    func rootTypesRepeatedInTwoExtensionsAreReportedTwice() {
        expectSDLValidationErrors(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            [
                ("There can be only one query type in schema.", [(4, 3), (10, 3)]),
                ("There can be only one mutation type in schema.", [(5, 3), (11, 3)]),
                ("There can be only one subscription type in schema.", [(6, 3), (12, 3)]),
                ("There can be only one query type in schema.", [(4, 3), (16, 3)]),
                ("There can be only one mutation type in schema.", [(5, 3), (17, 3)]),
                ("There can be only one subscription type in schema.", [(6, 3), (18, 3)]),
            ])
    }

    @Test("root types repeated in a second extension point at the extension that set them")
    func rootTypesRepeatedInASecondExtensionPointAtTheExtensionThatSetThem() {
        expectSDLValidationErrors(
            UniqueOperationTypesRule.self,
            """
            type Foo

            schema {
              query: Foo
            }

            extend schema {
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            [
                ("There can be only one query type in schema.", [(4, 3), (13, 3)]),
                ("There can be only one mutation type in schema.", [(8, 3), (14, 3)]),
                ("There can be only one subscription type in schema.", [(9, 3), (15, 3)]),
            ])
    }

    @Test("a schema definition may set root types a schema without them lacks")
    func aSchemaDefinitionMaySetRootTypesASchemaWithoutThemLacks() throws {
        let schema = try buildSchema(Source("type Foo"))
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """, schema: schema)
    }

    @Test("a definition and extensions may set root types a schema without them lacks")
    func aDefinitionAndExtensionsMaySetRootTypesASchemaWithoutThemLacks() throws {
        let schema = try buildSchema(Source("type Foo"))
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """, schema: schema)
    }

    @Test("extensions may add root types the schema lacks")
    func extensionsMayAddRootTypesTheSchemaLacks() throws {
        let schema = try buildSchema(Source("type Query"))
        expectValidSDL(
            UniqueOperationTypesRule.self,
            """
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """, schema: schema)
    }

    @Test("root types the schema already has are reported")
    func rootTypesTheSchemaAlreadyHasAreReported() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query
                type Mutation
                type Subscription

                type Foo
                """))
        expectSDLValidationErrors(
            UniqueOperationTypesRule.self,
            """
            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            [
                ("Type for query already defined in the schema. It cannot be redefined.", [(2, 3)]),
                ("Type for mutation already defined in the schema. It cannot be redefined.", [(3, 3)]),
                ("Type for subscription already defined in the schema. It cannot be redefined.", [(4, 3)]),
            ], schema: schema)
    }

    @Test("root types the schema already has are reported at each setting")
    func rootTypesTheSchemaAlreadyHasAreReportedAtEachSetting() throws {
        let schema = try buildSchema(
            Source(
                """
                type Query
                type Mutation
                type Subscription
                """))
        expectSDLValidationErrors(
            UniqueOperationTypesRule.self,
            """
            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }

            extend schema {
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """,
            [
                ("Type for query already defined in the schema. It cannot be redefined.", [(2, 3)]),
                ("Type for mutation already defined in the schema. It cannot be redefined.", [(3, 3)]),
                ("Type for subscription already defined in the schema. It cannot be redefined.", [(4, 3)]),
                ("Type for query already defined in the schema. It cannot be redefined.", [(8, 3)]),
                ("Type for mutation already defined in the schema. It cannot be redefined.", [(9, 3)]),
                ("Type for subscription already defined in the schema. It cannot be redefined.", [(10, 3)]),
            ], schema: schema)
    }
}
