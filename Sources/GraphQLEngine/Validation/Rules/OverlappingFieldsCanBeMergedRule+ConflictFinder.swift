// The conflict search of OverlappingFieldsCanBeMergedRule (spec §5.3.2, FieldsInSetCanMerge),
// in graphql-js 16's order, which decides the order, count and locations of the errors.
//
// A selection set is compared "within" itself once, when the walk visits it (A), and "between"
// its fields and each fragment it spreads (B) and between those fragments (C). Comparing a set
// of fields with a fragment compares the fields with the fragment's fields (D), then with the
// fragments that fragment spreads (E). Comparing two fragments compares their fields (F), then
// each with the fragments the other spreads (G). Two overlapping fields with selection sets
// have those compared "between" each other the same way (H, I, J). Fields within a set are
// compared only when the walk visits the set, never again from a parent.

extension OverlappingFieldsCanBeMergedRule {
    /// Finds the conflicts of the selection sets of one document, sharing the collections and
    /// the compared fragment pairs across the whole validation pass.
    struct ConflictFinder {
        let schema: GraphQLSchema
        /// The document's fragments.
        var fragments: FragmentTable

        // The arena of collections (see CollectedFields): every collection's fields, groups and
        // fragment positions, and the ranges that make up each collection.
        var selectionSets: [CollectedSelectionSet] = []
        var fields: [CollectedField] = []
        var groups: [ResponseNameGroup] = []
        var fragmentOrdinals: [Int] = []
        var collections: [Collection] = []
        /// The collections of selection sets other than fragment definitions', by place.
        var placedCache: [Int: Int32] = [:]
        /// The same for selection sets built in code, by content.
        var unplacedCache: [SelectionSetNode: Int32] = [:]
        /// Group positions by response name, for collections with many names.
        var groupIndexes: [Int32: [String: Int]] = [:]
        /// Group positions by response name for the collection being made, once it has many.
        var scratchGroupIndex: [String: Int] = [:]
        /// The content classes of the fields compared so far.
        var contentClasses = ContentClasses()

        /// How many conflicts `conflictsWithin` may return before it stops looking: once the
        /// rule has more than the error limit allows, the pass stops, and finding more would
        /// be work for nothing.
        var conflictLimit = Int.max
        /// Set once the search has made `maxConflicts` conflicts, nested ones included; it
        /// then stops, and the rule stops the pass (see `maxConflicts`).
        private(set) var isExhausted = false
        /// How many conflicts the search has made, nested ones included.
        private var conflictsMade = 0
        /// How many comparisons `isRepeating` has skipped: a comparison during which it skipped
        /// one depends on where it was made, so it stands only for itself.
        private(set) var repeatsSkipped = 0

        private var comparedFragmentPairs = FragmentPairSet()
        /// The comparisons of two fields' selection sets in progress, outermost first, each
        /// with `memoizedSteps` as it was when the comparison began.
        private var activeComparisons: [(collection1: Int32, collection2: Int32, exclusive: Bool, memoizedSteps: Int)] =
            []
        /// How many of the calls in progress were entered through the fragment-pair memo.
        private var memoizedSteps = 0

        /// How many comparisons of two fields' sub-selections are in progress.
        var activeComparisonCount: Int { activeComparisons.count }

        /// Counts a conflict the search made, and stops the search at `maxConflicts`.
        mutating func countConflict() {
            conflictsMade += 1
            if conflictsMade >= Self.maxConflicts { isExhausted = true }
        }

        init(schema: GraphQLSchema, document: DocumentNode) {
            self.schema = schema
            self.fragments = FragmentTable(document)
            // Growing the cache from empty rehashes it several times; most documents have
            // fewer selection sets than this.
            placedCache.reserveCapacity(64)
        }

