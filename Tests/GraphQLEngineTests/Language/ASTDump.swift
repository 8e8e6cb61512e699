@testable import GraphQLEngine

// A one-line rendering of a syntax tree with every node's kind, fields and location, in the form
// `Kind@line:column[start-end](field=…, …)`, matching the rendering of graphql-js's tree that
// produced the expected strings of the parser tests (fields in graphql-js's order, names as
// `"name"@location`, absent values as `-`, byte offsets).

/// The rendering of `document`.
func dump(_ document: DocumentNode) -> String {
    node("Document", document.location, ["definitions": list(document.definitions.map(dump))], ["definitions"])
}

/// The rendering of a value.
func dump(_ value: ValueNode) -> String {
    switch value {
    case .variable(let variable): dump(variable)
    case .int(let text, let location): node("IntValue", location, ["value": quote(text)], ["value"])
    case .float(let text, let location): node("FloatValue", location, ["value": quote(text)], ["value"])
    case .string(let text, let block, let location):
        node("StringValue", location, ["value": quote(text), "block": "\(block)"], ["value", "block"])
    case .boolean(let flag, let location): node("BooleanValue", location, ["value": "\(flag)"], ["value"])
    case .null(let location): node("NullValue", location, [:], [])
    case .enumValue(let text, let location): node("EnumValue", location, ["value": quote(text)], ["value"])
    case .list(let values, let location): node("ListValue", location, ["values": list(values.map(dump))], ["values"])
    case .object(let fields, let location):
        node("ObjectValue", location, ["fields": list(fields.map(dump))], ["fields"])
    }
}

/// The rendering of a type reference.
func dump(_ type: TypeNode) -> String {
    switch type {
    case .named(let named): dump(named)
    case .list(let inner, let location): node("ListType", location, ["type": dump(inner)], ["type"])
    case .nonNull(let inner, let location): node("NonNullType", location, ["type": dump(inner)], ["type"])
    }
}

private func dump(_ definition: DefinitionNode) -> String {
    switch definition {
    case .operation(let operation):
        return node(
            "OperationDefinition", operation.location,
            [
                "operation": quote(operation.operation.rawValue), "name": optional(operation.name.map(dump)),
                "variableDefinitions": list(operation.variableDefinitions.map(dump)),
                "directives": directives(operation.directives), "selectionSet": dump(operation.selectionSet),
            ], ["operation", "name", "variableDefinitions", "directives", "selectionSet"])
    case .fragment(let fragment):
        return node(
            "FragmentDefinition", fragment.location,
            [
                "name": dump(fragment.name), "typeCondition": dump(fragment.typeCondition),
                "directives": directives(fragment.directives), "selectionSet": dump(fragment.selectionSet),
            ], ["name", "typeCondition", "directives", "selectionSet"])
    case .schema(let schema): return dump(schema, extension: false)
    case .schemaExtension(let schema): return dump(schema, extension: true)
    case .type(let type): return dump(type, extension: false)
    case .typeExtension(let type): return dump(type, extension: true)
    case .directive(let directive):
        return node(
            "DirectiveDefinition", directive.location,
            [
                "description": optional(directive.description.map(dump)), "name": dump(directive.name),
                "arguments": list(directive.arguments.map(dump)), "repeatable": "\(directive.isRepeatable)",
                "locations": list(directive.locations.map(dump)),
            ], ["description", "name", "arguments", "repeatable", "locations"])
    }
}

private func dump(_ schema: SchemaDefinitionNode, extension isExtension: Bool) -> String {
    let operationTypes = list(
        schema.operationTypes.map {
            node(
                "OperationTypeDefinition", $0.location,
                ["operation": quote($0.operation.rawValue), "type": dump($0.type)], ["operation", "type"])
        })
    if isExtension {
        return node(
            "SchemaExtension", schema.location,
            ["directives": directives(schema.directives), "operationTypes": operationTypes],
            ["directives", "operationTypes"])
    }
    return node(
        "SchemaDefinition", schema.location,
        [
            "description": optional(schema.description.map(dump)), "directives": directives(schema.directives),
            "operationTypes": operationTypes,
        ], ["description", "directives", "operationTypes"])
}

