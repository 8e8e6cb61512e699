import Testing

@testable import GraphQLEngine

/// Enum coercion against graphql-js 16's outcomes for `enum Color { RED GREEN BLUE }`.
@Suite struct EnumCoercionTests {
    let color = ValueFixture.color

    static let literalCases: [(ValueNode, CoercionOutcome)] = [
        (.enumValue("GREEN", .none), .value(.enumValue("GREEN"))),
        (
            .enumValue("red", .none),
            .error("Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")
        ),
        (
            .string("RED", block: false, .none),
            .error(
                "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?"
            )
        ),
        (.enumValue("PURPLE", .none), .error("Value \"PURPLE\" does not exist in \"Color\" enum.")),
        (.int("1", .none), .error("Enum \"Color\" cannot represent non-enum value: 1.")),
        (.null(.none), .error("Enum \"Color\" cannot represent non-enum value: null.")),
        (
            .enumValue("GREN", .none),
            .error("Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?")
        ),
        (
            .list([.enumValue("RED", .none)], .none),
            .error(
                "Enum \"Color\" cannot represent non-enum value: [RED]. Did you mean the enum value \"RED\" or \"GREEN\"?"
            )
        ),
    ]

    @Test(arguments: literalCases)
    func literalsAreCoercedWithGraphQLJSMessages(node: ValueNode, expected: CoercionOutcome) {
        #expect(CoercionOutcome { () throws(GraphQLError) in try color.parseLiteral(node) } == expected)
    }

    @Test func resultsMustNameAValue() {
        #expect(
            CoercionOutcome { () throws(GraphQLError) in try color.serialize(.enumValue("RED")) }
                == .value(.enumValue("RED")))
        #expect(
            CoercionOutcome { () throws(GraphQLError) in try color.serialize("PINK") }
                == .error("Enum \"Color\" cannot represent value: \"PINK\""))
        #expect(
            CoercionOutcome { () throws(GraphQLError) in try color.serialize(1) }
                == .error("Enum \"Color\" cannot represent value: 1"))
    }

    @Test func leafDispatchCoversScalarsAndEnumsOnly() throws {
        #expect(try GraphQLNamedType.enumType(color).parseLeafLiteral(.enumValue("BLUE", .none)) == .enumValue("BLUE"))
        #expect(try GraphQLNamedType.scalar(.int).parseLeafLiteral(.int("3", .none)) == .int(3))
        #expect(try GraphQLNamedType.inputObject(ValueFixture.point).parseLeafLiteral(.int("3", .none)) == nil)
    }
}
