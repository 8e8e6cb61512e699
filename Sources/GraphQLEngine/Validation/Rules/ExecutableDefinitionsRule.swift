/// A document to execute may contain only operations and fragments (spec §5.1.1, "Executable
/// Definitions"; graphql-js `ExecutableDefinitionsRule`).
struct ExecutableDefinitionsRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.document]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterDocument(_ node: DocumentNode) -> VisitAction {
        for definition in node.definitions where !definition.isExecutable {
            let name: String
            switch definition {
            case .schema, .schemaExtension: name = "schema"
            case .type(let type), .typeExtension(let type): name = "\"\(type.name.value)\""
            case .directive(let directive): name = "\"\(directive.name.value)\""
            case .operation, .fragment: continue
            }
            context.reportError(
                GraphQLError("The \(name) definition is not executable.", at: [definition.location]))
        }
        return .skipChildren
    }
}
