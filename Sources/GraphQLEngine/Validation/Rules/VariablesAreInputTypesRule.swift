/// A variable's type must be an input type: a scalar, enum or input object, possibly wrapped
/// in lists and non-null (spec §5.8.2, "Variables Are Input Types"; graphql-js
/// `VariablesAreInputTypesRule`).
///
/// A type naming an unknown type is left to `KnownTypeNamesRule`.
struct VariablesAreInputTypesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.variableDefinition]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        if let type = typeFromAST(context.schema, node.type), !type.isInputType {
            context.reportError(
                GraphQLError(
                    "Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(printType(node.type))\".",
                    at: [node.type.location]))
        }
        return .continue
    }
}
