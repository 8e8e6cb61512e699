/// Every directive a document applies is defined, and applied where its definition allows (spec
/// §5.7.1, "Directives Are Defined", §5.7.2, "Directives Are in Valid Locations"; graphql-js
/// `KnownDirectivesRule`).
///
/// The known directives are the schema's — or, for a type-system document that defines a new
/// schema, the specified ones (`@skip`, `@include`, `@deprecated` …) — plus those the document
/// itself defines, which replace same-named ones.
struct KnownDirectivesRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.directive]

    private let context: ASTValidationContext
    /// The locations each known directive may be applied at, by directive name.
    private let locationsByName: [String: [DirectiveLocation]]

    init(context: ValidationContext) { self.init(context, directives: context.schema.directives) }

    init(context: SDLValidationContext) {
        self.init(context, directives: context.schema?.directives ?? GraphQLDirective.specifiedDirectives)
    }

    private init(_ context: ASTValidationContext, directives: [GraphQLDirective]) {
        self.context = context
        var locationsByName: [String: [DirectiveLocation]] = [:]
        for directive in directives { locationsByName[directive.name] = directive.locations }
        for case .directive(let definition) in context.document.definitions {
            // The parser accepts only valid location names.
            locationsByName[definition.name.value] = definition.locations.compactMap {
                DirectiveLocation(rawValue: $0.value)
            }
        }
        self.locationsByName = locationsByName
    }

    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction {
        let name = node.name.value
        guard let locations = locationsByName[name] else {
            context.reportError(GraphQLError("Unknown directive \"@\(name)\".", at: [node.location]))
            return .skipChildren
        }
        if let location = context.directiveLocation, !locations.contains(location) {
            context.reportError(
                GraphQLError(
                    "Directive \"@\(name)\" may not be used on \(location.rawValue).", at: [node.location]))
        }
        return .skipChildren
    }
}
