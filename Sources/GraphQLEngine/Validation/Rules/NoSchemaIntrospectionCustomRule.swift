/// Refuses every field whose type is an introspection type (`__schema`, `__type`, and any field
/// returning `__Type`, `__Field`, …), for servers that turn introspection off. Not a rule of the
/// specification (spec §5 allows additional rules); graphql-js 16 `NoSchemaIntrospectionCustomRule`,
/// same message. `__typename` stays allowed: its type is `String`.
///
/// ```swift
/// let executor = RequestExecutor(schema: schema, validationRules: specifiedRules + [NoSchemaIntrospectionCustomRule.self])
/// ```
public struct NoSchemaIntrospectionCustomRule: ValidationRule {
    private let context: ValidationContext

    /// The rule for one validation pass.
    public init(context: ValidationContext) { self.context = context }

    /// Reports a field of an introspection type.
    public mutating func enterField(_ node: FieldNode) -> VisitAction {
        guard let type = context.type, IntrospectionTypes.isIntrospectionTypeName(type.namedType.name) else {
            return .continue
        }
        context.reportError(
            GraphQLError(
                "GraphQL introspection has been disabled, but the requested query contained the field \"\(node.name.value)\".",
                at: [node.location]))
        return .continue
    }
}
