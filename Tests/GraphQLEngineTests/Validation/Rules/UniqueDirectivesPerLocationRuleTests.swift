import Testing

@testable import GraphQLEngine

/// `UniqueDirectivesPerLocationRule` in executable documents: messages and locations as graphql-js 16
/// reports them.
struct UniqueDirectivesPerLocationRuleTests {
    static let extensionSDL =
        """
        directive @directive on FIELD | FRAGMENT_DEFINITION | QUERY | VARIABLE_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @directiveA on FIELD | FRAGMENT_DEFINITION
        directive @directiveB on FIELD | FRAGMENT_DEFINITION
        """

    @Test("a document without directives is valid")
    func aDocumentWithoutDirectivesIsValid() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type {
              field
            }
            """, schema: schema)
    }

    @Test("distinct directives in different locations are valid")
    func distinctDirectivesInDifferentLocationsAreValid() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type @directiveA {
              field @directiveB
            }
            """, schema: schema)
    }

    @Test("distinct directives in one location are valid")
    func distinctDirectivesInOneLocationAreValid() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type @directiveA @directiveB {
              field @directiveA @directiveB
            }
            """, schema: schema)
    }

    @Test("one directive in different locations is valid")
    func oneDirectiveInDifferentLocationsIsValid() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type @directiveA {
              field @directiveA
            }
            """, schema: schema)
    }

    @Test("one directive on two fields of the same name is valid")
    func oneDirectiveOnTwoFieldsOfTheSameNameIsValid() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type {
              field @directive
              field @directive
            }
            """, schema: schema)
    }

    @Test("a repeatable directive may be repeated")
    func aRepeatableDirectiveMayBeRepeated() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """, schema: schema)
    }

    @Test("unknown directives are ignored")
    func unknownDirectivesAreIgnored() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type @unknown @unknown {
              field @unknown @unknown
            }
            """, schema: schema)
    }

    @Test("a directive repeated in one location is reported")
    func aDirectiveRepeatedInOneLocationIsReported() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type {
              field @directive @directive
            }
            """,
            [
                ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)])
            ], schema: schema)
    }

    @Test("each repetition is reported with the first use")
    func eachRepetitionIsReportedWithTheFirstUse() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type {
              field @directive @directive @directive
            }
            """,
            [
                ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)]),
                ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 31)]),
            ], schema: schema)
    }

    @Test("different repeated directives in one location are reported in order")
    func differentRepeatedDirectivesInOneLocationAreReportedInOrder() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type {
              field @directiveA @directiveB @directiveA @directiveB
            }
            """,
            [
                ("The directive \"@directiveA\" can only be used once at this location.", [(2, 9), (2, 33)]),
                ("The directive \"@directiveB\" can only be used once at this location.", [(2, 21), (2, 45)]),
            ], schema: schema)
    }

    @Test("repeated directives in many locations are reported outermost first")
    func repeatedDirectivesInManyLocationsAreReportedOutermostFirst() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            fragment Test on Type @directive @directive {
              field @directive @directive
            }
            """,
            [
                ("The directive \"@directive\" can only be used once at this location.", [(1, 23), (1, 34)]),
                ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)]),
            ], schema: schema)
    }

    @Test("every executable location is checked")
    func everyExecutableLocationIsChecked() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            query Q($v: Int @directive @directive) @directive @directive {
              field @directive @directive {
                ...F @directive @directive
                ... @directive @directive {
                  field
                }
              }
            }
            """,
            [
                ("The directive \"@directive\" can only be used once at this location.", [(1, 40), (1, 51)]),
                ("The directive \"@directive\" can only be used once at this location.", [(1, 17), (1, 28)]),
                ("The directive \"@directive\" can only be used once at this location.", [(2, 9), (2, 20)]),
                ("The directive \"@directive\" can only be used once at this location.", [(3, 10), (3, 21)]),
                ("The directive \"@directive\" can only be used once at this location.", [(4, 9), (4, 20)]),
            ], schema: schema)
    }

    @Test("specified directives are not repeatable")
    func specifiedDirectivesAreNotRepeatable() throws {
        let schema = try extendSchema(validationTestSchema, try parse(Self.extensionSDL))
        expectValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            {
              dog @skip(if: true) @skip(if: false) @include(if: true) {
                name
              }
            }
            """,
            [
                ("The directive \"@skip\" can only be used once at this location.", [(2, 7), (2, 23)])
            ], schema: schema)
    }
}

/// `UniqueDirectivesPerLocationRule` in type-system documents, where a type's definition and
/// extensions, and the schema's, count as one location.
struct UniqueDirectivesPerLocationRuleSDLTests {
    @Test("unknown directives on types and extensions are ignored")
    func unknownDirectivesOnTypesAndExtensionsAreIgnored() {
        expectValidSDL(
            UniqueDirectivesPerLocationRule.self,
            """
            type Test @unknown @unknown {
              field: String! @unknown @unknown
            }

            extend type Test @unknown {
              anotherField: String!
            }
            """)
    }

    @Test("directives repeated on definitions are reported")
    func directivesRepeatedOnDefinitionsAreReported() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @nonRepeatable on
              SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

            schema @nonRepeatable @nonRepeatable { query: Dummy }

            scalar TestScalar @nonRepeatable @nonRepeatable
            type TestObject @nonRepeatable @nonRepeatable
            interface TestInterface @nonRepeatable @nonRepeatable
            union TestUnion @nonRepeatable @nonRepeatable
            input TestInput @nonRepeatable @nonRepeatable
            """,
            [
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(4, 8), (4, 23)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(6, 19), (6, 34)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(7, 17), (7, 32)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(8, 25), (8, 40)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(9, 17), (9, 32)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(10, 17), (10, 32)]),
            ])
    }

    @Test("directives repeated on extensions are reported")
    func directivesRepeatedOnExtensionsAreReported() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @nonRepeatable on
              SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

            extend schema @nonRepeatable @nonRepeatable

            extend scalar TestScalar @nonRepeatable @nonRepeatable
            extend type TestObject @nonRepeatable @nonRepeatable
            extend interface TestInterface @nonRepeatable @nonRepeatable
            extend union TestUnion @nonRepeatable @nonRepeatable
            extend input TestInput @nonRepeatable @nonRepeatable
            """,
            [
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(4, 15), (4, 30)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(6, 26), (6, 41)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(7, 24), (7, 39)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(8, 32), (8, 47)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(9, 24), (9, 39)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(10, 24), (10, 39)]),
            ])
    }

    @Test("a directive of the schema definition repeated by an extension is reported")
    func aDirectiveOfTheSchemaDefinitionRepeatedByAnExtensionIsReported() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @nonRepeatable on SCHEMA

            schema @nonRepeatable { query: Dummy }
            extend schema @nonRepeatable
            """,
            [
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(3, 8), (4, 15)])
            ])
    }

    @Test("a directive of a type repeated by extensions and definitions is reported with the first use")
    func aDirectiveOfATypeRepeatedByExtensionsAndDefinitionsIsReportedWithTheFirstUse() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @nonRepeatable on SCALAR

            scalar TestScalar @nonRepeatable
            extend scalar TestScalar @nonRepeatable
            scalar TestScalar @nonRepeatable
            """,
            [
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(3, 19), (4, 26)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(3, 19), (5, 19)]),
            ])
    }

    @Test("an extension before the definition holds the first use")
    func anExtensionBeforeTheDefinitionHoldsTheFirstUse() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @nonRepeatable on OBJECT

            extend type TestObject @nonRepeatable
            type TestObject @nonRepeatable
            extend type TestObject @nonRepeatable
            """,
            [
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(3, 24), (4, 17)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(3, 24), (5, 24)]),
            ])
    }

    @Test("types of different names are different locations")
    func typesOfDifferentNamesAreDifferentLocations() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @nonRepeatable on OBJECT | ENUM

            type A @nonRepeatable
            type B @nonRepeatable
            extend type B @nonRepeatable
            enum C @nonRepeatable
            extend enum A @nonRepeatable
            """,
            [
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(4, 8), (5, 15)]),
                ("The directive \"@nonRepeatable\" can only be used once at this location.", [(3, 8), (7, 15)]),
            ])
    }

    @Test("fields arguments and enum values are locations of their own")
    func fieldsArgumentsAndEnumValuesAreLocationsOfTheirOwn() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @d on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

            type T {
              a(x: Int @d @d, y: Int @d): Int @d @d
              b: Int @d
            }
            extend type T {
              c: Int @d @d
            }
            input I {
              a: Int @d @d
            }
            enum E {
              A @d @d
              B @d
            }
            directive @other(arg: Int @d @d) on FIELD
            """,
            [
                ("The directive \"@d\" can only be used once at this location.", [(4, 35), (4, 38)]),
                ("The directive \"@d\" can only be used once at this location.", [(4, 12), (4, 15)]),
                ("The directive \"@d\" can only be used once at this location.", [(8, 10), (8, 13)]),
                ("The directive \"@d\" can only be used once at this location.", [(11, 10), (11, 13)]),
                ("The directive \"@d\" can only be used once at this location.", [(14, 5), (14, 8)]),
                ("The directive \"@d\" can only be used once at this location.", [(17, 27), (17, 30)]),
            ])
    }

    @Test("repeatable directives may be repeated on a type and its extensions")
    func repeatableDirectivesMayBeRepeatedOnATypeAndItsExtensions() {
        expectValidSDL(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @tag(name: String) repeatable on OBJECT | SCHEMA

            schema @tag(name: "a") @tag(name: "b") { query: T }
            extend schema @tag(name: "c")
            type T @tag(name: "a") @tag(name: "b") { a: Int }
            extend type T @tag(name: "c")
            """)
    }

    @Test("the document definition of a directive decides whether it repeats")
    func theDocumentDefinitionOfADirectiveDecidesWhetherItRepeats() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            directive @deprecated repeatable on FIELD_DEFINITION
            directive @skip on FIELD_DEFINITION
            type T {
              a: Int @deprecated @deprecated @skip @skip
            }
            """,
            [
                ("The directive \"@skip\" can only be used once at this location.", [(4, 34), (4, 40)])
            ])
    }

    @Test("specified directives of a new schema are not repeatable")
    func specifiedDirectivesOfANewSchemaAreNotRepeatable() {
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            type T {
              a: Int @deprecated @deprecated
            }
            scalar S @specifiedBy(url: "a") @specifiedBy(url: "b")
            """,
            [
                ("The directive \"@deprecated\" can only be used once at this location.", [(2, 10), (2, 22)]),
                ("The directive \"@specifiedBy\" can only be used once at this location.", [(4, 10), (4, 33)]),
            ])
    }

    @Test("the directives of the schema being extended decide whether they repeat")
    func theDirectivesOfTheSchemaBeingExtendedDecideWhetherTheyRepeat() throws {
        let schema = try buildSchema(
            Source(
                """
                directive @tag repeatable on OBJECT
                directive @key on OBJECT
                type T
                """))
        expectSDLValidationErrors(
            UniqueDirectivesPerLocationRule.self,
            """
            extend type T @tag @tag @key @key
            extend type T @key
            """,
            [
                ("The directive \"@key\" can only be used once at this location.", [(1, 25), (1, 30)]),
                ("The directive \"@key\" can only be used once at this location.", [(1, 25), (2, 15)]),
            ], schema: schema)
    }

    @Test("uses in the schema being extended are not considered")
    func usesInTheSchemaBeingExtendedAreNotConsidered() throws {
        let schema = try buildSchema(
            Source(
                """
                directive @key on OBJECT | SCHEMA
                schema @key { query: T }
                type T @key
                """))
        expectValidSDL(
            UniqueDirectivesPerLocationRule.self,
            """
            extend type T @key
            extend schema @key
            """, schema: schema)
    }
}
