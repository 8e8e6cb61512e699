import Testing

@testable import GraphQLEngine

/// `OverlappingFieldsCanBeMergedRule` on return types: fields on distinct object types may
/// differ in name and arguments but not in the shape of what they return (lists, non-null,
/// leaf types), with graphql-js 16's "return types must be unambiguous" cases.
struct OverlappingFieldsCanBeMergedRuleReturnTypeTests {
    @Test("conflicting return types which potentially overlap")
    func conflictingReturnTypesWhichPotentiallyOverlap() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """,
            [
                (
                    "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("compatible return shapes on different return types")
    func compatibleReturnShapesOnDifferentReturnTypes() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """, schema: try overlapBoxSchema())
    }

    @Test("disallows differing return types despite no overlap")
    func disallowsDifferingReturnTypesDespiteNoOverlap() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            [
                (
                    "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("reports correctly when a non-exclusive follows an exclusive")
    func reportsCorrectlyWhenANonExclusiveFollowsAnExclusive() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """,
            [
                (
                    "Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(30, 3), (38, 3), (33, 3), (41, 3)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("disallows differing return type nullability despite no overlap")
    func disallowsDifferingReturnTypeNullabilityDespiteNoOverlap() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            [
                (
                    "Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("disallows differing return type list despite no overlap")
    func disallowsDifferingReturnTypeListDespiteNoOverlap() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """,
            [
                (
                    "Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (9, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("disallows differing return type list the other way round")
    func disallowsDifferingReturnTypeListTheOtherWayRound() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: listStringBox {
                    scalar
                  }
                }
              }
            }
            """,
            [
                (
                    "Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (9, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("disallows differing subfields")
    func disallowsDifferingSubfields() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """,
            [
                (
                    "Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 9), (6, 9)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("disallows differing deep return types despite no overlap")
    func disallowsDifferingDeepReturnTypesDespiteNoOverlap() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """,
            [
                (
                    "Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (5, 9), (9, 7), (10, 9)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("allows non-conflicting overlapping types")
    func allowsNonConflictingOverlappingTypes() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, schema: try overlapBoxSchema())
    }

    @Test("same wrapped scalar return types")
    func sameWrappedScalarReturnTypes() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, schema: try overlapBoxSchema())
    }

    @Test("allows inline fragments without type condition")
    func allowsInlineFragmentsWithoutTypeCondition() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              a
              ... {
                a
              }
            }
            """, schema: try overlapBoxSchema())
    }

    @Test("compares deep types including list")
    func comparesDeepTypesIncludingList() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """,
            [
                (
                    "Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("ignores unknown types")
    func ignoresUnknownTypes() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, schema: try overlapBoxSchema())
    }

    @Test("reports the conflicting types of fields spread from fragments on distinct objects")
    func reportsTheConflictingTypesOfFieldsSpreadFromFragmentsOnDistinctObjects() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ...IntScalar
                ...StringScalar
              }
            }
            fragment IntScalar on IntBox {
              scalar
            }
            fragment StringScalar on StringBox {
              scalar
            }
            """,
            [
                (
                    "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(8, 3), (11, 3)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("allows different fields on distinct objects through fragments")
    func allowsDifferentFieldsOnDistinctObjectsThroughFragments() throws {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ...IntDeep
                ...StringDeep
              }
            }
            fragment IntDeep on IntBox {
              deepBox {
                unrelatedField
              }
            }
            fragment StringDeep on StringBox {
              deepBox: stringBox {
                unrelated: scalar
              }
            }
            """, schema: try overlapBoxSchema())
    }

    @Test("compares subfields of fields on distinct objects without requiring the same names")
    func comparesSubfieldsOfFieldsOnDistinctObjectsWithoutRequiringTheSameNames() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on IntBox {
                  box: deepBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """,
            [
                (
                    "Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (5, 9), (9, 7), (10, 9)]
                )
            ], schema: try overlapBoxSchema())
    }

    @Test("treats an interface and an object as possibly overlapping")
    func treatsAnInterfaceAndAnObjectAsPossiblyOverlapping() throws {
        expectValidationErrors(
            OverlappingFieldsCanBeMergedRule.self,
            """
            {
              someBox {
                ... on SomeBox {
                  field: unrelatedField
                }
                ... on StringBox {
                  field: scalar
                }
              }
            }
            """,
            [
                (
                    "Fields \"field\" conflict because \"unrelatedField\" and \"scalar\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ], schema: try overlapBoxSchema())
    }
}

/// The schema of graphql-js's return-type test cases: boxes whose `scalar` field differs in type.
func overlapBoxSchema() throws -> GraphQLSchema {
    try buildSchema(Source(overlapBoxSDL))
}

private let overlapBoxSDL = """
    interface SomeBox {
      deepBox: SomeBox
      unrelatedField: String
    }

    type StringBox implements SomeBox {
      scalar: String
      deepBox: StringBox
      unrelatedField: String
      listStringBox: [StringBox]
      stringBox: StringBox
      intBox: IntBox
    }

    type IntBox implements SomeBox {
      scalar: Int
      deepBox: IntBox
      unrelatedField: String
      listStringBox: [StringBox]
      stringBox: StringBox
      intBox: IntBox
    }

    interface NonNullStringBox1 {
      scalar: String!
    }

    type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
      scalar: String!
      unrelatedField: String
      deepBox: SomeBox
    }

    interface NonNullStringBox2 {
      scalar: String!
    }

    type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
      scalar: String!
      unrelatedField: String
      deepBox: SomeBox
    }

    type Connection {
      edges: [Edge]
    }

    type Edge {
      node: Node
    }

    type Node {
      id: ID
      name: String
    }

    type Query {
      someBox: SomeBox
      connection: Connection
    }
    """
