import Testing

@testable import GraphQLEngine

/// `UniqueVariableNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueVariableNamesRuleTests {
    @Test("unique variable names")
    func uniqueVariableNames() {
        expectValid(
            UniqueVariableNamesRule.self,
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """)
    }

    @Test("duplicate variable names are reported once per name with every definition")
    func duplicateVariableNamesAreReportedOncePerNameWithEveryDefinition() {
        expectValidationErrors(
            UniqueVariableNamesRule.self,
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            [
                ("There can be only one variable named \"$x\".", [(1, 10), (1, 19), (1, 28)]),
                ("There can be only one variable named \"$x\".", [(2, 10), (2, 22)]),
                ("There can be only one variable named \"$x\".", [(3, 10), (3, 19)]),
            ])
    }

    @Test("duplicated names are reported in the order they first appear")
    func duplicatedNamesAreReportedInTheOrderTheyFirstAppear() {
        expectValidationErrors(
            UniqueVariableNamesRule.self,
            """
            query ($b: Int, $a: Int, $c: Int, $a: String, $b: String) {
              __typename
            }
            """,
            [
                ("There can be only one variable named \"$b\".", [(1, 9), (1, 48)]),
                ("There can be only one variable named \"$a\".", [(1, 18), (1, 36)]),
            ])
    }

    @Test("an operation without variables is valid")
    func anOperationWithoutVariablesIsValid() {
        expectValid(
            UniqueVariableNamesRule.self,
            """
            {
              __typename
            }
            """)
    }
}
