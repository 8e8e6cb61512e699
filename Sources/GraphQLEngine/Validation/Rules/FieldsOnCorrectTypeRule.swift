/// Every selected field must be defined on the type it is selected on (spec §5.3.1, "Field
/// Selections"; graphql-js `FieldsOnCorrectTypeRule`).
///
/// The error suggests, first, the types of an inline fragment that would make the field
/// available (most implemented first, interfaces before the types implementing them), else
/// field names close to the one written.
struct FieldsOnCorrectTypeRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.field]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterField(_ node: FieldNode) -> VisitAction {
        guard let parentType = context.parentType, !context.typeInfo.hasFieldDef else { return .continue }
        let fieldName = node.name.value
        var suggestion = didYouMean(
            "to use an inline fragment on", suggestedTypeNames(parentType, fieldName))
        if suggestion.isEmpty {
            suggestion = didYouMean(suggestionList(fieldName, parentType.fields.map(\.name)))
        }
        context.reportError(
            GraphQLError(
                "Cannot query field \"\(fieldName)\" on type \"\(parentType.name)\"." + suggestion,
                at: [node.location]))
        return .continue
    }

    /// The object types of an abstract type that define the field, and the interfaces they
    /// implement that define it, ordered by how many of those types use them, then supertypes
    /// before subtypes, then by name (graphql-js `getSuggestedTypeNames`).
    private func suggestedTypeNames(_ type: GraphQLNamedType, _ fieldName: String) -> [String] {
        guard type.isAbstractType else { return [] }
        let schema = context.schema
        var suggested: [GraphQLNamedType] = []
        var usageCount: [String: Int] = [:]
        for possibleType in schema.possibleTypes(of: type) where possibleType.field(named: fieldName) != nil {
            if usageCount[possibleType.name] == nil { suggested.append(.object(possibleType)) }
            usageCount[possibleType.name] = 1
            for interface in possibleType.interfaces where interface.field(named: fieldName) != nil {
                if usageCount[interface.name] == nil { suggested.append(.interface(interface)) }
                usageCount[interface.name, default: 0] += 1
            }
        }
        return suggested.sorted { a, b in
            // safe: every suggested type has a usage count.
            let difference = usageCount[b.name]! - usageCount[a.name]!
            if difference != 0 { return difference < 0 }
            if case .interface = a, schema.isSubType(a, b) { return true }
            if case .interface = b, schema.isSubType(b, a) { return false }
            return naturalCompare(a.name, b.name) < 0
        }.map(\.name)
    }
}
