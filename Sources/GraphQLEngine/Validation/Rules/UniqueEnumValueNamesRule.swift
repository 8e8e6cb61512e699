/// An enum type's values have distinct names across its definition and all its extensions, and
/// an extension adds no value the schema being extended already has (spec §3.9 "Enums": "one or
/// more unique enum values"; §3.9.1 "Enum Extensions": "All values of an Enum type extension
/// must be unique"; graphql-js `UniqueEnumValueNamesRule`).
struct UniqueEnumValueNamesRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.typeDefinition, .typeExtension]

    private let context: SDLValidationContext
    /// For each enum type name, the name node of the first definition of each value.
    private var knownValueNames: [String: FirstNames] = [:]

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
        if node.values.isEmpty { return }
        let typeName = node.name.value
        var existingType: GraphQLEnumType?
        if case .enumType(let type) = context.schema?.type(named: typeName) { existingType = type }
        var known = knownValueNames.removeValue(forKey: typeName) ?? FirstNames()
        known.reserveCapacity(node.values.count)
        for index in node.values.indices {
            let valueName = node.values[index].name
            if existingType?.value(named: valueName.value) != nil {
                context.reportError(
                    GraphQLError(
                        "Enum value \"\(typeName).\(valueName.value)\" already exists in the schema. It cannot also be defined in this type extension.",
                        at: [valueName.location]))
            } else if let first = known.record(valueName) {
                context.reportError(
                    GraphQLError(
                        "Enum value \"\(typeName).\(valueName.value)\" can only be defined once.",
                        at: [first.location, valueName.location]))
            }
        }
        knownValueNames[typeName] = known
    }
}
