import Testing

@testable import GraphQLEngine

/// What a coercion is expected to give: a value, or an error with graphql-js's message.
enum CoercionOutcome: Equatable, CustomStringConvertible {
    case value(InputValue)
    case error(String)

    init(_ body: () throws(GraphQLError) -> InputValue) {
        do { self = .value(try body()) } catch { self = .error(error.message) }
    }

    var description: String {
        switch self {
        case .value(let value): "value \(value)"
        case .error(let message): "error \(message)"
        }
    }

    /// Equal outcomes; NaN floats count as equal to each other.
    static func == (lhs: CoercionOutcome, rhs: CoercionOutcome) -> Bool {
        switch (lhs, rhs) {
        case (.value(.float(let a)), .value(.float(let b))) where a.isNaN && b.isNaN: true
        case (.value(let a), .value(let b)): a == b
        case (.error(let a), .error(let b)): a == b
        default: false
        }
    }
}

/// Expected outcomes generated with graphql-js 16 (`parseLiteral`, `parseValue`, `serialize`
/// of each built-in scalar).
@Suite struct SpecifiedScalarCoercionTests {
    static let literalCases: [(GraphQLScalarType, ValueNode, CoercionOutcome)] = [
        (.int, .int("1", .none), .value(.int(1))),
        (.int, .int("-1", .none), .value(.int(-1))),
        (.int, .int("0", .none), .value(.int(0))),
        (.int, .int("-0", .none), .value(.int(0))),
        (.int, .int("2147483647", .none), .value(.int(2147483647))),
        (.int, .int("-2147483648", .none), .value(.int(-2147483648))),
        (.int, .int("2147483648", .none), .error("Int cannot represent non 32-bit signed integer value: 2147483648")),
        (.int, .int("-2147483649", .none), .error("Int cannot represent non 32-bit signed integer value: -2147483649")),
        (
            .int, .int("99999999999999999999", .none),
            .error("Int cannot represent non 32-bit signed integer value: 99999999999999999999")
        ),
        (.int, .float("1.0", .none), .error("Int cannot represent non-integer value: 1.0")),
        (.int, .float("1.5", .none), .error("Int cannot represent non-integer value: 1.5")),
        (.int, .float("1e3", .none), .error("Int cannot represent non-integer value: 1e3")),
        (.int, .float("-1.5e-3", .none), .error("Int cannot represent non-integer value: -1.5e-3")),
        (.int, .float("1e400", .none), .error("Int cannot represent non-integer value: 1e400")),
        (.int, .string("x", block: false, .none), .error("Int cannot represent non-integer value: \"x\"")),
        (.int, .string("1", block: false, .none), .error("Int cannot represent non-integer value: \"1\"")),
        (.int, .string("", block: false, .none), .error("Int cannot represent non-integer value: \"\"")),
        (.int, .string("é\n", block: false, .none), .error("Int cannot represent non-integer value: \"é\\n\"")),
        (.int, .boolean(true, .none), .error("Int cannot represent non-integer value: true")),
        (.int, .boolean(false, .none), .error("Int cannot represent non-integer value: false")),
        (.int, .null(.none), .error("Int cannot represent non-integer value: null")),
        (.int, .enumValue("ENUM", .none), .error("Int cannot represent non-integer value: ENUM")),
        (.int, .list([.int("1", .none)], .none), .error("Int cannot represent non-integer value: [1]")),
        (
            .int, .object([ObjectFieldNode(name: NameNode(value: "a"), value: .int("1", .none))], .none),
            .error("Int cannot represent non-integer value: {a: 1}")
        ),
        (
            .int, .variable(VariableNode(name: NameNode(value: "v"))),
            .error("Int cannot represent non-integer value: $v")
        ),
        (.float, .int("1", .none), .value(.float(1))),
        (.float, .int("-1", .none), .value(.float(-1))),
        (.float, .int("0", .none), .value(.float(0))),
        (.float, .int("-0", .none), .value(.float(0))),
        (.float, .int("2147483647", .none), .value(.float(2147483647))),
        (.float, .int("-2147483648", .none), .value(.float(-2147483648))),
        (.float, .int("2147483648", .none), .value(.float(2147483648))),
        (.float, .int("-2147483649", .none), .value(.float(-2147483649))),
        (.float, .int("99999999999999999999", .none), .value(.float(1e+20))),
        (.float, .float("1.0", .none), .value(.float(1))),
        (.float, .float("1.5", .none), .value(.float(1.5))),
        (.float, .float("1e3", .none), .value(.float(1000))),
        (.float, .float("-1.5e-3", .none), .value(.float(-0.0015))),
        (.float, .float("1e400", .none), .value(.float(.infinity))),
        (.float, .string("x", block: false, .none), .error("Float cannot represent non numeric value: \"x\"")),
        (.float, .string("1", block: false, .none), .error("Float cannot represent non numeric value: \"1\"")),
        (.float, .string("", block: false, .none), .error("Float cannot represent non numeric value: \"\"")),
        (.float, .string("é\n", block: false, .none), .error("Float cannot represent non numeric value: \"é\\n\"")),
        (.float, .boolean(true, .none), .error("Float cannot represent non numeric value: true")),
        (.float, .boolean(false, .none), .error("Float cannot represent non numeric value: false")),
        (.float, .null(.none), .error("Float cannot represent non numeric value: null")),
        (.float, .enumValue("ENUM", .none), .error("Float cannot represent non numeric value: ENUM")),
        (.float, .list([.int("1", .none)], .none), .error("Float cannot represent non numeric value: [1]")),
        (
            .float, .object([ObjectFieldNode(name: NameNode(value: "a"), value: .int("1", .none))], .none),
            .error("Float cannot represent non numeric value: {a: 1}")
        ),
        (
            .float, .variable(VariableNode(name: NameNode(value: "v"))),
            .error("Float cannot represent non numeric value: $v")
        ),
        (.string, .int("1", .none), .error("String cannot represent a non string value: 1")),
        (.string, .int("-1", .none), .error("String cannot represent a non string value: -1")),
        (.string, .int("0", .none), .error("String cannot represent a non string value: 0")),
        (.string, .int("-0", .none), .error("String cannot represent a non string value: -0")),
        (.string, .int("2147483647", .none), .error("String cannot represent a non string value: 2147483647")),
        (.string, .int("-2147483648", .none), .error("String cannot represent a non string value: -2147483648")),
        (.string, .int("2147483648", .none), .error("String cannot represent a non string value: 2147483648")),
        (.string, .int("-2147483649", .none), .error("String cannot represent a non string value: -2147483649")),
        (
            .string, .int("99999999999999999999", .none),
            .error("String cannot represent a non string value: 99999999999999999999")
        ),
        (.string, .float("1.0", .none), .error("String cannot represent a non string value: 1.0")),
        (.string, .float("1.5", .none), .error("String cannot represent a non string value: 1.5")),
        (.string, .float("1e3", .none), .error("String cannot represent a non string value: 1e3")),
        (.string, .float("-1.5e-3", .none), .error("String cannot represent a non string value: -1.5e-3")),
        (.string, .float("1e400", .none), .error("String cannot represent a non string value: 1e400")),
        (.string, .string("x", block: false, .none), .value(.string("x"))),
        (.string, .string("1", block: false, .none), .value(.string("1"))),
        (.string, .string("", block: false, .none), .value(.string(""))),
        (.string, .string("é\n", block: false, .none), .value(.string("é\n"))),
        (.string, .boolean(true, .none), .error("String cannot represent a non string value: true")),
        (.string, .boolean(false, .none), .error("String cannot represent a non string value: false")),
        (.string, .null(.none), .error("String cannot represent a non string value: null")),
        (.string, .enumValue("ENUM", .none), .error("String cannot represent a non string value: ENUM")),
        (.string, .list([.int("1", .none)], .none), .error("String cannot represent a non string value: [1]")),
        (
            .string, .object([ObjectFieldNode(name: NameNode(value: "a"), value: .int("1", .none))], .none),
            .error("String cannot represent a non string value: {a: 1}")
        ),
        (
            .string, .variable(VariableNode(name: NameNode(value: "v"))),
            .error("String cannot represent a non string value: $v")
        ),
        (.boolean, .int("1", .none), .error("Boolean cannot represent a non boolean value: 1")),
        (.boolean, .int("-1", .none), .error("Boolean cannot represent a non boolean value: -1")),
        (.boolean, .int("0", .none), .error("Boolean cannot represent a non boolean value: 0")),
        (.boolean, .int("-0", .none), .error("Boolean cannot represent a non boolean value: -0")),
        (.boolean, .int("2147483647", .none), .error("Boolean cannot represent a non boolean value: 2147483647")),
        (.boolean, .int("-2147483648", .none), .error("Boolean cannot represent a non boolean value: -2147483648")),
        (.boolean, .int("2147483648", .none), .error("Boolean cannot represent a non boolean value: 2147483648")),
        (.boolean, .int("-2147483649", .none), .error("Boolean cannot represent a non boolean value: -2147483649")),
        (
            .boolean, .int("99999999999999999999", .none),
            .error("Boolean cannot represent a non boolean value: 99999999999999999999")
        ),
        (.boolean, .float("1.0", .none), .error("Boolean cannot represent a non boolean value: 1.0")),
        (.boolean, .float("1.5", .none), .error("Boolean cannot represent a non boolean value: 1.5")),
        (.boolean, .float("1e3", .none), .error("Boolean cannot represent a non boolean value: 1e3")),
        (.boolean, .float("-1.5e-3", .none), .error("Boolean cannot represent a non boolean value: -1.5e-3")),
        (.boolean, .float("1e400", .none), .error("Boolean cannot represent a non boolean value: 1e400")),
        (.boolean, .string("x", block: false, .none), .error("Boolean cannot represent a non boolean value: \"x\"")),
        (.boolean, .string("1", block: false, .none), .error("Boolean cannot represent a non boolean value: \"1\"")),
        (.boolean, .string("", block: false, .none), .error("Boolean cannot represent a non boolean value: \"\"")),
        (
            .boolean, .string("é\n", block: false, .none),
            .error("Boolean cannot represent a non boolean value: \"é\\n\"")
        ),
        (.boolean, .boolean(true, .none), .value(.boolean(true))),
        (.boolean, .boolean(false, .none), .value(.boolean(false))),
        (.boolean, .null(.none), .error("Boolean cannot represent a non boolean value: null")),
        (.boolean, .enumValue("ENUM", .none), .error("Boolean cannot represent a non boolean value: ENUM")),
        (.boolean, .list([.int("1", .none)], .none), .error("Boolean cannot represent a non boolean value: [1]")),
        (
            .boolean, .object([ObjectFieldNode(name: NameNode(value: "a"), value: .int("1", .none))], .none),
            .error("Boolean cannot represent a non boolean value: {a: 1}")
        ),
        (
            .boolean, .variable(VariableNode(name: NameNode(value: "v"))),
            .error("Boolean cannot represent a non boolean value: $v")
        ),
        (.id, .int("1", .none), .value(.string("1"))),
        (.id, .int("-1", .none), .value(.string("-1"))),
        (.id, .int("0", .none), .value(.string("0"))),
        (.id, .int("-0", .none), .value(.string("-0"))),
        (.id, .int("2147483647", .none), .value(.string("2147483647"))),
        (.id, .int("-2147483648", .none), .value(.string("-2147483648"))),
        (.id, .int("2147483648", .none), .value(.string("2147483648"))),
        (.id, .int("-2147483649", .none), .value(.string("-2147483649"))),
        (.id, .int("99999999999999999999", .none), .value(.string("99999999999999999999"))),
        (.id, .float("1.0", .none), .error("ID cannot represent a non-string and non-integer value: 1.0")),
        (.id, .float("1.5", .none), .error("ID cannot represent a non-string and non-integer value: 1.5")),
        (.id, .float("1e3", .none), .error("ID cannot represent a non-string and non-integer value: 1e3")),
        (.id, .float("-1.5e-3", .none), .error("ID cannot represent a non-string and non-integer value: -1.5e-3")),
        (.id, .float("1e400", .none), .error("ID cannot represent a non-string and non-integer value: 1e400")),
        (.id, .string("x", block: false, .none), .value(.string("x"))),
        (.id, .string("1", block: false, .none), .value(.string("1"))),
        (.id, .string("", block: false, .none), .value(.string(""))),
        (.id, .string("é\n", block: false, .none), .value(.string("é\n"))),
        (.id, .boolean(true, .none), .error("ID cannot represent a non-string and non-integer value: true")),
        (.id, .boolean(false, .none), .error("ID cannot represent a non-string and non-integer value: false")),
        (.id, .null(.none), .error("ID cannot represent a non-string and non-integer value: null")),
        (.id, .enumValue("ENUM", .none), .error("ID cannot represent a non-string and non-integer value: ENUM")),
        (.id, .list([.int("1", .none)], .none), .error("ID cannot represent a non-string and non-integer value: [1]")),
        (
            .id, .object([ObjectFieldNode(name: NameNode(value: "a"), value: .int("1", .none))], .none),
            .error("ID cannot represent a non-string and non-integer value: {a: 1}")
        ),
        (
            .id, .variable(VariableNode(name: NameNode(value: "v"))),
            .error("ID cannot represent a non-string and non-integer value: $v")
        ),
        // Block strings and escapes are printed as graphql-js's print writes them.
        (.int, .string("x", block: true, .none), .error("Int cannot represent non-integer value: \"\"\"x\"\"\"")),
        (
            .int, .string("  a\nb", block: true, .none),
            .error("Int cannot represent non-integer value: \"\"\"\n  a\nb\n\"\"\"")
        ),
        (.int, .string("a\u{01}", block: false, .none), .error("Int cannot represent non-integer value: \"a\\u0001\"")),
    ]