        /// The conflicts found within `selectionSet`, fragments spread in it included
        /// (graphql-js `findConflictsWithinSelectionSet`). `ofFragment` is the position of the
        /// fragment definition whose own selection set this is, if it is one.
        mutating func conflictsWithin(
            _ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?, ofFragment ordinal: Int?
        ) -> [Conflict] {
            let collection =
                if let ordinal {
                    fragmentCollection(ordinal, parentType: parentType)
                } else {
                    self.collection(selectionSet, parentType: parentType)
                }
            let spread = collections[Int(collection)].fragments
            // Many fragments that spread none, and these fields, merged cleanly: nothing to
            // compare (and no fragment pair to record that a later comparison would read).
            if spread.count > 1 {
                let spreadCollections = spread.map { fragmentCollection(fragmentOrdinals[$0]) }
                if spreadCollections.allSatisfy({ collections[Int($0)].fragments.isEmpty })
                    && cannotConflict(collections: [collection] + spreadCollections)
                {
                    return []
                }
            }
            var conflicts: [Conflict] = []
            // (A) The only place fields of one collection are compared with each other.
            collectConflictsWithin(&conflicts, collection)
            for index in spread {
                if isStopped(conflicts) { return conflicts }
                // (B) These fields against each fragment spread here …
                collectConflicts(&conflicts, exclusive: false, collection, fragment: fragmentOrdinals[index])
                // (C) … and each fragment against the ones spread after it.
                for other in (index + 1)..<spread.upperBound {
                    if isStopped(conflicts) { return conflicts }
                    collectConflicts(
                        &conflicts, exclusive: false, fragment: fragmentOrdinals[index],
                        fragment: fragmentOrdinals[other])
                }
            }
            return conflicts
        }

        /// The conflicts between the selection sets of two overlapping fields (graphql-js
        /// `findConflictsBetweenSubSelectionSets`).
        private mutating func conflictsBetween(exclusive: Bool, _ collection1: Int32, _ collection2: Int32)
            -> [Conflict]
        {
            var conflicts: [Conflict] = []
            if isRepeating(collection1, collection2, exclusive: exclusive) {
                repeatsSkipped += 1
                return []
            }
            activeComparisons.append((collection1, collection2, exclusive, memoizedSteps))
            defer { activeComparisons.removeLast() }
            // (H) The two sets of fields.
            collectConflictsBetween(&conflicts, exclusive: exclusive, collection1, collection2)
            // (I) Each set of fields against the fragments the other spreads.
            let fragments1 = collections[Int(collection1)].fragments
            let fragments2 = collections[Int(collection2)].fragments
            for index in fragments2 {
                if isExhausted { return conflicts }
                collectConflicts(&conflicts, exclusive: exclusive, collection1, fragment: fragmentOrdinals[index])
            }
            for index in fragments1 {
                if isExhausted { return conflicts }
                collectConflicts(&conflicts, exclusive: exclusive, collection2, fragment: fragmentOrdinals[index])
            }
            // (J) Each fragment of one against each fragment of the other.
            for index1 in fragments1 {
                for index2 in fragments2 {
                    if isExhausted { return conflicts }
                    collectConflicts(
                        &conflicts, exclusive: exclusive, fragment: fragmentOrdinals[index1],
                        fragment: fragmentOrdinals[index2])
                }
            }
            return conflicts
        }

        /// Whether comparing these two selection sets would never end, or go deeper than the
        /// stack allows: the same comparison is already in progress further out, and nothing
        /// between the two went through the fragment-pair memo, so this one would in turn
        /// reach another, endlessly. graphql-js 16.6 overflows its stack on such documents
        /// (fragments spreading themselves inside fields, which NoFragmentCyclesRule reports);
        /// here the inner comparison finds nothing, and the outer ones report what they find.
        /// Past `maxComparisonDepth` nested comparisons, deeper ones are skipped too.
        private func isRepeating(_ collection1: Int32, _ collection2: Int32, exclusive: Bool) -> Bool {
            if activeComparisons.count >= Self.maxComparisonDepth { return true }
            // Steps through the memo only accumulate inward: stop at the first comparison begun
            // before one of them.
            for active in activeComparisons.reversed() {
                if active.memoizedSteps != memoizedSteps { break }
                if active.collection1 == collection1 && active.collection2 == collection2
                    && active.exclusive == exclusive
                {
                    return true
                }
            }
            return false
        }

        /// The deepest nesting of selection-set comparisons: past any real document (the parser
        /// nests at most 200 deep by default; fragments can chain deeper) and within a 512 KB
        /// thread stack, a level taking about 650 bytes in release builds (4.5 KB in debug
        /// builds). graphql-js 16.6 overflows its stack at about 1,000.
        static let maxComparisonDepth = 400

        /// (D, E) A set of fields against a fragment and the fragments it spreads, each pair of
        /// fragments followed once (graphql-js `collectConflictsBetweenFieldsAndFragment`).
        private mutating func collectConflicts(
            _ conflicts: inout [Conflict], exclusive: Bool, _ collection: Int32, fragment: Int
        ) {
            let fragmentCollection = fragmentCollection(fragment)
            // A fragment's fields are never compared with themselves.
            if collection == fragmentCollection { return }
            collectConflictsBetween(&conflicts, exclusive: exclusive, collection, fragmentCollection)
            for index in collections[Int(fragmentCollection)].fragments {
                if isStopped(conflicts) { return }
                let referenced = fragmentOrdinals[index]
                if comparedFragmentPairs.contains(referenced, fragment, exclusive: exclusive) { continue }
                comparedFragmentPairs.insert(referenced, fragment, exclusive: exclusive)
                memoizedSteps += 1
                collectConflicts(&conflicts, exclusive: exclusive, collection, fragment: referenced)
                memoizedSteps -= 1
            }
        }

