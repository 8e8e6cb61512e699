/// The literal that writes `value` for `type` (graphql-js `astFromValue`): the inverse of
/// `valueFromAST`, used to print default values in SDL and introspection.
///
/// Leaf values are first serialized by their type. Numbers with no fraction become Int
/// literals (`1.0` → `1`), an `ID` made of digits becomes an Int literal, enum values become
/// enum literals, input objects list their fields in definition order, leaving out absent
/// ones. A non-list value for a list type is written as the item. Returns nil where graphql-js
/// returns null: `null` for a non-null type, a non-object for an input object.
///
/// - Throws: the type's serialization error, or `Cannot convert value to AST: …` for a
///   value that has no literal form (a non-finite number, an object from a custom scalar).
///
/// ```swift
/// try astFromValue(.float(1.0), .named(.scalar(.float)))  // .int("1")
/// ```
public func astFromValue(_ value: InputValue, _ type: GraphQLType) throws(GraphQLError) -> ValueNode? {
    switch type {
    case .nonNull(let inner):
        let node = try astFromValue(value, inner)
        if case .null = node { return nil }
        return node
    case .list(let itemType):
        if case .null = value { return .null(.none) }
        guard case .list(let items) = value else { return try astFromValue(value, itemType) }
        var nodes: [ValueNode] = []
        nodes.reserveCapacity(items.count)
        for item in items {
            if let node = try astFromValue(item, itemType) { nodes.append(node) }
        }
        return .list(nodes, .none)
    case .named(let named):
        if case .null = value { return .null(.none) }
        switch named {
        case .inputObject(let inputObject):
            guard case .object = value else { return nil }
            var fieldNodes: [ObjectFieldNode] = []
            for field in inputObject.fields {
                guard let fieldValue = value[field: field.name],
                    let node = try astFromValue(fieldValue, field.type)
                else { continue }
                fieldNodes.append(ObjectFieldNode(name: NameNode(value: field.name), value: node))
            }
            return .object(fieldNodes, .none)
        case .scalar, .enumType:
            guard let serialized = try named.serializeLeaf(value), !serialized.isNull else { return nil }
            return try leafLiteral(serialized, named)
        case .object, .interface, .union:
            return nil
        }
    }
}

/// The literal for a serialized leaf value.
private func leafLiteral(_ serialized: InputValue, _ type: GraphQLNamedType) throws(GraphQLError) -> ValueNode {
    switch serialized {
    case .boolean(let flag):
        return .boolean(flag, .none)
    case .int(let number):
        return .int(String(number), .none)
    case .float(let number) where number.isFinite:
        let text = formatJSNumber(number)
        return isIntegerLiteral(text) ? .int(text, .none) : .float(text, .none)
    case .string(let text), .enumValue(let text):
        if case .enumType = type { return .enumValue(text, .none) }
        if case .scalar(let scalar) = type, scalar === GraphQLScalarType.id, isIntegerLiteral(text) {
            return .int(text, .none)
        }
        return .string(text, block: false, .none)
    case .null, .float, .list, .object:
        throw GraphQLError("Cannot convert value to AST: \(inspect(serialized)).")
    }
}

/// Whether `text` is written like an Int literal: `-?(0|[1-9][0-9]*)` (spec §2.9.1 IntValue).
private func isIntegerLiteral(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    guard let first = bytes.first else { return false }
    if first == UInt8(ascii: "0") { return bytes.count == 1 }
    return bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
}
