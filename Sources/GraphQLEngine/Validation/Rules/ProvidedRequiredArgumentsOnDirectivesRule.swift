/// Every required argument of a directive must be given: those of non-null type without a
/// default value (spec §5.4.3, "Required Arguments"; graphql-js
/// `ProvidedRequiredArgumentsOnDirectivesRule`, the part of `ProvidedRequiredArgumentsRule`
/// that also runs on type-system documents).
///
/// The directives are the schema's (the specified ones when a new schema is being defined)
/// and those the document defines, which take precedence. Checked when leaving the directive,
/// so that errors in its arguments come first.
struct ProvidedRequiredArgumentsOnDirectivesRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directive]

    /// A required argument: its name and its type as written.
    private typealias RequiredArgument = (name: String, type: String)

    private let context: ASTValidationContext
    /// The required arguments of each known directive, in definition order.
    private let requiredArguments: [String: [RequiredArgument]]

    init(context: ValidationContext) { self.init(context, schema: context.schema) }
    init(context: SDLValidationContext) { self.init(context, schema: context.schema) }

    init(_ context: ASTValidationContext, schema: GraphQLSchema?) {
        self.context = context
        var requiredArguments: [String: [RequiredArgument]] = [:]
        for directive in schema?.directives ?? GraphQLDirective.specifiedDirectives {
            requiredArguments[directive.name] = directive.arguments.compactMap { argument in
                argument.type.isNonNull && argument.defaultValue == nil
                    ? (argument.name, argument.type.description) : nil
            }
        }
        for case .directive(let definition) in context.document.definitions {
            requiredArguments[definition.name.value] = definition.arguments.compactMap { argument in
                guard case .nonNull = argument.type, argument.defaultValue == nil else { return nil }
                return (argument.name.value, printType(argument.type))
            }
        }
        self.requiredArguments = requiredArguments
    }

    mutating func leaveDirective(_ node: DirectiveNode) {
        let directiveName = node.name.value
        guard let required = requiredArguments[directiveName], !required.isEmpty else { return }
        for argument in required where !node.arguments.contains(where: { $0.name.value == argument.name }) {
            context.reportError(
                GraphQLError(
                    "Directive \"@\(directiveName)\" argument \"\(argument.name)\" of type \"\(argument.type)\" "
                        + "is required, but it was not provided.",
                    at: [node.location]))
        }
    }
}
