/// Every variable an operation uses, directly or in the fragments it spreads, is defined by
/// that operation (spec §5.8.3, "All Variable Uses Defined"; graphql-js
/// `NoUndefinedVariablesRule`).
///
/// Each use is reported, at the variable and at the operation, when the operation ends.
struct NoUndefinedVariablesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition, .variableDefinition]

    private let context: ValidationContext
    /// The names the current operation defines.
    private var definedNames: Set<String> = []

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        definedNames = []
        return .continue
    }

    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        definedNames.insert(node.variable.name.value)
        return .continue
    }

    mutating func leaveOperationDefinition(_ node: OperationDefinitionNode) {
        for variable in context.recursiveVariableReferences(of: node) {
            let name = variable.name.value
            if definedNames.contains(name) { continue }
            let message =
                if let operationName = node.name?.value {
                    "Variable \"$\(name)\" is not defined by operation \"\(operationName)\"."
                } else {
                    "Variable \"$\(name)\" is not defined."
                }
            context.reportError(GraphQLError(message, at: [variable.location, node.location]))
        }
    }
}
