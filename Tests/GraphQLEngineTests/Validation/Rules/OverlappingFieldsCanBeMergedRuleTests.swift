import Testing

@testable import GraphQLEngine

/// `OverlappingFieldsCanBeMergedRule` on single selection sets: names, aliases, arguments and
/// directives, with graphql-js 16's test cases and the messages, locations and counts
/// graphql-js 16.6 reports for them.
struct OverlappingFieldsCanBeMergedRuleTests {
    @Test("unique fields")
    func uniqueFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """)
    }

    @Test("identical fields")
    func identicalFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """)
    }

    @Test("identical fields with identical args")
    func identicalFieldsWithIdenticalArgs() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """)
    }

    @Test("identical fields with identical directives")
    func identicalFieldsWithIdenticalDirectives() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """)
    }

    @Test("different args with different aliases")
    func differentArgsWithDifferentAliases() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """)
    }

    @Test("different directives with different aliases")
    func differentDirectivesWithDifferentAliases() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """)
    }

    @Test("different skip and include directives are accepted")
    func differentSkipAndIncludeDirectivesAreAccepted() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """)
    }

    @Test("same aliases with different field targets")
    func sameAliasesWithDifferentFieldTargets() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            [
                (
                    "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ])
    }

    @Test("same aliases allowed on non-overlapping fields")
    func sameAliasesAllowedOnNonOverlappingFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """)
    }

    @Test("alias masking direct field access")
    func aliasMaskingDirectFieldAccess() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            [
                (
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ])
    }

    @Test("different args, second adds an argument")
    func differentArgsSecondAddsAnArgument() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            [
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ])
    }

    @Test("different args, second missing an argument")
    func differentArgsSecondMissingAnArgument() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            [
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ])
    }

    @Test("conflicting arg values")
    func conflictingArgValues() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            [
                (
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ])
    }

    @Test("conflicting arg names")
    func conflictingArgNames() {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            [
                (
                    "Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ])
    }

    @Test("allows different args where no conflict is possible")
    func allowsDifferentArgsWhereNoConflictIsPossible() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """)
    }
}
