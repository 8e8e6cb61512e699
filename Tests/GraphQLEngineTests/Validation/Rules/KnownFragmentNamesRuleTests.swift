import Testing

@testable import GraphQLEngine

/// `KnownFragmentNamesRule`: messages and locations as graphql-js 16 reports them.
struct KnownFragmentNamesRuleTests {
    @Test("known fragment names are valid")
    func knownFragmentNamesAreValid() {
        expectValid(
            KnownFragmentNamesRule.self,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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

    @Test("unknown fragment names are invalid")
    func unknownFragmentNamesAreInvalid() {
        expectValidationErrors(
            KnownFragmentNamesRule.self,
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            [
                ("Unknown fragment \"UnknownFragment1\".", [(3, 8)]),
                ("Unknown fragment \"UnknownFragment2\".", [(5, 10)]),
                ("Unknown fragment \"UnknownFragment3\".", [(11, 6)]),
            ])
    }

    @Test("every spread of an unknown fragment is reported")
    func everySpreadOfAnUnknownFragmentIsReported() {
        expectValidationErrors(
            KnownFragmentNamesRule.self,
            """
            {
              dog {
                ...Missing
                mother {
                  ...Missing
                }
              }
            }
            """,
            [
                ("Unknown fragment \"Missing\".", [(3, 8)]),
                ("Unknown fragment \"Missing\".", [(5, 10)]),
            ])
    }

    @Test("fragment names are case sensitive")
    func fragmentNamesAreCaseSensitive() {
        expectValidationErrors(
            KnownFragmentNamesRule.self,
            """
            {
              dog {
                ...dogFields
              }
            }
            fragment DogFields on Dog {
              name
            }
            """,
            [
                ("Unknown fragment \"dogFields\".", [(3, 8)])
            ])
    }
}
