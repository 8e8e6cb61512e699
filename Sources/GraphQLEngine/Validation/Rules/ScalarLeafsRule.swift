/// A field of scalar or enum type takes no selection set, and a field of object, interface or
/// union type requires one (spec §5.3.3, "Leaf Field Selections"; graphql-js `ScalarLeafsRule`).
struct ScalarLeafsRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.field]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterField(_ node: FieldNode) -> VisitAction {
        guard let type = context.type else { return .continue }
        let fieldName = node.name.value
        if type.namedType.isLeafType {
            if let selectionSet = node.selectionSet {
                context.reportError(
                    GraphQLError(
                        "Field \"\(fieldName)\" must not have a selection since type \"\(type)\" has no subfields.",
                        at: [selectionSet.location]))
            }
        } else if node.selectionSet == nil {
            context.reportError(
                GraphQLError(
                    "Field \"\(fieldName)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(fieldName) { ... }\"?",
                    at: [node.location]))
        }
        return .continue
    }
}
