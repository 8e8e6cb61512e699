/// An input object value may set each field only once (spec §5.6.3, "Input Object Field
/// Uniqueness"; graphql-js `UniqueInputFieldNamesRule`).
///
/// Each repeat is reported with the first occurrence of the name and the repeat. Runs on
/// executable documents and on type-system documents (default values, directive arguments).
struct UniqueInputFieldNamesRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.value, .objectField]

    private let context: ASTValidationContext
    /// For each object value being visited, outermost first, the field names seen so far and
    /// where each first appeared.
    private var knownNames: [[String: Location]] = []

    init(context: ValidationContext) { self.context = context }
    init(context: SDLValidationContext) { self.context = context }

    mutating func enterValue(_ node: ValueNode) -> VisitAction {
        if case .object = node { knownNames.append([:]) }
        return .continue
    }

    mutating func leaveValue(_ node: ValueNode) {
        if case .object = node { knownNames.removeLast() }
    }

    mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction {
        guard !knownNames.isEmpty else { return .continue }
        let name = node.name.value
        let innermost = knownNames.count - 1
        if let first = knownNames[innermost][name] {
            context.reportError(
                GraphQLError("There can be only one input field named \"\(name)\".", at: [first, node.name.location]))
        } else {
            knownNames[innermost][name] = node.name.location
        }
        return .continue
    }
}
