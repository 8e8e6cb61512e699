/// Every argument given to a field or directive must be defined by it (spec §5.4.1, "Argument
/// Names"; graphql-js `KnownArgumentNamesRule`).
///
/// Field arguments are checked when the field itself is known (`FieldsOnCorrectTypeRule`
/// reports unknown fields); directive arguments by `KnownArgumentNamesOnDirectivesRule`, which
/// this rule includes. Close names are suggested.
struct KnownArgumentNamesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directive, .argument]

    private let context: ValidationContext
    private var directives: KnownArgumentNamesOnDirectivesRule

    init(context: ValidationContext) {
        self.context = context
        self.directives = KnownArgumentNamesOnDirectivesRule(context, schema: context.schema)
    }

    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction {
        directives.enterDirective(node)
    }

    mutating func enterArgument(_ node: ArgumentNode) -> VisitAction {
        guard context.argument == nil, let fieldDef = context.fieldDef, let parentType = context.parentType else {
            return .continue
        }
        let name = node.name.value
        let suggestions = suggestionList(name, fieldDef.arguments.map(\.name))
        context.reportError(
            GraphQLError(
                "Unknown argument \"\(name)\" on field \"\(parentType.name).\(fieldDef.name)\"."
                    + didYouMean(suggestions),
                at: [node.location]))
        return .continue
    }
}
