// A check, linear in the distinct content of many fields sharing a response name, that no two
// of them can conflict, for OverlappingFieldsCanBeMergedRule; when it holds, the pairwise
// comparison (quadratic in the number of distinct fields, whatever the content classes) is
// skipped.
//
// Rather than comparing fields two by two, the check merges them: they must all be the same
// field of the same parent type with the same arguments (then no pair differs in name,
// arguments or return type), and the subfields of all of them, merged by response name, must
// pass the same check, level by level. Every pair graphql-js would compare is among the pairs
// the merged check covers, so when it finds nothing, graphql-js finds nothing. It asks more
// (subfields of one selection set are checked against each other too, and fields on distinct
// object types must agree), so it may fail where graphql-js finds nothing; the pairwise
// comparison then decides, as before.
//
// It gives up on any selection set that spreads a fragment: comparing through fragments
// records fragment pairs, which later comparisons read, so those comparisons must be made.
// Without fragments a comparison reads and records nothing but its content, and skipping one
// that finds nothing changes nothing else.

extension OverlappingFieldsCanBeMergedRule.ConflictFinder {
    /// Whether no two of the fields at `positions`, which share a response name, can conflict
    /// (nor any copy of one with another copy of it). False means "maybe".
    mutating func cannotConflict(_ positions: [Int]) -> Bool {
        var counts: [Int32: Int] = [:]
        var representatives: [(position: Int, count: Int)] = []
        for position in positions {
            let contentClass = contentClass(position)
            if let index = counts[contentClass] {
                representatives[index].count += 1
            } else {
                counts[contentClass] = representatives.count
                representatives.append((position, 1))
            }
        }
        return cannotConflict(representatives)
    }

    /// Whether no two fields of the collections, merged by response name, can conflict: then
    /// comparing them with each other, and each with itself, finds nothing and records
    /// nothing (the fragments they spread are not followed: the caller checks there are none
    /// beyond the collections given). False means "maybe".
    mutating func cannotConflict(collections merged: [Int32]) -> Bool {
        var namesInOrder: [String] = []
        var byName: [String: [Int]] = [:]
        for collection in merged {
            for group in collections[Int(collection)].groups {
                let responseName = groups[group].responseName
                if byName[responseName] == nil { namesInOrder.append(responseName) }
                byName[responseName, default: []].append(contentsOf: members(of: group))
            }
        }
        for name in namesInOrder {
            // safe: every name in `namesInOrder` was added to `byName`.
            let positions = byName[name]!
            if positions.count > 1 && !cannotConflict(positions) { return false }
        }
        return true
    }

    /// `cannotConflict` on one representative of each content class, with the number of
    /// fields it stands for.
    private mutating func cannotConflict(_ representatives: [(position: Int, count: Int)]) -> Bool {
        let first = representatives[0].position
        let parent = selectionSets[Int(fields[first].selectionSet)].parentIdentity
        for (position, _) in representatives.dropFirst() {
            guard selectionSets[Int(fields[position].selectionSet)].parentIdentity == parent,
                fields[position].name == fields[first].name,
                !(fields[position].hasArguments || fields[first].hasArguments)
                    || Self.haveSameArguments(fieldNode(position).arguments, fieldNode(first).arguments)
            else { return false }
        }
        // The subfields of all the fields with a selection set, merged by response name, one
        // representative per content class.
        var withSelectionSet = 0
        var subfieldIndexes: [Int32: Int] = [:]
        var subfields: [(position: Int, count: Int)] = []
        var namesInOrder: [String] = []
        var byName: [String: (members: [Int], total: Int)] = [:]
        for (position, count) in representatives where fields[position].hasSelectionSet {
            withSelectionSet += count
            let collection = collections[Int(subfieldCollection(position))]
            if !collection.fragments.isEmpty { return false }
            for group in collection.groups {
                let responseName = groups[group].responseName
                var member = Int(groups[group].first)
                while member >= 0 {
                    let contentClass = contentClass(member)
                    if let index = subfieldIndexes[contentClass] {
                        subfields[index].count += count
                    } else {
                        subfieldIndexes[contentClass] = subfields.count
                        if byName[responseName] == nil { namesInOrder.append(responseName) }
                        byName[responseName, default: ([], 0)].members.append(subfields.count)
                        subfields.append((member, count))
                    }
                    byName[responseName, default: ([], 0)].total += count
                    member = Int(fields[member].next)
                }
            }
        }
        // Sub-selections are compared only between two fields that both have one.
        if withSelectionSet < 2 { return true }
        for name in namesInOrder {
            // safe: every name in `namesInOrder` was added to `byName`.
            let (members, total) = byName[name]!
            if total < 2 { continue }
            if !cannotConflict(members.map { subfields[$0] }) { return false }
        }
        return true
    }
}
