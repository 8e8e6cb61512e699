import Testing

@testable import GraphQLEngine

/// `FragmentsOnCompositeTypesRule`: messages and locations as graphql-js 16 reports them.
struct FragmentsOnCompositeTypesRuleTests {
    @Test("an object is a valid fragment type")
    func anObjectIsAValidFragmentType() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment validFragment on Dog {
              barks
            }
            """)
    }

    @Test("an interface is a valid fragment type")
    func anInterfaceIsAValidFragmentType() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment validFragment on Pet {
              name
            }
            """)
    }

    @Test("an object is a valid inline fragment type")
    func anObjectIsAValidInlineFragmentType() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """)
    }

    @Test("an interface is a valid inline fragment type")
    func anInterfaceIsAValidInlineFragmentType() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment validFragment on Mammal {
              ... on Canine {
                name
              }
            }
            """)
    }

    @Test("an inline fragment without a type condition is valid")
    func anInlineFragmentWithoutATypeConditionIsValid() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """)
    }

    @Test("a union is a valid fragment type")
    func aUnionIsAValidFragmentType() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment validFragment on CatOrDog {
              __typename
            }
            """)
    }

    @Test("unknown types are left to KnownTypeNames")
    func unknownTypesAreLeftToKnownTypeNames() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment unknownFragment on Unknown {
              ... on AlsoUnknown {
                name
              }
            }
            """)
    }

    @Test("a scalar is an invalid fragment type")
    func aScalarIsAnInvalidFragmentType() {
        expectValidationErrors(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            [
                ("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", [(1, 28)])
            ])
    }

    @Test("an enum is an invalid fragment type")
    func anEnumIsAnInvalidFragmentType() {
        expectValidationErrors(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            [
                ("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", [(1, 28)])
            ])
    }

    @Test("an input object is an invalid fragment type")
    func anInputObjectIsAnInvalidFragmentType() {
        expectValidationErrors(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            [
                ("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", [(1, 27)])
            ])
    }

    @Test("a scalar is an invalid inline fragment type")
    func aScalarIsAnInvalidInlineFragmentType() {
        expectValidationErrors(
            FragmentsOnCompositeTypesRule.self,
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            [
                ("Fragment cannot condition on non composite type \"String\".", [(2, 10)])
            ])
    }

    @Test("an inline fragment on an enum inside an operation is reported")
    func anInlineFragmentOnAnEnumInsideAnOperationIsReported() {
        expectValidationErrors(
            FragmentsOnCompositeTypesRule.self,
            """
            {
              dog {
                ... on DogCommand {
                  name
                }
              }
            }
            """,
            [
                ("Fragment cannot condition on non composite type \"DogCommand\".", [(3, 12)])
            ])
    }
}
