// Coercion rules of the built-in scalars (spec §3.5.1 – §3.5.5), with graphql-js 16's
// messages and its leniencies in result coercion (`true` serializes as Int 1, the string
// "12" as Int 12).

/// The 32-bit range of `Int` (spec §3.5.1).
private let int32Range = Double(Int32.min)...Double(Int32.max)

extension ScalarCoercion {
    /// `Int`: whole numbers in the signed 32-bit range.
    public static let int = ScalarCoercion(
        serialize: { value throws(GraphQLError) in
            let number: Double?
            switch value {
            case .boolean(let flag): number = flag ? 1 : 0
            case .string(let text) where !text.isEmpty: number = jsNumber(text)
            default: number = value.numberValue
            }
            guard let number, number.isFinite, number.rounded(.towardZero) == number else {
                throw GraphQLError("Int cannot represent non-integer value: \(inspect(value))")
            }
            guard int32Range.contains(number) else {
                throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(inspect(value))")
            }
            return .int(Int(number))  // safe: integral and within Int32
        },
        parseValue: { value throws(GraphQLError) in
            guard let number = value.numberValue, number.isFinite, number.rounded(.towardZero) == number
            else {
                throw GraphQLError("Int cannot represent non-integer value: \(inspect(value))")
            }
            guard int32Range.contains(number) else {
                throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(inspect(value))")
            }
            return .int(Int(number))  // safe: integral and within Int32
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            guard case .int(let text, let location) = node else {
                throw GraphQLError(
                    "Int cannot represent non-integer value: \(printValue(node))", at: [node.location])
            }
            guard let number = Int(text), number >= Int(Int32.min), number <= Int(Int32.max) else {
                throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(text)", at: [location])
            }
            return .int(number)
        })

    /// `Float`: finite double-precision numbers; integers are accepted.
    public static let float = ScalarCoercion(
        serialize: { value throws(GraphQLError) in
            let number: Double?
            switch value {
            case .boolean(let flag): number = flag ? 1 : 0
            case .string(let text) where !text.isEmpty: number = jsNumber(text)
            default: number = value.numberValue
            }
            guard let number, number.isFinite else {
                throw GraphQLError("Float cannot represent non numeric value: \(inspect(value))")
            }
            return .float(number)
        },
        parseValue: { value throws(GraphQLError) in
            guard let number = value.numberValue, number.isFinite else {
                throw GraphQLError("Float cannot represent non numeric value: \(inspect(value))")
            }
            return .float(number)
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            switch node {
            case .int(let text, _), .float(let text, _):
                // As in graphql-js, a literal too large for a double becomes infinity here.
                return .float(Double(text) ?? .nan)
            default:
                throw GraphQLError(
                    "Float cannot represent non numeric value: \(printValue(node))", at: [node.location])
            }
        })

    /// `String`: text; results may also be booleans and numbers, written as text.
    public static let string = ScalarCoercion(
        serialize: { value throws(GraphQLError) in
            switch value {
            case .string(let text), .enumValue(let text): return .string(text)
            case .boolean(let flag): return .string(flag ? "true" : "false")
            case .int(let number): return .string(String(number))
            case .float(let number) where number.isFinite: return .string(formatJSNumber(number))
            default: throw GraphQLError("String cannot represent value: \(inspect(value))")
            }
        },
        parseValue: { value throws(GraphQLError) in
            switch value {
            case .string(let text), .enumValue(let text): return .string(text)
            default: throw GraphQLError("String cannot represent a non string value: \(inspect(value))")
            }
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            guard case .string(let text, _, _) = node else {
                throw GraphQLError(
                    "String cannot represent a non string value: \(printValue(node))", at: [node.location])
            }
            return .string(text)
        })

    /// `Boolean`: `true` or `false`; results may also be numbers (non-zero is true).
    public static let boolean = ScalarCoercion(
        serialize: { value throws(GraphQLError) in
            if case .boolean = value { return value }
            if let number = value.numberValue, number.isFinite { return .boolean(number != 0) }
            throw GraphQLError("Boolean cannot represent a non boolean value: \(inspect(value))")
        },
        parseValue: { value throws(GraphQLError) in
            guard case .boolean = value else {
                throw GraphQLError("Boolean cannot represent a non boolean value: \(inspect(value))")
            }
            return value
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            guard case .boolean(let flag, _) = node else {
                throw GraphQLError(
                    "Boolean cannot represent a non boolean value: \(printValue(node))", at: [node.location])
            }
            return .boolean(flag)
        })

    /// `ID`: a string, or an integer taken as its decimal text.
    public static let id = ScalarCoercion(
        serialize: { value throws(GraphQLError) in
            if let text = idText(value) { return .string(text) }
            throw GraphQLError("ID cannot represent value: \(inspect(value))")
        },
        parseValue: { value throws(GraphQLError) in
            if let text = idText(value) { return .string(text) }
            throw GraphQLError("ID cannot represent value: \(inspect(value))")
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            switch node {
            case .string(let text, _, _), .int(let text, _): return .string(text)
            default:
                throw GraphQLError(
                    "ID cannot represent a non-string and non-integer value: \(printValue(node))",
                    at: [node.location])
            }
        })
}

/// The text of an ID given as a string or an integral number.
private func idText(_ value: InputValue) -> String? {
    switch value {
    case .string(let text): text
    case .int(let number): String(number)
    case .float(let number) where number.isFinite && number.rounded(.towardZero) == number:
        formatJSNumber(number)
    default: nil
    }
}

/// The number JavaScript's `Number(text)` reads from a string, or nil where it gives `NaN`:
/// surrounding white space is ignored, blank text is 0, `0x`/`0o`/`0b` prefixes and
/// `Infinity` are understood.
func jsNumber(_ text: String) -> Double? {
    let trimmed = text.trimmingJSWhitespace()
    if trimmed.isEmpty { return 0 }
    switch trimmed {
    case "Infinity", "+Infinity": return .infinity
    case "-Infinity": return -.infinity
    default: break
    }
    let bytes = Array(trimmed.utf8)
    if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
        let radix: Int? =
            switch bytes[1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): 16
            case UInt8(ascii: "o"), UInt8(ascii: "O"): 8
            case UInt8(ascii: "b"), UInt8(ascii: "B"): 2
            default: nil
            }
        if let radix {
            var total = 0.0
            for byte in bytes.dropFirst(2) {
                guard let digit = Character(UnicodeScalar(byte)).hexDigitValue, digit < radix else { return nil }
                total = total * Double(radix) + Double(digit)
            }
            return total
        }
    }
    return isDecimalLiteral(bytes) ? Double(trimmed) : nil
}

/// Whether `bytes` is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
private func isDecimalLiteral(_ bytes: [UInt8]) -> Bool {
    var index = 0
    func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - start
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
    var mantissaDigits = digits()
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        mantissaDigits += digits()
    }
    guard mantissaDigits > 0 else { return false }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        guard digits() > 0 else { return false }
    }
    return index == bytes.count
}

extension String {
    /// The string without the white space and line terminators JavaScript's `trim` removes.
    fileprivate func trimmingJSWhitespace() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
                0xFEFF:
                true
            default: false
            }
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }
}
