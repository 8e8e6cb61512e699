import Testing

@testable import GraphQLEngine

/// `OverlappingFieldsCanBeMergedRule` across fragments and nested selection sets: conflicts
/// between fragments, deep conflicts reported once at the nearest common field, and recursive
/// fragments, with graphql-js 16's test cases and its messages, locations and counts.
struct OverlappingFieldsCanBeMergedRuleFragmentTests {
    @Test("encounters conflict in fragments")
    func encountersConflictInFragments() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            [
                (
                    "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 3), (9, 3)]
                )
            ])
    }

    @Test("reports each conflict once")
    func reportsEachConflictOnce() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            [
                (
                    "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(17, 3), (20, 3)]
                ),
                (
                    "Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(13, 5), (17, 3)]
                ),
                (
                    "Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(13, 5), (20, 3)]
                )
            ])
    }

    @Test("deep conflict")
    func deepConflict() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            [
                (
                    "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (5, 3), (6, 5)]
                )
            ])
    }

    @Test("deep conflict with multiple issues")
    func deepConflictWithMultipleIssues() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            [
                (
                    "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)]
                )
            ])
    }

    @Test("very deep conflict")
    func veryDeepConflict() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            [
                (
                    "Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]
                )
            ])
    }

    @Test("reports deep conflict to nearest common ancestor")
    func reportsDeepConflictToNearestCommonAncestor() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            [
                (
                    "Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 7), (6, 5), (7, 7)]
                )
            ])
    }

    @Test("reports deep conflict to nearest common ancestor in fragments")
    func reportsDeepConflictToNearestCommonAncestorInFragments() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            [
                (
                    "Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(11, 5), (12, 7), (14, 5), (15, 7)]
                )
            ])
    }

    @Test("reports deep conflict in nested fragments")
    func reportsDeepConflictInNestedFragments() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field {
                ...I
              }
              field {
                ...F
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            [
                (
                    "Fields \"field\" conflict because subfields \"y\" conflict because \"d\" and \"c\" are different fields and subfields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (17, 3), (21, 3), (5, 3), (14, 3), (10, 3)]
                )
            ])
    }

    @Test("reports deep conflict after nested fragments")
    func reportsDeepConflictAfterNestedFragments() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment F on T {
              ...G
            }
            fragment G on T {
              ...H
            }
            fragment H on T {
              x: a
            }
            {
              x: b
              ...F
            }
            """)
    }

    @Test("ignores unknown fragments")
    func ignoresUnknownFragments() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """)
    }

    @Test("does not infinite loop on recursive fragment")
    func doesNotInfiniteLoopOnRecursiveFragment() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """)
    }

    @Test("does not infinite loop on immediately recursive fragment")
    func doesNotInfiniteLoopOnImmediatelyRecursiveFragment() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """)
    }

    @Test("does not infinite loop on recursive fragment with a field named after fragment")
    func doesNotInfiniteLoopOnRecursiveFragmentWithAFieldNamedAfterFragment() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              ...fragA
              fragA
            }

            fragment fragA on Query { ...fragA }
            """)
    }

    @Test("finds invalid cases even with field named after fragment")
    func findsInvalidCasesEvenWithFieldNamedAfterFragment() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              fragA
              ...fragA
            }

            fragment fragA on Type {
              fragA: b
            }
            """,
            [
                (
                    "Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (7, 3)]
                )
            ])
    }

    @Test("does not infinite loop on transitively recursive fragment")
    func doesNotInfiniteLoopOnTransitivelyRecursiveFragment() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              ...fragA
              fragB
            }

            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name, ...fragA }
            """)
    }

    @Test("finds invalid case even with immediately recursive fragment")
    func findsInvalidCaseEvenWithImmediatelyRecursiveFragment() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """,
            [
                (
                    "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 3), (4, 3)]
                )
            ])
    }

    // graphql-js 16.6 overflows its stack here; later versions find the document valid.
    @Test("does not infinite loop on recursive fragments separated by fields")
    func doesNotInfiniteLoopOnRecursiveFragmentsSeparatedByFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              ...fragA
              ...fragB
            }

            fragment fragA on T {
              x {
                ...fragA
                x {
                  ...fragA
                }
              }
            }

            fragment fragB on T {
              x {
                ...fragB
                x {
                  ...fragB
                }
              }
            }
            """)
    }
}
