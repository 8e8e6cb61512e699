import GraphQLEngine

/// The static cost of an operation, computed from its document and variables before it runs,
/// so that a request that would read too much is refused without reading anything.
///
/// Every field costs 1 for each time it can appear in the response: a field of the nodes of a
/// connection asked for with `first: 50` (or `last: 50`) appears up to 50 times per
/// connection, so costs multiply down the tree (the connection's `totalCount` and `pageInfo`
/// appear once); a plain list with `first` (a ranking) multiplies what it holds the same way;
/// `nodes(ids:)` multiplies by the number of ids. The schema's argument defaults count as if
/// given (`ranking(first: Int = 10)`); a connection without `first` or `last` counts its
/// default page size. Fragments count as if their fields were written in place (every type
/// condition: a bound from above). Other lists of objects (a practice's themes, a program's
/// countries, statistics rows) have no argument to bound them: they count ``plainListSize``
/// items each, the length the hub's curated data rarely exceeds, so nesting them still
/// multiplies the cost.
struct OperationCost {
    /// The multiplier of a connection field given neither `first` nor `last`.
    static let defaultPageSize = ConnectionArguments.defaultPageSize
    /// The multiplier of a list of objects without `first`, `last` or `ids`.
    static let plainListSize = 10

    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinitionNode]
    let variables: [String: InputValue]
    let variableDefaults: [String: ValueNode]

    /// The cost of `operation` with the request's raw `variables`.
    static func of(_ operation: PreparedOperation, in schema: GraphQLSchema, variables: [String: InputValue]) -> Int {
        var defaults: [String: ValueNode] = [:]
        for definition in operation.definition.variableDefinitions {
            if let value = definition.defaultValue { defaults[definition.variable.name.value] = value }
        }
        let cost = OperationCost(
            schema: schema, fragments: operation.fragmentDefinitions, variables: variables, variableDefaults: defaults)
        var walk = Walk()
        let root = schema.rootType(for: operation.operationType).map { GraphQLNamedType.object($0) }
        return cost.cost(of: operation.definition.selectionSet, on: root, multiplier: 1, walk: &walk)
    }

    /// What the walk over the document keeps: the fragments being spread (a guard against
    /// cycles) and the cost of each fragment spread so far.
    private struct Walk {
        /// A fragment spread where a connection's page is (or is not) known.
        struct Spread: Hashable {
            var name: String
            var page: Int?
        }

        var visiting: Set<String> = []
        /// Each spread's cost for one appearance: costs grow in proportion to the multiplier,
        /// so a fragment spread again (fragments spreading others several times over) is
        /// walked once, not once per path to it.
        var costs: [Spread: Int] = [:]
    }

    /// The cost of a selection set on `parent` (nil when unknown: every field then counts
    /// without its schema defaults), each field appearing `multiplier` times.
    private func cost(
        of selectionSet: SelectionSetNode, on parent: GraphQLNamedType?, multiplier: Int, page: Int? = nil,
        walk: inout Walk
    ) -> Int {
        var total = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value.hasPrefix("__") && field.selectionSet == nil { continue }
                total = total.addingClamped(multiplier)
                guard let children = field.selectionSet else { continue }
                let definition = parent?.field(named: field.name.value)
                let type = definition?.type.namedType
                if let page, ["edges", "nodes"].contains(field.name.value) {
                    // A connection's list: what it holds appears once per item of the page.
                    total = total.addingClamped(
                        cost(
                            of: children, on: type, multiplier: multiplier.multipliedClamped(by: page),
                            walk: &walk))
                } else if let type, type.name.hasSuffix("Connection") {
                    total = total.addingClamped(
                        cost(
                            of: children, on: type, multiplier: multiplier, page: listSize(of: field, definition),
                            walk: &walk))
                } else {
                    let inner = multiplier.multipliedClamped(by: listSize(of: field, definition))
                    total = total.addingClamped(cost(of: children, on: type, multiplier: inner, walk: &walk))
                }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.flatMap { schema.type(named: $0.name.value) } ?? parent
                total = total.addingClamped(
                    cost(of: fragment.selectionSet, on: type, multiplier: multiplier, page: page, walk: &walk))
            case .fragmentSpread(let spread):
                // Validation refuses cycles; the guard keeps a hostile document cheap anyway.
                let name = spread.name.value
                let key = Walk.Spread(name: name, page: page)
                if let known = walk.costs[key] {
                    total = total.addingClamped(known.multipliedClamped(by: multiplier))
                    continue
                }
                guard let fragment = fragments[name], !walk.visiting.contains(name) else { continue }
                walk.visiting.insert(name)
                let type = schema.type(named: fragment.typeCondition.name.value)
                let once = cost(of: fragment.selectionSet, on: type, multiplier: 1, page: page, walk: &walk)
                walk.visiting.remove(name)
                walk.costs[key] = once
                total = total.addingClamped(once.multipliedClamped(by: multiplier))
            }
        }
        return total
    }

    /// How many times the field's sub-selection can appear per parent: its `first` or `last`
    /// (as given, else the schema's default, else the default page size for a connection),
    /// the number of its `ids`, ``plainListSize`` for another list, or 1.
    private func listSize(of field: FieldNode, _ definition: GraphQLField?) -> Int {
        var size: Int?
        for name in ["first", "last"] {
            // A variable the request leaves out gives way to the schema's default, as in execution.
            let given = field.arguments.first { $0.name.value == name }.flatMap { intValue($0.value) }
            guard let count = given ?? definition?.argument(named: name)?.defaultValue.flatMap(intValue) else {
                continue
            }
            size = max(size ?? 0, count)
        }
        if let ids = field.arguments.first(where: { $0.name.value == "ids" }), let count = listCount(ids.value) {
            size = max(size ?? 0, count)
        }
        if let size { return max(size, 0) }
        if definition?.argument(named: "first") != nil { return Self.defaultPageSize }
        if case .list = definition?.type.nullableType { return Self.plainListSize }
        return 1
    }

    private func intValue(_ value: ValueNode) -> Int? {
        switch value {
        case .int(let text, _): return Int(text)
        case .variable(let variable):
            let name = variable.name.value
            if let given = variables[name] { return given.intValue }
            return variableDefaults[name].flatMap(intValue)
        default: return nil
        }
    }

    private func listCount(_ value: ValueNode) -> Int? {
        switch value {
        case .list(let items, _): return items.count
        case .variable(let variable):
            let name = variable.name.value
            if case .list(let items)? = variables[name] { return items.count }
            return variableDefaults[name].flatMap(listCount)
        default: return nil
        }
    }
}

extension Int {
    fileprivate func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    fileprivate func multipliedClamped(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}

/// An operation refused because its static cost is over the budget (`COST_LIMIT_EXCEEDED`).
struct CostLimitExceeded: Error, GraphQLErrorConvertible {
    var cost: Int
    var budget: Int

    var graphQLError: GraphQLError {
        GraphQLError(
            "This operation costs \(cost), over the budget of \(budget) per request: ask for smaller pages (`first`/`last`) or fewer nested lists, and page through the rest.",
            extensions: [
                InputValue.Field(name: "code", value: .string("COST_LIMIT_EXCEEDED")),
                InputValue.Field(name: "cost", value: .int(cost)),
                InputValue.Field(name: "budget", value: .int(budget)),
            ])
    }
}
