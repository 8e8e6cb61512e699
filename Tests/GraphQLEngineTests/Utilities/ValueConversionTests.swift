import Testing

@testable import GraphQLEngine

/// Input types for the value tables: `enum Color { RED GREEN BLUE }`,
/// `input Point { x: Int!, y: Int = 0, label: String }`,
/// `input Complex { list: [Int!], nested: Point, color: Color = GREEN, id: ID, ratio: Float }`,
/// `input Choice @oneOf { a: Int, b: String }`.
enum ValueFixture {
    static let color = GraphQLEnumType(
        name: "Color", values: ["RED", "GREEN", "BLUE"].map { GraphQLEnumValue(name: $0) })
    static let point = GraphQLInputObjectType(
        name: "Point",
        fields: [
            GraphQLInputValue(name: "x", type: .nonNull(.named(.scalar(.int)))),
            GraphQLInputValue(name: "y", type: .named(.scalar(.int)), defaultValue: .int("0", .none)),
            GraphQLInputValue(name: "label", type: .named(.scalar(.string))),
        ])
    static let complex = GraphQLInputObjectType(
        name: "Complex",
        fields: [
            GraphQLInputValue(name: "list", type: .list(.nonNull(.named(.scalar(.int))))),
            GraphQLInputValue(name: "nested", type: .named(.inputObject(point))),
            GraphQLInputValue(name: "color", type: .named(.enumType(color)), defaultValue: .enumValue("GREEN", .none)),
            GraphQLInputValue(name: "id", type: .named(.scalar(.id))),
            GraphQLInputValue(name: "ratio", type: .named(.scalar(.float))),
        ])
    static let choice = GraphQLInputObjectType(
        name: "Choice",
        fields: [
            GraphQLInputValue(name: "a", type: .named(.scalar(.int))),
            GraphQLInputValue(name: "b", type: .named(.scalar(.string))),
        ], isOneOf: true)
}

private func variable(_ name: String) -> ValueNode { .variable(VariableNode(name: NameNode(value: name))) }
private func object(_ fields: (String, ValueNode)...) -> ValueNode {
    .object(fields.map { ObjectFieldNode(name: NameNode(value: $0.0), value: $0.1) }, .none)
}

