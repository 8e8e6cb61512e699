import Testing

@testable import GraphQLEngine

/// `KnownArgumentNamesRule` and, on type-system documents, `KnownArgumentNamesOnDirectivesRule`:
/// messages and locations as graphql-js 16 reports them.
struct KnownArgumentNamesRuleTests {
    @Test("a single known argument is valid")
    func aSingleKnownArgumentIsValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """)
    }

    @Test("several known arguments are valid")
    func severalKnownArgumentsAreValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """)
    }

    @Test("arguments of unknown fields are ignored")
    func argumentsOfUnknownFieldsAreIgnored() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """)
    }

    @Test("known arguments in reverse order are valid")
    func knownArgumentsInReverseOrderAreValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """)
    }

    @Test("no arguments on an optional argument is valid")
    func noArgumentsOnAnOptionalArgumentIsValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """)
    }

    @Test("arguments are known deeply")
    func argumentsAreKnownDeeply() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """)
    }

    @Test("known directive arguments are valid")
    func knownDirectiveArgumentsAreValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            {
              dog @skip(if: true)
            }
            """)
    }

    @Test("an unknown directive argument is reported")
    func anUnknownDirectiveArgumentIsReported() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              dog @skip(unless: true)
            }
            """,
            [
                ("Unknown argument \"unless\" on directive \"@skip\".", [(2, 13)])
            ])
    }

    @Test("a directive without arguments is valid")
    func aDirectiveWithoutArgumentsIsValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            {
              dog @onField
            }
            """)
    }

    @Test("an argument given to a directive without arguments is reported")
    func anArgumentGivenToADirectiveWithoutArgumentsIsReported() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              dog @onField(if: true)
            }
            """,
            [
                ("Unknown argument \"if\" on directive \"@onField\".", [(2, 16)])
            ])
    }

    @Test("a misspelled directive argument is reported with a suggestion")
    func aMisspelledDirectiveArgumentIsReportedWithASuggestion() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              dog @skip(iff: true)
            }
            """,
            [
                ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", [(2, 13)])
            ])
    }

    @Test("arguments of unknown directives are ignored")
    func argumentsOfUnknownDirectivesAreIgnored() {
        expectValid(
            KnownArgumentNamesRule.self,
            """
            {
              dog @unknownDirective(unknown: true)
            }
            """)
    }

    @Test("an unknown field argument is reported")
    func anUnknownFieldArgumentIsReported() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            [
                ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(2, 19)])
            ])
    }

    @Test("a misspelled field argument is reported with a suggestion")
    func aMisspelledFieldArgumentIsReportedWithASuggestion() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            [
                (
                    "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?",
                    [(2, 19)]
                )
            ])
    }

    @Test("unknown arguments amongst known ones are each reported")
    func unknownArgumentsAmongstKnownOnesAreEachReported() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """,
            [
                ("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", [(2, 19)]),
                ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(2, 49)]),
            ])
    }

    @Test("unknown arguments are reported deeply")
    func unknownArgumentsAreReportedDeeply() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """,
            [
                ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(3, 21)]),
                ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(8, 25)]),
            ])
    }

    @Test("unknown arguments on meta-fields name the meta-field")
    func unknownArgumentsOnMetaFieldsNameTheMetaField() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              __typename(x: 1)
              __type(nam: "Dog") { name }
            }
            """,
            [
                ("Unknown argument \"x\" on field \"QueryRoot.__typename\".", [(2, 14)]),
                ("Unknown argument \"nam\" on field \"QueryRoot.__type\". Did you mean \"name\"?", [(3, 10)]),
            ])
    }

    @Test("unknown arguments on interface fields name the interface")
    func unknownArgumentsOnInterfaceFieldsNameTheInterface() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              pet { name(surnam: true) }
            }
            """,
            [
                ("Unknown argument \"surnam\" on field \"Pet.name\". Did you mean \"surname\"?", [(2, 14)])
            ])
    }

    @Test("arguments inside an unknown argument are not checked again")
    func argumentsInsideAnUnknownArgumentAreNotCheckedAgain() {
        expectValidationErrors(
            KnownArgumentNamesRule.self,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true }, other: { x: 1 }) @skip(if: true, unless: false)
              }
            }
            """,
            [
                ("Unknown argument \"other\" on field \"ComplicatedArgs.complexArgField\".", [(3, 58)]),
                ("Unknown argument \"unless\" on directive \"@skip\".", [(3, 91)]),
            ])
    }

    @Test("a known argument of a directive defined in the document is valid")
    func aKnownArgumentOfADirectiveDefinedInTheDocumentIsValid() {
        expectValidSDL(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            type Query {
              foo: String @test(arg: "")
            }

            directive @test(arg: String) on FIELD_DEFINITION
            """)
    }

    @Test("an unknown argument of a directive defined in the document is reported")
    func anUnknownArgumentOfADirectiveDefinedInTheDocumentIsReported() {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            type Query {
              foo: String @test(unknown: "")
            }

            directive @test(arg: String) on FIELD_DEFINITION
            """,
            [
                ("Unknown argument \"unknown\" on directive \"@test\".", [(2, 21)])
            ])
    }

    @Test("a misspelled argument of a directive defined in the document is reported with a suggestion")
    func aMisspelledArgumentOfADirectiveDefinedInTheDocumentIsReportedWithASuggestion() {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            type Query {
              foo: String @test(agr: "")
            }

            directive @test(arg: String) on FIELD_DEFINITION
            """,
            [
                ("Unknown argument \"agr\" on directive \"@test\". Did you mean \"arg\"?", [(2, 21)])
            ])
    }

    @Test("an unknown argument of a standard directive is reported")
    func anUnknownArgumentOfAStandardDirectiveIsReported() {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            type Query {
              foo: String @deprecated(unknown: "")
            }
            """,
            [
                ("Unknown argument \"unknown\" on directive \"@deprecated\".", [(2, 27)])
            ])
    }

    @Test("an argument of an overridden standard directive is checked against the override")
    func anArgumentOfAnOverriddenStandardDirectiveIsCheckedAgainstTheOverride() {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            type Query {
              foo: String @deprecated(reason: "")
            }
            directive @deprecated(arg: String) on FIELD
            """,
            [
                ("Unknown argument \"reason\" on directive \"@deprecated\".", [(2, 27)])
            ])
    }

    @Test("an unknown argument of a directive defined in a schema extension is reported")
    func anUnknownArgumentOfADirectiveDefinedInASchemaExtensionIsReported() throws {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            directive @test(arg: String) on OBJECT

            extend type Query  @test(unknown: "")
            """,
            [
                ("Unknown argument \"unknown\" on directive \"@test\".", [(3, 26)])
            ],
            schema: try buildSchema(Source("type Query { foo: String }")))
    }

    @Test("an unknown argument of a directive of the extended schema is reported")
    func anUnknownArgumentOfADirectiveOfTheExtendedSchemaIsReported() throws {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            extend type Query @test(unknown: "")
            """,
            [
                ("Unknown argument \"unknown\" on directive \"@test\".", [(1, 25)])
            ],
            schema: try buildSchema(Source("directive @test(arg: String) on OBJECT\ntype Query { foo: String }")))
    }

    @Test("arguments in default values and argument directives are checked")
    func argumentsInDefaultValuesAndArgumentDirectivesAreChecked() {
        expectSDLValidationErrors(
            KnownArgumentNamesOnDirectivesRule.self,
            """
            type Query {
              foo(arg: String @deprecated(reson: "old")): String
            }
            input In {
              field: Int @deprecated(reason: "old", why: "no")
            }
            """,
            [
                ("Unknown argument \"reson\" on directive \"@deprecated\". Did you mean \"reason\"?", [(2, 31)]),
                ("Unknown argument \"why\" on directive \"@deprecated\".", [(5, 41)]),
            ])
    }
}
