import Testing

@testable import GraphQLEngine

/// `NoUnusedVariablesRule`: messages and locations as graphql-js 16 reports them.
struct NoUnusedVariablesRuleTests {
    @Test("uses all variables")
    func usesAllVariables() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """)
    }

    @Test("all variables deeply used")
    func allVariablesDeeplyUsed() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """)
    }

    @Test("all variables deeply used in inline fragments")
    func allVariablesDeeplyUsedInInlineFragments() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """)
    }

    @Test("all variables used in fragments")
    func allVariablesUsedInFragments() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """)
    }

    @Test("a variable of a fragment shared by two operations")
    func aVariableOfAFragmentSharedByTwoOperations() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """)
    }

    @Test("variables of fragments spread by different operations")
    func variablesOfFragmentsSpreadByDifferentOperations() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($b: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """)
    }

    @Test("a variable of a recursive fragment")
    func aVariableOfARecursiveFragment() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """)
    }

    @Test("variables in directives, lists and input objects")
    func variablesInDirectivesListsAndInputObjects() {
        expectValid(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: Boolean!, $b: Int, $c: String, $d: Boolean) @onQuery(arg: $d) {
              dog @include(if: $a) {
                isAtLocation(x: [$b], y: {value: $c})
              }
            }
            """)
    }

    @Test("a variable not used")
    func aVariableNotUsed() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            [
                ("Variable \"$c\" is never used.", [(1, 32)])
            ])
    }

    @Test("multiple variables not used")
    func multipleVariablesNotUsed() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            [
                ("Variable \"$a\" is never used in operation \"Foo\".", [(1, 11)]),
                ("Variable \"$c\" is never used in operation \"Foo\".", [(1, 35)]),
            ])
    }

    @Test("a variable not used in fragments")
    func aVariableNotUsedInFragments() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            [
                ("Variable \"$c\" is never used in operation \"Foo\".", [(1, 35)])
            ])
    }

    @Test("multiple variables not used in fragments")
    func multipleVariablesNotUsedInFragments() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            [
                ("Variable \"$a\" is never used in operation \"Foo\".", [(1, 11)]),
                ("Variable \"$c\" is never used in operation \"Foo\".", [(1, 35)]),
            ])
    }

    @Test("a variable used only by an unreferenced fragment is unused")
    func aVariableUsedOnlyByAnUnreferencedFragmentIsUnused() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            [
                ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 11)])
            ])
    }

    @Test("a variable used only by a fragment of another operation is unused")
    func aVariableUsedOnlyByAFragmentOfAnotherOperationIsUnused() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            [
                ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 11)]),
                ("Variable \"$a\" is never used in operation \"Bar\".", [(4, 11)]),
            ])
    }

    @Test("a variable used only by a spread of an unknown fragment is unused")
    func aVariableUsedOnlyByASpreadOfAnUnknownFragmentIsUnused() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: String) {
              ...Unknown
            }
            """,
            [
                ("Variable \"$a\" is never used in operation \"Foo\".", [(1, 11)])
            ])
    }

    @Test("the error covers the whole variable definition")
    func theErrorCoversTheWholeVariableDefinition() {
        expectValidationErrors(
            NoUnusedVariablesRule.self,
            """
            query Foo($a: [String!]! = ["x"] @onVariableDefinition) {
              __typename
            }
            """,
            [
                ("Variable \"$a\" is never used in operation \"Foo\".", [(1, 11)])
            ])
    }
}
