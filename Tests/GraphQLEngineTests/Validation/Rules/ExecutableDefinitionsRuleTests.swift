import Testing

@testable import GraphQLEngine

/// `ExecutableDefinitionsRule`: messages and locations as graphql-js 16 reports them.
struct ExecutableDefinitionsRuleTests {
    @Test("an operation alone is executable")
    func anOperationAloneIsExecutable() {
        expectValid(
            ExecutableDefinitionsRule.self,
            """
            query Foo {
              dog {
                name
              }
            }
            """)
    }

    @Test("an operation and a fragment are executable")
    func anOperationAndAFragmentAreExecutable() {
        expectValid(
            ExecutableDefinitionsRule.self,
            """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """)
    }

    @Test("type definitions and extensions are not executable")
    func typeDefinitionsAndExtensionsAreNotExecutable() {
        expectValidationErrors(
            ExecutableDefinitionsRule.self,
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            [
                ("The \"Cow\" definition is not executable.", [(7, 1)]),
                ("The \"Dog\" definition is not executable.", [(11, 1)]),
            ])
    }

    @Test("schema definitions and extensions are not executable")
    func schemaDefinitionsAndExtensionsAreNotExecutable() {
        expectValidationErrors(
            ExecutableDefinitionsRule.self,
            """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """,
            [
                ("The schema definition is not executable.", [(1, 1)]),
                ("The \"Query\" definition is not executable.", [(5, 1)]),
                ("The schema definition is not executable.", [(9, 1)]),
            ])
    }

    @Test("directive definitions and every other type-system kind are not executable")
    func directiveDefinitionsAndEveryOtherTypesystemKindAreNotExecutable() {
        expectValidationErrors(
            ExecutableDefinitionsRule.self,
            """
            directive @tag on FIELD
            scalar Date
            interface Node { id: ID }
            union U = A | B
            enum E { A }
            input I { a: Int }
            extend scalar Date @tag
            { dog { name } }
            """,
            [
                ("The \"tag\" definition is not executable.", [(1, 1)]),
                ("The \"Date\" definition is not executable.", [(2, 1)]),
                ("The \"Node\" definition is not executable.", [(3, 1)]),
                ("The \"U\" definition is not executable.", [(4, 1)]),
                ("The \"E\" definition is not executable.", [(5, 1)]),
                ("The \"I\" definition is not executable.", [(6, 1)]),
                ("The \"Date\" definition is not executable.", [(7, 1)]),
            ])
    }
}
