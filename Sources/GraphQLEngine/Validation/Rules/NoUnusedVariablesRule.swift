/// Every variable an operation defines is used by the operation or by a fragment it spreads,
/// directly or indirectly (spec §5.8.4, "All Variables Used"; graphql-js
/// `NoUnusedVariablesRule`).
///
/// Unused definitions are reported in the order they are written, when the operation ends.
struct NoUnusedVariablesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition, .variableDefinition]

    private let context: ValidationContext
    /// The current operation's variable definitions.
    private var variableDefinitions: [VariableDefinitionNode] = []

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        variableDefinitions = []
        return .continue
    }

    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        variableDefinitions.append(node)
        return .continue
    }

    mutating func leaveOperationDefinition(_ node: OperationDefinitionNode) {
        guard !variableDefinitions.isEmpty else { return }
        let usedNames = Set(context.recursiveVariableReferences(of: node).map(\.name.value))
        for definition in variableDefinitions {
            let name = definition.variable.name.value
            if usedNames.contains(name) { continue }
            let message =
                if let operationName = node.name?.value {
                    "Variable \"$\(name)\" is never used in operation \"\(operationName)\"."
                } else {
                    "Variable \"$\(name)\" is never used."
                }
            context.reportError(GraphQLError(message, at: [definition.location]))
        }
    }
}
