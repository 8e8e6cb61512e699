@testable import GraphQLEngine

/// A visitor that records each callback as `enterKind name` / `leaveKind`, the way the walk
/// tests compare with graphql-js's `visit`; it can skip fields of one name, or the document.
struct WalkRecorder: ValidationVisitor {
    /// The recorded callbacks; a class so the test reads what the walk's copy wrote.
    final class Log { var entries: [String] = [] }
    let log = Log()
    var skipFieldsNamed: String?
    var skipDocument = false

    private func record(_ event: String, _ label: String? = nil) -> VisitAction {
        log.entries.append(label.map { "\(event) \($0)" } ?? event)
        return .continue
    }
    private func note(_ event: String) { log.entries.append(event) }

    mutating func enterDocument(_ node: DocumentNode) -> VisitAction {
        note("enterDocument")
        return skipDocument ? .skipChildren : .continue
    }
    mutating func leaveDocument(_ node: DocumentNode) { note("leaveDocument") }
    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        record("enterOperationDefinition", node.name?.value)
    }
    mutating func leaveOperationDefinition(_ node: OperationDefinitionNode) { note("leaveOperationDefinition") }
    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        record("enterVariableDefinition", nil)
    }
    mutating func leaveVariableDefinition(_ node: VariableDefinitionNode) { note("leaveVariableDefinition") }
    mutating func enterSelectionSet(_ node: SelectionSetNode) -> VisitAction { record("enterSelectionSet", nil) }
    mutating func leaveSelectionSet(_ node: SelectionSetNode) { note("leaveSelectionSet") }
    mutating func enterField(_ node: FieldNode) -> VisitAction {
        _ = record("enterField", node.name.value)
        return node.name.value == skipFieldsNamed ? .skipChildren : .continue
    }
    mutating func leaveField(_ node: FieldNode) { note("leaveField") }
    mutating func enterArgument(_ node: ArgumentNode) -> VisitAction { record("enterArgument", node.name.value) }
    mutating func leaveArgument(_ node: ArgumentNode) { note("leaveArgument") }
    mutating func enterFragmentSpread(_ node: FragmentSpreadNode) -> VisitAction {
        record("enterFragmentSpread", node.name.value)
    }
    mutating func leaveFragmentSpread(_ node: FragmentSpreadNode) { note("leaveFragmentSpread") }
    mutating func enterInlineFragment(_ node: InlineFragmentNode) -> VisitAction { record("enterInlineFragment", nil) }
    mutating func leaveInlineFragment(_ node: InlineFragmentNode) { note("leaveInlineFragment") }
    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        record("enterFragmentDefinition", node.name.value)
    }
    mutating func leaveFragmentDefinition(_ node: FragmentDefinitionNode) { note("leaveFragmentDefinition") }
    mutating func enterValue(_ node: ValueNode) -> VisitAction { record("enterValue", Self.label(node)) }
    mutating func leaveValue(_ node: ValueNode) { note("leaveValue") }
    mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction {
        record("enterObjectField", node.name.value)
    }
    mutating func leaveObjectField(_ node: ObjectFieldNode) { note("leaveObjectField") }
    mutating func enterDirective(_ node: DirectiveNode) -> VisitAction { record("enterDirective", node.name.value) }
    mutating func leaveDirective(_ node: DirectiveNode) { note("leaveDirective") }
    mutating func enterNamedType(_ node: NamedTypeNode) -> VisitAction { record("enterNamedType", node.name.value) }
    mutating func leaveNamedType(_ node: NamedTypeNode) { note("leaveNamedType") }
    mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction {
        record("enterSchemaDefinition", nil)
    }
    mutating func leaveSchemaDefinition(_ node: SchemaDefinitionNode) { note("leaveSchemaDefinition") }
    mutating func enterSchemaExtension(_ node: SchemaDefinitionNode) -> VisitAction {
        record("enterSchemaExtension", nil)
    }
    mutating func leaveSchemaExtension(_ node: SchemaDefinitionNode) { note("leaveSchemaExtension") }
    mutating func enterOperationTypeDefinition(_ node: OperationTypeDefinitionNode) -> VisitAction {
        record("enterOperationTypeDefinition", nil)
    }
    mutating func leaveOperationTypeDefinition(_ node: OperationTypeDefinitionNode) {
        note("leaveOperationTypeDefinition")
    }
    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction {
        record("enterTypeDefinition", node.name.value)
    }
    mutating func leaveTypeDefinition(_ node: TypeDefinitionNode) { note("leaveTypeDefinition") }
    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction {
        record("enterTypeExtension", node.name.value)
    }
    mutating func leaveTypeExtension(_ node: TypeDefinitionNode) { note("leaveTypeExtension") }
    mutating func enterFieldDefinition(_ node: FieldDefinitionNode) -> VisitAction {
        record("enterFieldDefinition", node.name.value)
    }
    mutating func leaveFieldDefinition(_ node: FieldDefinitionNode) { note("leaveFieldDefinition") }
    mutating func enterInputValueDefinition(_ node: InputValueDefinitionNode) -> VisitAction {
        record("enterInputValueDefinition", node.name.value)
    }
    mutating func leaveInputValueDefinition(_ node: InputValueDefinitionNode) { note("leaveInputValueDefinition") }
    mutating func enterEnumValueDefinition(_ node: EnumValueDefinitionNode) -> VisitAction {
        record("enterEnumValueDefinition", node.name.value)
    }
    mutating func leaveEnumValueDefinition(_ node: EnumValueDefinitionNode) { note("leaveEnumValueDefinition") }
    mutating func enterDirectiveDefinition(_ node: DirectiveDefinitionNode) -> VisitAction {
        record("enterDirectiveDefinition", node.name.value)
    }
    mutating func leaveDirectiveDefinition(_ node: DirectiveDefinitionNode) { note("leaveDirectiveDefinition") }

    /// A value as graphql-js's `node.value` shows it; nil for null, lists and objects.
    static func label(_ node: ValueNode) -> String? {
        switch node {
        case .variable(let variable): variable.name.value
        case .int(let text, _), .float(let text, _), .enumValue(let text, _): text
        case .string(let text, _, _): text
        case .boolean(let value, _): value ? "true" : "false"
        case .null, .list, .object: nil
        }
    }
}
