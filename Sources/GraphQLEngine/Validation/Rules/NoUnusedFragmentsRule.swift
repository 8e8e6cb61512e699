/// Every fragment a document defines must be used by one of its operations, directly or through
/// other fragments (spec §5.5.1.4, "Fragments Must Be Used"; graphql-js `NoUnusedFragmentsRule`).
struct NoUnusedFragmentsRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.document, .operationDefinition, .fragmentDefinition]

    private let context: ValidationContext
    private var operations: [OperationDefinitionNode] = []
    private var fragments: [FragmentDefinitionNode] = []

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        operations.append(node)
        return .skipChildren
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        fragments.append(node)
        return .skipChildren
    }

    mutating func leaveDocument(_ node: DocumentNode) {
        var used: Set<String> = []
        for operation in operations {
            for fragment in context.recursivelyReferencedFragments(of: operation) {
                used.insert(fragment.name.value)
            }
        }
        for fragment in fragments where !used.contains(fragment.name.value) {
            context.reportError(
                GraphQLError("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.location]))
        }
    }
}
