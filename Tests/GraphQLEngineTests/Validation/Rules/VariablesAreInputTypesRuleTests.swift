import Testing

@testable import GraphQLEngine

/// `VariablesAreInputTypesRule`: messages and locations as graphql-js 16 reports them.
struct VariablesAreInputTypesRuleTests {
    @Test("unknown types are left to KnownTypeNames")
    func unknownTypesAreLeftToKnownTypeNames() {
        expectValid(
            VariablesAreInputTypesRule.self,
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """)
    }

    @Test("input types are valid")
    func inputTypesAreValid() {
        expectValid(
            VariablesAreInputTypesRule.self,
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor = BROWN) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """)
    }

    @Test("output types are invalid and printed with their wrappers")
    func outputTypesAreInvalidAndPrintedWithTheirWrappers() {
        expectValidationErrors(
            VariablesAreInputTypesRule.self,
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            [
                ("Variable \"$a\" cannot be non-input type \"Dog\".", [(1, 15)]),
                ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", [(1, 24)]),
                ("Variable \"$c\" cannot be non-input type \"Pet\".", [(1, 44)]),
            ])
    }

    @Test("an anonymous operation's output-typed variable is reported")
    func anAnonymousOperationSOutputTypedVariableIsReported() {
        expectValidationErrors(
            VariablesAreInputTypesRule.self,
            """
            query ($human: Human!) {
              human {
                name
              }
            }
            """,
            [
                ("Variable \"$human\" cannot be non-input type \"Human!\".", [(1, 16)])
            ])
    }

    @Test("variables of every operation are checked")
    func variablesOfEveryOperationAreChecked() {
        expectValidationErrors(
            VariablesAreInputTypesRule.self,
            """
            query A($a: Alien) {
              alien {
                name
              }
            }
            mutation B($b: [HumanOrAlien]) {
              __typename
            }
            """,
            [
                ("Variable \"$a\" cannot be non-input type \"Alien\".", [(1, 13)]),
                ("Variable \"$b\" cannot be non-input type \"[HumanOrAlien]\".", [(6, 16)]),
            ])
    }
}
