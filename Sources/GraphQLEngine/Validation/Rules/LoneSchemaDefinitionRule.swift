/// A type-system document defines the schema at most once, and not at all when it extends a
/// schema that already has one (spec §3.3, "Schema": one set of root operation types per schema;
/// graphql-js `LoneSchemaDefinitionRule`). Schema extensions (`extend schema`) are not counted.
///
/// The schema being extended "has one" when it was defined by a `schema { … }` definition or
/// has any root operation type, as graphql-js decides.
struct LoneSchemaDefinitionRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.schemaDefinition]

    private let context: SDLValidationContext
    /// Whether the schema being extended already defines its root operation types.
    private let isSchemaAlreadyDefined: Bool
    private var schemaDefinitionsCount = 0

    init(context: SDLValidationContext) {
        self.context = context
        if let schema = context.schema {
            isSchemaAlreadyDefined =
                schema.astNode != nil || schema.queryType != nil || schema.mutationType != nil
                || schema.subscriptionType != nil
        } else {
            isSchemaAlreadyDefined = false
        }
    }

    mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction {
        if isSchemaAlreadyDefined {
            context.reportError(
                GraphQLError("Cannot define a new schema within a schema extension.", at: [node.location]))
            return .skipChildren
        }
        if schemaDefinitionsCount > 0 {
            context.reportError(GraphQLError("Must provide only one schema definition.", at: [node.location]))
        }
        schemaDefinitionsCount += 1
        return .skipChildren
    }
}
