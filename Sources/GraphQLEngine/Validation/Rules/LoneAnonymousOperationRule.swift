/// An operation without a name must be the document's only operation (spec §5.2.3.1, "Lone
/// Anonymous Operation"; graphql-js `LoneAnonymousOperationRule`).
struct LoneAnonymousOperationRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.document, .operationDefinition]

    private let context: ValidationContext
    private var operationCount = 0

    init(context: ValidationContext) { self.context = context }

    mutating func enterDocument(_ node: DocumentNode) -> VisitAction {
        operationCount = node.definitions.reduce(0) { count, definition in
            if case .operation = definition { return count + 1 }
            return count
        }
        return .continue
    }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        if node.name == nil && operationCount > 1 {
            context.reportError(
                GraphQLError("This anonymous operation must be the only defined operation.", at: [node.location]))
        }
        return .continue
    }
}
