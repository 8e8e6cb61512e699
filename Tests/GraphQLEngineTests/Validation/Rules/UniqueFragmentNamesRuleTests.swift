import Testing

@testable import GraphQLEngine

/// `UniqueFragmentNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueFragmentNamesRuleTests {
    @Test("no fragments")
    func noFragments() {
        expectValid(
            UniqueFragmentNamesRule.self,
            """
            {
              field
            }
            """)
    }

    @Test("one fragment")
    func oneFragment() {
        expectValid(
            UniqueFragmentNamesRule.self,
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              field
            }
            """)
    }

    @Test("many fragments")
    func manyFragments() {
        expectValid(
            UniqueFragmentNamesRule.self,
            """
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """)
    }

    @Test("inline fragments are always unique")
    func inlineFragmentsAreAlwaysUnique() {
        expectValid(
            UniqueFragmentNamesRule.self,
            """
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
            }
            """)
    }

    @Test("a fragment and an operation may share a name")
    func aFragmentAndAnOperationMayShareAName() {
        expectValid(
            UniqueFragmentNamesRule.self,
            """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """)
    }

    @Test("fragments named the same are reported")
    func fragmentsNamedTheSameAreReported() {
        expectValidationErrors(
            UniqueFragmentNamesRule.self,
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            [
                ("There can be only one fragment named \"fragA\".", [(4, 10), (7, 10)])
            ])
    }

    @Test("fragments named the same without being referenced are reported")
    func fragmentsNamedTheSameWithoutBeingReferencedAreReported() {
        expectValidationErrors(
            UniqueFragmentNamesRule.self,
            """
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            [
                ("There can be only one fragment named \"fragA\".", [(1, 10), (4, 10)])
            ])
    }

    @Test("each repeat is reported against the first definition")
    func eachRepeatIsReportedAgainstTheFirstDefinition() {
        expectValidationErrors(
            UniqueFragmentNamesRule.self,
            """
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragA on Type {
              fieldC
            }
            fragment fragB on Type {
              fieldD
            }
            fragment fragA on Type {
              fieldE
            }
            """,
            [
                ("There can be only one fragment named \"fragA\".", [(1, 10), (7, 10)]),
                ("There can be only one fragment named \"fragB\".", [(4, 10), (10, 10)]),
                ("There can be only one fragment named \"fragA\".", [(1, 10), (13, 10)]),
            ])
    }
}
