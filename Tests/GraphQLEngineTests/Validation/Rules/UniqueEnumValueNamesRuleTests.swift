import Testing

@testable import GraphQLEngine

/// `UniqueEnumValueNamesRule`: messages and locations as graphql-js 16 reports them.
struct UniqueEnumValueNamesRuleTests {
    @Test("an enum without values is valid")
    func anEnumWithoutValuesIsValid() {
        expectValidSDL(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum
            """)
    }

    @Test("one value is valid")
    func oneValueIsValid() {
        expectValidSDL(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum {
              FOO
            }
            """)
    }

    @Test("distinct values are valid")
    func distinctValuesAreValid() {
        expectValidSDL(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum {
              FOO
              BAR
            }
            """)
    }

    @Test("a value repeated in one definition is reported")
    func aValueRepeatedInOneDefinitionIsReported() {
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum {
              FOO
              BAR
              FOO
            }
            """,
            [
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (4, 3)])
            ])
    }

    @Test("a value repeated three times is reported twice with the first definition")
    func aValueRepeatedThreeTimesIsReportedTwiceWithTheFirstDefinition() {
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum {
              FOO
              FOO
              FOO
            }
            """,
            [
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (3, 3)]),
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (4, 3)]),
            ])
    }

    @Test("extensions may add new values")
    func extensionsMayAddNewValues() {
        expectValidSDL(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              BAR
            }
            extend enum SomeEnum {
              BAZ
            }
            """)
    }

    @Test("different enums may share value names")
    func differentEnumsMayShareValueNames() {
        expectValidSDL(
            UniqueEnumValueNamesRule.self,
            """
            enum A { FOO BAR }
            enum B { FOO BAR }
            extend enum B { BAZ }
            enum C { BAZ }
            """)
    }

    @Test("a value of an extension repeated by the definition after it is reported")
    func aValueOfAnExtensionRepeatedByTheDefinitionAfterItIsReported() {
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            extend enum SomeEnum {
              FOO
            }
            enum SomeEnum {
              FOO
            }
            """,
            [
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (5, 3)])
            ])
    }

    @Test("a value repeated inside an extension is reported")
    func aValueRepeatedInsideAnExtensionIsReported() {
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum
            extend enum SomeEnum {
              FOO
              BAR
              FOO
            }
            """,
            [
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(3, 3), (5, 3)])
            ])
    }

    @Test("a value repeated across extensions is reported")
    func aValueRepeatedAcrossExtensionsIsReported() {
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            enum SomeEnum
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            """,
            [
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(3, 3), (6, 3)])
            ])
    }

    @Test("an extension may add a value to an enum of the schema")
    func anExtensionMayAddAValueToAnEnumOfTheSchema() throws {
        let schema = try buildSchema(Source("enum SomeEnum"))
        expectValidSDL(
            UniqueEnumValueNamesRule.self,
            """
            extend enum SomeEnum {
              FOO
            }
            """, schema: schema)
    }

    @Test("values the schema already has are reported at each extension")
    func valuesTheSchemaAlreadyHasAreReportedAtEachExtension() throws {
        let schema = try buildSchema(
            Source(
                """
                enum SomeEnum {
                  FOO
                }
                """))
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            """,
            [
                (
                    "Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this "
                        + "type extension.",
                    [(2, 3)]
                ),
                (
                    "Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this "
                        + "type extension.",
                    [(5, 3)]
                ),
            ], schema: schema)
    }

    @Test("a value added twice to an enum of the schema is reported as repeated")
    func aValueAddedTwiceToAnEnumOfTheSchemaIsReportedAsRepeated() throws {
        let schema = try buildSchema(Source("enum SomeEnum"))
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            extend enum SomeEnum {
              FOO
            }
            extend enum SomeEnum {
              FOO
            }
            """,
            [
                ("Enum value \"SomeEnum.FOO\" can only be defined once.", [(2, 3), (5, 3)])
            ], schema: schema)
    }

    @Test("a value repeated by a type of another kind in the schema is only repeated")
    func aValueRepeatedByATypeOfAnotherKindInTheSchemaIsOnlyRepeated() throws {
        let schema = try buildSchema(
            Source(
                """
                type SomeType {
                  FOO: String
                }
                """))
        expectSDLValidationErrors(
            UniqueEnumValueNamesRule.self,
            """
            extend enum SomeType {
              FOO
              FOO
            }
            """,
            [
                ("Enum value \"SomeType.FOO\" can only be defined once.", [(2, 3), (3, 3)])
            ], schema: schema)
    }
}
