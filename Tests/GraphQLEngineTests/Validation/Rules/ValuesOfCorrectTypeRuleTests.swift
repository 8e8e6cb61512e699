import Testing

@testable import GraphQLEngine

/// `ValuesOfCorrectTypeRule`: messages and locations as graphql-js 16 reports them; for `@oneOf`
/// input objects, the messages of the graphql-js releases that know them.
struct ValuesOfCorrectTypeRuleTests {
    @Test("a good Int value is valid")
    func aGoodIntValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good negative Int value is valid")
    func aGoodNegativeIntValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good Boolean value is valid")
    func aGoodBooleanValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good String value is valid")
    func aGoodStringValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good block String value is valid")
    func aGoodBlockStringValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: \"""foo\""")
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good Float value is valid")
    func aGoodFloatValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1.1)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good negative Float value is valid")
    func aGoodNegativeFloatValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: -1.1)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an Int into a Float is valid")
    func anIntIntoAFloatIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an Int into an ID is valid")
    func anIntIntoAnIDIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a String into an ID is valid")
    func aStringIntoAnIDIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                idArgField(idArg: "someIdString")
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a good enum value is valid")
    func aGoodEnumValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an enum value named UNKNOWN is valid")
    func anEnumValueNamedUNKNOWNIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: UNKNOWN)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an enum value named NO_FUR is valid")
    func anEnumValueNamedNOFURIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                enumArgField(enumArg: NO_FUR)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("null into a nullable type is valid")
    func nullIntoANullableTypeIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("values of unknown arguments are not checked")
    func valuesOfUnknownArgumentsAreNotChecked() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
                name
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an Int into a String is reported")
    func anIntIntoAStringIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """,
            [
                ("String cannot represent a non string value: 1", [(3, 31)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Float into a String is reported")
    func aFloatIntoAStringIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """,
            [
                ("String cannot represent a non string value: 1.0", [(3, 31)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Boolean into a String is reported")
    func aBooleanIntoAStringIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """,
            [
                ("String cannot represent a non string value: true", [(3, 31)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unquoted String into a String is reported")
    func anUnquotedStringIntoAStringIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """,
            [
                ("String cannot represent a non string value: BAR", [(3, 31)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a String into an Int is reported")
    func aStringIntoAnIntIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: \"3\"", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a big Int into an Int is reported")
    func aBigIntIntoAnIntIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """,
            [
                ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an Int just outside 32 bits is reported")
    func anIntJustOutside32BitsIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: 2147483648)
              }
            }
            """,
            [
                ("Int cannot represent non 32-bit signed integer value: 2147483648", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("the smallest 32-bit Int is valid")
    func theSmallest32BitIntIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: -2147483648)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an unquoted String into an Int is reported")
    func anUnquotedStringIntoAnIntIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: FOO", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a simple Float into an Int is reported")
    func aSimpleFloatIntoAnIntIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: 3.0", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Float into an Int is reported")
    func aFloatIntoAnIntIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: 3.333", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a fractional Float into an Int is reported")
    func aFractionalFloatIntoAnIntIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: 1.5)
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: 1.5", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a String into a Float is reported")
    func aStringIntoAFloatIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """,
            [
                ("Float cannot represent non numeric value: \"3.333\"", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Boolean into a Float is reported")
    func aBooleanIntoAFloatIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """,
            [
                ("Float cannot represent non numeric value: true", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unquoted String into a Float is reported")
    func anUnquotedStringIntoAFloatIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """,
            [
                ("Float cannot represent non numeric value: FOO", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an Int into a Boolean is reported")
    func anIntIntoABooleanIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """,
            [
                ("Boolean cannot represent a non boolean value: 2", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Float into a Boolean is reported")
    func aFloatIntoABooleanIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 1.0)
              }
            }
            """,
            [
                ("Boolean cannot represent a non boolean value: 1.0", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a String into a Boolean is reported")
    func aStringIntoABooleanIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """,
            [
                ("Boolean cannot represent a non boolean value: \"true\"", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unquoted String into a Boolean is reported")
    func anUnquotedStringIntoABooleanIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: TRUE)
              }
            }
            """,
            [
                ("Boolean cannot represent a non boolean value: TRUE", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Float into an ID is reported")
    func aFloatIntoAnIDIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """,
            [
                ("ID cannot represent a non-string and non-integer value: 1.0", [(3, 23)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Boolean into an ID is reported")
    func aBooleanIntoAnIDIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """,
            [
                ("ID cannot represent a non-string and non-integer value: true", [(3, 23)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unquoted String into an ID is reported")
    func anUnquotedStringIntoAnIDIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """,
            [
                ("ID cannot represent a non-string and non-integer value: SOMETHING", [(3, 23)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an Int into an enum is reported")
    func anIntIntoAnEnumIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """,
            [
                ("Enum \"DogCommand\" cannot represent non-enum value: 2.", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Float into an enum is reported")
    func aFloatIntoAnEnumIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: 1.0)
              }
            }
            """,
            [
                ("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a String into an enum is reported with a suggestion")
    func aStringIntoAnEnumIsReportedWithASuggestion() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """,
            [
                (
                    "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?",
                    [(3, 33)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a Boolean into an enum is reported")
    func aBooleanIntoAnEnumIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """,
            [
                ("Enum \"DogCommand\" cannot represent non-enum value: true.", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unknown enum value is reported")
    func anUnknownEnumValueIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """,
            [
                ("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an enum value in the wrong case is reported with a suggestion")
    func anEnumValueInTheWrongCaseIsReportedWithASuggestion() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            [
                ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a list into an enum is reported")
    func aListIntoAnEnumIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: [SIT])
              }
            }
            """,
            [
                (
                    "Enum \"DogCommand\" cannot represent non-enum value: [SIT]. Did you mean the enum value \"SIT\"?",
                    [(3, 33)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a good list value is valid")
    func aGoodListValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an empty list value is valid")
    func anEmptyListValueIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("null into a list is valid")
    func nullIntoAListIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: null)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a single value into a list is valid")
    func aSingleValueIntoAListIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an item of the wrong type is reported")
    func anItemOfTheWrongTypeIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
            [
                ("String cannot represent a non string value: 2", [(3, 47)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a single value of the wrong type into a list is reported")
    func aSingleValueOfTheWrongTypeIntoAListIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """,
            [
                ("String cannot represent a non string value: 1", [(3, 39)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("null into a list of non-null items is reported at the item")
    func nullIntoAListOfNonNullItemsIsReportedAtTheItem() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """,
            [
                ("Expected value of type \"String!\", found null.", [(3, 61)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a nested list into a list of scalars is reported")
    func aNestedListIntoAListOfScalarsIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [["one"]])
              }
            }
            """,
            [
                ("String cannot represent a non string value: [\"one\"]", [(3, 40)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a list into a scalar is reported with the list printed")
    func aListIntoAScalarIsReportedWithTheListPrinted() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: [1, 2])
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: [1, 2]", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an object into a scalar is reported with the object printed")
    func anObjectIntoAScalarIsReportedWithTheObjectPrinted() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                intArgField(intArg: { a: 1 })
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: {a: 1}", [(3, 25)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a list into an input object is reported")
    func aListIntoAnInputObjectIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: [{ requiredField: true }])
              }
            }
            """,
            [
                ("Expected value of type \"ComplexInput\", found [{requiredField: true}].", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a scalar into an input object is reported")
    func aScalarIntoAnInputObjectIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: "NotVeryComplex")
              }
            }
            """,
            [
                ("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an optional argument may be given")
    func anOptionalArgumentMayBeGiven() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("several required arguments are valid")
    func severalRequiredArgumentsAreValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("all required and optional arguments are valid")
    func allRequiredAndOptionalArgumentsAreValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("values of the wrong type for required arguments are each reported")
    func valuesOfTheWrongTypeForRequiredArgumentsAreEachReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: \"two\"", [(3, 24)]),
                ("Int cannot represent non-integer value: \"one\"", [(3, 37)]),
            ],
            schema: inputValueTestSchema)
    }

    @Test("a wrong value is reported and a missing argument is not")
    func aWrongValueIsReportedAndAMissingArgumentIsNot() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: \"one\"", [(3, 24)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("null into a non-null argument is reported")
    func nullIntoANonNullArgumentIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """,
            [
                ("Expected value of type \"Int!\", found null.", [(3, 24)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an optional input object argument may be left out")
    func anOptionalInputObjectArgumentMayBeLeftOut() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an input object with only its required field is valid")
    func anInputObjectWithOnlyItsRequiredFieldIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a required field may be false")
    func aRequiredFieldMayBeFalse() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: false })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an input object with its required field and another is valid")
    func anInputObjectWithItsRequiredFieldAndAnotherIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a full input object is valid")
    func aFullInputObjectIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  intField: 4,
                  stringField: "foo",
                  booleanField: false,
                  stringListField: ["one", "two"]
                })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a full input object with fields in another order is valid")
    func aFullInputObjectWithFieldsInAnotherOrderIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", "two"],
                  booleanField: false,
                  requiredField: true,
                  stringField: "foo",
                  intField: 4,
                })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a missing required field is reported at the object")
    func aMissingRequiredFieldIsReportedAtTheObject() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """,
            [
                ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", [(3, 33)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an invalid field value is reported")
    func anInvalidFieldValueIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """,
            [
                ("String cannot represent a non string value: 2", [(4, 32)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("null into a non-null field is reported")
    func nullIntoANonNullFieldIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: null,
                })
              }
            }
            """,
            [
                ("Expected value of type \"Boolean!\", found null.", [(5, 21)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unknown field is reported with a suggestion")
    func anUnknownFieldIsReportedWithASuggestion() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """,
            [
                ("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", [(5, 7)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("the value of an unknown field is not checked")
    func theValueOfAnUnknownFieldIsNotChecked() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, unknownField: { a: [1, "b"] } })
              }
            }
            """,
            [
                ("Field \"unknownField\" is not defined by type \"ComplexInput\".", [(3, 56)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a missing required field and an unknown one are both reported")
    func aMissingRequiredFieldAndAnUnknownOneAreBothReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredFeld: true })
              }
            }
            """,
            [
                ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", [(3, 33)]),
                (
                    "Field \"requiredFeld\" is not defined by type \"ComplexInput\". Did you mean \"requiredField\"?",
                    [(3, 35)]
                ),
            ],
            schema: inputValueTestSchema)
    }

    @Test("custom scalars accept any literal")
    func customScalarsAcceptAnyLiteral() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog {
                test1: distanceFrom(loc: 123)
                test2: distanceFrom(loc: "abc")
                test3: distanceFrom(loc: [123, "abc"])
                test4: distanceFrom(loc: {deep: [123, "abc"]})
                test5: distanceFrom(loc: null)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("directive arguments of valid types are valid")
    func directiveArgumentsOfValidTypesAreValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("directive arguments of wrong types are reported")
    func directiveArgumentsOfWrongTypesAreReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """,
            [
                ("Boolean cannot represent a non boolean value: \"yes\"", [(2, 20)]),
                ("Boolean cannot represent a non boolean value: ENUM", [(3, 20)]),
            ],
            schema: inputValueTestSchema)
    }

    @Test("valid variable default values are valid")
    func validVariableDefaultValuesAreValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("null default values of nullable variables are valid")
    func nullDefaultValuesOfNullableVariablesAreValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            query WithDefaultValues(
              $a: Int = null,
              $b: String = null,
              $c: ComplexInput = { requiredField: true, intField: null }
            ) {
              dog { name }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("null default values of non-null variables are reported")
    func nullDefaultValuesOfNonNullVariablesAreReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            query WithDefaultValues(
              $a: Int! = null,
              $b: String! = null,
              $c: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """,
            [
                ("Expected value of type \"Int!\", found null.", [(2, 14)]),
                ("Expected value of type \"String!\", found null.", [(3, 17)]),
                ("Expected value of type \"Boolean!\", found null.", [(4, 39)]),
            ],
            schema: inputValueTestSchema)
    }

    @Test("default values of the wrong type are reported")
    func defaultValuesOfTheWrongTypeAreReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
            ) {
              dog { name }
            }
            """,
            [
                ("Int cannot represent non-integer value: \"one\"", [(2, 13)]),
                ("String cannot represent a non string value: 4", [(3, 16)]),
                ("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", [(4, 22)]),
            ],
            schema: inputValueTestSchema)
    }

    @Test("wrong fields in a complex default value are reported")
    func wrongFieldsInAComplexDefaultValueAreReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            query WithDefaultValues(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """,
            [
                ("Boolean cannot represent a non boolean value: 123", [(2, 39)]),
                ("Int cannot represent non-integer value: \"abc\"", [(2, 54)]),
            ],
            schema: inputValueTestSchema)
    }

    @Test("a default value missing a required field is reported")
    func aDefaultValueMissingARequiredFieldIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """,
            [
                ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", [(1, 47)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an invalid item of a list default value is reported")
    func anInvalidItemOfAListDefaultValueIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """,
            [
                ("String cannot represent a non string value: 2", [(1, 42)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("default values of variables of unknown types are not checked")
    func defaultValuesOfVariablesOfUnknownTypesAreNotChecked() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            query ($a: Unknown = "x", $b: [Unknown] = [1]) {
              dog { name }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("variables are not checked")
    func variablesAreNotChecked() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            query ($a: String, $b: Boolean) {
              complicatedArgs {
                intArgField(intArg: $a)
                complexArgField(complexArg: { requiredField: $b, intField: $a })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("values in fragments are checked")
    func valuesInFragmentsAreChecked() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            fragment F on ComplicatedArgs {
              intArgField(intArg: "x")
            }
            """,
            [
                ("Int cannot represent non-integer value: \"x\"", [(2, 23)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal with exactly one field is valid")
    func aOneOfLiteralWithExactlyOneFieldIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal with one non-null variable is valid")
    func aOneOfLiteralWithOneNonNullVariableIsValid() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal with one nullable variable is left to VariablesInAllowedPositionRule")
    func aOneOfLiteralWithOneNullableVariableIsLeftToVariablesInAllowedPositionRule() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal with two fields is reported at the object")
    func aOneOfLiteralWithTwoFieldsIsReportedAtTheObject() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """,
            [
                ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal with a null field and another is reported as not one key")
    func aOneOfLiteralWithANullFieldAndAnotherIsReportedAsNotOneKey() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: null })
              }
            }
            """,
            [
                ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an empty oneOf literal is reported")
    func anEmptyOneOfLiteralIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """,
            [
                ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal with one null field is reported")
    func aOneOfLiteralWithOneNullFieldIsReported() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """,
            [
                ("Field \"OneOfInput.stringField\" must be non-null.", [(3, 29)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a oneOf literal repeating one field counts it once and judges its last value")
    func aOneOfLiteralRepeatingOneFieldCountsItOnceAndJudgesItsLastValue() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: { stringField: "abc", stringField: null })
                b: oneOfArgField(oneOfArg: { stringField: null, stringField: "abc" })
              }
            }
            """,
            [
                ("Field \"OneOfInput.stringField\" must be non-null.", [(3, 32)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a oneOf field of the wrong type is reported by its coercion")
    func aOneOfFieldOfTheWrongTypeIsReportedByItsCoercion() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { intField: "abc" })
              }
            }
            """,
            [
                ("Int cannot represent non-integer value: \"abc\"", [(3, 41)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("an unknown field of a oneOf literal is reported as well")
    func anUnknownFieldOfAOneOfLiteralIsReportedAsWell() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { strField: "abc" })
              }
            }
            """,
            [
                (
                    "Field \"strField\" is not defined by type \"OneOfInput\". Did you mean \"intField\" or \"stringField\"?",
                    [(3, 31)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("oneOf literals in lists, non-null positions and default values are checked")
    func oneofLiteralsInListsNonNullPositionsAndDefaultValuesAreChecked() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            query ($a: OneOfInput = { stringField: "a", intField: 1 }) {
              complicatedArgs {
                oneOfListArgField(oneOfArgs: [{ intField: 1 }, { intField: null }])
                nonNullOneOfArgField(oneOfArg: {})
              }
            }
            """,
            [
                ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(1, 25)]),
                ("Field \"OneOfInput.intField\" must be non-null.", [(3, 52)]),
                ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(4, 36)]),
            ],
            schema: inputValueTestSchema)
    }

    @Test("a oneOf field holding an input object is checked inside")
    func aOneOfFieldHoldingAnInputObjectIsCheckedInside() {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { complexField: { intField: 1 } })
              }
            }
            """,
            [
                ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", [(3, 45)])
            ],
            schema: inputValueTestSchema)
    }

    /// A schema with `invalidArg(arg: Invalid)`, whose scalar rejects every value with a
    /// message of its own.
    private static func schemaWithRejectingScalar() throws -> GraphQLSchema {
        let invalid = GraphQLScalarType(
            name: "Invalid",
            coercion: ScalarCoercion(
                serialize: { $0 },
                parseValue: { value throws(GraphQLError) in
                    throw GraphQLError("Invalid scalar is always invalid: \(inspect(value))")
                }))
        let query = GraphQLObjectType(
            name: "Query",
            fields: [
                GraphQLField(
                    name: "invalidArg", type: .named(.scalar(.string)),
                    arguments: [GraphQLInputValue(name: "arg", type: .named(.scalar(invalid)))])
            ])
        return try GraphQLSchema(query: query)
    }

    @Test("a custom scalar's own error is reported with the expected type and the literal")
    func aCustomScalarsOwnErrorIsReportedWithTheExpectedTypeAndTheLiteral() throws {
        expectValidationErrors(
            ValuesOfCorrectTypeRule.self, "{ invalidArg(arg: 123) }",
            [("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", [(1, 19)])],
            schema: try Self.schemaWithRejectingScalar())
    }

    @Test("the rule and its neighbours report each problem once with all rules on")
    func theRuleAndItsNeighboursReportEachProblemOnceWithAllRulesOn() throws {
        let document = try parse(
            """
            query ($s: String) {
              complicatedArgs {
                multipleReqs(req1: "one")
                oneOfArgField(oneOfArg: { stringField: $s })
              }
            }
            """)
        let messages = validate(schema: inputValueTestSchema, document: document).map(\.message)
        #expect(
            messages == [
                "Int cannot represent non-integer value: \"one\"",
                "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                "Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
            ])
    }
}
