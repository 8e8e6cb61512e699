/// No two type definitions share a name, and none redefines a type of the schema being
/// extended (spec §3.3, "Schema": "All types within a GraphQL schema must have unique names";
/// graphql-js `UniqueTypeNamesRule`). Extensions (`extend type …`) are not definitions.
struct UniqueTypeNamesRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.typeDefinition]

    private let context: SDLValidationContext
    /// The name node of the first definition of each type name.
    private var knownTypeNames = FirstNames()

    init(context: SDLValidationContext) {
        self.context = context
        knownTypeNames.reserveCapacity(context.document.definitions.count)
    }

    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        let name = node.name
        if context.schema?.type(named: name.value) != nil {
            context.reportError(
                GraphQLError(
                    "Type \"\(name.value)\" already exists in the schema. It cannot also be defined in this type definition.",
                    at: [name.location]))
        } else if let known = knownTypeNames.record(name) {
            context.reportError(
                GraphQLError(
                    "There can be only one type named \"\(name.value)\".", at: [known.location, name.location]))
        }
        return .skipChildren
    }
}