private func dump(_ type: TypeDefinitionNode, extension isExtension: Bool) -> String {
    let suffix = isExtension ? "Extension" : "Definition"
    var fields: [String: String] = [
        "description": optional(type.description.map(dump)), "name": dump(type.name),
        "directives": directives(type.directives),
    ]
    let kind: String
    var order: [String]
    switch type {
    case .scalar:
        kind = "ScalarType"
        order = ["name", "directives"]
    case .object(let object), .interface(let object):
        if case .object = type { kind = "ObjectType" } else { kind = "InterfaceType" }
        fields["interfaces"] = list(object.interfaces.map(dump))
        fields["fields"] = list(object.fields.map(dump))
        order = ["name", "interfaces", "directives", "fields"]
    case .union(let union):
        kind = "UnionType"
        fields["types"] = list(union.types.map(dump))
        order = ["name", "directives", "types"]
    case .enumType(let enumType):
        kind = "EnumType"
        fields["values"] = list(
            enumType.values.map {
                node(
                    "EnumValueDefinition", $0.location,
                    [
                        "description": optional($0.description.map(dump)), "name": dump($0.name),
                        "directives": directives($0.directives),
                    ], ["description", "name", "directives"])
            })
        order = ["name", "directives", "values"]
    case .inputObject(let input):
        kind = "InputObjectType"
        fields["fields"] = list(input.fields.map(dump))
        order = ["name", "directives", "fields"]
    }
    if !isExtension { order.insert("description", at: 0) }
    return node(kind + suffix, type.location, fields, order)
}

private func dump(_ field: FieldDefinitionNode) -> String {
    node(
        "FieldDefinition", field.location,
        [
            "description": optional(field.description.map(dump)), "name": dump(field.name),
            "arguments": list(field.arguments.map(dump)), "type": dump(field.type),
            "directives": directives(field.directives),
        ], ["description", "name", "arguments", "type", "directives"])
}

private func dump(_ input: InputValueDefinitionNode) -> String {
    node(
        "InputValueDefinition", input.location,
        [
            "description": optional(input.description.map(dump)), "name": dump(input.name),
            "type": dump(input.type), "defaultValue": optional(input.defaultValue.map(dump)),
            "directives": directives(input.directives),
        ], ["description", "name", "type", "defaultValue", "directives"])
}

private func dump(_ variable: VariableDefinitionNode) -> String {
    node(
        "VariableDefinition", variable.location,
        [
            "variable": dump(variable.variable), "type": dump(variable.type),
            "defaultValue": optional(variable.defaultValue.map(dump)), "directives": directives(variable.directives),
        ], ["variable", "type", "defaultValue", "directives"])
}

private func dump(_ variable: VariableNode) -> String {
    node("Variable", variable.location, ["name": dump(variable.name)], ["name"])
}

private func dump(_ selectionSet: SelectionSetNode) -> String {
    node("SelectionSet", selectionSet.location, ["selections": list(selectionSet.selections.map(dump))], ["selections"])
}

private func dump(_ selection: SelectionNode) -> String {
    switch selection {
    case .field(let field):
        node(
            "Field", field.location,
            [
                "alias": optional(field.alias.map(dump)), "name": dump(field.name),
                "arguments": list(field.arguments.map(dump)), "directives": directives(field.directives),
                "selectionSet": optional(field.selectionSet.map(dump)),
            ], ["alias", "name", "arguments", "directives", "selectionSet"])
    case .fragmentSpread(let spread):
        node(
            "FragmentSpread", spread.location,
            ["name": dump(spread.name), "directives": directives(spread.directives)],
            ["name", "directives"])
    case .inlineFragment(let fragment):
        node(
            "InlineFragment", fragment.location,
            [
                "typeCondition": optional(fragment.typeCondition.map(dump)),
                "directives": directives(fragment.directives), "selectionSet": dump(fragment.selectionSet),
            ], ["typeCondition", "directives", "selectionSet"])
    }
}

private func dump(_ argument: ArgumentNode) -> String {
    node(
        "Argument", argument.location, ["name": dump(argument.name), "value": dump(argument.value)], ["name", "value"])
}

private func dump(_ field: ObjectFieldNode) -> String {
    node("ObjectField", field.location, ["name": dump(field.name), "value": dump(field.value)], ["name", "value"])
}

private func directives(_ directives: [DirectiveNode]) -> String {
    list(
        directives.map {
            node(
                "Directive", $0.location, ["name": dump($0.name), "arguments": list($0.arguments.map(dump))],
                ["name", "arguments"])
        })
}

private func dump(_ named: NamedTypeNode) -> String {
    node("NamedType", named.location, ["name": dump(named.name)], ["name"])
}

private func dump(_ string: StringValueNode) -> String {
    node(
        "StringValue", string.location, ["value": quote(string.value), "block": "\(string.block)"], ["value", "block"])
}

private func dump(_ name: NameNode) -> String {
    quote(name.value) + "@" + position(name.location)
}

private func node(_ kind: String, _ location: Location, _ fields: [String: String], _ order: [String]) -> String {
    kind + "@" + position(location) + "(" + order.map { "\($0)=\(fields[$0] ?? "?")" }.joined(separator: ", ") + ")"
}

private func position(_ location: Location) -> String {
    "\(location.line):\(location.column)[\(location.start)-\(location.end)]"
}

private func list(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
}

private func optional(_ item: String?) -> String {
    item ?? "-"
}

private func quote(_ text: String) -> String {
    var result = "\""
    for character in text.unicodeScalars {
        switch character {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default: result.unicodeScalars.append(character)
        }
    }
    return result + "\""
}
