// The callbacks a validation rule implements (spec §5, "Validation").
//
// Every rule of a validation pass sees the document in one depth-first walk, in source order,
// the way graphql-js runs its rules with `visitInParallel`. A rule implements only the callbacks
// it needs; the others default to doing nothing. `enter…` callbacks return a `VisitAction`:
// `.skipChildren` hides the node's subtree (and the matching `leave…`) from that rule alone,
// as returning `false` does in graphql-js. The shared type information (`ValidationContext.type`,
// `.parentType`, `.inputType` …) is already updated for a node when its `enter…` runs, and is
// still in place when its `leave…` runs.
//
// Signatures must match exactly: a method with another name, label or return type does not
// implement the requirement and is never called, so each rule's tests must exercise it. A rule
// lists the kinds of node it has callbacks for in `visitedNodeKinds`; the walk calls it for
// those alone.

/// What the walk does after a rule's `enter…` callback.
public enum VisitAction: Sendable {
    /// Visit the node's children, then call the rule's `leave…` for the node.
    case `continue`
    /// Do not show this rule the node's children nor its `leave…` callback; other rules still
    /// see them.
    case skipChildren
}

/// Typed callbacks for each kind of node of a document, executable and type-system alike.
///
/// The defaults do nothing and return `.continue`. Executable nodes are visited in this order
/// (graphql-js's `QueryDocumentKeys`): an operation's variable definitions, directives, then
/// selection set; a field's arguments, directives, then selection set; a fragment definition's
/// type condition, directives, selection set. Values are visited as `enterValue` (all kinds,
/// variables included) with `enterObjectField` around each field of an object value. Type
/// references are visited as `enterNamedType` for the name at their core.
public protocol ValidationVisitor {
    /// The kinds of node this visitor has callbacks for; the walk calls no other (default:
    /// every kind). Listing only its kinds spares a rule a call at every other node.
    static var visitedNodeKinds: VisitedNodeKinds { get }

    // Executable definitions.
    mutating func enterDocument(_ node: DocumentNode) -> VisitAction
    mutating func leaveDocument(_ node: DocumentNode)
    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction
    mutating func leaveOperationDefinition(_ node: OperationDefinitionNode)
    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction
    mutating func leaveVariableDefinition(_ node: VariableDefinitionNode)
    mutating func enterSelectionSet(_ node: SelectionSetNode) -> VisitAction
    mutating func leaveSelectionSet(_ node: SelectionSetNode)
    mutating func enterField(_ node: FieldNode) -> VisitAction
    mutating func leaveField(_ node: FieldNode)
    mutating func enterArgument(_ node: ArgumentNode) -> VisitAction
    mutating func leaveArgument(_ node: ArgumentNode)
    mutating func enterFragmentSpread(_ node: FragmentSpreadNode) -> VisitAction
    mutating func leaveFragmentSpread(_ node: FragmentSpreadNode)
    mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction
    mutating func leaveInlineFragment(_ node: InlineFragmentNode)
    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction
    mutating func leaveFragmentDefinition(_ node: FragmentDefinitionNode)
    /// Any value: literal, list, object or variable (graphql-js's `IntValue`, `ListValue`,
    /// `Variable` … visitors). A variable definition's own `$name` is not a value and is not
    /// visited.
    mutating func enterValue(_ node: ValueNode) -> VisitAction
    mutating func leaveValue(_ node: ValueNode)
    mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction
    mutating func leaveObjectField(_ node: ObjectFieldNode)
    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction
    mutating func leaveDirective(_ node: DirectiveNode)
    mutating func enterNamedType(_ node: NamedTypeNode) -> VisitAction
    mutating func leaveNamedType(_ node: NamedTypeNode)

    // Type-system definitions and extensions.
    mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction
    mutating func leaveSchemaDefinition(_ node: SchemaDefinitionNode)
    mutating func enterSchemaExtension(_ node: SchemaDefinitionNode) -> VisitAction
    mutating func leaveSchemaExtension(_ node: SchemaDefinitionNode)
    mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinitionNode) -> VisitAction
    mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinitionNode)
    /// A scalar, object, interface, union, enum or input object definition.
    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction
    mutating func leaveTypeDefinition(_ node: TypeDefinitionNode)
    /// `extend scalar|type|interface|union|enum|input …`.
    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction
    mutating func leaveTypeExtension(_ node: TypeDefinitionNode)
    mutating func enterFieldDefinition(_ node: FieldDefinitionNode) -> VisitAction
    mutating func leaveFieldDefinition(_ node: FieldDefinitionNode)
    /// An argument definition (of a field or directive) or an input object's field definition.
    mutating func enterInputValueDefinition(_ node: InputValueDefinitionNode) -> VisitAction
    mutating func leaveInputValueDefinition(_ node: InputValueDefinitionNode)
    mutating func enterEnumValueDefinition(_ node: EnumValueDefinitionNode) -> VisitAction
    mutating func leaveEnumValueDefinition(_ node: EnumValueDefinitionNode)
    mutating func enterDirectiveDefinition(_ node: DirectiveDefinitionNode) -> VisitAction
    mutating func leaveDirectiveDefinition(_ node: DirectiveDefinitionNode)
}