    static let valueCases: [(GraphQLScalarType, InputValue, CoercionOutcome)] = [
        (.int, .int(1), .value(.int(1))),
        (.int, .float(1.0), .value(.int(1))),
        (.int, .int(-1), .value(.int(-1))),
        (.int, .int(0), .value(.int(0))),
        (.int, .int(2147483647), .value(.int(2147483647))),
        (.int, .int(-2147483648), .value(.int(-2147483648))),
        (.int, .int(2147483648), .error("Int cannot represent non 32-bit signed integer value: 2147483648")),
        (.int, .int(-2147483649), .error("Int cannot represent non 32-bit signed integer value: -2147483649")),
        (.int, .float(1.5), .error("Int cannot represent non-integer value: 1.5")),
        (.int, .float(-0.5), .error("Int cannot represent non-integer value: -0.5")),
        (.int, .float(1e21), .error("Int cannot represent non 32-bit signed integer value: 1e+21")),
        (.int, .float(1e-7), .error("Int cannot represent non-integer value: 1e-7")),
        (.int, .float(123456.789), .error("Int cannot represent non-integer value: 123456.789")),
        (.int, .float(.nan), .error("Int cannot represent non-integer value: NaN")),
        (.int, .float(.infinity), .error("Int cannot represent non-integer value: Infinity")),
        (.int, .float(-.infinity), .error("Int cannot represent non-integer value: -Infinity")),
        (.int, .string("x"), .error("Int cannot represent non-integer value: \"x\"")),
        (.int, .string("1"), .error("Int cannot represent non-integer value: \"1\"")),
        (.int, .string(""), .error("Int cannot represent non-integer value: \"\"")),
        (.int, .string(" 12 "), .error("Int cannot represent non-integer value: \" 12 \"")),
        (.int, .string("0x10"), .error("Int cannot represent non-integer value: \"0x10\"")),
        (.int, .string("1.5"), .error("Int cannot represent non-integer value: \"1.5\"")),
        (.int, .string("1e3"), .error("Int cannot represent non-integer value: \"1e3\"")),
        (.int, .string("-7"), .error("Int cannot represent non-integer value: \"-7\"")),
        (.int, .boolean(true), .error("Int cannot represent non-integer value: true")),
        (.int, .boolean(false), .error("Int cannot represent non-integer value: false")),
        (.int, .null, .error("Int cannot represent non-integer value: null")),
        (.int, .list([.int(1), .string("a")]), .error("Int cannot represent non-integer value: [1, \"a\"]")),
        (.int, .object([.init(name: "a", value: .int(1))]), .error("Int cannot represent non-integer value: { a: 1 }")),
        (.int, .list([]), .error("Int cannot represent non-integer value: []")),
        (.int, .object([]), .error("Int cannot represent non-integer value: {}")),
        (.int, .list([.list([.list([.int(1)])])]), .error("Int cannot represent non-integer value: [[[Array]]]")),
        (
            .int, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("Int cannot represent non-integer value: { a: { b: {} } }")
        ),
        (
            .int,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("Int cannot represent non-integer value: { a: { b: [Object] } }")
        ),
        (
            .int, .list((1...12).map { .int($0) }),
            .error("Int cannot represent non-integer value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .int, .list((1...11).map { .int($0) }),
            .error("Int cannot represent non-integer value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.float, .int(1), .value(.float(1))),
        (.float, .float(1.0), .value(.float(1))),
        (.float, .int(-1), .value(.float(-1))),
        (.float, .int(0), .value(.float(0))),
        (.float, .int(2147483647), .value(.float(2147483647))),
        (.float, .int(-2147483648), .value(.float(-2147483648))),
        (.float, .int(2147483648), .value(.float(2147483648))),
        (.float, .int(-2147483649), .value(.float(-2147483649))),
        (.float, .float(1.5), .value(.float(1.5))),
        (.float, .float(-0.5), .value(.float(-0.5))),
        (.float, .float(1e21), .value(.float(1e+21))),
        (.float, .float(1e-7), .value(.float(1e-7))),
        (.float, .float(123456.789), .value(.float(123456.789))),
        (.float, .float(.nan), .error("Float cannot represent non numeric value: NaN")),
        (.float, .float(.infinity), .error("Float cannot represent non numeric value: Infinity")),
        (.float, .float(-.infinity), .error("Float cannot represent non numeric value: -Infinity")),
        (.float, .string("x"), .error("Float cannot represent non numeric value: \"x\"")),
        (.float, .string("1"), .error("Float cannot represent non numeric value: \"1\"")),
        (.float, .string(""), .error("Float cannot represent non numeric value: \"\"")),
        (.float, .string(" 12 "), .error("Float cannot represent non numeric value: \" 12 \"")),
        (.float, .string("0x10"), .error("Float cannot represent non numeric value: \"0x10\"")),
        (.float, .string("1.5"), .error("Float cannot represent non numeric value: \"1.5\"")),
        (.float, .string("1e3"), .error("Float cannot represent non numeric value: \"1e3\"")),
        (.float, .string("-7"), .error("Float cannot represent non numeric value: \"-7\"")),
        (.float, .boolean(true), .error("Float cannot represent non numeric value: true")),
        (.float, .boolean(false), .error("Float cannot represent non numeric value: false")),
        (.float, .null, .error("Float cannot represent non numeric value: null")),
        (.float, .list([.int(1), .string("a")]), .error("Float cannot represent non numeric value: [1, \"a\"]")),
        (
            .float, .object([.init(name: "a", value: .int(1))]),
            .error("Float cannot represent non numeric value: { a: 1 }")
        ),
        (.float, .list([]), .error("Float cannot represent non numeric value: []")),
        (.float, .object([]), .error("Float cannot represent non numeric value: {}")),
        (.float, .list([.list([.list([.int(1)])])]), .error("Float cannot represent non numeric value: [[[Array]]]")),
        (
            .float, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("Float cannot represent non numeric value: { a: { b: {} } }")
        ),
        (
            .float,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("Float cannot represent non numeric value: { a: { b: [Object] } }")
        ),
        (
            .float, .list((1...12).map { .int($0) }),
            .error("Float cannot represent non numeric value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .float, .list((1...11).map { .int($0) }),
            .error("Float cannot represent non numeric value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.string, .int(1), .error("String cannot represent a non string value: 1")),
        (.string, .float(1.0), .error("String cannot represent a non string value: 1")),
        (.string, .int(-1), .error("String cannot represent a non string value: -1")),
        (.string, .int(0), .error("String cannot represent a non string value: 0")),
        (.string, .int(2147483647), .error("String cannot represent a non string value: 2147483647")),
        (.string, .int(-2147483648), .error("String cannot represent a non string value: -2147483648")),
        (.string, .int(2147483648), .error("String cannot represent a non string value: 2147483648")),
        (.string, .int(-2147483649), .error("String cannot represent a non string value: -2147483649")),
        (.string, .float(1.5), .error("String cannot represent a non string value: 1.5")),
        (.string, .float(-0.5), .error("String cannot represent a non string value: -0.5")),
        (.string, .float(1e21), .error("String cannot represent a non string value: 1e+21")),
        (.string, .float(1e-7), .error("String cannot represent a non string value: 1e-7")),
        (.string, .float(123456.789), .error("String cannot represent a non string value: 123456.789")),
        (.string, .float(.nan), .error("String cannot represent a non string value: NaN")),
        (.string, .float(.infinity), .error("String cannot represent a non string value: Infinity")),
        (.string, .float(-.infinity), .error("String cannot represent a non string value: -Infinity")),
        (.string, .string("x"), .value(.string("x"))),
        (.string, .string("1"), .value(.string("1"))),
        (.string, .string(""), .value(.string(""))),
        (.string, .string(" 12 "), .value(.string(" 12 "))),
        (.string, .string("0x10"), .value(.string("0x10"))),
        (.string, .string("1.5"), .value(.string("1.5"))),
        (.string, .string("1e3"), .value(.string("1e3"))),
        (.string, .string("-7"), .value(.string("-7"))),
        (.string, .boolean(true), .error("String cannot represent a non string value: true")),
        (.string, .boolean(false), .error("String cannot represent a non string value: false")),
        (.string, .null, .error("String cannot represent a non string value: null")),
        (.string, .list([.int(1), .string("a")]), .error("String cannot represent a non string value: [1, \"a\"]")),
        (
            .string, .object([.init(name: "a", value: .int(1))]),
            .error("String cannot represent a non string value: { a: 1 }")
        ),
        (.string, .list([]), .error("String cannot represent a non string value: []")),
        (.string, .object([]), .error("String cannot represent a non string value: {}")),
        (
            .string, .list([.list([.list([.int(1)])])]),
            .error("String cannot represent a non string value: [[[Array]]]")
        ),
        (
            .string, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("String cannot represent a non string value: { a: { b: {} } }")
        ),
        (
            .string,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("String cannot represent a non string value: { a: { b: [Object] } }")
        ),
        (
            .string, .list((1...12).map { .int($0) }),
            .error("String cannot represent a non string value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .string, .list((1...11).map { .int($0) }),
            .error("String cannot represent a non string value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.boolean, .int(1), .error("Boolean cannot represent a non boolean value: 1")),
        (.boolean, .float(1.0), .error("Boolean cannot represent a non boolean value: 1")),
        (.boolean, .int(-1), .error("Boolean cannot represent a non boolean value: -1")),
        (.boolean, .int(0), .error("Boolean cannot represent a non boolean value: 0")),
        (.boolean, .int(2147483647), .error("Boolean cannot represent a non boolean value: 2147483647")),
        (.boolean, .int(-2147483648), .error("Boolean cannot represent a non boolean value: -2147483648")),
        (.boolean, .int(2147483648), .error("Boolean cannot represent a non boolean value: 2147483648")),
        (.boolean, .int(-2147483649), .error("Boolean cannot represent a non boolean value: -2147483649")),
        (.boolean, .float(1.5), .error("Boolean cannot represent a non boolean value: 1.5")),
        (.boolean, .float(-0.5), .error("Boolean cannot represent a non boolean value: -0.5")),
        (.boolean, .float(1e21), .error("Boolean cannot represent a non boolean value: 1e+21")),
        (.boolean, .float(1e-7), .error("Boolean cannot represent a non boolean value: 1e-7")),
        (.boolean, .float(123456.789), .error("Boolean cannot represent a non boolean value: 123456.789")),
        (.boolean, .float(.nan), .error("Boolean cannot represent a non boolean value: NaN")),
        (.boolean, .float(.infinity), .error("Boolean cannot represent a non boolean value: Infinity")),
        (.boolean, .float(-.infinity), .error("Boolean cannot represent a non boolean value: -Infinity")),
        (.boolean, .string("x"), .error("Boolean cannot represent a non boolean value: \"x\"")),
        (.boolean, .string("1"), .error("Boolean cannot represent a non boolean value: \"1\"")),
        (.boolean, .string(""), .error("Boolean cannot represent a non boolean value: \"\"")),
        (.boolean, .string(" 12 "), .error("Boolean cannot represent a non boolean value: \" 12 \"")),
        (.boolean, .string("0x10"), .error("Boolean cannot represent a non boolean value: \"0x10\"")),
        (.boolean, .string("1.5"), .error("Boolean cannot represent a non boolean value: \"1.5\"")),
        (.boolean, .string("1e3"), .error("Boolean cannot represent a non boolean value: \"1e3\"")),
        (.boolean, .string("-7"), .error("Boolean cannot represent a non boolean value: \"-7\"")),
        (.boolean, .boolean(true), .value(.boolean(true))),
        (.boolean, .boolean(false), .value(.boolean(false))),
        (.boolean, .null, .error("Boolean cannot represent a non boolean value: null")),
        (.boolean, .list([.int(1), .string("a")]), .error("Boolean cannot represent a non boolean value: [1, \"a\"]")),
        (
            .boolean, .object([.init(name: "a", value: .int(1))]),
            .error("Boolean cannot represent a non boolean value: { a: 1 }")
        ),
        (.boolean, .list([]), .error("Boolean cannot represent a non boolean value: []")),
        (.boolean, .object([]), .error("Boolean cannot represent a non boolean value: {}")),
        (
            .boolean, .list([.list([.list([.int(1)])])]),
            .error("Boolean cannot represent a non boolean value: [[[Array]]]")
        ),
        (
            .boolean, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("Boolean cannot represent a non boolean value: { a: { b: {} } }")
        ),
        (
            .boolean,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("Boolean cannot represent a non boolean value: { a: { b: [Object] } }")
        ),
        (
            .boolean, .list((1...12).map { .int($0) }),
            .error("Boolean cannot represent a non boolean value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .boolean, .list((1...11).map { .int($0) }),
            .error("Boolean cannot represent a non boolean value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.id, .int(1), .value(.string("1"))),
        (.id, .float(1.0), .value(.string("1"))),
        (.id, .int(-1), .value(.string("-1"))),
        (.id, .int(0), .value(.string("0"))),
        (.id, .int(2147483647), .value(.string("2147483647"))),
        (.id, .int(-2147483648), .value(.string("-2147483648"))),
        (.id, .int(2147483648), .value(.string("2147483648"))),
        (.id, .int(-2147483649), .value(.string("-2147483649"))),
        (.id, .float(1.5), .error("ID cannot represent value: 1.5")),
        (.id, .float(-0.5), .error("ID cannot represent value: -0.5")),
        (.id, .float(1e21), .value(.string("1e+21"))),
        (.id, .float(1e-7), .error("ID cannot represent value: 1e-7")),
        (.id, .float(123456.789), .error("ID cannot represent value: 123456.789")),
        (.id, .float(.nan), .error("ID cannot represent value: NaN")),
        (.id, .float(.infinity), .error("ID cannot represent value: Infinity")),
        (.id, .float(-.infinity), .error("ID cannot represent value: -Infinity")),
        (.id, .string("x"), .value(.string("x"))),
        (.id, .string("1"), .value(.string("1"))),
        (.id, .string(""), .value(.string(""))),
        (.id, .string(" 12 "), .value(.string(" 12 "))),
        (.id, .string("0x10"), .value(.string("0x10"))),
        (.id, .string("1.5"), .value(.string("1.5"))),
        (.id, .string("1e3"), .value(.string("1e3"))),
        (.id, .string("-7"), .value(.string("-7"))),
        (.id, .boolean(true), .error("ID cannot represent value: true")),
        (.id, .boolean(false), .error("ID cannot represent value: false")),
        (.id, .null, .error("ID cannot represent value: null")),
        (.id, .list([.int(1), .string("a")]), .error("ID cannot represent value: [1, \"a\"]")),
        (.id, .object([.init(name: "a", value: .int(1))]), .error("ID cannot represent value: { a: 1 }")),
        (.id, .list([]), .error("ID cannot represent value: []")),
        (.id, .object([]), .error("ID cannot represent value: {}")),
        (.id, .list([.list([.list([.int(1)])])]), .error("ID cannot represent value: [[[Array]]]")),
        (
            .id, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("ID cannot represent value: { a: { b: {} } }")
        ),
        (
            .id,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("ID cannot represent value: { a: { b: [Object] } }")
        ),
        (
            .id, .list((1...12).map { .int($0) }),
            .error("ID cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .id, .list((1...11).map { .int($0) }),
            .error("ID cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
    ]

    static let serializeCases: [(GraphQLScalarType, InputValue, CoercionOutcome)] = [
        (.int, .int(1), .value(.int(1))),
        (.int, .float(1.0), .value(.int(1))),
        (.int, .int(-1), .value(.int(-1))),
        (.int, .int(0), .value(.int(0))),
        (.int, .int(2147483647), .value(.int(2147483647))),
        (.int, .int(-2147483648), .value(.int(-2147483648))),
        (.int, .int(2147483648), .error("Int cannot represent non 32-bit signed integer value: 2147483648")),
        (.int, .int(-2147483649), .error("Int cannot represent non 32-bit signed integer value: -2147483649")),
        (.int, .float(1.5), .error("Int cannot represent non-integer value: 1.5")),
        (.int, .float(-0.5), .error("Int cannot represent non-integer value: -0.5")),
        (.int, .float(1e21), .error("Int cannot represent non 32-bit signed integer value: 1e+21")),
        (.int, .float(1e-7), .error("Int cannot represent non-integer value: 1e-7")),
        (.int, .float(123456.789), .error("Int cannot represent non-integer value: 123456.789")),
        (.int, .float(.nan), .error("Int cannot represent non-integer value: NaN")),
        (.int, .float(.infinity), .error("Int cannot represent non-integer value: Infinity")),
        (.int, .float(-.infinity), .error("Int cannot represent non-integer value: -Infinity")),
        (.int, .string("x"), .error("Int cannot represent non-integer value: \"x\"")),
        (.int, .string("1"), .value(.int(1))),
        (.int, .string(""), .error("Int cannot represent non-integer value: \"\"")),
        (.int, .string(" 12 "), .value(.int(12))),
        (.int, .string("0x10"), .value(.int(16))),
        (.int, .string("1.5"), .error("Int cannot represent non-integer value: \"1.5\"")),
        (.int, .string("1e3"), .value(.int(1000))),
        (.int, .string("-7"), .value(.int(-7))),
        (.int, .boolean(true), .value(.int(1))),
        (.int, .boolean(false), .value(.int(0))),
        (.int, .null, .error("Int cannot represent non-integer value: null")),
        (.int, .list([.int(1), .string("a")]), .error("Int cannot represent non-integer value: [1, \"a\"]")),
        (.int, .object([.init(name: "a", value: .int(1))]), .error("Int cannot represent non-integer value: { a: 1 }")),
        (.int, .list([]), .error("Int cannot represent non-integer value: []")),
        (.int, .object([]), .error("Int cannot represent non-integer value: {}")),
        (.int, .list([.list([.list([.int(1)])])]), .error("Int cannot represent non-integer value: [[[Array]]]")),
        (
            .int, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("Int cannot represent non-integer value: { a: { b: {} } }")
        ),
        (
            .int,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("Int cannot represent non-integer value: { a: { b: [Object] } }")
        ),
        (
            .int, .list((1...12).map { .int($0) }),
            .error("Int cannot represent non-integer value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .int, .list((1...11).map { .int($0) }),
            .error("Int cannot represent non-integer value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.float, .int(1), .value(.float(1))),
        (.float, .float(1.0), .value(.float(1))),
        (.float, .int(-1), .value(.float(-1))),
        (.float, .int(0), .value(.float(0))),
        (.float, .int(2147483647), .value(.float(2147483647))),
        (.float, .int(-2147483648), .value(.float(-2147483648))),
        (.float, .int(2147483648), .value(.float(2147483648))),
        (.float, .int(-2147483649), .value(.float(-2147483649))),
        (.float, .float(1.5), .value(.float(1.5))),
        (.float, .float(-0.5), .value(.float(-0.5))),
        (.float, .float(1e21), .value(.float(1e+21))),
        (.float, .float(1e-7), .value(.float(1e-7))),
        (.float, .float(123456.789), .value(.float(123456.789))),
        (.float, .float(.nan), .error("Float cannot represent non numeric value: NaN")),
        (.float, .float(.infinity), .error("Float cannot represent non numeric value: Infinity")),
        (.float, .float(-.infinity), .error("Float cannot represent non numeric value: -Infinity")),
        (.float, .string("x"), .error("Float cannot represent non numeric value: \"x\"")),
        (.float, .string("1"), .value(.float(1))),
        (.float, .string(""), .error("Float cannot represent non numeric value: \"\"")),
        (.float, .string(" 12 "), .value(.float(12))),
        (.float, .string("0x10"), .value(.float(16))),
        (.float, .string("1.5"), .value(.float(1.5))),
        (.float, .string("1e3"), .value(.float(1000))),
        (.float, .string("-7"), .value(.float(-7))),
        (.float, .boolean(true), .value(.float(1))),
        (.float, .boolean(false), .value(.float(0))),
        (.float, .null, .error("Float cannot represent non numeric value: null")),
        (.float, .list([.int(1), .string("a")]), .error("Float cannot represent non numeric value: [1, \"a\"]")),
        (
            .float, .object([.init(name: "a", value: .int(1))]),
            .error("Float cannot represent non numeric value: { a: 1 }")
        ),
        (.float, .list([]), .error("Float cannot represent non numeric value: []")),
        (.float, .object([]), .error("Float cannot represent non numeric value: {}")),
        (.float, .list([.list([.list([.int(1)])])]), .error("Float cannot represent non numeric value: [[[Array]]]")),
        (
            .float, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("Float cannot represent non numeric value: { a: { b: {} } }")
        ),
        (
            .float,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("Float cannot represent non numeric value: { a: { b: [Object] } }")
        ),
        (
            .float, .list((1...12).map { .int($0) }),
            .error("Float cannot represent non numeric value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .float, .list((1...11).map { .int($0) }),
            .error("Float cannot represent non numeric value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.string, .int(1), .value(.string("1"))),
        (.string, .float(1.0), .value(.string("1"))),
        (.string, .int(-1), .value(.string("-1"))),
        (.string, .int(0), .value(.string("0"))),
        (.string, .int(2147483647), .value(.string("2147483647"))),
        (.string, .int(-2147483648), .value(.string("-2147483648"))),
        (.string, .int(2147483648), .value(.string("2147483648"))),
        (.string, .int(-2147483649), .value(.string("-2147483649"))),
        (.string, .float(1.5), .value(.string("1.5"))),
        (.string, .float(-0.5), .value(.string("-0.5"))),
        (.string, .float(1e21), .value(.string("1e+21"))),
        (.string, .float(1e-7), .value(.string("1e-7"))),
        (.string, .float(123456.789), .value(.string("123456.789"))),
        (.string, .float(.nan), .error("String cannot represent value: NaN")),
        (.string, .float(.infinity), .error("String cannot represent value: Infinity")),
        (.string, .float(-.infinity), .error("String cannot represent value: -Infinity")),
        (.string, .string("x"), .value(.string("x"))),
        (.string, .string("1"), .value(.string("1"))),
        (.string, .string(""), .value(.string(""))),
        (.string, .string(" 12 "), .value(.string(" 12 "))),
        (.string, .string("0x10"), .value(.string("0x10"))),
        (.string, .string("1.5"), .value(.string("1.5"))),
        (.string, .string("1e3"), .value(.string("1e3"))),
        (.string, .string("-7"), .value(.string("-7"))),
        (.string, .boolean(true), .value(.string("true"))),
        (.string, .boolean(false), .value(.string("false"))),
        (.string, .null, .error("String cannot represent value: null")),
        (.string, .list([.int(1), .string("a")]), .error("String cannot represent value: [1, \"a\"]")),
        (.string, .object([.init(name: "a", value: .int(1))]), .error("String cannot represent value: { a: 1 }")),
        (.string, .list([]), .error("String cannot represent value: []")),
        (.string, .object([]), .error("String cannot represent value: {}")),
        (.string, .list([.list([.list([.int(1)])])]), .error("String cannot represent value: [[[Array]]]")),
        (
            .string, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("String cannot represent value: { a: { b: {} } }")
        ),
        (
            .string,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("String cannot represent value: { a: { b: [Object] } }")
        ),
        (
            .string, .list((1...12).map { .int($0) }),
            .error("String cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .string, .list((1...11).map { .int($0) }),
            .error("String cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.boolean, .int(1), .value(.boolean(true))),
        (.boolean, .float(1.0), .value(.boolean(true))),
        (.boolean, .int(-1), .value(.boolean(true))),
        (.boolean, .int(0), .value(.boolean(false))),
        (.boolean, .int(2147483647), .value(.boolean(true))),
        (.boolean, .int(-2147483648), .value(.boolean(true))),
        (.boolean, .int(2147483648), .value(.boolean(true))),
        (.boolean, .int(-2147483649), .value(.boolean(true))),
        (.boolean, .float(1.5), .value(.boolean(true))),
        (.boolean, .float(-0.5), .value(.boolean(true))),
        (.boolean, .float(1e21), .value(.boolean(true))),
        (.boolean, .float(1e-7), .value(.boolean(true))),
        (.boolean, .float(123456.789), .value(.boolean(true))),
        (.boolean, .float(.nan), .error("Boolean cannot represent a non boolean value: NaN")),
        (.boolean, .float(.infinity), .error("Boolean cannot represent a non boolean value: Infinity")),
        (.boolean, .float(-.infinity), .error("Boolean cannot represent a non boolean value: -Infinity")),
        (.boolean, .string("x"), .error("Boolean cannot represent a non boolean value: \"x\"")),
        (.boolean, .string("1"), .error("Boolean cannot represent a non boolean value: \"1\"")),
        (.boolean, .string(""), .error("Boolean cannot represent a non boolean value: \"\"")),
        (.boolean, .string(" 12 "), .error("Boolean cannot represent a non boolean value: \" 12 \"")),
        (.boolean, .string("0x10"), .error("Boolean cannot represent a non boolean value: \"0x10\"")),
        (.boolean, .string("1.5"), .error("Boolean cannot represent a non boolean value: \"1.5\"")),
        (.boolean, .string("1e3"), .error("Boolean cannot represent a non boolean value: \"1e3\"")),
        (.boolean, .string("-7"), .error("Boolean cannot represent a non boolean value: \"-7\"")),
        (.boolean, .boolean(true), .value(.boolean(true))),
        (.boolean, .boolean(false), .value(.boolean(false))),
        (.boolean, .null, .error("Boolean cannot represent a non boolean value: null")),
        (.boolean, .list([.int(1), .string("a")]), .error("Boolean cannot represent a non boolean value: [1, \"a\"]")),
        (
            .boolean, .object([.init(name: "a", value: .int(1))]),
            .error("Boolean cannot represent a non boolean value: { a: 1 }")
        ),
        (.boolean, .list([]), .error("Boolean cannot represent a non boolean value: []")),
        (.boolean, .object([]), .error("Boolean cannot represent a non boolean value: {}")),
        (
            .boolean, .list([.list([.list([.int(1)])])]),
            .error("Boolean cannot represent a non boolean value: [[[Array]]]")
        ),
        (
            .boolean, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("Boolean cannot represent a non boolean value: { a: { b: {} } }")
        ),
        (
            .boolean,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("Boolean cannot represent a non boolean value: { a: { b: [Object] } }")
        ),
        (
            .boolean, .list((1...12).map { .int($0) }),
            .error("Boolean cannot represent a non boolean value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .boolean, .list((1...11).map { .int($0) }),
            .error("Boolean cannot represent a non boolean value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
        (.id, .int(1), .value(.string("1"))),
        (.id, .float(1.0), .value(.string("1"))),
        (.id, .int(-1), .value(.string("-1"))),
        (.id, .int(0), .value(.string("0"))),
        (.id, .int(2147483647), .value(.string("2147483647"))),
        (.id, .int(-2147483648), .value(.string("-2147483648"))),
        (.id, .int(2147483648), .value(.string("2147483648"))),
        (.id, .int(-2147483649), .value(.string("-2147483649"))),
        (.id, .float(1.5), .error("ID cannot represent value: 1.5")),
        (.id, .float(-0.5), .error("ID cannot represent value: -0.5")),
        (.id, .float(1e21), .value(.string("1e+21"))),
        (.id, .float(1e-7), .error("ID cannot represent value: 1e-7")),
        (.id, .float(123456.789), .error("ID cannot represent value: 123456.789")),
        (.id, .float(.nan), .error("ID cannot represent value: NaN")),
        (.id, .float(.infinity), .error("ID cannot represent value: Infinity")),
        (.id, .float(-.infinity), .error("ID cannot represent value: -Infinity")),
        (.id, .string("x"), .value(.string("x"))),
        (.id, .string("1"), .value(.string("1"))),
        (.id, .string(""), .value(.string(""))),
        (.id, .string(" 12 "), .value(.string(" 12 "))),
        (.id, .string("0x10"), .value(.string("0x10"))),
        (.id, .string("1.5"), .value(.string("1.5"))),
        (.id, .string("1e3"), .value(.string("1e3"))),
        (.id, .string("-7"), .value(.string("-7"))),
        (.id, .boolean(true), .error("ID cannot represent value: true")),
        (.id, .boolean(false), .error("ID cannot represent value: false")),
        (.id, .null, .error("ID cannot represent value: null")),
        (.id, .list([.int(1), .string("a")]), .error("ID cannot represent value: [1, \"a\"]")),
        (.id, .object([.init(name: "a", value: .int(1))]), .error("ID cannot represent value: { a: 1 }")),
        (.id, .list([]), .error("ID cannot represent value: []")),
        (.id, .object([]), .error("ID cannot represent value: {}")),
        (.id, .list([.list([.list([.int(1)])])]), .error("ID cannot represent value: [[[Array]]]")),
        (
            .id, .object([.init(name: "a", value: .object([.init(name: "b", value: .object([]))]))]),
            .error("ID cannot represent value: { a: { b: {} } }")
        ),
        (
            .id,
            .object([
                .init(name: "a", value: .object([.init(name: "b", value: .object([.init(name: "c", value: .int(1))]))]))
            ]), .error("ID cannot represent value: { a: { b: [Object] } }")
        ),
        (
            .id, .list((1...12).map { .int($0) }),
            .error("ID cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        ),
        (
            .id, .list((1...11).map { .int($0) }),
            .error("ID cannot represent value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]")
        ),
    ]

    @Test(arguments: literalCases)
    func literalsAreCoercedAsGraphQLJSDoes(scalar: GraphQLScalarType, node: ValueNode, expected: CoercionOutcome) {
        let actual = CoercionOutcome { () throws(GraphQLError) in try scalar.parseLiteral(node) }
        #expect(actual == expected, "\(scalar.name) \(printValue(node))")
    }

    @Test(arguments: valueCases)
    func runtimeValuesAreCoercedAsGraphQLJSDoes(scalar: GraphQLScalarType, value: InputValue, expected: CoercionOutcome)
    {
        let actual = CoercionOutcome { () throws(GraphQLError) in try scalar.parseValue(value) }
        #expect(actual == expected, "\(scalar.name) \(value)")
    }

    @Test(arguments: serializeCases)
    func resultsAreSerializedAsGraphQLJSDoes(scalar: GraphQLScalarType, value: InputValue, expected: CoercionOutcome) {
        let actual = CoercionOutcome { () throws(GraphQLError) in try scalar.serialize(value) }
        #expect(actual == expected, "\(scalar.name) \(value)")
    }

    @Test func literalErrorsPointAtTheLiteral() {
        let location = Location(start: 4, end: 7, line: 2, column: 3)
        #expect(
            throws: GraphQLError(
                "Int cannot represent non-integer value: 1.5", locations: [SourceLocation(line: 2, column: 3)])
        ) {
            try GraphQLScalarType.int.parseLiteral(.float("1.5", location))
        }
    }

    @Test func customScalarsPassValuesThroughAndReadLiteralsUntyped() throws {
        let scalar = GraphQLScalarType(name: "JSON")
        #expect(try scalar.serialize(.list([1, "a"])) == .list([1, "a"]))
        #expect(try scalar.parseValue(.object([.init(name: "a", value: 1)])) == .object([.init(name: "a", value: 1)]))
        let literal = ValueNode.object(
            [ObjectFieldNode(name: NameNode(value: "a"), value: .variable(VariableNode(name: NameNode(value: "v"))))],
            .none)
        #expect(
            try scalar.parseLiteral(literal, variables: ["v": .boolean(true)])
                == .object([.init(name: "a", value: true)]))
    }
}
