/// A subscription operation selects exactly one top-level field, and that field is not an
/// introspection field (spec §5.2.4.1, "Single Root Field"; graphql-js `SingleFieldSubscriptionsRule`).
///
/// The top-level fields are collected as graphql-js 16 collects them (its `collectFields` with
/// no variable values): fields are grouped by response name, fragments whose type condition
/// does not apply to the subscription type are left out, and a selection is left out when it
/// carries `@skip(if: true)` or `@include(if: false)`. Where graphql-js 16 throws instead of
/// answering — an `if` given as a variable, missing, or not a boolean literal — the selection
/// is kept, so a subscription that might select several fields is reported.
struct SingleFieldSubscriptionsRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition]

    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        guard node.operation == .subscription, let subscriptionType = context.schema.subscriptionType else {
            return .continue
        }
        var collector = SubscriptionFieldCollector(context: context, rootType: subscriptionType)
        collector.collect(node.selectionSet)
        let fields = collector.fieldsByResponseKey
        let subject = node.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        if fields.count > 1 {
            let extraFields = fields.dropFirst().flatMap(\.self)
            context.reportError(
                GraphQLError(
                    "\(subject) must select only one top level field.", at: extraFields.map(\.location)))
        }
        for fieldNodes in fields {
            if let first = fieldNodes.first, first.name.value.hasPrefix("__") {
                context.reportError(
                    GraphQLError(
                        "\(subject) must not select an introspection top level field.",
                        at: fieldNodes.map(\.location)))
            }
        }
        return .continue
    }
}

/// The fields a subscription's top-level selection set selects, grouped by response name in
/// the order they first appear (graphql-js 16 `collectFields` without variable values).
private struct SubscriptionFieldCollector {
    let context: ValidationContext
    let rootType: GraphQLObjectType
    /// Each response name's field nodes, in order of first appearance.
    private(set) var fieldsByResponseKey: [[FieldNode]] = []
    private var indexByResponseKey: [String: Int] = [:]
    private var visitedFragmentNames: Set<String> = []

    init(context: ValidationContext, rootType: GraphQLObjectType) {
        self.context = context
        self.rootType = rootType
    }

    /// Collects the fields of `selectionSet`, entering fragments in place, depth first. The walk
    /// keeps its own stack, so a long chain of fragments cannot exhaust the thread's stack.
    mutating func collect(_ selectionSet: SelectionSetNode) {
        var pending: [IndexingIterator<[SelectionNode]>] = [selectionSet.selections.makeIterator()]
        while !pending.isEmpty {
            guard let selection = pending[pending.count - 1].next() else {
                pending.removeLast()
                continue
            }
            switch selection {
            case .field(let field):
                guard Self.isIncluded(field.directives) else { continue }
                let key = field.responseKey
                if let index = indexByResponseKey[key] {
                    fieldsByResponseKey[index].append(field)
                } else {
                    indexByResponseKey[key] = fieldsByResponseKey.count
                    fieldsByResponseKey.append([field])
                }
            case .inlineFragment(let fragment):
                guard Self.isIncluded(fragment.directives), conditionApplies(fragment.typeCondition) else {
                    continue
                }
                pending.append(fragment.selectionSet.selections.makeIterator())
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visitedFragmentNames.contains(name), Self.isIncluded(spread.directives) else { continue }
                visitedFragmentNames.insert(name)
                guard let fragment = context.fragment(named: name), conditionApplies(fragment.typeCondition) else {
                    continue
                }
                pending.append(fragment.selectionSet.selections.makeIterator())
            }
        }
    }

    /// Whether a fragment with this type condition applies to the subscription type
    /// (spec `DoesFragmentTypeApply`); a fragment without a condition always does.
    private func conditionApplies(_ typeCondition: NamedTypeNode?) -> Bool {
        guard let typeCondition else { return true }
        guard let conditionType = context.schema.type(named: typeCondition.name.value) else { return false }
        if case .object(let object) = conditionType { return object === rootType }
        return conditionType.isAbstractType && context.schema.isSubType(conditionType, .object(rootType))
    }

    /// False when the first `@skip` says `if: true` or the first `@include` says `if: false`,
    /// as literals; `@skip` wins over `@include`.
    private static func isIncluded(_ directives: [DirectiveNode]) -> Bool {
        if literalCondition(of: "skip", in: directives) == true { return false }
        if literalCondition(of: "include", in: directives) == false { return false }
        return true
    }

    /// The boolean literal given as `if` to the first directive called `name`, or nil when the
    /// directive is absent or its `if` is not a boolean literal. When `if` is given twice, the
    /// last one counts, as in graphql-js's argument lookup.
    private static func literalCondition(of name: String, in directives: [DirectiveNode]) -> Bool? {
        guard let directive = directives.first(where: { $0.name.value == name }),
            let argument = directive.arguments.last(where: { $0.name.value == "if" }),
            case .boolean(let value, _) = argument.value
        else { return nil }
        return value
    }
}
