/// A runtime input value: a variable's value, an argument after coercion, a default value or
/// the result a leaf type serializes to. JSON-shaped, plus enum values kept apart from strings.
///
/// It is what `valueFromAST`, `coerceInputValue` and scalar coercion produce and consume
/// (spec §3.5 "Input Coercion", §6.1.2 "Coercing Variable Values").
///
/// ```swift
/// let value: InputValue = .object([.init(name: "first", value: .int(10))])
/// ```
public enum InputValue: Hashable, Sendable {
    case null
    case boolean(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    /// An enum value by name; JSON writes it as a string.
    case enumValue(String)
    case list([InputValue])
    /// An input object, its fields in order.
    case object([Field])

    /// One field of an input object value.
    public struct Field: Hashable, Sendable {
        /// The field's name.
        public var name: String
        /// The field's value.
        public var value: InputValue
        /// A field named `name` holding `value`.
        public init(name: String, value: InputValue) {
            self.name = name
            self.value = value
        }
    }

    /// The value of the field named `name`, when this is an object that has it.
    public subscript(field name: String) -> InputValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.value
    }

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The number this value holds, as a double, when it is an `int` or a `float`.
    var numberValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }
}

// Literals make values easy to write in tests and resolvers: `["a", 1, nil]`.
extension InputValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByNilLiteral
{
    /// `true` or `false` as `.boolean`.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    /// An integer literal as `.int`.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A floating-point literal as `.float`.
    public init(floatLiteral value: Double) { self = .float(value) }
    /// A string literal as `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array literal as `.list`.
    public init(arrayLiteral elements: InputValue...) { self = .list(elements) }
    /// `nil` as `.null`.
    public init(nilLiteral: ()) { self = .null }
}

extension InputValue: CustomStringConvertible {
    /// The value as graphql-js's `inspect` shows it in messages: `"text"`, `[1, 2]`, `{ a: 1 }`.
    public var description: String { inspect(self) }
}
