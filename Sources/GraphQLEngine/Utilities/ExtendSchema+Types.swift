// Making and filling the named types for `SchemaExtender`: new types from their definitions
// (and same-document extensions), copies of existing types with their extensions applied.

extension SchemaExtender {
    // MARK: Shells

    /// A type for a definition, named and described, its fields and members still empty.
    func makeShell(_ definition: TypeDefinitionNode) throws(GraphQLError) -> GraphQLNamedType {
        let extensions = self.extensions(of: definition.name.value)
        switch definition {
        case .scalar(let node):
            // As graphql-js, only the definition's own @specifiedBy counts here.
            let type = GraphQLScalarType(
                name: node.name.value, description: node.description?.value,
                specifiedByURL: try specifiedByURL(node.directives), astNode: node)
            type.extensionASTNodes = extensions.scalarNodes
            return .scalar(type)
        case .object(let node):
            let type = GraphQLObjectType(name: node.name.value, description: node.description?.value, astNode: node)
            type.extensionASTNodes = extensions.objectNodes
            return .object(type)
        case .interface(let node):
            let type = GraphQLInterfaceType(
                name: node.name.value, description: node.description?.value, astNode: node)
            type.extensionASTNodes = extensions.interfaceNodes
            return .interface(type)
        case .union(let node):
            let type = GraphQLUnionType(name: node.name.value, description: node.description?.value, astNode: node)
            type.extensionASTNodes = extensions.unionNodes
            return .union(type)
        case .enumType(let node):
            let type = GraphQLEnumType(name: node.name.value, description: node.description?.value, astNode: node)
            type.extensionASTNodes = extensions.enumNodes
            return .enumType(type)
        case .inputObject(let node):
            // As graphql-js, only the definition's own @oneOf counts.
            let type = GraphQLInputObjectType(
                name: node.name.value, description: node.description?.value,
                isOneOf: node.directives.contains { $0.name.value == "oneOf" }, astNode: node)
            type.extensionASTNodes = extensions.inputObjectNodes
            return .inputObject(type)
        }
    }

    /// A copy of an existing type carrying its old and new extension nodes; built-in types are
    /// returned as they are.
    func copyShell(_ existing: GraphQLNamedType) throws(GraphQLError) -> GraphQLNamedType {
        if StandardTypes.byName[existing.name] != nil { return existing }
        let extensions = self.extensions(of: existing.name)
        switch existing {
        case .scalar(let old):
            var url = old.specifiedByURL
            for node in extensions.scalarNodes {
                url = try specifiedByURL(node.directives) ?? url
            }
            let type = GraphQLScalarType(
                name: old.name, description: old.description, specifiedByURL: url, astNode: old.astNode,
                coercion: old.coercion)
            type.extensionASTNodes = old.extensionASTNodes + extensions.scalarNodes
            return .scalar(type)
        case .object(let old):
            let type = GraphQLObjectType(name: old.name, description: old.description, astNode: old.astNode)
            type.extensionASTNodes = old.extensionASTNodes + extensions.objectNodes
            return .object(type)
        case .interface(let old):
            let type = GraphQLInterfaceType(name: old.name, description: old.description, astNode: old.astNode)
            type.extensionASTNodes = old.extensionASTNodes + extensions.interfaceNodes
            return .interface(type)
        case .union(let old):
            let type = GraphQLUnionType(name: old.name, description: old.description, astNode: old.astNode)
            type.extensionASTNodes = old.extensionASTNodes + extensions.unionNodes
            return .union(type)
        case .enumType(let old):
            let type = GraphQLEnumType(name: old.name, description: old.description, astNode: old.astNode)
            type.extensionASTNodes = old.extensionASTNodes + extensions.enumNodes
            return .enumType(type)
        case .inputObject(let old):
            let type = GraphQLInputObjectType(
                name: old.name, description: old.description, isOneOf: old.isOneOf, astNode: old.astNode)
            type.extensionASTNodes = old.extensionASTNodes + extensions.inputObjectNodes
            return .inputObject(type)
        }
    }

