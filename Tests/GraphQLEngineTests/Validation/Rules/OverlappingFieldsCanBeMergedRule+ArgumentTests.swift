import Testing

@testable import GraphQLEngine

/// `OverlappingFieldsCanBeMergedRule`: arguments compared as graphql-js 16 compares them
/// (sorted, printed, variables by name, defaults ignored), leaf types, meta-fields, and the
/// order and count of errors when fields and fragments conflict in several ways at once.
struct OverlappingFieldsCanBeMergedRuleArgumentTests {
    @Test("allows different order of args")
    func allowsDifferentOrderOfArgs() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someField(a: null, b: null)
              someField(b: null, a: null)
            }
            """, schema: try overlapArgumentSchema())
    }

    @Test("allows different order of input object fields in arg values")
    func allowsDifferentOrderOfInputObjectFieldsInArgValues() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              inputField(arg: { a: null, b: null })
              inputField(arg: { b: null, a: null })
            }
            """, schema: try overlapArgumentSchema())
    }

    @Test("sorts input object fields nested in objects and lists")
    func sortsInputObjectFieldsNestedInObjectsAndLists() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              inputField(arg: { nested: { b: "x", a: "y" }, list: [{ b: "1", a: "2" }] })
              inputField(arg: { list: [{ a: "2", b: "1" }], nested: { a: "y", b: "x" } })
            }
            """, schema: try overlapArgumentSchema())
    }

    @Test("keeps the order of list items")
    func keepsTheOrderOfListItems() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              listField(list: ["a", "b"])
              listField(list: ["b", "a"])
            }
            """,
            [
                (
                    "Fields \"listField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("compares variables by name")
    func comparesVariablesByName() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            query ($x: String, $y: String) {
              same: someField(a: $x)
              same: someField(a: $x)
              different: someField(a: $x)
              different: someField(a: $y)
            }
            """,
            [
                (
                    "Fields \"different\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 3), (5, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("does not treat a default value as equal to an omitted argument")
    func doesNotTreatADefaultValueAsEqualToAnOmittedArgument() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              withDefault
              withDefault(a: 1)
            }
            """,
            [
                (
                    "Fields \"withDefault\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("does not treat a variable as equal to its value")
    func doesNotTreatAVariableAsEqualToItsValue() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            query ($a: Int = 1) {
              withDefault(a: $a)
              withDefault(a: 1)
            }
            """,
            [
                (
                    "Fields \"withDefault\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("distinguishes a block string from a string with the same value")
    func distinguishesABlockStringFromAStringWithTheSameValue() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              someField(a: "text")
              someField(a: """text""")
            }
            """#,
            [
                (
                    "Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("compares strings by their code points, not by Unicode equivalence")
    func comparesStringsByTheirCodePointsNotByUnicodeEquivalence() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              someField(a: "\u00e9")
              someField(a: "e\u0301")
            }
            """#,
            [
                (
                    "Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("compares strings by value, not by how they are escaped")
    func comparesStringsByValueNotByHowTheyAreEscaped() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              someField(a: "\u0041")
              someField(a: "A")
            }
            """#, schema: try overlapArgumentSchema())
    }

    @Test("distinguishes an int from a float and an enum from a string")
    func distinguishesAnIntFromAFloatAndAnEnumFromAString() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              int: withDefault(a: 1)
              int: withDefault(a: 1.0)
              color: colorField(color: RED)
              color: colorField(color: "RED")
            }
            """,
            [
                (
                    "Fields \"int\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                ),
                (
                    "Fields \"color\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 3), (5, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("distinguishes input object fields of the same name written in another order")
    func distinguishesInputObjectFieldsOfTheSameNameWrittenInAnotherOrder() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              inputField(arg: { a: "1", a: "2" })
              inputField(arg: { a: "2", a: "1" })
            }
            """,
            [
                (
                    "Fields \"inputField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("reports the conflicting types of an enum and a scalar")
    func reportsTheConflictingTypesOfAnEnumAndAScalar() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              named {
                ... on Pet {
                  color
                }
                ... on Plant {
                  color: colorName
                }
              }
            }
            """,
            [
                (
                    "Fields \"color\" conflict because they return conflicting types \"Color\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("reports differing list and non-null shapes")
    func reportsDifferingListAndNonNullShapes() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on NonNullStringBox1Impl {
                  scalar
                }
                ... on StringBox {
                  scalar: listStringBox {
                    scalar
                  }
                }
              }
            }
            """,
            [
                (
                    "Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("ignores the types of meta-fields, as graphql-js does")
    func ignoresTheTypesOfMetaFieldsAsGraphqlJsDoes() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              pet {
                __typename
                __typename: name
              }
              named {
                ... on Pet {
                  kind: __typename
                }
                ... on Plant {
                  kind: name
                }
              }
            }
            """,
            [
                (
                    "Fields \"__typename\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("compares fields selected on a union by name and arguments only")
    func comparesFieldsSelectedOnAUnionByNameAndArgumentsOnly() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              scalarOrEnum {
                ... on Pet {
                  name
                }
                ... on Plant {
                  name
                }
              }
              pet {
                owner {
                  name
                }
                owner {
                  name: colorName
                }
              }
            }
            """,
            [
                (
                    "Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"colorName\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(11, 5), (12, 7), (14, 5), (15, 7)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("reports conflicts of the same pair of fragments under different parents once each")
    func reportsConflictsOfTheSamePairOfFragmentsUnderDifferentParentsOnceEach() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              pet {
                ...A
                owner {
                  ...B
                }
              }
              pet {
                ...B
                owner {
                  ...A
                }
              }
            }
            fragment A on Pet {
              x: name
            }
            fragment B on Pet {
              x: colorName
            }
            """,
            [
                (
                    "Fields \"pet\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"colorName\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (4, 5), (19, 3), (8, 3), (10, 5), (16, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("reports within-set conflicts before conflicts with spread fragments, in selection order")
    func reportsWithinSetConflictsBeforeConflictsWithSpreadFragmentsInSelectionOrder() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              pet {
                ...A
                x: color
                y: name
                x: name
                y: colorName
                ...B
              }
            }
            fragment A on Pet {
              y: color
            }
            fragment B on Pet {
              x: colorName
              y: owner {
                name
              }
            }
            """,
            [
                (
                    "Fields \"x\" conflict because \"color\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (6, 5)]
                ),
                (
                    "Fields \"y\" conflict because \"name\" and \"colorName\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (7, 5)]
                ),
                (
                    "Fields \"y\" conflict because \"name\" and \"color\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (12, 3)]
                ),
                (
                    "Fields \"y\" conflict because \"colorName\" and \"color\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(7, 5), (12, 3)]
                ),
                (
                    "Fields \"y\" conflict because \"color\" and \"owner\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(12, 3), (16, 3)]
                ),
                (
                    "Fields \"x\" conflict because \"color\" and \"colorName\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (15, 3)]
                ),
                (
                    "Fields \"x\" conflict because \"name\" and \"colorName\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 5), (15, 3)]
                ),
                (
                    "Fields \"y\" conflict because \"name\" and \"owner\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 5), (16, 3)]
                ),
                (
                    "Fields \"y\" conflict because \"colorName\" and \"owner\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(7, 5), (16, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }

    @Test("reports each conflict of a field repeated in fragments spread at several depths")
    func reportsEachConflictOfAFieldRepeatedInFragmentsSpreadAtSeveralDepths() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              pet {
                ...P
                owner {
                  ...P
                  owner {
                    ...P
                  }
                }
              }
            }
            fragment P on Pet {
              name
              owner {
                name: colorName
              }
            }
            """,
            [
                (
                    "Fields \"owner\" conflict because subfields \"name\" conflict because \"colorName\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (15, 5), (14, 3), (13, 3)]
                ),
                (
                    "Fields \"owner\" conflict because subfields \"name\" conflict because \"colorName\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 7), (15, 5), (14, 3), (13, 3)]
                )
            ], schema: try overlapArgumentSchema())
    }
}

/// A schema with arguments of every kind, an enum, an interface and a union.
func overlapArgumentSchema() throws -> GraphQLSchema {
    try buildSchema(Source(overlapArgumentSDL))
}

private let overlapArgumentSDL = """
    input SomeInput {
      a: String
      b: String
      nested: SomeInput
      list: [SomeInput]
    }

    enum Color {
      RED
      GREEN
    }

    type Query {
      someField(a: String, b: String): String
      inputField(arg: SomeInput): String
      withDefault(a: Int = 1): String
      listField(list: [String]): String
      colorField(color: Color): String
      pet: Pet
      named: Named
      scalarOrEnum: ScalarOrEnum
    }

    interface Named {
      name: String
      color: Color
    }

    type Pet implements Named {
      name: String
      color: Color
      colorName: String
      owner: Pet
    }

    type Plant implements Named {
      name: String
      color: Color
      colorName: String
    }

    union ScalarOrEnum = Pet | Plant
    """
