import Testing

@testable import GraphQLEngine

/// `ScalarLeafsRule`: messages and locations as graphql-js 16 reports them.
struct ScalarLeafsRuleTests {
    @Test("a valid scalar selection")
    func aValidScalarSelection() {
        expectValid(
            ScalarLeafsRule.self,
            """
            fragment scalarSelection on Dog {
              barks
            }
            """)
    }

    @Test("an object type without a selection set")
    func anObjectTypeWithoutASelectionSet() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            [
                (
                    "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?",
                    [(2, 3)]
                )
            ])
    }

    @Test("an interface type without a selection set")
    func anInterfaceTypeWithoutASelectionSet() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            {
              human { pets }
            }
            """,
            [
                (
                    "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?",
                    [(2, 11)]
                )
            ])
    }

    @Test("a valid scalar selection with arguments")
    func aValidScalarSelectionWithArguments() {
        expectValid(
            ScalarLeafsRule.self,
            """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """)
    }

    @Test("a selection set on a boolean scalar")
    func aSelectionSetOnABooleanScalar() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            [
                ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", [(2, 9)])
            ])
    }

    @Test("a selection set on an enum")
    func aSelectionSetOnAnEnum() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            [
                ("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", [(2, 12)])
            ])
    }

    @Test("a selection set on a scalar with arguments")
    func aSelectionSetOnAScalarWithArguments() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """,
            [
                (
                    "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.",
                    [(2, 36)]
                )
            ])
    }

    @Test("a selection set on a scalar with directives")
    func aSelectionSetOnAScalarWithDirectives() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """,
            [
                ("Field \"name\" must not have a selection since type \"String\" has no subfields.", [(2, 27)])
            ])
    }

    @Test("a selection set on a scalar with directives and arguments")
    func aSelectionSetOnAScalarWithDirectivesAndArguments() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            [
                (
                    "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.",
                    [(2, 55)]
                )
            ])
    }

    @Test("a list of non-null objects without a selection set names the wrapped type")
    func aListOfNonnullObjectsWithoutASelectionSetNamesTheWrappedType() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            {
              human { relatives }
            }
            """,
            [
                (
                    "Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?",
                    [(2, 11)]
                )
            ])
    }

    @Test("unknown fields are left to other rules")
    func unknownFieldsAreLeftToOtherRules() {
        expectValid(
            ScalarLeafsRule.self,
            """
            {
              dog { unknownField { a } }
              unknownRoot
            }
            """)
    }

    @Test("the meta-field __typename is a leaf")
    func theMetafieldTypenameIsALeaf() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            {
              __typename
              dog { __typename { name } }
            }
            """,
            [
                ("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", [(3, 20)])
            ])
    }

    @Test("the introspection meta-fields need a selection set")
    func theIntrospectionMetafieldsNeedASelectionSet() {
        expectValidationErrors(
            ScalarLeafsRule.self,
            """
            {
              __schema
              __type(name: "Dog")
            }
            """,
            [
                (
                    "Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. Did you mean \"__schema { ... }\"?",
                    [(2, 3)]
                ),
                (
                    "Field \"__type\" of type \"__Type\" must have a selection of subfields. Did you mean \"__type { ... }\"?",
                    [(3, 3)]
                ),
            ])
    }
}
