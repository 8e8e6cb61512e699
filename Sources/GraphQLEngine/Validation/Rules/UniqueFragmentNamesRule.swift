/// No two fragment definitions of a document share a name (spec §5.5.1.1, "Fragment Name
/// Uniqueness"; graphql-js `UniqueFragmentNamesRule`).
///
/// Each repeat is reported with the first definition's name and its own.
struct UniqueFragmentNamesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition, .fragmentDefinition]

    private let context: ValidationContext
    /// The first definition's name node for each fragment name seen.
    private var knownFragmentNames: [String: NameNode] = [:]

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        .skipChildren
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        let name = node.name.value
        if let first = knownFragmentNames[name] {
            context.reportError(
                GraphQLError(
                    "There can be only one fragment named \"\(name)\".",
                    at: [first.location, node.name.location]))
        } else {
            knownFragmentNames[name] = node.name
        }
        return .skipChildren
    }
}
