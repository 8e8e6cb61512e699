import Testing

@testable import GraphQLEngine

/// `PossibleFragmentSpreadsRule`: messages and locations as graphql-js 16 reports them.
struct PossibleFragmentSpreadsRuleTests {
    @Test("of the same object")
    func ofTheSameObject() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """)
    }

    @Test("of the same object with an inline fragment")
    func ofTheSameObjectWithAnInlineFragment() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """)
    }

    @Test("an object into an implemented interface")
    func anObjectIntoAnImplementedInterface() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """)
    }

    @Test("an object into a containing union")
    func anObjectIntoAContainingUnion() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """)
    }

    @Test("a union into a contained object")
    func aUnionIntoAContainedObject() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """)
    }

    @Test("a union into an overlapping interface")
    func aUnionIntoAnOverlappingInterface() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """)
    }

    @Test("a union into an overlapping union")
    func aUnionIntoAnOverlappingUnion() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """)
    }

    @Test("an interface into an implementing object")
    func anInterfaceIntoAnImplementingObject() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """)
    }

    @Test("an interface into an overlapping interface")
    func anInterfaceIntoAnOverlappingInterface() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """)
    }

    @Test("an interface into an overlapping interface in an inline fragment")
    func anInterfaceIntoAnOverlappingInterfaceInAnInlineFragment() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """)
    }

    @Test("an interface into an overlapping union")
    func anInterfaceIntoAnOverlappingUnion() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """)
    }

    @Test("an inline fragment without a type condition")
    func anInlineFragmentWithoutATypeCondition() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment noCondition on Pet { ... { name } }
            """)
    }

    @Test("incorrect types are left to FragmentsOnCompositeTypes")
    func incorrectTypesAreLeftToFragmentsOnCompositeTypes() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """)
    }

    @Test("unknown fragments are left to KnownFragmentNames")
    func unknownFragmentsAreLeftToKnownFragmentNames() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment petFragment on Pet { ...UnknownFragment }
            """)
    }

    @Test("unknown types are left to KnownTypeNames")
    func unknownTypesAreLeftToKnownTypeNames() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            fragment petFragment on Pet { ...unknownTypeFragment ... on Unknown { name } }
            fragment unknownTypeFragment on Unknown { name }
            """)
    }

    @Test("spreads under an unknown field are not checked")
    func spreadsUnderAnUnknownFieldAreNotChecked() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            """
            {
              unknownField {
                ...catFragment
              }
            }
            fragment catFragment on Cat { meows }
            """)
    }

    @Test("a different object into an object")
    func aDifferentObjectIntoAnObject() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            [
                (
                    "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
                    [(1, 45)]
                )
            ])
    }

    @Test("a different object into an object in an inline fragment")
    func aDifferentObjectIntoAnObjectInAnInlineFragment() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            [
                ("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", [(2, 3)])
            ])
    }

    @Test("an object into a non-implementing interface")
    func anObjectIntoANonImplementingInterface() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            [
                (
                    "Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".",
                    [(1, 48)]
                )
            ])
    }

    @Test("an object into a non-containing union")
    func anObjectIntoANonContainingUnion() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            [
                (
                    "Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".",
                    [(1, 49)]
                )
            ])
    }

    @Test("a union into a non-contained object")
    func aUnionIntoANonContainedObject() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            [
                (
                    "Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".",
                    [(1, 46)]
                )
            ])
    }

    @Test("a union into a non-overlapping interface")
    func aUnionIntoANonOverlappingInterface() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            [
                (
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".",
                    [(1, 47)]
                )
            ])
    }

    @Test("a union into a non-overlapping union")
    func aUnionIntoANonOverlappingUnion() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            [
                (
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".",
                    [(1, 48)]
                )
            ])
    }

    @Test("an interface into a non-implementing object")
    func anInterfaceIntoANonImplementingObject() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """,
            [
                (
                    "Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".",
                    [(1, 48)]
                )
            ])
    }

    @Test("an interface into a non-overlapping interface")
    func anInterfaceIntoANonOverlappingInterface() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """,
            [
                (
                    "Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".",
                    [(2, 3)]
                )
            ])
    }

    @Test("an interface into a non-overlapping interface in an inline fragment")
    func anInterfaceIntoANonOverlappingInterfaceInAnInlineFragment() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """,
            [
                (
                    "Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".",
                    [(2, 3)]
                )
            ])
    }

    @Test("an interface into a non-overlapping union")
    func anInterfaceIntoANonOverlappingUnion() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            [
                (
                    "Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".",
                    [(1, 56)]
                )
            ])
    }

    @Test("spreads in an operation's fields are checked against the field's type")
    func spreadsInAnOperationSFieldsAreCheckedAgainstTheFieldSType() {
        expectValidationErrors(
            PossibleFragmentSpreadsRule.self,
            """
            {
              dog {
                ...catFragment
                ... on Cat { meows }
              }
              catOrDog {
                ... on Human { name }
              }
            }
            fragment catFragment on Cat { meows }
            """,
            [
                (
                    "Fragment \"catFragment\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".",
                    [(3, 5)]
                ),
                ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", [(4, 5)]),
                (
                    "Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".",
                    [(7, 5)]
                ),
            ])
    }
}
