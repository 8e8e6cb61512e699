/// Fields that share a response name must be mergeable: same field and arguments unless their
/// parent types are distinct object types, and return types of the same shape (spec §5.3.2,
/// "Field Selection Merging"; graphql-js 16 `OverlappingFieldsCanBeMergedRule`).
///
/// Each selection set the walk meets is checked "within" itself, fragments spread in it
/// included; the sub-selections of two overlapping fields are then compared "between" each
/// other. The work is shared across the whole pass by `ConflictFinder`: the fields collected
/// from each selection set are cached, and each pair of fragments is compared once (per
/// exclusivity), so repeated fields and fragments stay cheap. Errors, their order, their count
/// and their locations (each conflicting field, then the fields of its sub-conflicts, first
/// side before second) are graphql-js 16's.
///
/// Arguments are compared as graphql-js 16 compares them: printed, with arguments and input
/// object fields sorted by name, so order does not matter, variables compare by name, and a
/// default value is not the same as an omitted argument (`f` and `f(a: 1)` differ even when
/// `1` is `a`'s default).
///
/// Fields of the same content (`ContentClasses`) are compared once per pair of classes rather
/// than once per pair of fields, with the same errors, so a field repeated thousands of times
/// costs a pass over the copies rather than a comparison of every pair. The search stops
/// once it has found more conflicts than the error limit lets the pass report.
///
/// Three departures, where graphql-js 16.6 has no answer: on fragments that spread themselves
/// inside fields, where graphql-js overflows its stack, a comparison that would repeat itself
/// forever finds nothing the second time; comparisons nested more than
/// `ConflictFinder.maxComparisonDepth` levels deep are skipped, to bound the stack; and a
/// document whose conflicts, nested ones included, pass `ConflictFinder.maxConflicts` stops
/// the pass with the error-limit error, where graphql-js would build one message per overlap
/// listing every conflicting pair beneath it.
struct OverlappingFieldsCanBeMergedRule: ValidationRule {
    static let visitedNodeKinds: VisitedNodeKinds = [.fragmentDefinition, .selectionSet]

    private let context: ValidationContext
    private var finder: ConflictFinder
    /// The position, among the document's fragment definitions, of the one being walked.
    private var fragmentOrdinal = -1
    /// Set when a fragment definition is entered: the next selection set is its own.
    private var atFragmentSelectionSet = false

    init(context: ValidationContext) {
        self.context = context
        self.finder = ConflictFinder(schema: context.schema, document: context.document)
    }

    mutating func enterFragmentDefinition(_ node: FragmentDefinitionNode) -> VisitAction {
        fragmentOrdinal += 1
        atFragmentSelectionSet = true
        return .continue
    }

    mutating func enterSelectionSet(_ node: SelectionSetNode) -> VisitAction {
        let fragment = atFragmentSelectionSet ? fragmentOrdinal : nil
        atFragmentSelectionSet = false
        finder.conflictLimit = context.errorsUntilAbort ?? Int.max
        let conflicts = finder.conflictsWithin(node, parentType: context.parentType, ofFragment: fragment)
        if finder.isExhausted {
            context.abortForTooManyErrors()
            return .continue
        }
        for conflict in conflicts {
            context.reportError(
                GraphQLError(
                    "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.message). "
                        + "Use different aliases on the fields to fetch both if this was intentional.",
                    at: conflict.locations1 + conflict.locations2))
        }
        return .continue
    }
}

extension OverlappingFieldsCanBeMergedRule {
    /// Two fields with the same response name that cannot be merged (graphql-js `Conflict`).
    ///
    /// A class: the search recurses deeply and passes conflicts up through each level, where a
    /// reference takes one word of stack and a struct of strings and arrays takes many.
    final class Conflict {
        /// The response name the two fields share.
        let responseName: String
        /// Why they cannot be merged.
        let reason: Reason
        /// The first field, then the first-side fields of its sub-conflicts.
        let locations1: [Location]
        /// The second field, then the second-side fields of its sub-conflicts.
        let locations2: [Location]

        init(responseName: String, reason: Reason, locations1: [Location], locations2: [Location]) {
            self.responseName = responseName
            self.reason = reason
            self.locations1 = locations1
            self.locations2 = locations2
        }
    }

    /// Why two fields cannot be merged: a sentence, or conflicts between their subfields.
    enum Reason {
        case text(String)
        case subfields([(responseName: String, reason: Reason)])

        /// The reason as graphql-js words it: nested reasons read
        /// `subfields "x" conflict because …`, joined with " and ".
        var message: String {
            switch self {
            case .text(let text):
                return text
            case .subfields(let conflicts):
                return conflicts.map { "subfields \"\($0.responseName)\" conflict because " + $0.reason.message }
                    .joined(separator: " and ")
            }
        }
    }
}
