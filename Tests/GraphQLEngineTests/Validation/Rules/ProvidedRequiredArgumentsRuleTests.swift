import Testing

@testable import GraphQLEngine

/// `ProvidedRequiredArgumentsRule` and, on type-system documents,
/// `ProvidedRequiredArgumentsOnDirectivesRule`: messages and locations as graphql-js 16 reports them.
struct ProvidedRequiredArgumentsRuleTests {
    @Test("unknown arguments are ignored")
    func unknownArgumentsAreIgnored() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """)
    }

    @Test("an optional argument may be given")
    func anOptionalArgumentMayBeGiven() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """)
    }

    @Test("an optional argument may be left out")
    func anOptionalArgumentMayBeLeftOut() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog {
                isHouseTrained
              }
            }
            """)
    }

    @Test("several required arguments are valid")
    func severalRequiredArgumentsAreValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """)
    }

    @Test("several required arguments in reverse order are valid")
    func severalRequiredArgumentsInReverseOrderAreValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """)
    }

    @Test("no arguments on several optional ones is valid")
    func noArgumentsOnSeveralOptionalOnesIsValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """)
    }

    @Test("one of several optional arguments is valid")
    func oneOfSeveralOptionalArgumentsIsValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleOpts(opt1: 1)
              }
            }
            """)
    }

    @Test("the second of several optional arguments is valid")
    func theSecondOfSeveralOptionalArgumentsIsValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleOpts(opt2: 1)
              }
            }
            """)
    }

    @Test("the required arguments among optional ones are valid")
    func theRequiredArgumentsAmongOptionalOnesAreValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4)
              }
            }
            """)
    }

    @Test("the required arguments and one optional one are valid")
    func theRequiredArgumentsAndOneOptionalOneAreValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """)
    }

    @Test("all required and optional arguments are valid")
    func allRequiredAndOptionalArgumentsAreValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
              }
            }
            """)
    }

    @Test("a missing non-null argument with a default is valid")
    func aMissingNonNullArgumentWithADefaultIsValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """)
    }

    @Test("a missing required argument is reported at the field")
    func aMissingRequiredArgumentIsReportedAtTheField() {
        expectValidationErrors(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            [
                (
                    "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                )
            ])
    }

    @Test("several missing required arguments are reported in definition order")
    func severalMissingRequiredArgumentsAreReportedInDefinitionOrder() {
        expectValidationErrors(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """,
            [
                (
                    "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                ),
                (
                    "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                ),
            ])
    }

    @Test("a wrong value does not count as a missing argument")
    func aWrongValueDoesNotCountAsAMissingArgument() {
        expectValidationErrors(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            [
                (
                    "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                )
            ])
    }

    @Test("missing arguments deeper in a field are reported before the field's own")
    func missingArgumentsDeeperInAFieldAreReportedBeforeTheFieldSOwn() {
        expectValidationErrors(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              complicatedArgs @include {
                nonNullIntArgField
              }
              alias: complicatedArgs {
                multipleOptAndReq(req2: 1) @skip
              }
            }
            """,
            [
                (
                    "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(2, 19)]
                ),
                (
                    "Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                ),
                (
                    "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(6, 32)]
                ),
                (
                    "Field \"multipleOptAndReq\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                    [(6, 5)]
                ),
            ])
    }

    @Test("unknown fields are ignored")
    func unknownFieldsAreIgnored() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog {
                unknownField
              }
            }
            """)
    }

    @Test("unknown directives are ignored")
    func unknownDirectivesAreIgnored() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog @unknown
            }
            """)
    }

    @Test("directives with their required arguments are valid")
    func directivesWithTheirRequiredArgumentsAreValid() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """)
    }

    @Test("directives missing required arguments are reported at the directive")
    func directivesMissingRequiredArgumentsAreReportedAtTheDirective() {
        expectValidationErrors(
            ProvidedRequiredArgumentsRule.self,
            """
            {
              dog @include {
                name @skip
              }
            }
            """,
            [
                (
                    "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(2, 7)]
                ),
                (
                    "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(3, 10)]
                ),
            ])
    }

    @Test("missing optional arguments of a directive defined in the document are valid")
    func missingOptionalArgumentsOfADirectiveDefinedInTheDocumentAreValid() {
        expectValidSDL(
            ProvidedRequiredArgumentsOnDirectivesRule.self,
            """
            type Query {
              foo: String @test
            }

            directive @test(arg1: String, arg2: String! = "") on FIELD_DEFINITION
            """)
    }

    @Test("a missing required argument of a directive defined in the document is reported")
    func aMissingRequiredArgumentOfADirectiveDefinedInTheDocumentIsReported() {
        expectSDLValidationErrors(
            ProvidedRequiredArgumentsOnDirectivesRule.self,
            """
            type Query {
              foo: String @test
            }

            directive @test(arg: String!) on FIELD_DEFINITION
            """,
            [
                (
                    "Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.",
                    [(2, 15)]
                )
            ])
    }

    @Test("a missing required argument of a standard directive is reported")
    func aMissingRequiredArgumentOfAStandardDirectiveIsReported() {
        expectSDLValidationErrors(
            ProvidedRequiredArgumentsOnDirectivesRule.self,
            """
            type Query {
              foo: String @include
            }
            """,
            [
                (
                    "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(2, 15)]
                )
            ])
    }

    @Test("a missing required argument of an overridden standard directive is reported")
    func aMissingRequiredArgumentOfAnOverriddenStandardDirectiveIsReported() {
        expectSDLValidationErrors(
            ProvidedRequiredArgumentsOnDirectivesRule.self,
            """
            type Query {
              foo: String @deprecated
            }
            directive @deprecated(reason: [[String!]!]!) on FIELD
            """,
            [
                (
                    "Directive \"@deprecated\" argument \"reason\" of type \"[[String!]!]!\" is required, but it was not provided.",
                    [(2, 15)]
                )
            ])
    }

    @Test("a missing required argument of a directive defined in a schema extension is reported")
    func aMissingRequiredArgumentOfADirectiveDefinedInASchemaExtensionIsReported() throws {
        expectSDLValidationErrors(
            ProvidedRequiredArgumentsOnDirectivesRule.self,
            """
            directive @test(arg: String!) on OBJECT

            extend type Query  @test
            """,
            [
                (
                    "Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.",
                    [(3, 20)]
                )
            ],
            schema: try buildSchema(Source("type Query { foo: String }")))
    }

    @Test("a missing required argument of a directive of the extended schema is reported")
    func aMissingRequiredArgumentOfADirectiveOfTheExtendedSchemaIsReported() throws {
        expectSDLValidationErrors(
            ProvidedRequiredArgumentsOnDirectivesRule.self,
            """
            extend type Query @test
            """,
            [
                (
                    "Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.",
                    [(1, 19)]
                )
            ],
            schema: try buildSchema(Source("directive @test(arg: String!) on OBJECT\ntype Query { foo: String }")))
    }
}
