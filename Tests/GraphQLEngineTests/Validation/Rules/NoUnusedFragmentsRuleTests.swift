import Testing

@testable import GraphQLEngine

/// `NoUnusedFragmentsRule`: messages and locations as graphql-js 16 reports them.
struct NoUnusedFragmentsRuleTests {
    @Test("all fragment names are used")
    func allFragmentNamesAreUsed() {
        expectValid(
            NoUnusedFragmentsRule.self,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """)
    }

    @Test("all fragment names are used by multiple operations")
    func allFragmentNamesAreUsedByMultipleOperations() {
        expectValid(
            NoUnusedFragmentsRule.self,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """)
    }

    @Test("unused fragments are reported")
    func unusedFragmentsAreReported() {
        expectValidationErrors(
            NoUnusedFragmentsRule.self,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            [
                ("Fragment \"Unused1\" is never used.", [(21, 1)]),
                ("Fragment \"Unused2\" is never used.", [(24, 1)]),
            ])
    }

    @Test("unused fragments that reference each other are reported")
    func unusedFragmentsThatReferenceEachOtherAreReported() {
        expectValidationErrors(
            NoUnusedFragmentsRule.self,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            [
                ("Fragment \"Unused1\" is never used.", [(9, 1)]),
                ("Fragment \"Unused2\" is never used.", [(13, 1)]),
            ])
    }

    @Test("a fragment used only by an unknown fragment is reported")
    func aFragmentUsedOnlyByAnUnknownFragmentIsReported() {
        expectValidationErrors(
            NoUnusedFragmentsRule.self,
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            [
                ("Fragment \"foo\" is never used.", [(6, 1)])
            ])
    }

    @Test("a fragment with no operations at all is reported")
    func aFragmentWithNoOperationsAtAllIsReported() {
        expectValidationErrors(
            NoUnusedFragmentsRule.self,
            """
            fragment Lonely on Dog {
              name
            }
            """,
            [
                ("Fragment \"Lonely\" is never used.", [(1, 1)])
            ])
    }
}
