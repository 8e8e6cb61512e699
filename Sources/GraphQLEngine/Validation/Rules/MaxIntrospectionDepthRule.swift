/// Introspection queries must not nest the list fields `fields`, `interfaces`,
/// `possibleTypes` and `inputFields` three deep or more, fragments included (graphql-js 16.9
/// `MaxIntrospectionDepthRule`, one of its `recommendedRules`; not a spec rule).
///
/// Deeply nested introspection is cheap to write and costly to answer, so a `__schema` or
/// `__type` field that reaches the limit is reported once — `Maximum introspection depth
/// exceeded` — and what it contains is not examined further. Every introspection query tools
/// send (graphql-js's and graphql-core's full query among them) nests those lists at most once.
///
/// As in graphql-js, a spread of a fragment already being followed, or of an unknown fragment,
/// counts for nothing (`NoFragmentCyclesRule` and `KnownFragmentNamesRule` report them). Unlike
/// a plain recursive walk, the depth reached from a fragment outside any cycle is remembered,
/// so a fragment spread many times costs one walk per depth, not one per path.
struct MaxIntrospectionDepthRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.field]

    /// The number of nested introspection lists that is reported.
    static let maxListDepth = 3

    private let context: ValidationContext
    /// The fragments whose spreads are being followed.
    private var fragmentsBeingFollowed: Set<String> = []
    /// For fragments from which no cycle can be reached: whether following the fragment from
    /// a given depth reaches the limit, indexed by that depth.
    private var reachesLimitFromDepth: [String: [Bool?]] = [:]
    /// Whether a cycle of spreads can be reached from a fragment; nil while it is being decided.
    private var reachesCycle: [String: Bool?] = [:]

    init(context: ValidationContext) { self.context = context }

    mutating func enterField(_ node: FieldNode) -> VisitAction {
        let name = node.name.value
        guard name == "__schema" || name == "__type", let selectionSet = node.selectionSet,
            reachesLimit(selectionSet, depth: 0)
        else { return .continue }
        context.reportError(GraphQLError("Maximum introspection depth exceeded", at: [node.location]))
        return .skipChildren
    }

    /// Whether the selections reach `maxListDepth` nested introspection lists, starting at
    /// `depth` (graphql-js `checkDepth`).
    private mutating func reachesLimit(_ selectionSet: SelectionSetNode, depth: Int) -> Bool {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                var fieldDepth = depth
                if Self.isIntrospectionList(field.name.value) {
                    fieldDepth += 1
                    if fieldDepth >= Self.maxListDepth { return true }
                }
                if let nested = field.selectionSet, reachesLimit(nested, depth: fieldDepth) { return true }
            case .inlineFragment(let fragment):
                if reachesLimit(fragment.selectionSet, depth: depth) { return true }
            case .fragmentSpread(let spread):
                if reachesLimit(spreading: spread.name.value, depth: depth) { return true }
            }
        }
        return false
    }

    private mutating func reachesLimit(spreading name: String, depth: Int) -> Bool {
        guard !fragmentsBeingFollowed.contains(name), let fragment = context.fragment(named: name) else {
            return false
        }
        let isRemembered = !canReachCycle(from: name)
        if isRemembered, let known = reachesLimitFromDepth[name]?[depth] { return known }
        fragmentsBeingFollowed.insert(name)
        let result = reachesLimit(fragment.selectionSet, depth: depth)
        fragmentsBeingFollowed.remove(name)
        if isRemembered {
            reachesLimitFromDepth[name, default: Array(repeating: nil, count: Self.maxListDepth)][depth] = result
        }
        return result
    }

    /// Whether a cycle of fragment spreads can be reached from the fragment `name`. Without
    /// one, the fragments being followed can never be met again below it, so its result
    /// depends on the depth alone and may be remembered.
    private mutating func canReachCycle(from name: String) -> Bool {
        if let known = reachesCycle[name] { return known ?? true }  // nil: met again while deciding.
        guard let fragment = context.fragment(named: name) else { return false }
        reachesCycle[name] = .some(nil)
        var result = false
        for spread in context.fragmentSpreads(of: fragment.selectionSet) where canReachCycle(from: spread.name.value) {
            result = true
        }
        reachesCycle[name] = result
        return result
    }

    private static func isIntrospectionList(_ name: String) -> Bool {
        switch name {
        case "fields", "interfaces", "possibleTypes", "inputFields": true
        default: false
        }
    }
}
