// The variables an operation or fragment uses (graphql-js `getVariableUsages` and
// `getRecursiveVariableUsages`), for the rules on variables (spec §5.8).
//
// Two views: the `$name`s as written (`variableReferences`), read straight from the tree, which
// is all `NoUndefinedVariablesRule` and `NoUnusedVariablesRule` need; and the usages with the
// type expected at each place (`variableUsages`), which take a walk with type information and
// are made only for definitions that use a variable at all. Most documents use few variables
// and most fragments none, so neither rule walks a document a second time for nothing.

/// A use of a variable, with the input type and default value expected where it is used
/// (graphql-js `VariableUsage`).
public struct VariableUsage {
    /// The `$name` as written.
    public var node: VariableNode
    /// The input type of the argument, list item or input field where the variable stands;
    /// nil when unknown.
    public var type: GraphQLType?
    /// The default value of that argument or input field, if it has one.
    public var defaultValue: ValueNode?
    /// When the variable is the value of an input object field (`{ cat: $cat }`), the type of
    /// that input object; nil elsewhere. Variables in the fields of a `@oneOf` input object must
    /// be non-null (spec §5.8.5, `IsNonNullPosition`).
    public var parentInputObjectType: GraphQLInputObjectType? = nil
}

extension ValidationContext {
    /// The variables used in the operation itself (not in the fragments it spreads), in source
    /// order, with the type and default value expected at each place.
    public func variableUsages(in operation: OperationDefinitionNode) -> [VariableUsage] {
        cachedUsages(key: Self.cacheKey(operation.location), references: variableReferences(in: operation)) {
            walker in walker.walk(operation)
        }
    }

    /// The variables used in the fragment definition itself, in source order.
    public func variableUsages(in fragment: FragmentDefinitionNode) -> [VariableUsage] {
        cachedUsages(key: Self.cacheKey(fragment.location), references: variableReferences(in: fragment)) {
            walker in walker.walk(fragment)
        }
    }

    /// The variables used by the operation and by every fragment it references, the operation's
    /// first (graphql-js `getRecursiveVariableUsages`).
    public func recursiveVariableUsages(of operation: OperationDefinitionNode) -> [VariableUsage] {
        let key = Self.cacheKey(operation.location)
        if let key, let cached = recursiveUsagesCache[key] { return cached }
        var usages = variableUsages(in: operation)
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages += variableUsages(in: fragment)
        }
        if let key { recursiveUsagesCache[key] = usages }
        return usages
    }

    /// The usages found by `walk`, made only when `references`, the variables written in the
    /// same definition, are not empty.
    private func cachedUsages(
        key: UInt32?, references: [VariableNode], walk: (inout DocumentWalker) -> Void
    ) -> [VariableUsage] {
        if references.isEmpty { return [] }
        if let key, let cached = usagesCache[key] { return cached }
        let typeInfo = TypeInfo(schema: schema)
        let collector = VariableUsageCollector(typeInfo: typeInfo)
        var walker = DocumentWalker(
            visitors: [collector], typeInfo: typeInfo,
            context: ASTValidationContext(document: document, maxErrors: nil))
        walk(&walker)
        let usages = collector.usages.values
        if let key { usagesCache[key] = usages }
        return usages
    }

    /// The variables written in the operation itself — its directives and selections, not its
    /// variable definitions nor the fragments it spreads — in source order.
    func variableReferences(in operation: OperationDefinitionNode) -> [VariableNode] {
        cachedReferences(key: Self.cacheKey(operation.location)) { references in
            Self.appendVariables(in: operation.directives, to: &references)
            Self.appendVariables(in: operation.selectionSet, to: &references)
        }
    }

    /// The variables written in the fragment definition itself, in source order.
    func variableReferences(in fragment: FragmentDefinitionNode) -> [VariableNode] {
        cachedReferences(key: Self.cacheKey(fragment.location)) { references in
            Self.appendVariables(in: fragment.directives, to: &references)
            Self.appendVariables(in: fragment.selectionSet, to: &references)
        }
    }

    /// The variables written in the operation and in every fragment it references, the
    /// operation's first: the same nodes, in the same order, as `recursiveVariableUsages`.
    func recursiveVariableReferences(of operation: OperationDefinitionNode) -> [VariableNode] {
        let key = Self.cacheKey(operation.location)
        if let key, let cached = recursiveReferencesCache[key] { return cached }
        var references = variableReferences(in: operation)
        for fragment in recursivelyReferencedFragments(of: operation) {
            references += variableReferences(in: fragment)
        }
        if let key { recursiveReferencesCache[key] = references }
        return references
    }

    private func cachedReferences(key: UInt32?, collect: (inout [VariableNode]) -> Void) -> [VariableNode] {
        if let key, let cached = referencesCache[key] { return cached }
        var references: [VariableNode] = []
        collect(&references)
        if let key { referencesCache[key] = references }
        return references
    }

    /// Appends the variables of a selection set, in the walk's order: a field's arguments, its
    /// directives, then its selections.
    private static func appendVariables(in selectionSet: SelectionSetNode, to references: inout [VariableNode]) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                for argument in field.arguments { appendVariables(in: argument.value, to: &references) }
                appendVariables(in: field.directives, to: &references)
                if let nested = field.selectionSet { appendVariables(in: nested, to: &references) }
            case .fragmentSpread(let spread):
                appendVariables(in: spread.directives, to: &references)
            case .inlineFragment(let fragment):
                appendVariables(in: fragment.directives, to: &references)
                appendVariables(in: fragment.selectionSet, to: &references)
            }
        }
    }

    private static func appendVariables(in directives: [DirectiveNode], to references: inout [VariableNode]) {
        for directive in directives {
            for argument in directive.arguments { appendVariables(in: argument.value, to: &references) }
        }
    }

    private static func appendVariables(in value: ValueNode, to references: inout [VariableNode]) {
        switch value {
        case .variable(let variable): references.append(variable)
        case .list(let items, _): for item in items { appendVariables(in: item, to: &references) }
        case .object(let fields, _): for field in fields { appendVariables(in: field.value, to: &references) }
        case .int, .float, .string, .boolean, .null, .enumValue: break
        }
    }
}
/// Collects variable usages during a walk of one operation or fragment; variable definitions
/// are skipped, as their default values are constants.
private struct VariableUsageCollector: ValidationVisitor {
    static let visitedNodeKinds: VisitedNodeKinds = [.variableDefinition, .value, .objectField]

    /// Shared with the caller, which reads the usages after the walk.
    final class Box { var values: [VariableUsage] = [] }
    let typeInfo: TypeInfo
    let usages = Box()
    /// The input object whose field's value is the next value visited, if any.
    private var objectOfNextValue: GraphQLInputObjectType?

    init(typeInfo: TypeInfo) { self.typeInfo = typeInfo }

    mutating func enterVariableDefinition(_ node: VariableDefinitionNode) -> VisitAction { .skipChildren }

    mutating func enterObjectField(_ node: ObjectFieldNode) -> VisitAction {
        // TypeInfo has entered the field: the enclosing input type is the object's.
        if case .named(.inputObject(let objectType))? = typeInfo.parentInputType?.nullableType {
            objectOfNextValue = objectType
        }
        return .continue
    }

    mutating func enterValue(_ node: ValueNode) -> VisitAction {
        let parentInputObjectType = objectOfNextValue
        objectOfNextValue = nil
        if case .variable(let variable) = node {
            usages.values.append(
                VariableUsage(
                    node: variable, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue,
                    parentInputObjectType: parentInputObjectType))
        }
        return .continue
    }
}