/// Expected results generated with graphql-js 16 (`valueFromAST`, `astFromValue`,
/// `coerceInputValue`); the `@oneOf` rows follow later graphql-js 16 releases.
@Suite struct ValueFromASTTests {
    static let cases: [(GraphQLType, ValueNode, [String: InputValue]?, InputValue?)] = [
        (.named(.scalar(.int)), .int("1", .none), nil, .int(1)),
        (.named(.scalar(.int)), .float("1.5", .none), nil, nil),
        (.named(.scalar(.int)), .null(.none), nil, .null),
        (.nonNull(.named(.scalar(.int))), .null(.none), nil, nil),
        (.nonNull(.named(.scalar(.int))), .int("1", .none), nil, .int(1)),
        (.named(.scalar(.int)), .variable(VariableNode(name: NameNode(value: "v"))), ["v": .int(5)], .int(5)),
        (.named(.scalar(.int)), .variable(VariableNode(name: NameNode(value: "missing"))), [:], nil),
        (.nonNull(.named(.scalar(.int))), .variable(VariableNode(name: NameNode(value: "n"))), ["n": .null], nil),
        (.named(.scalar(.int)), .variable(VariableNode(name: NameNode(value: "n"))), ["n": .null], .null),
        (.list(.named(.scalar(.int))), .int("1", .none), nil, .list([.int(1)])),
        (
            .list(.named(.scalar(.int))), .list([.int("1", .none), .int("2", .none)], .none), nil,
            .list([.int(1), .int(2)])
        ),
        (.list(.named(.scalar(.int))), .list([.int("1", .none), .null(.none)], .none), nil, .list([.int(1), .null])),
        (.list(.nonNull(.named(.scalar(.int)))), .list([.int("1", .none), .null(.none)], .none), nil, nil),
        (
            .list(.named(.scalar(.int))),
            .list([.int("1", .none), .variable(VariableNode(name: NameNode(value: "missing")))], .none), nil,
            .list([.int(1), .null])
        ),
        (
            .list(.nonNull(.named(.scalar(.int)))),
            .list([.int("1", .none), .variable(VariableNode(name: NameNode(value: "missing")))], .none), nil, nil
        ),
        (.list(.named(.scalar(.int))), .null(.none), nil, .null),
        (
            .list(.list(.named(.scalar(.int)))), .list([.list([.int("1", .none)], .none), .int("2", .none)], .none),
            nil, .list([.list([.int(1)]), .list([.int(2)])])
        ),
        (.list(.named(.scalar(.int))), .list([.string("a", block: false, .none)], .none), nil, nil),
        (.named(.scalar(.float)), .int("1", .none), nil, .float(1)),
        (.named(.scalar(.float)), .float("2.5", .none), nil, .float(2.5)),
        (.named(.scalar(.id)), .string("abc", block: false, .none), nil, .string("abc")),
        (.named(.scalar(.id)), .int("123", .none), nil, .string("123")),
        (.named(.scalar(.id)), .float("1.5", .none), nil, nil),
        (.named(.scalar(.string)), .string("s", block: false, .none), nil, .string("s")),
        (.named(.scalar(.string)), .enumValue("S", .none), nil, nil),
        (.named(.scalar(.boolean)), .boolean(true, .none), nil, .boolean(true)),
        (.named(.scalar(.boolean)), .int("0", .none), nil, nil),
        (.named(.enumType(ValueFixture.color)), .enumValue("RED", .none), nil, .enumValue("RED")),
        (.named(.enumType(ValueFixture.color)), .string("RED", block: false, .none), nil, nil),
        (.named(.enumType(ValueFixture.color)), .enumValue("PURPLE", .none), nil, nil),
        (.named(.enumType(ValueFixture.color)), .null(.none), nil, .null),
        (
            .list(.named(.enumType(ValueFixture.color))),
            .list([.enumValue("RED", .none), .enumValue("BLUE", .none)], .none), nil,
            .list([.enumValue("RED"), .enumValue("BLUE")])
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object([ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none))], .none), nil,
            .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .int(0))])
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object(
                [
                    ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                    ObjectFieldNode(name: NameNode(value: "y"), value: .int("2", .none)),
                    ObjectFieldNode(name: NameNode(value: "label"), value: .string("p", block: false, .none)),
                ], .none), nil,
            .object([
                .init(name: "x", value: .int(1)), .init(name: "y", value: .int(2)),
                .init(name: "label", value: .string("p")),
            ])
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object([ObjectFieldNode(name: NameNode(value: "y"), value: .int("2", .none))], .none), nil, nil
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object([ObjectFieldNode(name: NameNode(value: "x"), value: .null(.none))], .none), nil, nil
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object(
                [
                    ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                    ObjectFieldNode(name: NameNode(value: "y"), value: .null(.none)),
                ], .none), nil, .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .null)])
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object(
                [
                    ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                    ObjectFieldNode(name: NameNode(value: "z"), value: .int("3", .none)),
                ], .none), nil, .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .int(0))])
        ),
        (.named(.inputObject(ValueFixture.point)), .int("1", .none), nil, nil),
        (
            .named(.inputObject(ValueFixture.point)),
            .object(
                [
                    ObjectFieldNode(
                        name: NameNode(value: "x"), value: .variable(VariableNode(name: NameNode(value: "v"))))
                ], .none), ["v": .int(7)],
            .object([.init(name: "x", value: .int(7)), .init(name: "y", value: .int(0))])
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object(
                [
                    ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                    ObjectFieldNode(
                        name: NameNode(value: "y"), value: .variable(VariableNode(name: NameNode(value: "missing")))),
                ], .none), [:], .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .int(0))])
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object(
                [
                    ObjectFieldNode(
                        name: NameNode(value: "x"), value: .variable(VariableNode(name: NameNode(value: "missing"))))
                ], .none), [:], nil
        ),
        (
            .nonNull(.named(.inputObject(ValueFixture.point))),
            .object(
                [
                    ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                    ObjectFieldNode(
                        name: NameNode(value: "y"), value: .variable(VariableNode(name: NameNode(value: "v")))),
                ], .none), ["v": .null], .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .null)])
        ),
        (
            .named(.inputObject(ValueFixture.complex)), .object([], .none), nil,
            .object([.init(name: "color", value: .enumValue("GREEN"))])
        ),
        (
            .named(.inputObject(ValueFixture.complex)),
            .object(
                [
                    ObjectFieldNode(name: NameNode(value: "list"), value: .int("1", .none)),
                    ObjectFieldNode(
                        name: NameNode(value: "nested"),
                        value: .object([ObjectFieldNode(name: NameNode(value: "x"), value: .int("2", .none))], .none)),
                    ObjectFieldNode(name: NameNode(value: "color"), value: .enumValue("BLUE", .none)),
                    ObjectFieldNode(name: NameNode(value: "id"), value: .int("4", .none)),
                    ObjectFieldNode(name: NameNode(value: "ratio"), value: .int("3", .none)),
                ], .none), nil,
            .object([
                .init(name: "list", value: .list([.int(1)])),
                .init(
                    name: "nested",
                    value: .object([.init(name: "x", value: .int(2)), .init(name: "y", value: .int(0))])),
                .init(name: "color", value: .enumValue("BLUE")), .init(name: "id", value: .string("4")),
                .init(name: "ratio", value: .float(3)),
            ])
        ),
        (
            .named(.inputObject(ValueFixture.complex)),
            .object(
                [
                    ObjectFieldNode(
                        name: NameNode(value: "list"), value: .list([.int("1", .none), .null(.none)], .none))
                ], .none), nil, nil
        ),
        // @oneOf input objects: exactly one field, and not null.
        (
            .named(.inputObject(ValueFixture.choice)), object(("a", .int("1", .none))), nil,
            .object([.init(name: "a", value: 1)])
        ),
        (
            .named(.inputObject(ValueFixture.choice)),
            object(("a", .int("1", .none)), ("b", .string("x", block: false, .none))), nil, nil
        ),
        (.named(.inputObject(ValueFixture.choice)), object(("a", .null(.none))), nil, nil),
        (.named(.inputObject(ValueFixture.choice)), object(), nil, nil),
        (
            .named(.inputObject(ValueFixture.choice)), object(("b", variable("v"))), ["v": "s"],
            .object([.init(name: "b", value: "s")])
        ),
    ]

    @Test(arguments: cases)
    func literalsAreCoercedForTheirTypeAsGraphQLJSDoes(
        type: GraphQLType, node: ValueNode, variables: [String: InputValue]?, expected: InputValue?
    ) {
        #expect(valueFromAST(node, type, variables) == expected, "\(type) \(printValue(node))")
    }

    @Test func anAbsentNodeHasNoValue() {
        #expect(valueFromAST(nil, .named(.scalar(.int)), nil) == nil)
    }

    @Test func untypedValuesKeepLiteralsAsWritten() {
        let literal = object(
            ("i", .int("12", .none)), ("f", .float("1.5", .none)), ("e", .enumValue("RED", .none)),
            ("l", .list([.null(.none), variable("missing"), variable("v")], .none)), ("gone", variable("missing")),
            ("big", .int("99999999999999999999", .none)))
        let expected = InputValue.object([
            .init(name: "i", value: 12), .init(name: "f", value: 1.5), .init(name: "e", value: .enumValue("RED")),
            .init(name: "l", value: [nil, nil, true]), .init(name: "big", value: .float(1e20)),
        ])
        #expect(valueFromASTUntyped(literal, ["v": true]) == expected)
        #expect(valueFromASTUntyped(variable("missing"), nil) == nil)
    }
}

