/// Every type a document names — in variable definitions, fragment type conditions, and in
/// type-system definitions — must exist in the schema or be defined by the document (spec
/// §5.5.1.2, "Fragment Spread Type Existence", §5.8.3; graphql-js `KnownTypeNamesRule`).
///
/// In type-system definitions the standard scalars and introspection types are always known.
struct KnownTypeNamesRule: ValidationRule, SDLValidationRule {
    private let context: ASTValidationContext
    private let schema: GraphQLSchema?
    /// The names of the types the document itself defines.
    private let definedTypeNames: Set<String>
    /// Every known name, schema's first, for suggestions.
    private let allTypeNames: [String]

    /// The specified scalars and the introspection types, in graphql-js's order.
    private static let standardTypeNames = [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue",
        "__EnumValue", "__TypeKind",
    ]

    init(context: ValidationContext) { self.init(context, schema: context.schema) }
    init(context: SDLValidationContext) { self.init(context, schema: context.schema) }

    private init(_ context: ASTValidationContext, schema: GraphQLSchema?) {
        self.context = context
        self.schema = schema
        var defined: [String] = []
        for case .type(let type) in context.document.definitions { defined.append(type.name.value) }
        self.definedTypeNames = Set(defined)
        self.allTypeNames = (schema?.types.map(\.name) ?? []) + defined
    }

    mutating func enterNamedType(_ node: NamedTypeNode) -> VisitAction {
        let typeName = node.name.value
        if schema?.type(named: typeName) != nil || definedTypeNames.contains(typeName) {
            return .continue
        }
        let isSDL = context.isWithinTypeSystemDefinition
        if isSDL && Self.standardTypeNames.contains(typeName) { return .continue }
        let suggestions = suggestionList(
            typeName, isSDL ? Self.standardTypeNames + allTypeNames : allTypeNames)
        context.reportError(
            GraphQLError("Unknown type \"\(typeName)\"." + didYouMean(suggestions), at: [node.location]))
        return .continue
    }
}
