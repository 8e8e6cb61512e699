import Testing

@testable import GraphQLEngine

/// `UniqueOperationNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueOperationNamesRuleTests {
    @Test("no operations")
    func noOperations() {
        expectValid(
            UniqueOperationNamesRule.self,
            """
            fragment fragA on Type {
              field
            }
            """)
    }

    @Test("one anonymous operation")
    func oneAnonymousOperation() {
        expectValid(
            UniqueOperationNamesRule.self,
            """
            {
              field
            }
            """)
    }

    @Test("one named operation")
    func oneNamedOperation() {
        expectValid(
            UniqueOperationNamesRule.self,
            """
            query Foo {
              field
            }
            """)
    }

    @Test("multiple operations with different names")
    func multipleOperationsWithDifferentNames() {
        expectValid(
            UniqueOperationNamesRule.self,
            """
            query Foo {
              field
            }

            query Bar {
              field
            }
            """)
    }

    @Test("multiple operations of different kinds with different names")
    func multipleOperationsOfDifferentKindsWithDifferentNames() {
        expectValid(
            UniqueOperationNamesRule.self,
            """
            query Foo {
              field
            }

            mutation Bar {
              field
            }

            subscription Baz {
              field
            }
            """)
    }

    @Test("a fragment and an operation may share a name")
    func aFragmentAndAnOperationMayShareAName() {
        expectValid(
            UniqueOperationNamesRule.self,
            """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """)
    }

    @Test("two operations with the same name")
    func twoOperationsWithTheSameName() {
        expectValidationErrors(
            UniqueOperationNamesRule.self,
            """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            [
                ("There can be only one operation named \"Foo\".", [(1, 7), (4, 7)])
            ])
    }

    @Test("two operations of different kinds with the same name")
    func twoOperationsOfDifferentKindsWithTheSameName() {
        expectValidationErrors(
            UniqueOperationNamesRule.self,
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            [
                ("There can be only one operation named \"Foo\".", [(1, 7), (4, 10)])
            ])
    }

    @Test("three operations with the same name are each reported against the first")
    func threeOperationsWithTheSameNameAreEachReportedAgainstTheFirst() {
        expectValidationErrors(
            UniqueOperationNamesRule.self,
            """
            query Foo { a }
            subscription Foo { b }
            mutation Foo { c }
            """,
            [
                ("There can be only one operation named \"Foo\".", [(1, 7), (2, 14)]),
                ("There can be only one operation named \"Foo\".", [(1, 7), (3, 10)]),
            ])
    }
}
