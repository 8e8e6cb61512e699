// TEMPORARY: until the printer's `printValue` is on main, coercion messages print literals
// with this stand-in (same output except for block strings). Replaced by `printValue` then.

/// A literal as graphql-js's `print` writes it, for coercion messages.
func printLiteral(_ value: ValueNode) -> String {
    switch value {
    case .variable(let node): "$" + node.name.value
    case .int(let text, _), .float(let text, _): text
    case .string(let text, _, _): jsonQuoted(text)
    case .boolean(let flag, _): flag ? "true" : "false"
    case .null: "null"
    case .enumValue(let name, _): name
    case .list(let values, _): "[" + values.map(printLiteral).joined(separator: ", ") + "]"
    case .object(let fields, _):
        "{" + fields.map { $0.name.value + ": " + printLiteral($0.value) }.joined(separator: ", ") + "}"
    }
}
