import Testing

@testable import GraphQLEngine

/// `LoneAnonymousOperationRule`: messages and locations as graphql-js 16 reports them.
struct LoneAnonymousOperationRuleTests {
    @Test("no operations")
    func noOperations() {
        expectValid(
            LoneAnonymousOperationRule.self,
            """
            fragment fragA on Type {
              field
            }
            """)
    }

    @Test("one anonymous operation")
    func oneAnonymousOperation() {
        expectValid(
            LoneAnonymousOperationRule.self,
            """
            {
              field
            }
            """)
    }

    @Test("multiple named operations")
    func multipleNamedOperations() {
        expectValid(
            LoneAnonymousOperationRule.self,
            """
            query Foo {
              field
            }

            query Bar {
              field
            }
            """)
    }

    @Test("an anonymous operation with fragments")
    func anAnonymousOperationWithFragments() {
        expectValid(
            LoneAnonymousOperationRule.self,
            """
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """)
    }

    @Test("multiple anonymous operations")
    func multipleAnonymousOperations() {
        expectValidationErrors(
            LoneAnonymousOperationRule.self,
            """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            [
                ("This anonymous operation must be the only defined operation.", [(1, 1)]),
                ("This anonymous operation must be the only defined operation.", [(4, 1)]),
            ])
    }

    @Test("an anonymous operation with a mutation")
    func anAnonymousOperationWithAMutation() {
        expectValidationErrors(
            LoneAnonymousOperationRule.self,
            """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            [
                ("This anonymous operation must be the only defined operation.", [(1, 1)])
            ])
    }

    @Test("an anonymous operation with a subscription")
    func anAnonymousOperationWithASubscription() {
        expectValidationErrors(
            LoneAnonymousOperationRule.self,
            """
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            [
                ("This anonymous operation must be the only defined operation.", [(1, 1)])
            ])
    }
}