@Suite struct AstFromValueTests {
    enum Outcome: Equatable {
        case value(ValueNode?)
        case error(String)
    }

    static let cases: [(GraphQLType, InputValue, Outcome)] = [
        (.named(.scalar(.int)), .int(1), .value(.int("1", .none))),
        (.named(.scalar(.int)), .null, .value(.null(.none))),
        (.nonNull(.named(.scalar(.int))), .null, .value(nil)),
        (.named(.scalar(.float)), .float(1), .value(.int("1", .none))),
        (.named(.scalar(.float)), .float(1.5), .value(.float("1.5", .none))),
        (.named(.scalar(.float)), .float(1e+21), .value(.float("1e+21", .none))),
        (.named(.scalar(.float)), .float(1e-7), .value(.float("1e-7", .none))),
        (.named(.scalar(.float)), .float(-0.25), .value(.float("-0.25", .none))),
        (.named(.scalar(.string)), .string("a\"b"), .value(.string("a\"b", block: false, .none))),
        (.named(.scalar(.boolean)), .boolean(false), .value(.boolean(false, .none))),
        (.named(.scalar(.id)), .string("123"), .value(.int("123", .none))),
        (.named(.scalar(.id)), .string("0123"), .value(.string("0123", block: false, .none))),
        (.named(.scalar(.id)), .string("-5"), .value(.int("-5", .none))),
        (.named(.scalar(.id)), .string("abc"), .value(.string("abc", block: false, .none))),
        (.named(.scalar(.id)), .int(7), .value(.int("7", .none))),
        (.named(.enumType(ValueFixture.color)), .enumValue("RED"), .value(.enumValue("RED", .none))),
        (
            .list(.named(.scalar(.int))), .list([.int(1), .int(2)]),
            .value(.list([.int("1", .none), .int("2", .none)], .none))
        ),
        (.list(.named(.scalar(.int))), .int(3), .value(.int("3", .none))),
        (.list(.nonNull(.named(.scalar(.int)))), .list([.int(1), .null]), .value(.list([.int("1", .none)], .none))),
        (
            .list(.named(.scalar(.int))), .list([.int(1), .null]),
            .value(.list([.int("1", .none), .null(.none)], .none))
        ),
        (
            .named(.inputObject(ValueFixture.point)), .object([.init(name: "x", value: .int(1))]),
            .value(.object([ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none))], .none))
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object([
                .init(name: "label", value: .string("p")), .init(name: "x", value: .int(1)),
                .init(name: "y", value: .null),
            ]),
            .value(
                .object(
                    [
                        ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                        ObjectFieldNode(name: NameNode(value: "y"), value: .null(.none)),
                        ObjectFieldNode(name: NameNode(value: "label"), value: .string("p", block: false, .none)),
                    ], .none))
        ),
        (
            .named(.inputObject(ValueFixture.point)), .object([.init(name: "x", value: .null)]),
            .value(.object([], .none))
        ),
        (
            .nonNull(.named(.inputObject(ValueFixture.point))),
            .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .int(2))]),
            .value(
                .object(
                    [
                        ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none)),
                        ObjectFieldNode(name: NameNode(value: "y"), value: .int("2", .none)),
                    ], .none))
        ),
        (.named(.inputObject(ValueFixture.point)), .string("nope"), .value(nil)),
        (
            .named(.inputObject(ValueFixture.complex)),
            .object([
                .init(name: "color", value: .enumValue("BLUE")),
                .init(name: "nested", value: .object([.init(name: "x", value: .int(1))])),
                .init(name: "list", value: .list([.int(3)])),
            ]),
            .value(
                .object(
                    [
                        ObjectFieldNode(name: NameNode(value: "list"), value: .list([.int("3", .none)], .none)),
                        ObjectFieldNode(
                            name: NameNode(value: "nested"),
                            value: .object(
                                [ObjectFieldNode(name: NameNode(value: "x"), value: .int("1", .none))], .none)),
                        ObjectFieldNode(name: NameNode(value: "color"), value: .enumValue("BLUE", .none)),
                    ], .none))
        ),
        (.nonNull(.named(.scalar(.int))), .int(2), .value(.int("2", .none))),
        (.named(.enumType(ValueFixture.color)), .string("BLUE"), .value(.enumValue("BLUE", .none))),
        (
            .named(.enumType(ValueFixture.color)), .string("PINK"),
            .error("Enum \"Color\" cannot represent value: \"PINK\"")
        ),
        (.named(.scalar(.float)), .float(.infinity), .error("Float cannot represent non numeric value: Infinity")),
        (.named(.scalar(.int)), .float(1.0), .value(.int("1", .none))),
    ]

    @Test(arguments: cases)
    func valuesAreWrittenAsGraphQLJSWritesThem(type: GraphQLType, value: InputValue, expected: Outcome) {
        let actual: Outcome
        do { actual = .value(try astFromValue(value, type)) } catch { actual = .error(error.message) }
        #expect(actual == expected, "\(type) \(value)")
    }

    @Test func customScalarObjectsHaveNoLiteral() {
        #expect(throws: GraphQLError("Cannot convert value to AST: { a: 1 }.")) {
            try astFromValue(.object([.init(name: "a", value: 1)]), .named(.scalar(GraphQLScalarType(name: "JSON"))))
        }
    }
}

