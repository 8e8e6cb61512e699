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

    /// Fills a new type from its definition and this document's extensions of it, both kept
    /// in the type's `astNode` and `extensionASTNodes`.
    func fillDefined(_ type: GraphQLNamedType) throws(GraphQLError) {
        switch type {
        case .object(let object):
            guard let node = object.astNode else { return }
            object.interfaces = try buildInterfaces(node.interfaces, object.extensionASTNodes)
            object.fields = try buildFields(node.fields, object.extensionASTNodes)
        case .interface(let interface):
            guard let node = interface.astNode else { return }
            interface.interfaces = try buildInterfaces(node.interfaces, interface.extensionASTNodes)
            interface.fields = try buildFields(node.fields, interface.extensionASTNodes)
        case .union(let union):
            guard let node = union.astNode else { return }
            union.types = try buildUnionMembers([node] + union.extensionASTNodes)
        case .enumType(let enumType):
            guard let node = enumType.astNode else { return }
            enumType.values = try buildEnumValues([node] + enumType.extensionASTNodes)
        case .inputObject(let input):
            guard let node = input.astNode else { return }
            input.fields =
                input.extensionASTNodes.isEmpty
                ? try buildInputValues(node.fields)
                : try buildInputValues(node.fields + input.extensionASTNodes.flatMap(\.fields))
        case .scalar:
            break  // complete as made
        }
    }

    /// Fills the copy of an existing type: its old contents pointing at the new types, then
    /// what this document's extensions add.
    func fillExtended(old: GraphQLNamedType, new: GraphQLNamedType) throws(GraphQLError) {
        let extensions = self.extensions(of: old.name)
        switch (old, new) {
        case (.object(let old), .object(let new)):
            new.interfaces =
                old.interfaces.compactMap(replaceInterface) + (try buildInterfaces([], extensions.objectNodes))
            new.fields = deduplicated(old.fields.map(replaceField) + (try buildFields([], extensions.objectNodes)))
        case (.interface(let old), .interface(let new)):
            new.interfaces =
                old.interfaces.compactMap(replaceInterface) + (try buildInterfaces([], extensions.interfaceNodes))
            new.fields = deduplicated(old.fields.map(replaceField) + (try buildFields([], extensions.interfaceNodes)))
        case (.union(let old), .union(let new)):
            new.types = old.types.compactMap(replaceObject) + (try buildUnionMembers(extensions.unionNodes))
        case (.enumType(let old), .enumType(let new)):
            new.values = deduplicated(old.values + (try buildEnumValues(extensions.enumNodes)))
        case (.inputObject(let old), .inputObject(let new)):
            new.fields = deduplicated(
                old.fields.map(replaceInputValue)
                    + (try buildInputValues(extensions.inputObjectNodes.flatMap(\.fields))))
        default:
            break
        }
    }

    // MARK: Parts

    /// Fields from a definition's list and its extensions' lists.
    private func buildFields(
        _ definitions: [FieldDefinitionNode], _ extensions: [ObjectTypeDefinitionNode] = []
    ) throws(GraphQLError) -> [GraphQLField] {
        var fields: [GraphQLField] = []
        fields.reserveCapacity(definitions.count + extensions.reduce(0) { $0 + $1.fields.count })
        try appendFields(definitions, to: &fields)
        for index in extensions.indices {
            try appendFields(extensions[index].fields, to: &fields)
        }
        return deduplicated(fields)
    }

    private func appendFields(_ definitions: [FieldDefinitionNode], to fields: inout [GraphQLField])
        throws(GraphQLError)
    {
        // Indexing rather than iterating: each node is copied once, into the field's astNode.
        for index in definitions.indices {
            fields.append(
                GraphQLField(
                    name: definitions[index].name.value, description: definitions[index].description?.value,
                    type: try wrappedType(definitions[index].type),
                    arguments: try buildInputValues(definitions[index].arguments),
                    deprecationReason: try deprecationReason(definitions[index].directives),
                    astNode: definitions[index]))
        }
    }

    /// Arguments or input fields from their definitions.
    func buildInputValues(_ nodes: [InputValueDefinitionNode]) throws(GraphQLError) -> [GraphQLInputValue] {
        if nodes.isEmpty { return [] }
        var values: [GraphQLInputValue] = []
        values.reserveCapacity(nodes.count)
        for index in nodes.indices {
            values.append(
                GraphQLInputValue(
                    name: nodes[index].name.value, description: nodes[index].description?.value,
                    type: try wrappedType(nodes[index].type), defaultValue: nodes[index].defaultValue,
                    deprecationReason: try deprecationReason(nodes[index].directives), astNode: nodes[index]))
        }
        return deduplicated(values)
    }

    /// `items` with repeated names merged, when the SDL was not validated; validated SDL has
    /// none (UniqueFieldDefinitionNames, UniqueArgumentDefinitionNames, UniqueEnumValueNames).
    private func deduplicated<Item: NamedItem>(_ items: [Item]) -> [Item] {
        mergesDuplicates ? mergedByName(items) : items
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
        return deduplicated(values)
    }

    /// The interfaces named by a definition and its extensions; names of other kinds of type
    /// are left out (the schema is invalid then, which `validateSchema` reports).
    private func buildInterfaces(
        _ references: [NamedTypeNode], _ extensions: [ObjectTypeDefinitionNode]
    ) throws(GraphQLError) -> [GraphQLInterfaceType] {
        var interfaces: [GraphQLInterfaceType] = []
        func append(_ references: [NamedTypeNode]) throws(GraphQLError) {
            for index in references.indices {
                if case .interface(let interface) = try namedType(references[index]) { interfaces.append(interface) }
            }
        }
        try append(references)
        for index in extensions.indices { try append(extensions[index].interfaces) }
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
protocol NamedItem {
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
