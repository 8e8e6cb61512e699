/// An enum type's values have distinct names across its definition and all its extensions, and
/// an extension adds no value the schema being extended already has (spec §3.9, "Enums": "All
/// values must be unique"; §3.9.1 "Enum Extensions"; graphql-js `UniqueEnumValueNamesRule`).
struct UniqueEnumValueNamesRule: SDLValidationRule {
    private let context: SDLValidationContext
    /// For each enum type name, the name node of the first definition of each value.
    private var knownValueNames: [String: [String: NameNode]] = [:]

    init(context: SDLValidationContext) { self.context = context }

    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        if case .enumType(let enumType) = node { checkValueUniqueness(of: enumType) }
        return .skipChildren
    }

    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        if case .enumType(let enumType) = node { checkValueUniqueness(of: enumType) }
        return .skipChildren
    }

    private mutating func checkValueUniqueness(of node: EnumTypeDefinitionNode) {
        let typeName = node.name.value
        var existingType: GraphQLEnumType?
        if case .enumType(let type) = context.schema?.type(named: typeName) { existingType = type }
        var valueNames = knownValueNames.removeValue(forKey: typeName) ?? [:]
        defer { knownValueNames[typeName] = valueNames }
        for value in node.values {
            let valueName = value.name
            if existingType?.value(named: valueName.value) != nil {
                context.reportError(
                    GraphQLError(
                        "Enum value \"\(typeName).\(valueName.value)\" already exists in the schema. It cannot also be defined in this type extension.",
                        at: [valueName.location]))
            } else if let known = valueNames[valueName.value] {
                context.reportError(
                    GraphQLError(
                        "Enum value \"\(typeName).\(valueName.value)\" can only be defined once.",
                        at: [known.location, valueName.location]))
            } else {
                valueNames[valueName.value] = valueName
            }
        }
    }
}
