/// An SDL rule that reads each top-level definition whole (its name, fields, values or
/// operation types straight from the node) and needs no callback for the nodes inside it.
///
/// Every top-level callback such a rule does not implement skips the definition's children, so
/// the walk does not call the rule for the fields, arguments, directives and type references of
/// a large schema: on GitHub's schema that is most of the cost of a rule.
protocol DefinitionLevelSDLRule: SDLValidationRule {}

extension DefinitionLevelSDLRule {
    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction { .skipChildren }
    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction { .skipChildren }
    mutating func enterSchemaDefinition(_ node: SchemaDefinitionNode) -> VisitAction { .skipChildren }
    mutating func enterSchemaExtension(_ node: SchemaDefinitionNode) -> VisitAction { .skipChildren }
    mutating func enterTypeDefinition(_ node: TypeDefinitionNode) -> VisitAction { .skipChildren }
    mutating func enterTypeExtension(_ node: TypeDefinitionNode) -> VisitAction { .skipChildren }
    mutating func enterDirectiveDefinition(_ node: DirectiveDefinitionNode) -> VisitAction { .skipChildren }
}
