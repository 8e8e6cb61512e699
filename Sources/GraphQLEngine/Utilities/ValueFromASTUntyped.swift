/// The value a literal denotes without a type to guide it (graphql-js `valueFromASTUntyped`):
/// numbers, strings, booleans, enum names, lists and objects as written, variables replaced by
/// their values. Nil when the literal is a variable that has no value.
///
/// A list item that is a missing variable becomes `null`; an object field that is one is left out.
///
/// ```swift
/// valueFromASTUntyped(try parseValue("{a: [1, 2.5, B]}"), nil)
/// // .object([a: .list([.int(1), .float(2.5), .enumValue("B")])])
/// ```
public func valueFromASTUntyped(_ node: ValueNode, _ variables: [String: InputValue]?) -> InputValue? {
    switch node {
    case .null: return .null
    case .int(let text, _):
        // graphql-js reads an integer too large for Int as a (rounded) number.
        if let number = Int(text) { return .int(number) }
        return .float(Double(text) ?? .nan)
    case .float(let text, _): return .float(Double(text) ?? .nan)
    case .string(let text, _, _): return .string(text)
    case .boolean(let flag, _): return .boolean(flag)
    case .enumValue(let name, _): return .enumValue(name)
    case .list(let items, _):
        return .list(items.map { valueFromASTUntyped($0, variables) ?? .null })
    case .object(let fields, _):
        var result: [InputValue.Field] = []
        result.reserveCapacity(fields.count)
        for field in fields {
            guard let value = valueFromASTUntyped(field.value, variables) else { continue }
            if let existing = result.firstIndex(where: { $0.name == field.name.value }) {
                result[existing].value = value  // a repeated key keeps its first place, last value
            } else {
                result.append(InputValue.Field(name: field.name.value, value: value))
            }
        }
        return .object(result)
    case .variable(let variable):
        return variables?[variable.name.value]
    }
}
