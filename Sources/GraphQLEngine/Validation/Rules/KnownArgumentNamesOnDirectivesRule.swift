/// Every argument given to a directive must be defined by that directive (spec §5.4.1,
/// "Argument Names"; graphql-js `KnownArgumentNamesOnDirectivesRule`, the part of
/// `KnownArgumentNamesRule` that also runs on type-system documents).
///
/// The directives are the schema's (the specified ones when a new schema is being defined)
/// and those the document defines, which take precedence. Unknown directives are left to
/// `KnownDirectivesRule`.
struct KnownArgumentNamesOnDirectivesRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directive]

    private let context: ASTValidationContext
    /// The argument names of each known directive, in definition order.
    private let argumentNames: [String: [String]]

    init(context: ValidationContext) { self.init(context, schema: context.schema) }
    init(context: SDLValidationContext) { self.init(context, schema: context.schema) }

    init(_ context: ASTValidationContext, schema: GraphQLSchema?) {
        self.context = context
        var argumentNames: [String: [String]] = [:]
        for directive in schema?.directives ?? GraphQLDirective.specifiedDirectives {
            argumentNames[directive.name] = directive.arguments.map(\.name)
        }
        for case .directive(let definition) in context.document.definitions {
            argumentNames[definition.name.value] = definition.arguments.map(\.name.value)
        }
        self.argumentNames = argumentNames
    }

    /// Checks the directive's arguments; its values are not this rule's business.
    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction {
        let directiveName = node.name.value
        guard !node.arguments.isEmpty, let knownNames = argumentNames[directiveName] else { return .skipChildren }
        for argument in node.arguments where !knownNames.contains(argument.name.value) {
            let name = argument.name.value
            context.reportError(
                GraphQLError(
                    "Unknown argument \"\(name)\" on directive \"@\(directiveName)\"."
                        + didYouMean(suggestionList(name, knownNames)),
                    at: [argument.location]))
        }
        return .skipChildren
    }
}
