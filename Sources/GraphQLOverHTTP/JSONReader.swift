import Foundation
import GraphQLEngine

/// Reads JSON text (RFC 8259) into an ``InputValue``: request bodies and the `variables` and
/// `extensions` parameters of GET requests, and `peerhub query --variables`. A byte-level reader rather than `JSONDecoder`, so a
/// request's variables go straight to the values the engine coerces, keys in their order.
///
/// Integers without a fraction or exponent that fit in `Int` read as `.int`, other numbers as
/// `.float`; a repeated key keeps its last value, as JavaScript's `JSON.parse` does. Nesting
/// is bounded (``maxDepth``), so a hostile body cannot exhaust the stack.
///
/// ```swift
/// let value = try JSONReader.read(Array(#"{"query": "{ __typename }"}"#.utf8))
/// ```
public struct JSONReader {
    /// The deepest nesting of arrays and objects accepted.
    public static let maxDepth = 128

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The JSON value `bytes` hold: exactly one value, with optional white space around it.
    public static func read(_ bytes: [UInt8]) throws(JSONReadError) -> InputValue {
        var reader = JSONReader(bytes: bytes)
        reader.skipWhitespace()
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return value
    }

    private mutating func readValue() throws(JSONReadError) -> InputValue {
        guard index < bytes.count else { throw error("the JSON text ends where a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .boolean(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .boolean(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw error("unexpected character where a value was expected")
        }
    }

    private mutating func readObject() throws(JSONReadError) -> InputValue {
        try enterNesting()
        index += 1  // {
        var fields: [InputValue.Field] = []
        // Positions by key once an object grows, so repeated keys cost no quadratic search.
        var positions: [String: Int] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a string key in the object") }
            let key = try readString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the object key") }
            index += 1
            skipWhitespace()
            let value = try readValue()
            let existing =
                fields.count < 16 ? fields.firstIndex { $0.name == key } : positions[key]
            if let existing {
                fields[existing].value = value
            } else {
                if fields.count >= 15 {
                    if positions.isEmpty { for (position, field) in fields.enumerated() { positions[field.name] = position } }
                    positions[key] = fields.count
                }
                fields.append(InputValue.Field(name: key, value: value))
            }
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
            } else if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return .object(fields)
            } else {
                throw error("expected ',' or '}' in the object")
            }
        }
    }

    private mutating func readArray() throws(JSONReadError) -> InputValue {
        try enterNesting()
        index += 1  // [
        var elements: [InputValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return .list(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try readValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
            } else if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return .list(elements)
            } else {
                throw error("expected ',' or ']' in the array")
            }
        }
    }

    private mutating func enterNesting() throws(JSONReadError) {
        depth += 1
        if depth > Self.maxDepth { throw error("arrays and objects are nested more than \(Self.maxDepth) deep") }
    }

    private mutating func readLiteral(_ word: StaticString, _ value: InputValue) throws(JSONReadError) -> InputValue {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of the JSON text") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw error("unexpected character where a value was expected")
        }
        index += count
        return value
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func readNumber() throws(JSONReadError) -> InputValue {
        let start = index
        var isInteger = true
        if peek(UInt8(ascii: "-")) { index += 1 }
        if peek(UInt8(ascii: "0")) {
            index += 1
        } else {
            guard skipDigits() > 0 else { throw error("expected a digit in the number") }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            index += 1
            guard skipDigits() > 0 else { throw error("expected a digit after the decimal point") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard skipDigits() > 0 else { throw error("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .int(integer) }
        guard let double = Double(text), double.isFinite else { throw error("the number \(text) is out of range") }
        return .float(double)
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// A string, escapes decoded; the bytes must be UTF-8 without raw control characters.
    private mutating func readString() throws(JSONReadError) -> String {
        index += 1  // "
        var decoded: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                decoded.append(contentsOf: bytes[runStart..<index])
                index += 1
                guard let string = String(bytes: decoded, encoding: .utf8) else {
                    throw error("a string is not valid UTF-8")
                }
                return string
            }
            if byte == UInt8(ascii: "\\") {
                decoded.append(contentsOf: bytes[runStart..<index])
                try readEscape(into: &decoded)
                runStart = index
                continue
            }
            if byte < 0x20 { throw error("a control character must be escaped in a string") }
            index += 1
        }
        throw error("a string is not terminated")
    }

    private mutating func readEscape(into decoded: inout [UInt8]) throws(JSONReadError) {
        index += 1  // backslash
        guard index < bytes.count else { throw error("a string is not terminated") }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low one (RFC 8259 §7).
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw error("a \\u escape is an unpaired surrogate") }
                index += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("a \\u escape is an unpaired surrogate") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("a \\u escape is an unpaired surrogate") }
            decoded.append(contentsOf: String(Character(unicode)).utf8)
        default:
            throw error("invalid escape sequence in a string")
        }
    }

    private mutating func readHex4() throws(JSONReadError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func error(_ reason: String) -> JSONReadError { JSONReadError(reason: reason, offset: index) }
}

/// JSON that could not be read: what is wrong and at which byte.
public struct JSONReadError: Error, Sendable, Equatable {
    /// What is wrong, for a person.
    public var reason: String
    /// The byte offset where reading stopped (0-based).
    public var offset: Int

    /// `reason (at byte N)`.
    public var message: String { "\(reason) (at byte \(offset))" }
}
