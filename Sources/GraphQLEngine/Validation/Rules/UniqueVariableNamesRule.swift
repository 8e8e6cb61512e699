/// No two variables of an operation share a name (spec §5.8.1, "Variable Uniqueness";
/// graphql-js `UniqueVariableNamesRule`).
///
/// Each name defined more than once is reported once, at every one of its definitions, in
/// the order the names first appear.
struct UniqueVariableNamesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        var namesInOrder: [String] = []
        var nodesByName: [String: [NameNode]] = [:]
        for definition in node.variableDefinitions {
            let name = definition.variable.name
            if nodesByName[name.value] == nil { namesInOrder.append(name.value) }
            nodesByName[name.value, default: []].append(name)
        }
        for name in namesInOrder {
            guard let nodes = nodesByName[name], nodes.count > 1 else { continue }
            context.reportError(
                GraphQLError("There can be only one variable named \"$\(name)\".", at: nodes.map(\.location)))
        }
        return .continue
    }
}
