import Testing

@testable import GraphQLEngine

/// `NoSchemaIntrospectionCustomRule`: graphql-js 16's cases, messages and locations.
struct NoSchemaIntrospectionCustomRuleTests {
    /// graphql-js's schema for this rule: a field whose type is an introspection type.
    static let schema: GraphQLSchema = {
        do throws(SchemaBuildError) {
            return try buildSchema(
                Source(
                    """
                    type Query {
                      someQuery: SomeType
                    }

                    type SomeType {
                      someField: String
                      introspectionField: __EnumValue
                    }
                    """))
        } catch {
            fatalError("The test schema does not build: \(error.errors)")
        }
    }()

    @Test("ignores valid fields including __typename")
    func ignoresValidFieldsIncludingTypename() {
        expectValid(
            NoSchemaIntrospectionCustomRule.self,
            """
            {
              someQuery {
                __typename
                someField
              }
            }
            """, schema: Self.schema)
    }

    @Test("ignores fields not in the schema")
    func ignoresFieldsNotInTheSchema() {
        expectValid(
            NoSchemaIntrospectionCustomRule.self,
            """
            {
              __introspect
            }
            """, schema: Self.schema)
    }

    @Test("reports error when a field with an introspection type is requested")
    func reportsIntrospectionField() {
        expectValidationErrors(
            NoSchemaIntrospectionCustomRule.self,
            """
            {
              __schema {
                queryType {
                  name
                }
              }
            }
            """,
            [
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                    [(2, 3)]
                ),
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".",
                    [(3, 5)]
                ),
            ], schema: Self.schema)
    }

    @Test("reports error when a field with an introspection type is requested and aliased")
    func reportsAliasedIntrospectionField() {
        expectValidationErrors(
            NoSchemaIntrospectionCustomRule.self,
            """
            {
              s: __schema {
                queryType {
                  name
                }
              }
            }
            """,
            [
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                    [(2, 3)]
                ),
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".",
                    [(3, 5)]
                ),
            ], schema: Self.schema)
    }

    @Test("reports error when using a fragment with a field with an introspection type")
    func reportsIntrospectionFieldInFragment() {
        expectValidationErrors(
            NoSchemaIntrospectionCustomRule.self,
            """
            {
              ...QueryFragment
            }

            fragment QueryFragment on Query {
              __schema {
                queryType {
                  name
                }
              }
            }
            """,
            [
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                    [(6, 3)]
                ),
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".",
                    [(7, 5)]
                ),
            ], schema: Self.schema)
    }

    @Test("reports error for __type and for non-standard fields of an introspection type")
    func reportsTypeAndNonStandardIntrospectionFields() {
        expectValidationErrors(
            NoSchemaIntrospectionCustomRule.self,
            """
            {
              __type(name: "Query") {
                name
              }
              someQuery {
                introspectionField {
                  name
                }
              }
            }
            """,
            [
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__type\".",
                    [(2, 3)]
                ),
                (
                    "GraphQL introspection has been disabled, but the requested query contained the field \"introspectionField\".",
                    [(6, 5)]
                ),
            ], schema: Self.schema)
    }
}
