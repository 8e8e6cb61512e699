import Testing

@testable import GraphQLEngine

/// `UniqueArgumentNamesRule` on executable and type-system documents: messages and locations as
/// graphql-js 16 reports them.
struct UniqueArgumentNamesRuleTests {
    @Test("no arguments on a field is valid")
    func noArgumentsOnAFieldIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field
            }
            """)
    }

    @Test("no arguments on a directive is valid")
    func noArgumentsOnADirectiveIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field @directive
            }
            """)
    }

    @Test("an argument on a field is valid")
    func anArgumentOnAFieldIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field(arg: "value")
            }
            """)
    }

    @Test("an argument on a directive is valid")
    func anArgumentOnADirectiveIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field @directive(arg: "value")
            }
            """)
    }

    @Test("the same argument on two fields is valid")
    func theSameArgumentOnTwoFieldsIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """)
    }

    @Test("the same argument on a field and its directive is valid")
    func theSameArgumentOnAFieldAndItsDirectiveIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field(arg: "value") @directive(arg: "value")
            }
            """)
    }

    @Test("the same argument on two directives is valid")
    func theSameArgumentOnTwoDirectivesIsValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field @directive1(arg: "value") @directive2(arg: "value")
            }
            """)
    }

    @Test("several distinct field arguments are valid")
    func severalDistinctFieldArgumentsAreValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """)
    }

    @Test("several distinct directive arguments are valid")
    func severalDistinctDirectiveArgumentsAreValid() {
        expectValid(
            UniqueArgumentNamesRule.self,
            """
            {
              field @directive(arg1: "value", arg2: "value", arg3: "value")
            }
            """)
    }

    @Test("a repeated field argument is reported at both names")
    func aRepeatedFieldArgumentIsReportedAtBothNames() {
        expectValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            [
                ("There can be only one argument named \"arg1\".", [(2, 9), (2, 24)])
            ])
    }

    @Test("a field argument given three times is reported once at the three names")
    func aFieldArgumentGivenThreeTimesIsReportedOnceAtTheThreeNames() {
        expectValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            [
                ("There can be only one argument named \"arg1\".", [(2, 9), (2, 24), (2, 39)])
            ])
    }

    @Test("a repeated directive argument is reported at both names")
    func aRepeatedDirectiveArgumentIsReportedAtBothNames() {
        expectValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            [
                ("There can be only one argument named \"arg1\".", [(2, 20), (2, 35)])
            ])
    }

    @Test("a directive argument given three times is reported once at the three names")
    func aDirectiveArgumentGivenThreeTimesIsReportedOnceAtTheThreeNames() {
        expectValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            [
                ("There can be only one argument named \"arg1\".", [(2, 20), (2, 35), (2, 50)])
            ])
    }

    @Test("several repeated names are reported in the order they first appear")
    func severalRepeatedNamesAreReportedInTheOrderTheyFirstAppear() {
        expectValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            {
              field(b: 1, a: 1, b: 2, c: 1, a: 2)
            }
            """,
            [
                ("There can be only one argument named \"b\".", [(2, 9), (2, 21)]),
                ("There can be only one argument named \"a\".", [(2, 15), (2, 33)]),
            ])
    }

    @Test("arguments nested in selections and fragments are checked")
    func argumentsNestedInSelectionsAndFragmentsAreChecked() {
        expectValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            query ($v: Boolean = true) @onQuery(x: 1, x: 2) {
              dog {
                name(surname: true, surname: false)
                ... on Dog @include(if: $v, if: true) { barks }
                ...frag @skip(if: false, if: true)
              }
            }
            fragment frag on Dog { doesKnowCommand(dogCommand: SIT, dogCommand: HEEL) }
            """,
            [
                ("There can be only one argument named \"x\".", [(1, 37), (1, 43)]),
                ("There can be only one argument named \"surname\".", [(3, 10), (3, 25)]),
                ("There can be only one argument named \"if\".", [(4, 25), (4, 33)]),
                ("There can be only one argument named \"if\".", [(5, 19), (5, 30)]),
                ("There can be only one argument named \"dogCommand\".", [(8, 40), (8, 57)]),
            ])
    }

    @Test("repeated arguments of directives in a type-system document are reported")
    func repeatedArgumentsOfDirectivesInATypeSystemDocumentAreReported() {
        expectSDLValidationErrors(
            UniqueArgumentNamesRule.self,
            """
            type Query @key(fields: "a", fields: "b") {
              foo(arg: Int @deprecated(reason: "x", reason: "y")): String @deprecated(reason: "a", reason: "b")
            }
            extend type Query @key(fields: "c", fields: "d")
            """,
            [
                ("There can be only one argument named \"fields\".", [(1, 17), (1, 30)]),
                ("There can be only one argument named \"reason\".", [(2, 28), (2, 41)]),
                ("There can be only one argument named \"reason\".", [(2, 75), (2, 88)]),
                ("There can be only one argument named \"fields\".", [(4, 24), (4, 37)]),
            ])
    }

    @Test("distinct directive arguments in a type-system document are valid")
    func distinctDirectiveArgumentsInATypeSystemDocumentAreValid() {
        expectValidSDL(
            UniqueArgumentNamesRule.self,
            """
            type Query @key(a: 1, b: 2) {
              foo: String @deprecated(reason: "a")
            }
            """)
    }
}
