import Testing

@testable import GraphQLEngine

/// `NoFragmentCyclesRule`: messages and locations as graphql-js 16 reports them.
struct NoFragmentCyclesRuleTests {
    @Test("a single reference is valid")
    func aSingleReferenceIsValid() {
        expectValid(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """)
    }

    @Test("spreading twice is not circular")
    func spreadingTwiceIsNotCircular() {
        expectValid(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """)
    }

    @Test("spreading twice indirectly is not circular")
    func spreadingTwiceIndirectlyIsNotCircular() {
        expectValid(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """)
    }

    @Test("a double spread within abstract types")
    func aDoubleSpreadWithinAbstractTypes() {
        expectValid(
            NoFragmentCyclesRule.self,
            """
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """)
    }

    @Test("an unknown fragment is not a false positive")
    func anUnknownFragmentIsNotAFalsePositive() {
        expectValid(
            NoFragmentCyclesRule.self,
            """
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """)
    }

    @Test("spreading recursively within a field fails")
    func spreadingRecursivelyWithinAFieldFails() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Human { relatives { ...fragA } },
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself.", [(1, 39)])
            ])
    }

    @Test("spreading itself directly fails")
    func spreadingItselfDirectlyFails() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragA }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself.", [(1, 25)])
            ])
    }

    @Test("spreading itself directly within an inline fragment fails")
    func spreadingItselfDirectlyWithinAnInlineFragmentFails() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself.", [(3, 5)])
            ])
    }

    @Test("spreading itself indirectly fails")
    func spreadingItselfIndirectlyFails() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(1, 25), (2, 25)])
            ])
    }

    @Test("spreading itself indirectly is reported from the first definition")
    func spreadingItselfIndirectlyIsReportedFromTheFirstDefinition() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            [
                ("Cannot spread fragment \"fragB\" within itself via \"fragA\".", [(1, 25), (2, 25)])
            ])
    }

    @Test("spreading itself indirectly within inline fragments fails")
    func spreadingItselfIndirectlyWithinInlineFragmentsFails() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragB
              }
            }
            fragment fragB on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(3, 5), (8, 5)])
            ])
    }

    @Test("spreading itself deeply fails")
    func spreadingItselfDeeplyFails() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            [
                (
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
                    [(1, 25), (2, 25), (3, 25), (7, 25), (8, 25)]
                ),
                (
                    "Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
                    [(7, 25), (8, 35), (4, 25), (5, 25), (6, 25)]
                ),
            ])
    }

    @Test("spreading itself deeply along two paths fails twice")
    func spreadingItselfDeeplyAlongTwoPathsFailsTwice() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(1, 25), (2, 25)]),
                ("Cannot spread fragment \"fragA\" within itself via \"fragC\".", [(1, 35), (3, 25)]),
            ])
    }

    @Test("spreading itself deeply along two paths in the other traversal order")
    func spreadingItselfDeeplyAlongTwoPathsInTheOtherTraversalOrder() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself via \"fragC\".", [(1, 25), (3, 25)]),
                ("Cannot spread fragment \"fragC\" within itself via \"fragB\".", [(3, 35), (2, 25)]),
            ])
    }

    @Test("spreading itself deeply and immediately")
    func spreadingItselfDeeplyAndImmediately() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            [
                ("Cannot spread fragment \"fragB\" within itself.", [(2, 25)]),
                (
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".",
                    [(1, 25), (2, 35), (3, 25)]
                ),
                ("Cannot spread fragment \"fragB\" within itself via \"fragC\".", [(2, 35), (3, 35)]),
            ])
    }

    @Test("a fragment's own spreads are followed before those nested in its fields")
    func aFragmentSOwnSpreadsAreFollowedBeforeThoseNestedInItsFields() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog {
              mother {
                ...fragB
              }
              ...fragC
              father {
                ...fragD
              }
            }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            fragment fragD on Dog { ...fragA }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself via \"fragC\".", [(5, 3), (11, 25)]),
                ("Cannot spread fragment \"fragA\" within itself via \"fragD\".", [(7, 5), (12, 25)]),
                ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(3, 5), (10, 25)]),
            ])
    }

    @Test("a tangled graph of fragments is explored in graphql-js's order")
    func aTangledGraphOfFragmentsIsExploredInGraphqlJsSOrder() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment F0 on Dog {
              mother {
                ...F5
              }
              ...F2
              father {
                ... on Dog {
                  ...F6
                }
              }
            }
            fragment F1 on Dog {
              mother {
                ...Missing
              }
              ...F0
              father {
                ... on Dog {
                  ...F1
                }
              }
            }
            fragment F2 on Dog {
              mother {
                ...F8
              }
              ...F1
              father {
                ... on Dog {
                  ...F5
                }
              }
            }
            fragment F3 on Dog {
              mother {
                ...F9
              }
              ...F0
              father {
                ... on Dog {
                  ...F8
                }
              }
            }
            fragment F4 on Dog {
              mother {
                ...F3
              }
              ...F0
              father {
                ... on Dog {
                  ...F1
                }
              }
            }
            fragment F5 on Dog {
              mother {
                ...F6
              }
              ...Missing
              father {
                ... on Dog {
                  ...F1
                }
              }
            }
            fragment F6 on Dog {
              mother {
                ...F3
              }
              ...F1
              father {
                ... on Dog {
                  ...F8
                }
              }
            }
            fragment F7 on Dog {
              mother {
                ...F6
              }
              ...F0
              father {
                ... on Dog {
                  ...F1
                }
              }
            }
            fragment F8 on Dog {
              mother {
                ...F3
              }
              ...F9
              father {
                ... on Dog {
                  ...F0
                }
              }
            }
            fragment F9 on Dog {
              mother {
                ...F9
              }
              ...Missing
              father {
                ... on Dog {
                  ...F6
                }
              }
            }
            """,
            [
                ("Cannot spread fragment \"F0\" within itself via \"F2\", \"F1\".", [(5, 3), (27, 3), (16, 3)]),
                ("Cannot spread fragment \"F1\" within itself.", [(19, 7)]),
                ("Cannot spread fragment \"F6\" within itself via \"F8\", \"F9\".", [(74, 7), (93, 3), (107, 7)]),
                ("Cannot spread fragment \"F9\" within itself.", [(102, 5)]),
                (
                    "Cannot spread fragment \"F0\" within itself via \"F2\", \"F5\", \"F6\", \"F8\".",
                    [(5, 3), (30, 7), (58, 5), (74, 7), (96, 7)]
                ),
                (
                    "Cannot spread fragment \"F0\" within itself via \"F2\", \"F5\", \"F6\", \"F8\", \"F3\".",
                    [(5, 3), (30, 7), (58, 5), (74, 7), (91, 5), (38, 3)]
                ),
                ("Cannot spread fragment \"F8\" within itself via \"F3\".", [(91, 5), (41, 7)]),
            ])
    }

