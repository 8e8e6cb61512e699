/// No two operations of a document may share a name (spec §5.2.2.1, "Operation Name
/// Uniqueness"; graphql-js `UniqueOperationNamesRule`).
struct UniqueOperationNamesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition, .fragmentDefinition]

    private let context: ValidationContext
    /// The first name node of each operation name seen so far.
    private var knownNames: [String: NameNode] = [:]

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        if let name = node.name {
            if let known = knownNames[name.value] {
                context.reportError(
                    GraphQLError(
                        "There can be only one operation named \"\(name.value)\".",
                        at: [known.location, name.location]))
            } else {
                knownNames[name.value] = name
            }
        }
        return .skipChildren
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        .skipChildren
    }
}
