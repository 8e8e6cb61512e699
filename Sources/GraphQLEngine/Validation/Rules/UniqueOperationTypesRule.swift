/// Each root operation type (query, mutation, subscription) is set once: by one entry of the
/// schema definition or of one of its extensions, and never again when the schema being
/// extended already has it (spec §3.3.1, "Root Operation Types", §3.3.2 "Schema Extension";
/// graphql-js `UniqueOperationTypesRule`).
struct UniqueOperationTypesRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.schemaDefinition, .schemaExtension]

    private let context: SDLValidationContext
    /// The first entry of the document setting each operation's root type.
    private var definedOperationTypes: [OperationType: OperationTypeDefinitionNode] = [:]

    init(context: SDLValidationContext) { self.context = context }

    mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction {
        checkOperationTypes(of: node)
        return .skipChildren
    }

    mutating func enterSchemaExtension(_ node: SchemaDefinitionNode) -> VisitAction {
        checkOperationTypes(of: node)
        return .skipChildren
    }

    private mutating func checkOperationTypes(of node: SchemaDefinitionNode) {
        for operationType in node.operationTypes {
            let operation = operationType.operation
            if context.schema?.rootType(for: operation) != nil {
                context.reportError(
                    GraphQLError(
                        "Type for \(operation.rawValue) already defined in the schema. It cannot be redefined.",
                        at: [operationType.location]))
            } else if let defined = definedOperationTypes[operation] {
                context.reportError(
                    GraphQLError(
                        "There can be only one \(operation.rawValue) type in schema.",
                        at: [defined.location, operationType.location]))
            } else {
                definedOperationTypes[operation] = operationType
            }
        }
    }
}
