import Testing

@testable import GraphQLEngine

/// `UniqueArgumentDefinitionNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueArgumentDefinitionNamesRuleTests {
    @Test("fields and directives without arguments are valid")
    func fieldsAndDirectivesWithoutArgumentsAreValid() {
        expectValidSDL(
            UniqueArgumentDefinitionNamesRule.self,
            """
            type SomeObject {
              someField: String
            }

            interface SomeInterface {
              someField: String
            }

            directive @someDirective on QUERY
            """)
    }

    @Test("one argument is valid")
    func oneArgumentIsValid() {
        expectValidSDL(
            UniqueArgumentDefinitionNamesRule.self,
            """
            type SomeObject {
              someField(foo: String): String
            }

            interface SomeInterface {
              someField(foo: String): String
            }

            directive @someDirective(foo: String) on QUERY
            """)
    }

    @Test("distinct arguments are valid")
    func distinctArgumentsAreValid() {
        expectValidSDL(
            UniqueArgumentDefinitionNamesRule.self,
            """
            type SomeObject {
              someField(
                foo: String
                bar: String
              ): String
            }

            interface SomeInterface {
              someField(
                foo: String
                bar: String
              ): String
            }

            directive @someDirective(
              foo: String
              bar: String
            ) on QUERY
            """)
    }

    @Test("repeated arguments of fields and directives are reported")
    func repeatedArgumentsOfFieldsAndDirectivesAreReported() {
        expectSDLValidationErrors(
            UniqueArgumentDefinitionNamesRule.self,
            """
            type SomeObject {
              someField(
                foo: String
                bar: String
                foo: String
              ): String
            }

            interface SomeInterface {
              someField(
                foo: String
                bar: String
                foo: String
              ): String
            }

            directive @someDirective(
              foo: String
              bar: String
              foo: String
            ) on QUERY
            """,
            [
                ("Argument \"SomeObject.someField(foo:)\" can only be defined once.", [(3, 5), (5, 5)]),
                ("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", [(11, 5), (13, 5)]),
                ("Argument \"@someDirective(foo:)\" can only be defined once.", [(18, 3), (20, 3)]),
            ])
    }

    @Test("each repeated name is reported once with all its definitions in order of first definition")
    func eachRepeatedNameIsReportedOnceWithAllItsDefinitionsInOrderOfFirstDefinition() {
        expectSDLValidationErrors(
            UniqueArgumentDefinitionNamesRule.self,
            """
            type SomeObject {
              someField(b: Int, a: Int, b: Int, a: Int, c: Int, b: Int): String
              otherField(a: Int, a: Int): String
            }
            """,
            [
                ("Argument \"SomeObject.someField(b:)\" can only be defined once.", [(2, 13), (2, 29), (2, 53)]),
                ("Argument \"SomeObject.someField(a:)\" can only be defined once.", [(2, 21), (2, 37)]),
                ("Argument \"SomeObject.otherField(a:)\" can only be defined once.", [(3, 14), (3, 22)]),
            ])
    }

    @Test("arguments of type extensions are checked")
    func argumentsOfTypeExtensionsAreChecked() {
        expectSDLValidationErrors(
            UniqueArgumentDefinitionNamesRule.self,
            """
            extend type SomeObject {
              someField(foo: String, foo: String): String
            }

            extend interface SomeInterface {
              someField(foo: String, foo: String): String
            }
            """,
            [
                ("Argument \"SomeObject.someField(foo:)\" can only be defined once.", [(2, 13), (2, 26)]),
                ("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", [(6, 13), (6, 26)]),
            ])
    }

    @Test("input object fields and their names are not arguments")
    func inputObjectFieldsAndTheirNamesAreNotArguments() {
        expectValidSDL(
            UniqueArgumentDefinitionNamesRule.self,
            """
            input SomeInput {
              foo: String
            }
            type SomeObject {
              a(foo: String): String
              b(foo: String): String
            }
            """)
    }

    @Test("a long list of arguments with one repeated name is reported")
    func aLongListOfArgumentsWithOneRepeatedNameIsReported() {
        expectSDLValidationErrors(
            UniqueArgumentDefinitionNamesRule.self,
            """
            directive @long(
              a1: Int, a2: Int, a3: Int, a4: Int, a5: Int, a6: Int, a7: Int, a8: Int, a9: Int,
              a10: Int, a11: Int, a12: Int, a13: Int, a14: Int, a15: Int, a16: Int, a17: Int, a3: Int
            ) on FIELD
            """,
            [
                ("Argument \"@long(a3:)\" can only be defined once.", [(2, 21), (3, 83)])
            ])
    }

    @Test("a long list of distinct arguments is valid")
    func aLongListOfDistinctArgumentsIsValid() {
        expectValidSDL(
            UniqueArgumentDefinitionNamesRule.self,
            """
            directive @long(
              a1: Int, a2: Int, a3: Int, a4: Int, a5: Int, a6: Int, a7: Int, a8: Int, a9: Int,
              a10: Int, a11: Int, a12: Int, a13: Int, a14: Int, a15: Int, a16: Int, a17: Int, a18: Int
            ) on FIELD
            """)
    }
}