    // MARK: Filling

    /// Fills a new type from its definition and this document's extensions of it.
    func fillDefined(_ definition: TypeDefinitionNode, _ type: GraphQLNamedType) throws(GraphQLError) {
        switch (definition, type) {
        case (.object(let node), .object(let object)):
            let nodes = [node] + object.extensionASTNodes
            object.interfaces = try buildInterfaces(nodes)
            object.fields = try buildFields(nodes)
        case (.interface(let node), .interface(let interface)):
            let nodes = [node] + interface.extensionASTNodes
            interface.interfaces = try buildInterfaces(nodes)
            interface.fields = try buildFields(nodes)
        case (.union(let node), .union(let union)):
            union.types = try buildUnionMembers([node] + union.extensionASTNodes)
        case (.enumType(let node), .enumType(let enumType)):
            enumType.values = try buildEnumValues([node] + enumType.extensionASTNodes)
        case (.inputObject(let node), .inputObject(let input)):
            input.fields = try buildInputValues(([node] + input.extensionASTNodes).map(\.fields))
        default:
            break  // scalars are complete as made
        }
    }

    /// Fills the copy of an existing type: its old contents pointing at the new types, then
    /// what this document's extensions add.
    func fillExtended(old: GraphQLNamedType, new: GraphQLNamedType) throws(GraphQLError) {
        let extensions = self.extensions(of: old.name)
        switch (old, new) {
        case (.object(let old), .object(let new)):
            new.interfaces = old.interfaces.compactMap(replaceInterface) + (try buildInterfaces(extensions.objectNodes))
            new.fields = mergedByName(old.fields.map(replaceField) + (try buildFields(extensions.objectNodes)))
        case (.interface(let old), .interface(let new)):
            new.interfaces =
                old.interfaces.compactMap(replaceInterface) + (try buildInterfaces(extensions.interfaceNodes))
            new.fields = mergedByName(old.fields.map(replaceField) + (try buildFields(extensions.interfaceNodes)))
        case (.union(let old), .union(let new)):
            new.types = old.types.compactMap(replaceObject) + (try buildUnionMembers(extensions.unionNodes))
        case (.enumType(let old), .enumType(let new)):
            new.values = mergedByName(old.values + (try buildEnumValues(extensions.enumNodes)))
        case (.inputObject(let old), .inputObject(let new)):
            new.fields = mergedByName(
                old.fields.map(replaceInputValue) + (try buildInputValues(extensions.inputObjectNodes.map(\.fields))))
        default:
            break
        }
    }

    // MARK: Parts

    private func buildFields(_ nodes: [ObjectTypeDefinitionNode]) throws(GraphQLError) -> [GraphQLField] {
        var fields: [GraphQLField] = []
        fields.reserveCapacity(nodes.reduce(0) { $0 + $1.fields.count })
        for node in nodes {
            for field in node.fields {
                fields.append(
                    GraphQLField(
                        name: field.name.value, description: field.description?.value,
                        type: try wrappedType(field.type), arguments: try buildInputValues([field.arguments]),
                        deprecationReason: try deprecationReason(field.directives), astNode: field))
            }
        }
        return mergedByName(fields)
    }

    /// Arguments or input fields from one or more lists of definitions.
    func buildInputValues(_ lists: [[InputValueDefinitionNode]]) throws(GraphQLError) -> [GraphQLInputValue] {
        var values: [GraphQLInputValue] = []
        for list in lists {
            for node in list {
                values.append(
                    GraphQLInputValue(
                        name: node.name.value, description: node.description?.value,
                        type: try wrappedType(node.type), defaultValue: node.defaultValue,
                        deprecationReason: try deprecationReason(node.directives), astNode: node))
            }
        }
        return lists.count == 1 && values.count < 2 ? values : mergedByName(values)
    }

