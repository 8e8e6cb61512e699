/// Fragments, inline or named, may only condition on object, interface or union types
/// (spec §5.5.1.3, "Fragments On Composite Types"; graphql-js `FragmentsOnCompositeTypesRule`).
///
/// A type condition naming an unknown type is left to `KnownTypeNamesRule`.
struct FragmentsOnCompositeTypesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.inlineFragment, .fragmentDefinition]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction {
        if let typeCondition = node.typeCondition, isNonComposite(typeCondition) {
            context.reportError(
                GraphQLError(
                    "Fragment cannot condition on non composite type \"\(typeCondition.name.value)\".",
                    at: [typeCondition.location]))
        }
        return .continue
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        if isNonComposite(node.typeCondition) {
            context.reportError(
                GraphQLError(
                    "Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(node.typeCondition.name.value)\".",
                    at: [node.typeCondition.location]))
        }
        return .continue
    }

    /// Whether the condition names a type the schema has and that type is not composite.
    private func isNonComposite(_ typeCondition: NamedTypeNode) -> Bool {
        guard let type = context.schema.type(named: typeCondition.name.value) else { return false }
        return !type.isCompositeType
    }
}
