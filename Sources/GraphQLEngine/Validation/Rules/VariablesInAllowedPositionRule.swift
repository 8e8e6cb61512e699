/// Every variable must be used where its type is allowed (spec §5.8.5, "All Variable Usages
/// Are Allowed"; graphql-js `VariablesInAllowedPositionRule`).
///
/// A variable's type must be a subtype of the type expected where it is used, in the operation
/// or in any fragment the operation spreads. A nullable variable may stand in a non-null
/// position when the variable has a non-null default value or the position a default value.
/// In a field of a `@oneOf` input object the position counts as non-null (spec
/// `IsNonNullPosition`); that case is reported in graphql-js 17's words,
/// `Variable "$cat" is of type "CatInput" but must be non-nullable to be used for OneOf Input
/// Object "PetInput".` graphql-js 16.6 predates `@oneOf`. Where graphql-js 17 departs from the
/// spec's algorithm this rule follows the spec: a nullable variable with a non-null default is
/// allowed there, and a usage gets one error, not two. Variables the operation does not define
/// are left to `NoUndefinedVariablesRule`.
struct VariablesInAllowedPositionRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition, .variableDefinition]

    private let context: ValidationContext
    /// The current operation's variable definitions; the last one wins when a name repeats.
    private var definitions: [String: VariableDefinitionNode] = [:]

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        definitions = [:]
        return .continue
    }

    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction {
        definitions[node.variable.name.value] = node
        return .continue
    }

    mutating func leaveOperationDefinition(_ node: OperationDefinitionNode) {
        guard !definitions.isEmpty else { return }
        for usage in context.recursiveVariableUsages(of: node) {
            let name = usage.node.name.value
            guard let definition = definitions[name], let locationType = usage.type,
                let variableType = typeFromAST(context.schema, definition.type)
            else { continue }
            let locations = [definition.location, usage.node.location]
            if let oneOfType = usage.parentInputObjectType, oneOfType.isOneOf,
                !variableType.isNonNull, !hasDefault(definition, usage)
            {
                context.reportError(
                    GraphQLError(
                        "Variable \"$\(name)\" is of type \"\(variableType)\" but must be non-nullable to be used "
                            + "for OneOf Input Object \"\(oneOfType.name)\".",
                        at: locations))
            } else if !isAllowed(variableType, definition, usage, locationType) {
                context.reportError(
                    GraphQLError(
                        "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type "
                            + "\"\(locationType)\".",
                        at: locations))
            }
        }
    }

    /// Whether the variable may be used in a position of `locationType` (spec
    /// `IsVariableUsageAllowed`, given a position that is not a `@oneOf` field).
    private func isAllowed(
        _ variableType: GraphQLType, _ definition: VariableDefinitionNode, _ usage: VariableUsage,
        _ locationType: GraphQLType
    ) -> Bool {
        if case .nonNull(let nullableLocationType) = locationType, !variableType.isNonNull {
            return hasDefault(definition, usage)
                && isTypeSubTypeOf(context.schema, variableType, nullableLocationType)
        }
        return isTypeSubTypeOf(context.schema, variableType, locationType)
    }

    /// Whether the variable has a default value other than `null`, or the argument or input
    /// field it is used for has a default value (spec `hasNonNullVariableDefaultValue`,
    /// `hasLocationDefaultValue`).
    private func hasDefault(_ definition: VariableDefinitionNode, _ usage: VariableUsage) -> Bool {
        if usage.defaultValue != nil { return true }
        switch definition.defaultValue {
        case nil, .null?: return false
        default: return true
        }
    }
}