@Suite struct CoerceInputValueTests {
    static let cases: [(GraphQLType, InputValue, InputValue?, [(String, String, String)])] = [
        (.named(.scalar(.int)), .int(1), .int(1), []),
        (.named(.scalar(.int)), .string("x"), nil, [("", "\"x\"", "Int cannot represent non-integer value: \"x\"")]),
        (
            .nonNull(.named(.scalar(.int))), .null, nil,
            [("", "null", "Expected non-nullable type \"Int!\" not to be null.")]
        ),
        (
            .list(.named(.scalar(.int))), .list([.int(1), .string("x"), .int(3)]), nil,
            [("[1]", "\"x\"", "Int cannot represent non-integer value: \"x\"")]
        ),
        (.list(.named(.scalar(.int))), .int(5), .list([.int(5)]), []),
        (
            .list(.nonNull(.named(.scalar(.int)))), .list([.null]), nil,
            [("[0]", "null", "Expected non-nullable type \"Int!\" not to be null.")]
        ),
        (
            .named(.inputObject(ValueFixture.point)), .object([.init(name: "x", value: .int(1))]),
            .object([.init(name: "x", value: .int(1)), .init(name: "y", value: .int(0))]), []
        ),
        (
            .named(.inputObject(ValueFixture.point)), .object([.init(name: "y", value: .int(1))]), nil,
            [("", "{ y: 1 }", "Field \"x\" of required type \"Int!\" was not provided.")]
        ),
        (
            .named(.inputObject(ValueFixture.point)),
            .object([
                .init(name: "x", value: .string("a")), .init(name: "z", value: .int(1)),
                .init(name: "labl", value: .string("q")),
            ]), nil,
            [
                (".x", "\"a\"", "Int cannot represent non-integer value: \"a\""),
                (
                    "", "{ x: \"a\", z: 1, labl: \"q\" }",
                    "Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?"
                ),
                (
                    "", "{ x: \"a\", z: 1, labl: \"q\" }",
                    "Field \"labl\" is not defined by type \"Point\". Did you mean \"label\"?"
                ),
            ]
        ),
        (
            .named(.inputObject(ValueFixture.point)), .int(3), nil,
            [("", "3", "Expected type \"Point\" to be an object.")]
        ),
        (
            .nonNull(.named(.inputObject(ValueFixture.point))), .null, nil,
            [("", "null", "Expected non-nullable type \"Point!\" not to be null.")]
        ),
        (.named(.enumType(ValueFixture.color)), .string("RED"), .enumValue("RED"), []),
        (
            .named(.enumType(ValueFixture.color)), .string("red"), nil,
            [("", "\"red\"", "Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
        ),
        (
            .named(.enumType(ValueFixture.color)), .string("PURPL"), nil,
            [("", "\"PURPL\"", "Value \"PURPL\" does not exist in \"Color\" enum.")]
        ),
        (
            .named(.enumType(ValueFixture.color)), .int(1), nil,
            [("", "1", "Enum \"Color\" cannot represent non-string value: 1.")]
        ),
        (
            .list(.named(.inputObject(ValueFixture.point))),
            .list([.object([.init(name: "x", value: .int(1))]), .object([.init(name: "x", value: .string("b"))])]), nil,
            [("[1].x", "\"b\"", "Int cannot represent non-integer value: \"b\"")]
        ),
        (
            .named(.inputObject(ValueFixture.complex)),
            .object([
                .init(name: "nested", value: .object([.init(name: "x", value: .null)])),
                .init(name: "list", value: .list([.int(1), .string("2")])),
            ]), nil,
            [
                (".list[1]", "\"2\"", "Int cannot represent non-integer value: \"2\""),
                (".nested.x", "null", "Expected non-nullable type \"Int!\" not to be null."),
            ]
        ),
        (.named(.scalar(.float)), .float(1e+21), .float(1e+21), []),
        (.named(.scalar(.id)), .int(12), .string("12"), []),
        (.named(.scalar(.id)), .float(1.5), nil, [("", "1.5", "ID cannot represent value: 1.5")]),
        (
            .named(.inputObject(ValueFixture.choice)), .object([.init(name: "a", value: 1)]),
            .object([.init(name: "a", value: 1)]), []
        ),
        (
            .named(.inputObject(ValueFixture.choice)),
            .object([.init(name: "a", value: 1), .init(name: "b", value: "x")]), nil,
            [("", "{ a: 1, b: \"x\" }", "Exactly one key must be specified for OneOf type \"Choice\".")]
        ),
        (
            .named(.inputObject(ValueFixture.choice)), .object([.init(name: "a", value: nil)]), nil,
            [(".a", "null", "Field \"a\" must be non-null.")]
        ),
        (
            .named(.inputObject(ValueFixture.choice)), .object([]), nil,
            [("", "{}", "Exactly one key must be specified for OneOf type \"Choice\".")]
        ),
        (
            .named(.inputObject(ValueFixture.choice)),
            .object([.init(name: "a", value: nil), .init(name: "b", value: nil)]), nil,
            [
                ("", "{ a: null, b: null }", "Exactly one key must be specified for OneOf type \"Choice\"."),
                (".a", "null", "Field \"a\" must be non-null."),
            ]
        ),
    ]

    @Test(arguments: cases)
    func runtimeValuesAreCoercedAndProblemsReportedAsGraphQLJSDoes(
        type: GraphQLType, value: InputValue, expected: InputValue?, expectedErrors: [(String, String, String)]
    ) {
        var errors: [(String, String, String)] = []
        let result = coerceInputValue(value, type) { path, invalid, error in
            errors.append((printPath(path), inspect(invalid), error.message))
        }
        #expect(result == expected, "\(type) \(value)")
        #expect(errors.map { "\($0.0) | \($0.1) | \($0.2)" } == expectedErrors.map { "\($0.0) | \($0.1) | \($0.2)" })
    }

    @Test func theThrowingFormPrefixesTheValueAndPath() {
        #expect(
            throws: GraphQLError("Invalid value \"b\" at \"value[1].x\": Int cannot represent non-integer value: \"b\"")
        ) {
            try coerceInputValue(
                .list([.object([.init(name: "x", value: 1)]), .object([.init(name: "x", value: "b")])]),
                .list(.named(.inputObject(ValueFixture.point))))
        }
        #expect(throws: GraphQLError("Invalid value null: Expected non-nullable type \"Int!\" not to be null.")) {
            try coerceInputValue(.null, .nonNull(.named(.scalar(.int))))
        }
    }
}

@Suite struct InspectTests {
    @Test func numbersAreWrittenAsJavaScriptWritesThem() {
        let cases: [(Double, String)] = [
            (1, "1"), (-0.0, "0"), (1.5, "1.5"), (100, "100"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
            (1e-6, "0.000001"), (1e-7, "1e-7"), (123456.789, "123456.789"), (-2.5e-10, "-2.5e-10"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (5e-324, "5e-324"), (0.1 + 0.2, "0.30000000000000004"),
            (.nan, "NaN"), (-.infinity, "-Infinity"),
        ]
        for (number, expected) in cases {
            #expect(formatJSNumber(number) == expected)
        }
    }

    @Test func stringsAreJSONQuoted() {
        #expect(inspect("a\"b\\c\n\u{01}é") == #""a\"b\\c\n\u0001é""#)
    }

    @Test func deepValuesAreAbbreviated() {
        #expect(inspect([[[1]]]) == "[[[Array]]]")
        #expect(
            inspect(
                .object([
                    .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: 1)]))]))
                ])) == "{ a: { b: [Object] } }")
        #expect(inspect([]) == "[]")
        #expect(inspect(.object([])) == "{}")
    }
}
