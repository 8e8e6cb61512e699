/// Every fragment spread names a fragment the document defines (spec §5.5.2.1, "Fragment
/// Spread Target Defined"; graphql-js `KnownFragmentNamesRule`).
struct KnownFragmentNamesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.fragmentSpread]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterFragmentSpread(_ node: FragmentSpreadNode) -> VisitAction {
        let name = node.name.value
        if context.fragment(named: name) == nil {
            context.reportError(GraphQLError("Unknown fragment \"\(name)\".", at: [node.name.location]))
        }
        return .continue
    }
}
