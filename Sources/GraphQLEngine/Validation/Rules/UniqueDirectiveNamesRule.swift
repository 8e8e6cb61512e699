/// No two directive definitions share a name, and none redefines a directive of the schema
/// being extended, the specified ones included (spec §3.3 "Schema": "All directives within a
/// GraphQL schema must have unique names"; graphql-js `UniqueDirectiveNamesRule`).
struct UniqueDirectiveNamesRule: SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directiveDefinition]

    private let context: SDLValidationContext
    /// The name node of the first definition of each directive name.
    private var knownDirectiveNames = FirstNames()

    init(context: SDLValidationContext) { self.context = context }

    mutating func enterDirectiveDefinition(_ node: DirectiveDefinitionNode) -> VisitAction {
        let name = node.name
        if context.schema?.directive(named: name.value) != nil {
            context.reportError(
                GraphQLError(
                    "Directive \"@\(name.value)\" already exists in the schema. It cannot be redefined.",
                    at: [name.location]))
        } else if let known = knownDirectiveNames.record(name) {
            context.reportError(
                GraphQLError(
                    "There can be only one directive named \"@\(name.value)\".", at: [known.location, name.location]))
        }
        return .skipChildren
    }
}
