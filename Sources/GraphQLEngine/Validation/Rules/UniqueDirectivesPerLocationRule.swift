/// A non-repeatable directive is applied at most once to each node (spec §5.7.3, "Directives Are
/// Unique per Location"; graphql-js `UniqueDirectivesPerLocationRule`).
///
/// In type-system documents the schema definition and its extensions count as one location, and
/// so do a type's definition and its extensions (spec §3.3.2: extensions must not repeat "any
/// non-repeatable directives … already apply"); the directives of the schema being extended are
/// not considered. Unknown directives are left to `KnownDirectivesRule`.
struct UniqueDirectivesPerLocationRule: ValidationRule, SDLValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [
        .operationDefinition, .variableDefinition, .field, .fragmentSpread, .inlineFragment, .fragmentDefinition,
        .schemaDefinition, .schemaExtension, .typeDefinition, .typeExtension, .fieldDefinition,
        .inputValueDefinition, .enumValueDefinition,
    ]

    private let context: ASTValidationContext
    /// Whether each known directive is non-repeatable, by name; the document's definitions
    /// replace same-named ones of the schema.
    private let isUniqueByName: [String: Bool]
    /// The first use of each directive on the schema definition and its extensions.
    private var schemaDirectives: [String: DirectiveNode] = [:]
    /// The first use of each directive on each type's definition and extensions, by type name.
    private var typeDirectives: [String: [String: DirectiveNode]] = [:]

    init(context: ValidationContext) { self.init(context, directives: context.schema.directives) }

    init(context: SDLValidationContext) {
        self.init(context, directives: context.schema?.directives ?? GraphQLDirective.specifiedDirectives)
    }

    private init(_ context: ASTValidationContext, directives: [GraphQLDirective]) {
        self.context = context
        var isUniqueByName: [String: Bool] = [:]
        for directive in directives { isUniqueByName[directive.name] = !directive.isRepeatable }
        for case .directive(let definition) in context.document.definitions {
            isUniqueByName[definition.name.value] = !definition.isRepeatable
        }
        self.isUniqueByName = isUniqueByName
    }

    // Executable locations: each node is a location of its own.

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        checkDirectives(node.directives)
        return .continue
    }

    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        checkDirectives(node.directives)
        return .skipChildren
    }

    mutating func enterField(_ node: FieldNode) -> VisitAction {
        checkDirectives(node.directives)
        return .continue
    }

    mutating func enterFragmentSpread(_ node: FragmentSpreadNode) -> VisitAction {
        checkDirectives(node.directives)
        return .skipChildren
    }

    mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction {
        checkDirectives(node.directives)
        return .continue
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        checkDirectives(node.directives)
        return .continue
    }

    // Type-system locations: the schema and each type gather their definition and extensions.

    mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction {
        checkDirectives(node.directives, seen: &schemaDirectives)
        return .skipChildren
    }

    mutating func enterSchemaExtension(_ node: SchemaDefinitionNode) -> VisitAction {
        checkDirectives(node.directives, seen: &schemaDirectives)
        return .skipChildren
    }

    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        checkTypeDirectives(node)
    }

    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        checkTypeDirectives(node)
    }

    mutating func enterFieldDefinition(_ node: FieldDefinitionNode) -> VisitAction {
        checkDirectives(node.directives)
        return .continue
    }

    mutating func enterInputValueDefinition(_ node: InputValueDefinitionNode) -> VisitAction {
        checkDirectives(node.directives)
        return .skipChildren
    }

    mutating func enterEnumValueDefinition(_ node: EnumValueDefinitionNode) -> VisitAction {
        checkDirectives(node.directives)
        return .skipChildren
    }

    /// Checks the directives of a type's definition or extension; a definition without a node
    /// carrying two directives or more inside (most of them) has nothing more for this rule, and
    /// its fields, arguments and values are skipped.
    private mutating func checkTypeDirectives(_ node: TypeDefinitionNode) -> VisitAction {
        let directives = node.directives
        if !directives.isEmpty {
            let typeName = node.name.value
            var seen = typeDirectives.removeValue(forKey: typeName) ?? [:]
            checkDirectives(directives, seen: &seen)
            typeDirectives[typeName] = seen
        }
        return node.mostNestedDirectives < 2 ? .skipChildren : .continue
    }

    /// Checks the directives of a node that is a location of its own.
    private func checkDirectives(_ directives: [DirectiveNode]) {
        // Most nodes carry no directive or one: nothing to compare.
        if directives.count < 2 { return }
        var seen: [String: DirectiveNode] = [:]
        checkDirectives(directives, seen: &seen)
    }

    /// Reports each use of a non-repeatable directive already in `seen` (the first use applied
    /// to this location), and records the others.
    private func checkDirectives(_ directives: [DirectiveNode], seen: inout [String: DirectiveNode]) {
        for directive in directives {
            let name = directive.name.value
            guard isUniqueByName[name] == true else { continue }
            if let first = seen[name] {
                context.reportError(
                    GraphQLError(
                        "The directive \"@\(name)\" can only be used once at this location.",
                        at: [first.location, directive.location]))
            } else {
                seen[name] = directive
            }
        }
    }
}