    @Test("a cycle through a repeated fragment name follows the first definition")
    func aCycleThroughARepeatedFragmentNameFollowsTheFirstDefinition() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { ...fragA }
            fragment fragA on Dog { name }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself.", [(1, 25)])
            ])
    }

    @Test("a repeated fragment name whose first definition spreads nothing is not explored again")
    func aRepeatedFragmentNameWhoseFirstDefinitionSpreadsNothingIsNotExploredAgain() {
        expectValid(
            NoFragmentCyclesRule.self,
            """
            fragment fragA on Dog { name }
            fragment fragA on Dog { ...fragA }
            """)
    }

    @Test("cycles among fragments used by operations are reported once")
    func cyclesAmongFragmentsUsedByOperationsAreReportedOnce() {
        expectValidationErrors(
            NoFragmentCyclesRule.self,
            """
            query Q1 { dog { ...fragA } }
            query Q2 { dog { ...fragB } }
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            [
                ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", [(3, 25), (4, 25)])
            ])
    }

    @Test("a long chain of fragments closed into a cycle is reported once, without deep recursion")
    func aLongChainOfFragmentsClosedIntoACycleIsReportedOnce() throws {
        let count = 5_000
        var text = ""
        for index in 0..<count {
            text += "fragment F\(index) on Dog { ...F\((index + 1) % count) }\n"
        }
        let document = try parse(text)
        let errors = validate(schema: validationTestSchema, document: document, rules: [NoFragmentCyclesRule.self])
        #expect(errors.count == 1)
        let via = (1..<count).map { "\"F\($0)\"" }.joined(separator: ", ")
        #expect(errors.first?.message == "Cannot spread fragment \"F0\" within itself via \(via).")
        #expect(errors.first?.locations.count == count)
    }

    @Test("many fragments spreading each other are explored once each")
    func manyFragmentsSpreadingEachOtherAreExploredOnceEach() throws {
        // Each fragment spreads the next ten: without the visited set the walk would be
        // exponential. No cycle, so nothing is reported.
        let count = 2_000
        var text = ""
        for index in 0..<count {
            let spreads = (1...10).map { $0 + index }.filter { $0 < count }.map { "...F\($0)" }
            text += "fragment F\(index) on Dog { name \(spreads.joined(separator: " ")) }\n"
        }
        let document = try parse(text)
        let errors = validate(schema: validationTestSchema, document: document, rules: [NoFragmentCyclesRule.self])
        #expect(errors.isEmpty)
    }
}
