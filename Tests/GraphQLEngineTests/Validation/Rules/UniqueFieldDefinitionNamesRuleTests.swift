import Testing

@testable import GraphQLEngine

/// `UniqueFieldDefinitionNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueFieldDefinitionNamesRuleTests {
    @Test("types without fields are valid")
    func typesWithoutFieldsAreValid() {
        expectValidSDL(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject
            interface SomeInterface
            input SomeInputObject
            """)
    }

    @Test("one field is valid")
    func oneFieldIsValid() {
        expectValidSDL(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject {
              foo: String
            }

            interface SomeInterface {
              foo: String
            }

            input SomeInputObject {
              foo: String
            }
            """)
    }

    @Test("distinct fields are valid")
    func distinctFieldsAreValid() {
        expectValidSDL(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject {
              foo: String
              bar: String
            }

            interface SomeInterface {
              foo: String
              bar: String
            }

            input SomeInputObject {
              foo: String
              bar: String
            }
            """)
    }

    @Test("fields repeated inside one definition are reported for each kind of type")
    func fieldsRepeatedInsideOneDefinitionAreReportedForEachKindOfType() {
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject {
              foo: String
              bar: String
              foo: String
            }

            interface SomeInterface {
              foo: String
              bar: String
              foo: String
            }

            input SomeInputObject {
              foo: String
              bar: String
              foo: String
            }
            """,
            [
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (4, 3)]),
                ("Field \"SomeInterface.foo\" can only be defined once.", [(8, 3), (10, 3)]),
                ("Field \"SomeInputObject.foo\" can only be defined once.", [(14, 3), (16, 3)]),
            ])
    }

    @Test("extensions may add new fields")
    func extensionsMayAddNewFields() {
        expectValidSDL(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject {
              foo: String
            }
            extend type SomeObject {
              bar: String
            }
            extend type SomeObject {
              baz: String
            }

            interface SomeInterface {
              foo: String
            }
            extend interface SomeInterface {
              bar: String
            }
            extend interface SomeInterface {
              baz: String
            }

            input SomeInputObject {
              foo: String
            }
            extend input SomeInputObject {
              bar: String
            }
            extend input SomeInputObject {
              baz: String
            }
            """)
    }

    @Test("fields repeated by extensions are reported with the first definition")
    func fieldsRepeatedByExtensionsAreReportedWithTheFirstDefinition() {
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            extend type SomeObject {
              foo: String
            }
            type SomeObject {
              foo: String
              bar: String
            }
            extend type SomeObject {
              bar: String
              foo: String
            }

            interface SomeInterface {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }

            input SomeInputObject {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }
            """,
            [
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (5, 3)]),
                ("Field \"SomeObject.bar\" can only be defined once.", [(6, 3), (9, 3)]),
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (10, 3)]),
                ("Field \"SomeInterface.foo\" can only be defined once.", [(14, 3), (17, 3)]),
                ("Field \"SomeInputObject.foo\" can only be defined once.", [(21, 3), (24, 3)]),
            ])
    }

    @Test("field arguments and other types do not clash with fields")
    func fieldArgumentsAndOtherTypesDoNotClashWithFields() {
        expectValidSDL(
            UniqueFieldDefinitionNamesRule.self,
            """
            type A {
              foo(foo: String, bar: String): String
              bar: String
            }
            type B {
              foo: String
            }
            enum C { foo }
            """)
    }

    @Test("a field repeated three times is reported twice with the first definition")
    func aFieldRepeatedThreeTimesIsReportedTwiceWithTheFirstDefinition() {
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject {
              foo: String
              foo: String
              bar: String
              foo: String
            }
            """,
            [
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (3, 3)]),
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (5, 3)]),
            ])
    }

    @Test("repeated fields of a type with many fields are reported")
    func repeatedFieldsOfATypeWithManyFieldsAreReported() {
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            type Big {
              a1: Int a2: Int a3: Int a4: Int a5: Int a6: Int a7: Int a8: Int a9: Int a10: Int
              a11: Int a12: Int a13: Int a5: Int a14: Int a1: Int a5: Int
            }
            input BigInput {
              a1: Int a2: Int a3: Int a4: Int a5: Int a6: Int a7: Int a8: Int a9: Int a10: Int
              a11: Int a12: Int a13: Int a13: Int
            }
            """,
            [
                ("Field \"Big.a5\" can only be defined once.", [(2, 35), (3, 30)]),
                ("Field \"Big.a1\" can only be defined once.", [(2, 3), (3, 47)]),
                ("Field \"Big.a5\" can only be defined once.", [(2, 35), (3, 55)]),
                ("Field \"BigInput.a13\" can only be defined once.", [(7, 21), (7, 30)]),
            ])
    }

    @Test("fields of a type defined twice are compared across both definitions")
    func fieldsOfATypeDefinedTwiceAreComparedAcrossBothDefinitions() {
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject {
              foo: String
              bar: String
            }
            type SomeObject {
              bar: String
              baz: String
            }
            extend type SomeObject {
              baz: String
              foo: String
            }
            """,
            [
                ("Field \"SomeObject.bar\" can only be defined once.", [(3, 3), (6, 3)]),
                ("Field \"SomeObject.baz\" can only be defined once.", [(7, 3), (10, 3)]),
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (11, 3)]),
            ])
    }

    @Test("a type without fields before its extensions keeps nothing to compare")
    func aTypeWithoutFieldsBeforeItsExtensionsKeepsNothingToCompare() {
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            type SomeObject
            extend type SomeObject {
              foo: String
            }
            extend type SomeObject {
              foo: String
            }
            """,
            [
                ("Field \"SomeObject.foo\" can only be defined once.", [(3, 3), (6, 3)])
            ])
    }

    @Test("extensions may add new fields to types of the schema")
    func extensionsMayAddNewFieldsToTypesOfTheSchema() throws {
        let schema = try buildSchema(
            Source(
                """
                type SomeObject
                interface SomeInterface
                input SomeInputObject
                """))
        expectValidSDL(
            UniqueFieldDefinitionNamesRule.self,
            """
            extend type SomeObject {
              foo: String
            }

            extend interface SomeInterface {
              foo: String
            }

            extend input SomeInputObject {
              foo: String
            }
            """, schema: schema)
    }

    @Test("fields the schema already has are reported at each extension")
    func fieldsTheSchemaAlreadyHasAreReportedAtEachExtension() throws {
        let schema = try buildSchema(
            Source(
                """
                type SomeObject {
                  foo: String
                }
                interface SomeInterface {
                  foo: String
                }
                input SomeInputObject {
                  foo: String
                }
                """))
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            extend type SomeObject {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }

            extend type SomeObject {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }
            """,
            [
                (
                    "Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type "
                        + "extension.",
                    [(2, 3)]
                ),
                (
                    "Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this "
                        + "type extension.",
                    [(5, 3)]
                ),
                (
                    "Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this "
                        + "type extension.",
                    [(8, 3)]
                ),
                (
                    "Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type "
                        + "extension.",
                    [(12, 3)]
                ),
                (
                    "Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this "
                        + "type extension.",
                    [(15, 3)]
                ),
                (
                    "Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this "
                        + "type extension.",
                    [(18, 3)]
                ),
            ], schema: schema)
    }

    @Test("fields added twice to types of the schema are reported as repeated")
    func fieldsAddedTwiceToTypesOfTheSchemaAreReportedAsRepeated() throws {
        let schema = try buildSchema(
            Source(
                """
                type SomeObject
                interface SomeInterface
                input SomeInputObject
                """))
        expectSDLValidationErrors(
            UniqueFieldDefinitionNamesRule.self,
            """
            extend type SomeObject {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }

            extend type SomeObject {
              foo: String
            }
            extend interface SomeInterface {
              foo: String
            }
            extend input SomeInputObject {
              foo: String
            }
            """,
            [
                ("Field \"SomeObject.foo\" can only be defined once.", [(2, 3), (12, 3)]),
                ("Field \"SomeInterface.foo\" can only be defined once.", [(5, 3), (15, 3)]),
                ("Field \"SomeInputObject.foo\" can only be defined once.", [(8, 3), (18, 3)]),
            ], schema: schema)
    }
}