extension ValidationVisitor {
    public static var visitedNodeKinds: VisitedNodeKinds { .all }

    public mutating func enterDocument(_ node: DocumentNode) -> VisitAction { .continue }
    public mutating func leaveDocument(_ node: DocumentNode) {}
    public mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveOperationDefinition(_ node: OperationDefinitionNode) {}
    public mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveVariableDefinition(_ node: VariableDefinitionNode) {}
    public mutating func enterSelectionSet(_ node: SelectionSetNode) -> VisitAction { .continue }
    public mutating func leaveSelectionSet(_ node: SelectionSetNode) {}
    public mutating func enterField(_ node: FieldNode) -> VisitAction { .continue }
    public mutating func leaveField(_ node: FieldNode) {}
    public mutating func enterArgument(_ node: ArgumentNode) -> VisitAction { .continue }
    public mutating func leaveArgument(_ node: ArgumentNode) {}
    public mutating func enterFragmentSpread(_ node: FragmentSpreadNode) -> VisitAction { .continue }
    public mutating func leaveFragmentSpread(_ node: FragmentSpreadNode) {}
    public mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction { .continue }
    public mutating func leaveInlineFragment(_ node: InlineFragmentNode) {}
    public mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveFragmentDefinition(_ node: FragmentDefinitionNode) {}
    public mutating func enterValue(_ node: ValueNode) -> VisitAction { .continue }
    public mutating func leaveValue(_ node: ValueNode) {}
    public mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction { .continue }
    public mutating func leaveObjectField(_ node: ObjectFieldNode) {}
    public mutating func enterDirective(_ node: DirectiveNode) -> VisitAction { .continue }
    public mutating func leaveDirective(_ node: DirectiveNode) {}
    public mutating func enterNamedType(_ node: NamedTypeNode) -> VisitAction { .continue }
    public mutating func leaveNamedType(_ node: NamedTypeNode) {}
    public mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveSchemaDefinition(_ node: SchemaDefinitionNode) {}
    public mutating func enterSchemaExtension(_ node: SchemaDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveSchemaExtension(_ node: SchemaDefinitionNode) {}
    public mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinitionNode) {}
    public mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveTypeDefinition(_ node: TypeDefinitionNode) {}
    public mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveTypeExtension(_ node: TypeDefinitionNode) {}
    public mutating func enterFieldDefinition(_ node: FieldDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveFieldDefinition(_ node: FieldDefinitionNode) {}
    public mutating func enterInputValueDefinition(_ node: InputValueDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveInputValueDefinition(_ node: InputValueDefinitionNode) {}
    public mutating func enterEnumValueDefinition(_ node: EnumValueDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveEnumValueDefinition(_ node: EnumValueDefinitionNode) {}
    public mutating func enterDirectiveDefinition(_ node: DirectiveDefinitionNode) -> VisitAction { .continue }
    public mutating func leaveDirectiveDefinition(_ node: DirectiveDefinitionNode) {}
}

/// A rule of executable-document validation (graphql-js `ValidationRule`), such as
/// `ScalarLeafsRule`. A fresh value is made for each `validate` call, so a rule may keep state
/// across callbacks in its stored properties.
///
/// ```swift
/// struct NoFieldNamedFooRule: ValidationRule {
///     let context: ValidationContext
///     init(context: ValidationContext) { self.context = context }
///     mutating func enterField(_ node: FieldNode) -> VisitAction {
///         if node.name.value == "foo" {
///             context.reportError(GraphQLError("No foo.", at: [node.location]))
///         }
///         return .continue
///     }
/// }
/// let errors = validate(schema: schema, document: document, rules: [NoFieldNamedFooRule.self])
/// ```
public protocol ValidationRule: ValidationVisitor {
    /// Makes the rule for one validation pass.
    init(context: ValidationContext)
}

/// A rule of type-system (SDL) document validation (graphql-js `SDLValidationRule`), run by
/// `validateSDL` before a schema is built or extended. A rule that applies to both kinds of
/// document (`KnownTypeNamesRule`) conforms to both protocols.
public protocol SDLValidationRule: ValidationVisitor {
    /// Makes the rule for one validation pass.
    init(context: SDLValidationContext)
}
