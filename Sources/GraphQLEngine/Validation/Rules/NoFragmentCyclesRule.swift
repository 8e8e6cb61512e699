/// A fragment must not spread itself, directly or through other fragments (spec §5.5.2.2,
/// "Fragment Spreads Must Not Form Cycles"; graphql-js `NoFragmentCyclesRule`).
///
/// Fragments are explored depth first, from each definition in document order, each fragment
/// at most once: every cycle is reported once, by the spread that closes it, with the spreads
/// that lead around it (`Cannot spread fragment "A" within itself via "B", "C".`). The
/// exploration keeps its own stack, so long chains of fragments cost linear time and no
/// thread stack.
struct NoFragmentCyclesRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.operationDefinition, .fragmentDefinition]

    private let context: ValidationContext
    /// Fragments already explored, by name.
    private var visitedFragmentNames: Set<String> = []
    /// The spreads from the fragment where the current exploration started to where it is.
    private var spreadPath: [FragmentSpreadNode] = []
    /// For each fragment on the current path, the position in `spreadPath` of its first spread.
    private var spreadPathIndexByName: [String: Int] = [:]

    /// A fragment being explored: its spreads and the next one to follow.
    private struct Frame {
        var fragmentName: String
        var spreads: [FragmentSpreadNode]
        var nextSpread = 0
    }

    init(context: ValidationContext) { self.context = context }

    mutating func enterOperationDefinition(_ node: OperationDefinitionNode) -> VisitAction {
        .skipChildren
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        detectCycles(from: node)
        return .skipChildren
    }

    /// Explores every fragment reachable from `fragment` not explored before, reporting each
    /// spread that leads back to a fragment on the current path.
    private mutating func detectCycles(from fragment: FragmentDefinitionNode) {
        guard let first = enter(fragment) else { return }
        var stack = [first]
        while let top = stack.last {
            guard top.nextSpread < top.spreads.count else {
                spreadPathIndexByName[top.fragmentName] = nil
                stack.removeLast()
                // Leave the spread that led to the fragment just finished.
                if !stack.isEmpty { spreadPath.removeLast() }
                continue
            }
            let spread = top.spreads[top.nextSpread]
            stack[stack.count - 1].nextSpread += 1
            spreadPath.append(spread)
            let spreadName = spread.name.value
            if let cycleIndex = spreadPathIndexByName[spreadName] {
                reportCycle(spreadName, spreadPath[cycleIndex...])
            } else if let target = context.fragment(named: spreadName), let frame = enter(target) {
                stack.append(frame)
                continue  // The spread stays on the path while its fragment is explored.
            }
            spreadPath.removeLast()
        }
    }

    /// Marks `fragment` explored and puts it on the path; nil when it was explored before or
    /// spreads nothing.
    private mutating func enter(_ fragment: FragmentDefinitionNode) -> Frame? {
        let name = fragment.name.value
        guard visitedFragmentNames.insert(name).inserted else { return nil }
        let spreads = context.fragmentSpreads(of: fragment.selectionSet)
        if spreads.isEmpty { return nil }
        spreadPathIndexByName[name] = spreadPath.count
        return Frame(fragmentName: name, spreads: spreads)
    }

    private func reportCycle(_ fragmentName: String, _ cyclePath: ArraySlice<FragmentSpreadNode>) {
        let via = cyclePath.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
        context.reportError(
            GraphQLError(
                "Cannot spread fragment \"\(fragmentName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                at: cyclePath.map(\.location)))
    }
}
