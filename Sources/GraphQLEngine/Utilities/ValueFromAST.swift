/// The value a literal denotes for an input type (graphql-js `valueFromAST`), or nil when the
/// literal is not valid for the type: wrong kind, `null` for a non-null type, a missing
/// required input field, a scalar's `parseLiteral` refusing it (spec §3.5 – §3.10 "Input
/// Coercion").
///
/// Variables are replaced by their (already coerced) values; a variable without a value
/// yields nil, and so does `null` from a variable where a non-null type is expected. An absent
/// `node` also yields nil. Input fields left out take their default values.
///
/// ```swift
/// valueFromAST(try parseValue("[1, 2]"), .list(.named(.scalar(.int))), nil)  // .list([1, 2])
/// valueFromAST(try parseValue("1.5"), .named(.scalar(.int)), nil)           // nil
/// ```
public func valueFromAST(
    _ node: ValueNode?, _ type: GraphQLType, _ variables: [String: InputValue]?
) -> InputValue? {
    guard let node else { return nil }
    if case .variable(let variable) = node {
        guard let value = variables?[variable.name.value] else { return nil }
        if value.isNull && type.isNonNull { return nil }
        // The document is assumed valid: the variable's type fits this position.
        return value
    }
    switch type {
    case .nonNull(let inner):
        if case .null = node { return nil }
        return valueFromAST(node, inner, variables)
    case .list(let itemType):
        if case .null = node { return .null }
        guard case .list(let itemNodes, _) = node else {
            return valueFromAST(node, itemType, variables).map { .list([$0]) }
        }
        var items: [InputValue] = []
        items.reserveCapacity(itemNodes.count)
        for itemNode in itemNodes {
            if isMissingVariable(itemNode, variables) {
                if itemType.isNonNull { return nil }
                items.append(.null)
            } else {
                guard let item = valueFromAST(itemNode, itemType, variables) else { return nil }
                items.append(item)
            }
        }
        return .list(items)
    case .named(let named):
        if case .null = node { return .null }
        switch named {
        case .inputObject(let inputObject):
            return inputObjectValue(node, inputObject, variables)
        case .scalar, .enumType:
            return try? named.parseLeafLiteral(node, variables: variables)
        case .object, .interface, .union:
            return nil
        }
    }
}

/// An input object literal coerced field by field, in the type's field order.
private func inputObjectValue(
    _ node: ValueNode, _ type: GraphQLInputObjectType, _ variables: [String: InputValue]?
) -> InputValue? {
    guard case .object(let fieldNodes, _) = node else { return nil }
    var nodesByName: [String: ValueNode] = [:]
    nodesByName.reserveCapacity(fieldNodes.count)
    for fieldNode in fieldNodes where nodesByName[fieldNode.name.value] == nil {
        nodesByName[fieldNode.name.value] = fieldNode.value
    }
    var fields: [InputValue.Field] = []
    fields.reserveCapacity(type.fields.count)
    for field in type.fields {
        guard let valueNode = nodesByName[field.name], !isMissingVariable(valueNode, variables) else {
            if let defaultValue = field.coercedDefaultValue {
                fields.append(InputValue.Field(name: field.name, value: defaultValue))
            } else if field.type.isNonNull {
                return nil
            }
            continue
        }
        guard let value = valueFromAST(valueNode, field.type, variables) else { return nil }
        fields.append(InputValue.Field(name: field.name, value: value))
    }
    if type.isOneOf {
        guard fields.count == 1, !fields[0].value.isNull else { return nil }
    }
    return .object(fields)
}

/// Whether `node` is a variable that has no value.
private func isMissingVariable(_ node: ValueNode, _ variables: [String: InputValue]?) -> Bool {
    guard case .variable(let variable) = node else { return false }
    return variables?[variable.name.value] == nil
}

extension GraphQLInputValue {
    /// The default value coerced for the argument's or field's type; nil when there is none
    /// (or, in a schema that failed validation, when it does not fit the type).
    public var coercedDefaultValue: InputValue? {
        guard let defaultValue else { return nil }
        return valueFromAST(defaultValue, type, nil)
    }
}
