import Testing

@testable import GraphQLEngine

/// `UniqueInputFieldNamesRule` on executable and type-system documents: messages and locations as
/// graphql-js 16 reports them.
struct UniqueInputFieldNamesRuleTests {
    @Test("an input object with distinct fields is valid")
    func anInputObjectWithDistinctFieldsIsValid() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """)
    }

    @Test("the same field name in nested input objects is valid")
    func theSameFieldNameInNestedInputObjectsIsValid() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """)
    }

    @Test("the same field name in sibling input objects is valid")
    func theSameFieldNameInSiblingInputObjectsIsValid() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """)
    }

    @Test("the same field name in input objects of a list is valid")
    func theSameFieldNameInInputObjectsOfAListIsValid() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: [{ f: true }, { f: true }])
            }
            """)
    }

    @Test("a repeated input field is reported at the first and the repeat")
    func aRepeatedInputFieldIsReportedAtTheFirstAndTheRepeat() {
        expectValidationErrors(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            [
                ("There can be only one input field named \"f1\".", [(2, 16), (2, 29)])
            ])
    }

    @Test("a field given three times is reported for each repeat, against the first")
    func aFieldGivenThreeTimesIsReportedForEachRepeatAgainstTheFirst() {
        expectValidationErrors(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            [
                ("There can be only one input field named \"f1\".", [(2, 16), (2, 29)]),
                ("There can be only one input field named \"f1\".", [(2, 16), (2, 42)]),
            ])
    }

    @Test("a repeated field in a nested input object is reported")
    func aRepeatedFieldInANestedInputObjectIsReported() {
        expectValidationErrors(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
            [
                ("There can be only one input field named \"f2\".", [(2, 21), (2, 34)])
            ])
    }

    @Test("repeats are told apart from the enclosing object after a nested one")
    func repeatsAreToldApartFromTheEnclosingObjectAfterANestedOne() {
        expectValidationErrors(
            UniqueInputFieldNamesRule.self,
            """
            {
              field(arg: { a: 1, b: { a: 1, c: 2 }, c: 3, a: 4 })
            }
            """,
            [
                ("There can be only one input field named \"a\".", [(2, 16), (2, 47)])
            ])
    }

    @Test("input objects in variable defaults and directives are checked")
    func inputObjectsInVariableDefaultsAndDirectivesAreChecked() {
        expectValidationErrors(
            UniqueInputFieldNamesRule.self,
            """
            query ($v: ComplexInput = { intField: 1, intField: 2 }) {
              dog @skip(if: { x: 1, x: 2 }) { name }
            }
            """,
            [
                ("There can be only one input field named \"intField\".", [(1, 29), (1, 42)]),
                ("There can be only one input field named \"x\".", [(2, 19), (2, 25)]),
            ])
    }

    @Test("repeated fields in default values and directive arguments of a type-system document are reported")
    func repeatedFieldsInDefaultValuesAndDirectiveArgumentsOfATypeSystemDocumentAreReported() {
        expectSDLValidationErrors(
            UniqueInputFieldNamesRule.self,
            """
            type Query {
              foo(arg: In = { a: 1, a: 2 }): String @custom(arg: { b: 1, b: 2 })
            }
            input In { a: Int }
            """,
            [
                ("There can be only one input field named \"a\".", [(2, 19), (2, 25)]),
                ("There can be only one input field named \"b\".", [(2, 56), (2, 62)]),
            ])
    }
}
