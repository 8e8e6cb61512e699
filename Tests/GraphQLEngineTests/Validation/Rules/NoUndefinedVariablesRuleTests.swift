import Testing

@testable import GraphQLEngine

/// `NoUndefinedVariablesRule`: messages and locations as graphql-js 16 reports them.
struct NoUndefinedVariablesRuleTests {
    @Test("all variables defined")
    func allVariablesDefined() {
        expectValid(
            NoUndefinedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """)
    }

    @Test("all variables deeply used")
    func allVariablesDeeplyUsed() {
        expectValid(
            NoUndefinedVariablesRule.self,
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
            NoUndefinedVariablesRule.self,
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
            NoUndefinedVariablesRule.self,
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
            NoUndefinedVariablesRule.self,
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
            NoUndefinedVariablesRule.self,
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
            NoUndefinedVariablesRule.self,
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
            NoUndefinedVariablesRule.self,
            """
            query Foo($a: Boolean!, $b: Int, $c: String, $d: Boolean) @onQuery(arg: $d) {
              dog @include(if: $a) {
                isAtLocation(x: [$b], y: {value: $c})
              }
            }
            """)
    }

    @Test("a variable not defined")
    func aVariableNotDefined() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            [
                ("Variable \"$d\" is not defined by operation \"Foo\".", [(2, 33), (1, 1)])
            ])
    }

    @Test("a variable not defined by an unnamed query")
    func aVariableNotDefinedByAnUnnamedQuery() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            {
              field(a: $a)
            }
            """,
            [
                ("Variable \"$a\" is not defined.", [(2, 12), (1, 1)])
            ])
    }

    @Test("multiple variables not defined")
    func multipleVariablesNotDefined() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            [
                ("Variable \"$a\" is not defined by operation \"Foo\".", [(2, 12), (1, 1)]),
                ("Variable \"$c\" is not defined by operation \"Foo\".", [(2, 26), (1, 1)]),
            ])
    }

    @Test("a variable in a fragment not defined by an unnamed query")
    func aVariableInAFragmentNotDefinedByAnUnnamedQuery() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            [
                ("Variable \"$a\" is not defined.", [(5, 12), (1, 1)])
            ])
    }

    @Test("a variable in a fragment not defined by the operation")
    func aVariableInAFragmentNotDefinedByTheOperation() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($a: String, $b: String) {
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
            """,
            [
                ("Variable \"$c\" is not defined by operation \"Foo\".", [(15, 12), (1, 1)])
            ])
    }

    @Test("multiple variables in fragments not defined")
    func multipleVariablesInFragmentsNotDefined() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($b: String) {
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
            """,
            [
                ("Variable \"$a\" is not defined by operation \"Foo\".", [(5, 12), (1, 1)]),
                ("Variable \"$c\" is not defined by operation \"Foo\".", [(15, 12), (1, 1)]),
            ])
    }

    @Test("a variable in a fragment not defined by either of two operations")
    func aVariableInAFragmentNotDefinedByEitherOfTwoOperations() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($a: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            [
                ("Variable \"$b\" is not defined by operation \"Foo\".", [(8, 19), (1, 1)]),
                ("Variable \"$b\" is not defined by operation \"Bar\".", [(8, 19), (4, 1)]),
            ])
    }

    @Test("variables in a fragment not defined by multiple operations")
    func variablesInAFragmentNotDefinedByMultipleOperations() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            [
                ("Variable \"$a\" is not defined by operation \"Foo\".", [(8, 12), (1, 1)]),
                ("Variable \"$b\" is not defined by operation \"Bar\".", [(8, 19), (4, 1)]),
            ])
    }

    @Test("a variable in a fragment used by another operation")
    func aVariableInAFragmentUsedByAnotherOperation() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
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
                ("Variable \"$a\" is not defined by operation \"Foo\".", [(8, 12), (1, 1)]),
                ("Variable \"$b\" is not defined by operation \"Bar\".", [(11, 12), (4, 1)]),
            ])
    }

    @Test("every use of an undefined variable is reported")
    func everyUseOfAnUndefinedVariableIsReported() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """,
            [
                ("Variable \"$a\" is not defined by operation \"Foo\".", [(8, 13), (1, 1)]),
                ("Variable \"$a\" is not defined by operation \"Foo\".", [(10, 13), (1, 1)]),
                ("Variable \"$c\" is not defined by operation \"Foo\".", [(13, 13), (1, 1)]),
                ("Variable \"$b\" is not defined by operation \"Bar\".", [(8, 20), (4, 1)]),
                ("Variable \"$b\" is not defined by operation \"Bar\".", [(10, 20), (4, 1)]),
                ("Variable \"$c\" is not defined by operation \"Bar\".", [(13, 13), (4, 1)]),
            ])
    }

    @Test("a variable used in the operation's own directive")
    func aVariableUsedInTheOperationSOwnDirective() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo @onQuery(arg: $x) {
              __typename
            }
            """,
            [
                ("Variable \"$x\" is not defined by operation \"Foo\".", [(1, 25), (1, 1)])
            ])
    }

    @Test("a variable defined by another operation is not defined")
    func aVariableDefinedByAnotherOperationIsNotDefined() {
        expectValidationErrors(
            NoUndefinedVariablesRule.self,
            """
            query Foo($a: String) {
              field(a: $a)
            }
            query Bar {
              field(a: $a)
            }
            """,
            [
                ("Variable \"$a\" is not defined by operation \"Bar\".", [(5, 12), (4, 1)])
            ])
    }
}