        /// (F, G) Two fragments and the fragments each spreads, each pair compared once
        /// (graphql-js `collectConflictsBetweenFragments`).
        private mutating func collectConflicts(
            _ conflicts: inout [Conflict], exclusive: Bool, fragment fragment1: Int, fragment fragment2: Int
        ) {
            if fragment1 == fragment2 { return }
            if comparedFragmentPairs.contains(fragment1, fragment2, exclusive: exclusive) { return }
            comparedFragmentPairs.insert(fragment1, fragment2, exclusive: exclusive)
            memoizedSteps += 1
            defer { memoizedSteps -= 1 }
            let collection1 = fragmentCollection(fragment1)
            let collection2 = fragmentCollection(fragment2)
            collectConflictsBetween(&conflicts, exclusive: exclusive, collection1, collection2)
            for index in collections[Int(collection2)].fragments {
                if isStopped(conflicts) { return }
                collectConflicts(
                    &conflicts, exclusive: exclusive, fragment: fragment1, fragment: fragmentOrdinals[index])
            }
            for index in collections[Int(collection1)].fragments {
                if isStopped(conflicts) { return }
                collectConflicts(
                    &conflicts, exclusive: exclusive, fragment: fragmentOrdinals[index], fragment: fragment2)
            }
        }

        /// Every pair of fields sharing a response name within one collection; never mutually
        /// exclusive (graphql-js `collectConflictsWithin`).
        private mutating func collectConflictsWithin(_ conflicts: inout [Conflict], _ collection: Int32) {
            for group in collections[Int(collection)].groups {
                let first = Int(groups[group].first)
                let second = Int(fields[first].next)
                if second < 0 { continue }
                let responseName = groups[group].responseName
                if fields[second].next < 0 {
                    // Two fields, the common case: one comparison.
                    if let conflict = findConflict(exclusive: false, responseName, first, second) {
                        record(conflict, in: &conflicts)
                    }
                } else {
                    let members = members(of: group)
                    collectConflicts(
                        &conflicts, exclusive: false, responseName: responseName, members, members, within: true)
                }
                if isStopped(conflicts) { return }
            }
        }

        /// Every field of the first collection against each field of the second with the same
        /// response name, in the first's order (graphql-js `collectConflictsBetween`).
        private mutating func collectConflictsBetween(
            _ conflicts: inout [Conflict], exclusive: Bool, _ collection1: Int32, _ collection2: Int32
        ) {
            if collections[Int(collection2)].groups.isEmpty { return }
            for group1 in collections[Int(collection1)].groups {
                let responseName = groups[group1].responseName
                guard let group2 = group(named: responseName, in: collection2) else { continue }
                if groups[group1].first == groups[group1].last && groups[group2].first == groups[group2].last {
                    // One field each, the common case: one comparison.
                    let first = Int(groups[group1].first)
                    let second = Int(groups[group2].first)
                    if let conflict = findConflict(exclusive: exclusive, responseName, first, second) {
                        record(conflict, in: &conflicts)
                    }
                } else {
                    collectConflicts(
                        &conflicts, exclusive: exclusive, responseName: responseName, members(of: group1),
                        members(of: group2), within: false)
                }
                if isStopped(conflicts) { return }
            }
        }

