/// A fragment may only be spread where some object could be both of the fragment's type and
/// of the enclosing type (spec §5.5.2.3, "Fragment Spread Is Possible"; graphql-js
/// `PossibleFragmentSpreadsRule`).
///
/// Fragments on unknown or non-composite types, and spreads of unknown fragments, are left to
/// `KnownTypeNamesRule`, `FragmentsOnCompositeTypesRule` and `KnownFragmentNamesRule`.
struct PossibleFragmentSpreadsRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.inlineFragment, .fragmentSpread]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction {
        // The walk has already entered the fragment: `type` is its type condition (or the
        // enclosing type), `parentType` still the enclosing selection set's type.
        guard case .named(let fragmentType)? = context.type, fragmentType.isCompositeType,
            let parentType = context.parentType, parentType.isCompositeType,
            !doTypesOverlap(context.schema, fragmentType, parentType)
        else { return .continue }
        context.reportError(
            GraphQLError(
                "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                at: [node.location]))
        return .continue
    }

    mutating func enterFragmentSpread(_ node: FragmentSpreadNode) -> VisitAction {
        let name = node.name.value
        guard let fragment = context.fragment(named: name),
            let fragmentType = context.schema.type(named: fragment.typeCondition.name.value),
            fragmentType.isCompositeType,
            let parentType = context.parentType,
            !doTypesOverlap(context.schema, fragmentType, parentType)
        else { return .continue }
        context.reportError(
            GraphQLError(
                "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                at: [node.location]))
        return .continue
    }
}
