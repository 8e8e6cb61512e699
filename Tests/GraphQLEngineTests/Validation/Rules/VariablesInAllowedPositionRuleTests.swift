import Testing

@testable import GraphQLEngine

/// `VariablesInAllowedPositionRule`: messages and locations as graphql-js 16 reports them; for
/// `@oneOf` input objects, the spec's rule in graphql-js 17's words.
struct VariablesInAllowedPositionRuleTests {
    @Test("Boolean into Boolean is valid")
    func booleanIntoBooleanIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("Boolean into Boolean within a fragment defined before the operation is valid")
    func booleanIntoBooleanWithinAFragmentDefinedBeforeTheOperationIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("Boolean into Boolean within a fragment defined after the operation is valid")
    func booleanIntoBooleanWithinAFragmentDefinedAfterTheOperationIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("non-null Boolean into Boolean is valid")
    func nonNullBooleanIntoBooleanIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("non-null Boolean into Boolean within a fragment is valid")
    func nonNullBooleanIntoBooleanWithinAFragmentIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $nonNullBooleanArg)
            }

            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a list of String into a list of String is valid")
    func aListOfStringIntoAListOfStringIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a list of non-null String into a list of String is valid")
    func aListOfNonNullStringIntoAListOfStringIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("String into a list of String in item position is valid")
    func stringIntoAListOfStringInItemPositionIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("non-null String into a list of String in item position is valid")
    func nonNullStringIntoAListOfStringInItemPositionIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringVar: String!)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("ComplexInput into ComplexInput is valid")
    func complexinputIntoComplexInputIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($complexVar: ComplexInput)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a variable for an unknown input field is ignored")
    func aVariableForAnUnknownInputFieldIsIgnored() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("non-null Boolean into a non-null Boolean directive argument is valid")
    func nonNullBooleanIntoANonNullBooleanDirectiveArgumentIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("Int into non-null Int is reported at the definition and the use")
    func intIntoNonNullIntIsReportedAtTheDefinitionAndTheUse() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            [
                ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 13), (3, 39)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("Int into non-null Int within a fragment is reported")
    func intIntoNonNullIntWithinAFragmentIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
            [
                ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(5, 13), (2, 37)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("Int into non-null Int within a nested fragment is reported")
    func intIntoNonNullIntWithinANestedFragmentIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """,
            [
                ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(9, 13), (6, 37)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("String into Boolean is reported")
    func stringIntoBooleanIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """,
            [
                (
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".",
                    [(1, 13), (3, 33)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("String into a list of String is reported")
    func stringIntoAListOfStringIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """,
            [
                (
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".",
                    [(1, 13), (3, 39)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("Boolean into a non-null Boolean directive argument is reported")
    func booleanIntoANonNullBooleanDirectiveArgumentIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
            [
                (
                    "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
                    [(1, 13), (2, 20)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("String into a non-null Boolean directive argument is reported")
    func stringIntoANonNullBooleanDirectiveArgumentIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """,
            [
                (
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".",
                    [(1, 13), (2, 20)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a list of String into a list of non-null String is reported")
    func aListOfStringIntoAListOfNonNullStringIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """,
            [
                (
                    "Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".",
                    [(1, 13), (4, 53)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("Int into non-null Int is reported when the variable defaults to null")
    func intIntoNonNullIntIsReportedWhenTheVariableDefaultsToNull() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            [
                ("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 13), (3, 39)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("Int into non-null Int is valid when the variable has a non-null default")
    func intIntoNonNullIntIsValidWhenTheVariableHasANonNullDefault() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("Int into non-null Int is valid when the argument has a default")
    func intIntoNonNullIntIsValidWhenTheArgumentHasADefault() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("Boolean into a non-null directive argument is valid when the variable has a default")
    func booleanIntoANonNullDirectiveArgumentIsValidWhenTheVariableHasADefault() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($boolVar: Boolean = false) {
              dog @include(if: $boolVar)
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an undefined variable is ignored")
    func anUndefinedVariableIsIgnored() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            {
              dog @include(if: $x)
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a variable of an unknown type is ignored")
    func aVariableOfAnUnknownTypeIsIgnored() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($x: Unknown) {
              complicatedArgs { intArgField(intArg: $x) }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a default value does not make a nullable list item type non-null")
    func aDefaultValueDoesNotMakeANullableListItemTypeNonNull() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringListVar: [String] = ["a"]) {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """,
            [
                (
                    "Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".",
                    [(1, 13), (3, 53)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable with a non-null default of the wrong type is reported")
    func aNullableVariableWithANonNullDefaultOfTheWrongTypeIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($stringVar: String = "a") {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $stringVar)
              }
            }
            """,
            [
                (
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Int!\".",
                    [(1, 13), (3, 39)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a non-null field of an input object value counts as a non-null position")
    func aNonNullFieldOfAnInputObjectValueCountsAsANonNullPosition() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($boolVar: Boolean, $boolWithDefault: Boolean = true) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: $boolVar, nonNullField: $boolVar, intField: $boolWithDefault })
              }
            }
            """,
            [
                (
                    "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
                    [(1, 13), (3, 50)]
                ),
                (
                    "Variable \"$boolWithDefault\" of type \"Boolean\" used in position expecting type \"Int\".",
                    [(1, 32), (3, 94)]
                ),
            ],
            schema: inputValueTestSchema)
    }

    @Test("every operation is checked against its own variable definitions")
    func everyOperationIsCheckedAgainstItsOwnVariableDefinitions() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query A($intArg: Int!) {
              complicatedArgs { ...frag }
            }
            query B($intArg: Int) {
              complicatedArgs { ...frag }
            }
            fragment frag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            """,
            [
                ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(4, 9), (8, 37)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("the last definition of a repeated variable is the one checked")
    func theLastDefinitionOfARepeatedVariableIsTheOneChecked() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($intArg: Int!, $intArg: Int) {
              complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            }
            """,
            [
                ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 28), (2, 55)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("variables inside an object literal of a custom scalar are allowed")
    func variablesInsideAnObjectLiteralOfACustomScalarAreAllowed() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query Query($x: Float) {
              dog {
                distanceFrom(loc: {x: $x, y: 10.0})
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("variables inside a list literal of a custom scalar are checked against the scalar as in graphql-js 16")
    func variablesInsideAListLiteralOfACustomScalarAreCheckedAgainstTheScalarAsInGraphqlJs16() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query Query($x: Float) {
              dog {
                distanceFrom(loc: [$x, 10.0])
              }
            }
            """,
            [
                (
                    "Variable \"$x\" of type \"Float\" used in position expecting type \"Coordinates\".",
                    [(1, 13), (3, 24)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a non-null variable for a oneOf field is valid")
    func aNonNullVariableForAOneOfFieldIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("an undefined variable for a oneOf field is ignored")
    func anUndefinedVariableForAOneOfFieldIsIgnored() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $undefinedVariable })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable for a oneOf field is reported")
    func aNullableVariableForAOneOfFieldIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            [
                (
                    "Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                    [(1, 8), (3, 44)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable for a field of a non-null oneOf argument is reported")
    func aNullableVariableForAFieldOfANonNullOneOfArgumentIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query ($int: Int) {
              complicatedArgs {
                nonNullOneOfArgField(oneOfArg: { intField: $int })
              }
            }
            """,
            [
                (
                    "Variable \"$int\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                    [(1, 8), (3, 48)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable for a oneOf field in a list item is reported")
    func aNullableVariableForAOneOfFieldInAListItemIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query ($complex: ComplexInput) {
              complicatedArgs {
                oneOfListArgField(oneOfArgs: [{ complexField: $complex }])
              }
            }
            """,
            [
                (
                    "Variable \"$complex\" is of type \"ComplexInput\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                    [(1, 8), (3, 51)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable with a non-null default for a oneOf field is valid")
    func aNullableVariableWithANonNullDefaultForAOneOfFieldIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query ($string: String = "abc") {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable defaulting to null for a oneOf field is reported")
    func aNullableVariableDefaultingToNullForAOneOfFieldIsReported() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query ($string: String = null) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            [
                (
                    "Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                    [(1, 8), (3, 44)]
                )
            ],
            schema: inputValueTestSchema)
    }

    @Test("a non-null variable of the wrong type for a oneOf field is reported as a type mismatch")
    func aNonNullVariableOfTheWrongTypeForAOneOfFieldIsReportedAsATypeMismatch() {
        expectValidationErrors(
            VariablesInAllowedPositionRule.self,
            """
            query ($int: Int!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $int })
              }
            }
            """,
            [
                ("Variable \"$int\" of type \"Int!\" used in position expecting type \"String\".", [(1, 8), (3, 44)])
            ],
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable for the whole oneOf argument is valid")
    func aNullableVariableForTheWholeOneOfArgumentIsValid() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query ($input: OneOfInput) {
              complicatedArgs {
                oneOfArgField(oneOfArg: $input)
              }
            }
            """,
            schema: inputValueTestSchema)
    }

    @Test("a nullable variable nested below a oneOf field is judged by its own position")
    func aNullableVariableNestedBelowAOneOfFieldIsJudgedByItsOwnPosition() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            """
            query ($int: Int) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { complexField: { requiredField: true, intField: $int } })
              }
            }
            """,
            schema: inputValueTestSchema)
    }
}
