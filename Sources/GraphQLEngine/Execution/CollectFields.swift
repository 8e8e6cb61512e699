// Field collection (spec §6.3.2 "Field Collection"): which fields a selection set asks of an
// object type once fragments are expanded and `@skip`/`@include` applied, grouped by
// response key in the order they first appear.

/// The fields of one selection set for one object type, grouped by response key in document
/// order (spec §6.3.2 `CollectFields`' ordered map).
struct CollectedFields {
    /// The response keys, in the order their first field appears.
    private(set) var keys: [String] = []
    /// The field nodes sharing each key, in `keys`' order.
    private(set) var fieldNodes: [[FieldNode]] = []
    private var positions: [String: Int] = [:]

    fileprivate mutating func add(_ field: FieldNode) {
        let key = field.alias?.value ?? field.name.value
        if let position = positions[key] {
            fieldNodes[position].append(field)
        } else {
            positions[key] = keys.count
            keys.append(key)
            fieldNodes.append([field])
        }
    }
}

/// What field collection needs from the request: the fragments and the variables that
/// `@skip(if:)` and `@include(if:)` may read.
struct FieldCollector {
    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinitionNode]
    let variables: [String: InputValue]

    /// `CollectFields(objectType, selectionSet, variableValues)` for every selection set of
    /// `selectionSets`: several when one response key is written more than once, as for the
    /// sub-fields of merged fields (spec §6.4.3 `CollectSubfields`).
    func collectFields(
        _ objectType: GraphQLObjectType, _ selectionSets: some Sequence<SelectionSetNode>
    ) -> CollectedFields {
        var collected = CollectedFields()
        var visitedFragments: Set<String> = []
        for selectionSet in selectionSets {
            collect(objectType, selectionSet, into: &collected, visitedFragments: &visitedFragments)
        }
        return collected
    }

    private func collect(
        _ objectType: GraphQLObjectType, _ selectionSet: SelectionSetNode,
        into collected: inout CollectedFields, visitedFragments: inout Set<String>
    ) {
        for selection in selectionSet.selections {
            guard shouldInclude(selection.directives) else { continue }
            switch selection {
            case .field(let field):
                collected.add(field)
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition,
                    !doesFragmentTypeApply(objectType, condition.name.value)
                {
                    continue
                }
                collect(objectType, fragment.selectionSet, into: &collected, visitedFragments: &visitedFragments)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard visitedFragments.insert(name).inserted, let fragment = fragments[name],
                    doesFragmentTypeApply(objectType, fragment.typeCondition.name.value)
                else { continue }
                collect(objectType, fragment.selectionSet, into: &collected, visitedFragments: &visitedFragments)
            }
        }
    }

    /// Whether `@skip` and `@include` let a selection through (spec §6.3.2, step 2.b–c): `@skip`
    /// drops it when `if` is true, `@include` unless `if` is true. An `if` that is not a boolean
    /// (a nullable variable with a default, given null) is "not true", as the spec words it;
    /// graphql-js raises an error instead.
    private func shouldInclude(_ directives: [DirectiveNode]) -> Bool {
        guard !directives.isEmpty else { return true }
        if case .boolean(true)? = try? directiveValues(.skip, in: directives, variables: variables)?["if"] {
            return false
        }
        if directives.contains(where: { $0.name.value == GraphQLDirective.include.name }),
            (try? directiveValues(.include, in: directives, variables: variables))?["if"] != .boolean(true)
        {
            return false
        }
        return true
    }

    /// `DoesFragmentTypeApply(objectType, fragmentType)` (spec §6.3.2).
    private func doesFragmentTypeApply(_ objectType: GraphQLObjectType, _ typeName: String) -> Bool {
        switch schema.type(named: typeName) {
        case .object(let object)?: object === objectType
        case .interface(let interface)?: objectType.interfaces.contains { $0 === interface }
        case .union(let union)?: union.types.contains { $0 === objectType }
        default: false
        }
    }
}

extension OperationDefinitionNode {
    /// The names of the variables that `@skip(if:)` or `@include(if:)` read in this operation or
    /// the fragments it uses: the only variables field collection depends on, so a plan can be
    /// reused for every request that gives them the same values.
    func conditionVariables(fragments: [String: FragmentDefinitionNode]) -> [String] {
        var names: [String] = []
        var visited: Set<String> = []
        func visit(_ selectionSet: SelectionSetNode) {
            for selection in selectionSet.selections {
                for directive in selection.directives
                where directive.name.value == "skip" || directive.name.value == "include" {
                    for argument in directive.arguments {
                        if case .variable(let variable) = argument.value, !names.contains(variable.name.value) {
                            names.append(variable.name.value)
                        }
                    }
                }
                switch selection {
                case .field(let field): if let set = field.selectionSet { visit(set) }
                case .inlineFragment(let fragment): visit(fragment.selectionSet)
                case .fragmentSpread(let spread):
                    if visited.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value] {
                        visit(fragment.selectionSet)
                    }
                }
            }
        }
        visit(selectionSet)
        return names
    }
}
