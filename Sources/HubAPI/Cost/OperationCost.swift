import GraphQLEngine

/// The static cost of an operation, computed from its document and variables before it runs,
/// so that a request that would read too much is refused without reading anything.
///
/// Every field costs 1 for each time it can appear in the response: a field inside a
/// connection asked for with `first: 50` (or `last: 50`) appears up to 50 times per parent,
/// so costs multiply down the tree; `nodes(ids:)` multiplies by the number of ids. A
/// connection without `first` or `last` counts its default page size. Fragments count as if
/// their fields were written in place (every type condition, a bound from above). Other lists
/// (a practice's themes, statistics rows) are short and bounded by the data, and count once.
struct OperationCost {
    /// The multiplier of a connection field given neither `first` nor `last`.
    static let defaultPageSize = ConnectionArguments.defaultPageSize

    let fragments: [String: FragmentDefinitionNode]
    let variables: [String: InputValue]
    let variableDefaults: [String: ValueNode]

    /// The cost of `operation` with the request's raw `variables`.
    static func of(_ operation: PreparedOperation, variables: [String: InputValue]) -> Int {
        var defaults: [String: ValueNode] = [:]
        for definition in operation.definition.variableDefinitions {
            if let value = definition.defaultValue { defaults[definition.variable.name.value] = value }
        }
        let cost = OperationCost(
            fragments: operation.fragmentDefinitions, variables: variables, variableDefaults: defaults)
        var visiting: Set<String> = []
        return cost.cost(of: operation.definition.selectionSet, multiplier: 1, visiting: &visiting)
    }

    private func cost(of selectionSet: SelectionSetNode, multiplier: Int, visiting: inout Set<String>) -> Int {
        var total = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value.hasPrefix("__") && field.selectionSet == nil { continue }
                total = total.addingClamped(multiplier)
                guard let children = field.selectionSet else { continue }
                let inner = multiplier.multipliedClamped(by: listSize(of: field))
                total = total.addingClamped(cost(of: children, multiplier: inner, visiting: &visiting))
            case .inlineFragment(let fragment):
                total = total.addingClamped(cost(of: fragment.selectionSet, multiplier: multiplier, visiting: &visiting))
            case .fragmentSpread(let spread):
                // Validation refuses cycles; the guard keeps a hostile document cheap anyway.
                let name = spread.name.value
                guard let fragment = fragments[name], !visiting.contains(name) else { continue }
                visiting.insert(name)
                total = total.addingClamped(cost(of: fragment.selectionSet, multiplier: multiplier, visiting: &visiting))
                visiting.remove(name)
            }
        }
        return total
    }

    /// How many times the field's sub-selection can appear per parent.
    private func listSize(of field: FieldNode) -> Int {
        var size: Int?
        for argument in field.arguments {
            switch argument.name.value {
            case "first", "last":
                if let value = intValue(argument.value) { size = max(size ?? 0, value) }
            case "ids":
                if let count = listCount(argument.value) { size = max(size ?? 0, count) }
            default:
                break
            }
        }
        if let size { return max(size, 0) }
        return isConnection(field) ? Self.defaultPageSize : 1
    }

    /// A connection is a field whose selection reads `edges` or `nodes` (our schema names
    /// every connection's list fields so).
    private func isConnection(_ field: FieldNode) -> Bool {
        field.selectionSet?.selections.contains { selection in
            if case .field(let child) = selection { return ["edges", "nodes"].contains(child.name.value) }
            return false
        } ?? false
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
