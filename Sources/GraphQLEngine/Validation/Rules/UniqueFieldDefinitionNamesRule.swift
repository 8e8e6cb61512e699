/// The fields of an object, interface or input object type have distinct names across its
/// definition and all its extensions, and an extension adds no field the schema being extended
/// already has (spec §3.6 "Objects", §3.7 "Interfaces", §3.10 "Input Objects" and their
/// extensions: fields "must have unique names"; graphql-js `UniqueFieldDefinitionNamesRule`).
struct UniqueFieldDefinitionNamesRule: SDLValidationRule {
    private let context: SDLValidationContext
    /// For each type name, the name node of the first definition of each field.
    private var knownFieldNames: [String: [String: NameNode]] = [:]

    init(context: SDLValidationContext) { self.context = context }

    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        checkFieldUniqueness(of: node)
        return .skipChildren
    }

    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        checkFieldUniqueness(of: node)
        return .skipChildren
    }

    private mutating func checkFieldUniqueness(of node: TypeDefinitionNode) {
        switch node {
        case .object(let type), .interface(let type):
            checkFieldUniqueness(typeName: type.name.value, fieldNames: type.fields.lazy.map(\.name))
        case .inputObject(let type):
            checkFieldUniqueness(typeName: type.name.value, fieldNames: type.fields.lazy.map(\.name))
        case .scalar, .union, .enumType:
            break
        }
    }

    private mutating func checkFieldUniqueness(typeName: String, fieldNames: some Sequence<NameNode>) {
        let existingType = context.schema?.type(named: typeName)
        var knownNames = knownFieldNames.removeValue(forKey: typeName) ?? [:]
        defer { knownFieldNames[typeName] = knownNames }
        for fieldName in fieldNames {
            if let existingType, Self.hasField(existingType, named: fieldName.value) {
                context.reportError(
                    GraphQLError(
                        "Field \"\(typeName).\(fieldName.value)\" already exists in the schema. It cannot also be defined in this type extension.",
                        at: [fieldName.location]))
            } else if let known = knownNames[fieldName.value] {
                context.reportError(
                    GraphQLError(
                        "Field \"\(typeName).\(fieldName.value)\" can only be defined once.",
                        at: [known.location, fieldName.location]))
            } else {
                knownNames[fieldName.value] = fieldName
            }
        }
    }

    /// Whether `type` is an object, interface or input object type with a field named `name`.
    private static func hasField(_ type: GraphQLNamedType, named name: String) -> Bool {
        switch type {
        case .object(let object): object.field(named: name) != nil
        case .interface(let interface): interface.field(named: name) != nil
        case .inputObject(let input): input.field(named: name) != nil
        case .scalar, .union, .enumType: false
        }
    }
}