        /// Whether the fields at two positions, of the same response name, conflict, their
        /// subfields included (graphql-js `findConflict`).
        mutating func findConflict(
            exclusive parentsAreExclusive: Bool, _ responseName: String, _ position1: Int, _ position2: Int
        ) -> Conflict? {
            // Fields on two distinct object types never apply to the same value, so they may
            // differ in name and arguments. Interfaces and unions may overlap, now or later.
            let parent1 = Int(fields[position1].selectionSet)
            let parent2 = Int(fields[position2].selectionSet)
            let parentIdentity = selectionSets[parent1].parentIdentity
            let sameParent = parentIdentity == selectionSets[parent2].parentIdentity
            let exclusive =
                parentsAreExclusive
                || (!sameParent && selectionSets[parent1].parentIsObject && selectionSets[parent2].parentIsObject)
            let name1 = fields[position1].name
            let name2 = fields[position2].name
            if !exclusive {
                if name1 != name2 { return differentFieldsConflict(responseName, position1, position2) }
                if (fields[position1].hasArguments || fields[position2].hasArguments)
                    && !haveSameArguments(position1, position2)
                {
                    return conflict(responseName, "they have differing arguments", position1, position2)
                }
            }
            // The same field of the same type has one type, which never conflicts with itself.
            if !(sameParent && parentIdentity != nil && name1 == name2),
                let conflict = returnTypeConflict(responseName, position1, position2)
            {
                return conflict
            }
            guard fields[position1].hasSelectionSet && fields[position2].hasSelectionSet else { return nil }
            let subfields1 = subfieldCollection(position1)
            let subfields2 = subfieldCollection(position2)
            let subconflicts = conflictsBetween(exclusive: exclusive, subfields1, subfields2)
            if subconflicts.isEmpty { return nil }
            return subfieldConflict(responseName, subconflicts, position1, position2)
        }

        // What is rarely needed is kept out of line (comparing arguments, making conflicts): the
        // search recurses through `findConflict`, and its frame is smaller without them.

        @inline(never)
        private func haveSameArguments(_ position1: Int, _ position2: Int) -> Bool {
            Self.haveSameArguments(fieldNode(position1).arguments, fieldNode(position2).arguments)
        }

        @inline(never)
        private func subfieldConflict(
            _ responseName: String, _ subconflicts: [Conflict], _ position1: Int, _ position2: Int
        ) -> Conflict {
            Conflict(
                responseName: responseName,
                reason: .subfields(subconflicts.map { ($0.responseName, $0.reason) }),
                locations1: [fieldNode(position1).location] + subconflicts.flatMap(\.locations1),
                locations2: [fieldNode(position2).location] + subconflicts.flatMap(\.locations2))
        }

        @inline(never)
        private func differentFieldsConflict(_ responseName: String, _ position1: Int, _ position2: Int) -> Conflict {
            let name1 = fields[position1].name
            let name2 = fields[position2].name
            return conflict(responseName, "\"\(name1)\" and \"\(name2)\" are different fields", position1, position2)
        }

        /// The conflict of two fields whose definitions' types differ in shape, if they do.
        @inline(never)
        private mutating func returnTypeConflict(_ responseName: String, _ position1: Int, _ position2: Int)
            -> Conflict?
        {
            guard let type1 = fieldType(position1), let type2 = fieldType(position2),
                Self.typesConflict(type1, type2)
            else { return nil }
            return conflict(
                responseName, "they return conflicting types \"\(type1)\" and \"\(type2)\"", position1, position2)
        }

        @inline(never)
        private func conflict(_ responseName: String, _ reason: String, _ position1: Int, _ position2: Int) -> Conflict
        {
            Conflict(
                responseName: responseName, reason: .text(reason), locations1: [fieldNode(position1).location],
                locations2: [fieldNode(position2).location])
        }

        /// Whether two return types cannot both describe one value: lists and non-null must
        /// wrap alike, and leaf types must be the same type; composite types are compared
        /// through their subfields instead (graphql-js `doTypesConflict`).
        static func typesConflict(_ type1: GraphQLType, _ type2: GraphQLType) -> Bool {
            switch (type1, type2) {
            case (.list(let item1), .list(let item2)): typesConflict(item1, item2)
            case (.list, _), (_, .list): true
            case (.nonNull(let inner1), .nonNull(let inner2)): typesConflict(inner1, inner2)
            case (.nonNull, _), (_, .nonNull): true
            case (.named(let named1), .named(let named2)):
                (named1.isLeafType || named2.isLeafType) && named1 != named2
            }
        }
    }

    /// Pairs of fragments already compared, in either order, and whether the comparison
    /// assumed mutually exclusive parents (graphql-js `PairSet`). A pair compared without that
    /// assumption covers both cases; one compared with it covers only that case.
    struct FragmentPairSet {
        private var pairs: [Int: Bool] = [:]

        func contains(_ a: Int, _ b: Int, exclusive: Bool) -> Bool {
            guard let wasExclusive = pairs[Self.key(a, b)] else { return false }
            return exclusive || !wasExclusive
        }

        mutating func insert(_ a: Int, _ b: Int, exclusive: Bool) {
            pairs[Self.key(a, b)] = exclusive
        }

        private static func key(_ a: Int, _ b: Int) -> Int { min(a, b) << 32 | max(a, b) }
    }
}
