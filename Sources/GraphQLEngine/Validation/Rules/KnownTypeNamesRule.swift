/// Every type a document names — in variable definitions, fragment type conditions, and in
/// type-system definitions — must exist in the schema or be defined by the document (spec
/// §5.5.1.2, "Fragment Spread Type Existence", §5.8.3; graphql-js `KnownTypeNamesRule`).
///
/// In type-system definitions the standard scalars and introspection types are always known.
struct KnownTypeNamesRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.namedType]

    private let context: ASTValidationContext
    private let schema: GraphQLSchema?
    /// The names of the types the document itself defines.
    private let definedTypeNames: NameIndex

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
        let defined = Self.definedTypeNames(in: context.document)
        var definedTypeNames = NameIndex(capacity: defined.count)
        for name in defined { definedTypeNames.insert(name, 0) }
        self.definedTypeNames = definedTypeNames
    }

    /// The names of the types `document` defines, in order.
    private static func definedTypeNames(in document: DocumentNode) -> [String] {
        var names: [String] = []
        for case .type(let type) in document.definitions { names.append(type.name.value) }
        return names
    }

    mutating func enterNamedType(_ node: NamedTypeNode) -> VisitAction {
        let typeName = node.name.value
        if schema?.type(named: typeName) != nil || definedTypeNames[typeName] != nil {
            return .continue
        }
        let isSDL = context.isWithinTypeSystemDefinition
        if isSDL && Self.standardTypeNames.contains(typeName) { return .continue }
        // Every known name, the schema's first; built only for an error.
        let allTypeNames = (schema?.types.map(\.name) ?? []) + Self.definedTypeNames(in: context.document)
        let suggestions = suggestionList(
            typeName, isSDL ? Self.standardTypeNames + allTypeNames : allTypeNames)
        context.reportError(
            GraphQLError("Unknown type \"\(typeName)\"." + didYouMean(suggestions), at: [node.location]))
        return .continue
    }
}
