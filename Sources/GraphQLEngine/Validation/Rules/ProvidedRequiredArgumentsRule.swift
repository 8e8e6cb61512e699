/// Every required argument of a field or directive must be given: those of non-null type
/// without a default value (spec §5.4.3, "Required Arguments"; graphql-js
/// `ProvidedRequiredArgumentsRule`).
///
/// Fields are checked when the walk leaves them, so that errors deeper in the field come first;
/// directives by `ProvidedRequiredArgumentsOnDirectivesRule`, which this rule includes.
struct ProvidedRequiredArgumentsRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directive, .field]

    private let context: ValidationContext
    private var directives: ProvidedRequiredArgumentsOnDirectivesRule

    init(context: ValidationContext) {
        self.context = context
        self.directives = ProvidedRequiredArgumentsOnDirectivesRule(context, schema: context.schema)
    }

    mutating func leaveDirective(_ node: DirectiveNode) {
        directives.leaveDirective(node)
    }

    mutating func leaveField(_ node: FieldNode) {
        // The definition is found by the field's name: its name is the node's.
        guard let arguments = context.typeInfo.fieldArguments else { return }
        for argument in arguments where argument.type.isNonNull && argument.defaultValue == nil {
            guard !node.arguments.contains(where: { $0.name.value == argument.name }) else { continue }
            context.reportError(
                GraphQLError(
                    "Field \"\(node.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" "
                        + "is required, but it was not provided.",
                    at: [node.location]))
        }
    }
}