    private func buildEnumValues(_ nodes: [EnumTypeDefinitionNode]) throws(GraphQLError) -> [GraphQLEnumValue] {
        var values: [GraphQLEnumValue] = []
        for node in nodes {
            for value in node.values {
                values.append(
                    GraphQLEnumValue(
                        name: value.name.value, description: value.description?.value,
                        deprecationReason: try deprecationReason(value.directives), astNode: value))
            }
        }
        return mergedByName(values)
    }

    /// The interfaces named by the nodes; names of other kinds of type are left out (the
    /// schema is invalid then, which `validateSchema` reports).
    private func buildInterfaces(_ nodes: [ObjectTypeDefinitionNode]) throws(GraphQLError) -> [GraphQLInterfaceType] {
        var interfaces: [GraphQLInterfaceType] = []
        for node in nodes {
            for reference in node.interfaces {
                if case .interface(let interface) = try namedType(reference) { interfaces.append(interface) }
            }
        }
        return interfaces
    }

    /// The object types named as union members; names of other kinds are left out.
    private func buildUnionMembers(_ nodes: [UnionTypeDefinitionNode]) throws(GraphQLError) -> [GraphQLObjectType] {
        var members: [GraphQLObjectType] = []
        for node in nodes {
            for reference in node.types {
                if case .object(let object) = try namedType(reference) { members.append(object) }
            }
        }
        return members
    }

    // MARK: Replacing references

    private func replaceField(_ field: GraphQLField) -> GraphQLField {
        var copy = field
        copy.type = replaceType(field.type)
        copy.arguments = field.arguments.map(replaceInputValue)
        return copy
    }

    func replaceInputValue(_ value: GraphQLInputValue) -> GraphQLInputValue {
        var copy = value
        copy.type = replaceType(value.type)
        return copy
    }

    private func replaceInterface(_ interface: GraphQLInterfaceType) -> GraphQLInterfaceType? {
        if case .interface(let replaced) = typeMap[interface.name] { return replaced }
        return nil
    }

    private func replaceObject(_ object: GraphQLObjectType) -> GraphQLObjectType? {
        if case .object(let replaced) = typeMap[object.name] { return replaced }
        return nil
    }
}

/// Items with distinct names, in first-seen order; a repeated name keeps its first place and
/// takes the last item, as assigning into a JavaScript object does.
private func mergedByName<Item: NamedItem>(_ items: [Item]) -> [Item] {
    guard items.count > 1 else { return items }
    var positions: [String: Int] = [:]
    positions.reserveCapacity(items.count)
    var merged: [Item] = []
    merged.reserveCapacity(items.count)
    for item in items {
        if let position = positions[item.name] {
            merged[position] = item
        } else {
            positions[item.name] = merged.count
            merged.append(item)
        }
    }
    return merged
}

/// Something with a name that a type keeps unique: a field, argument or enum value.
private protocol NamedItem {
    var name: String { get }
}

extension GraphQLField: NamedItem {}
extension GraphQLInputValue: NamedItem {}
extension GraphQLEnumValue: NamedItem {}

extension [TypeDefinitionNode] {
    var scalarNodes: [ScalarTypeDefinitionNode] {
        compactMap { if case .scalar(let node) = $0 { node } else { nil } }
    }
    var objectNodes: [ObjectTypeDefinitionNode] {
        compactMap { if case .object(let node) = $0 { node } else { nil } }
    }
    var interfaceNodes: [InterfaceTypeDefinitionNode] {
        compactMap { if case .interface(let node) = $0 { node } else { nil } }
    }
    var unionNodes: [UnionTypeDefinitionNode] {
        compactMap { if case .union(let node) = $0 { node } else { nil } }
    }
    var enumNodes: [EnumTypeDefinitionNode] {
        compactMap { if case .enumType(let node) = $0 { node } else { nil } }
    }
    var inputObjectNodes: [InputObjectTypeDefinitionNode] {
        compactMap { if case .inputObject(let node) = $0 { node } else { nil } }
    }
}
