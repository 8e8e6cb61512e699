/// How a scalar type coerces values (spec §3.5 "Result Coercion" and "Input Coercion"): the
/// three functions graphql-js calls `serialize`, `parseValue` and `parseLiteral`.
///
/// Each throws a `GraphQLError` whose message the client sees. The built-in scalars have
/// theirs (`.int`, `.float`, `.string`, `.boolean`, `.id`); custom scalars default to
/// `.passThrough`, graphql-js's behaviour for scalars declared in SDL.
///
/// ```swift
/// let odd = ScalarCoercion(
///     serialize: { $0 },
///     parseValue: { value throws(GraphQLError) in
///         guard case .int(let n) = value, n % 2 == 1 else { throw GraphQLError("Not odd: \(value)") }
///         return value
///     })
/// ```
public struct ScalarCoercion: Sendable {
    /// Result coercion: turns a resolved value into the value written in the response.
    public var serialize: @Sendable (InputValue) throws(GraphQLError) -> InputValue
    /// Input coercion of a runtime value (a variable's JSON value).
    public var parseValue: @Sendable (InputValue) throws(GraphQLError) -> InputValue
    /// Input coercion of a literal written in a document; variables inside it (in a custom
    /// scalar's object or list literal) take their values from the second argument.
    public var parseLiteral: @Sendable (ValueNode, [String: InputValue]?) throws(GraphQLError) -> InputValue

    /// A coercion from its three functions. Without `parseLiteral`, literals are converted
    /// with `valueFromASTUntyped` and handed to `parseValue`, as in graphql-js.
    public init(
        serialize: @escaping @Sendable (InputValue) throws(GraphQLError) -> InputValue,
        parseValue: @escaping @Sendable (InputValue) throws(GraphQLError) -> InputValue,
        parseLiteral: (@Sendable (ValueNode, [String: InputValue]?) throws(GraphQLError) -> InputValue)? = nil
    ) {
        self.serialize = serialize
        self.parseValue = parseValue
        if let parseLiteral {
            self.parseLiteral = parseLiteral
        } else {
            self.parseLiteral = { node, variables throws(GraphQLError) -> InputValue in
                try parseValue(valueFromASTUntyped(node, variables) ?? .null)
            }
        }
    }

    /// Accepts and returns values unchanged; literals become their untyped value. graphql-js's
    /// default for custom scalars, and so for scalars built from SDL.
    public static let passThrough = ScalarCoercion(serialize: { $0 }, parseValue: { $0 })
}

extension GraphQLScalarType {
    /// Result coercion (spec §3.5, graphql-js `serialize`).
    public func serialize(_ value: InputValue) throws(GraphQLError) -> InputValue {
        try coercion.serialize(value)
    }

    /// Input coercion of a runtime value (graphql-js `parseValue`).
    public func parseValue(_ value: InputValue) throws(GraphQLError) -> InputValue {
        try coercion.parseValue(value)
    }

    /// Input coercion of a literal (graphql-js `parseLiteral`).
    public func parseLiteral(
        _ node: ValueNode, variables: [String: InputValue]? = nil
    ) throws(GraphQLError) -> InputValue {
        try coercion.parseLiteral(node, variables)
    }
}

extension GraphQLNamedType {
    /// Input coercion of a literal by a leaf type, the check `ValuesOfCorrectType` makes
    /// (spec §5.6.1): the coerced value, a `GraphQLError` with graphql-js's message, or nil
    /// when the type is not a scalar or an enum.
    public func parseLeafLiteral(
        _ node: ValueNode, variables: [String: InputValue]? = nil
    ) throws(GraphQLError) -> InputValue? {
        switch self {
        case .scalar(let scalar): try scalar.parseLiteral(node, variables: variables)
        case .enumType(let enumType): try enumType.parseLiteral(node)
        default: nil
        }
    }

    /// Input coercion of a runtime value by a leaf type; nil when the type is not a leaf.
    public func parseLeafValue(_ value: InputValue) throws(GraphQLError) -> InputValue? {
        switch self {
        case .scalar(let scalar): try scalar.parseValue(value)
        case .enumType(let enumType): try enumType.parseValue(value)
        default: nil
        }
    }

    /// Result coercion by a leaf type; nil when the type is not a leaf.
    public func serializeLeaf(_ value: InputValue) throws(GraphQLError) -> InputValue? {
        switch self {
        case .scalar(let scalar): try scalar.serialize(value)
        case .enumType(let enumType): try enumType.serialize(value)
        default: nil
        }
    }
}
