// Comparing many fields of one response name, for OverlappingFieldsCanBeMergedRule, without
// comparing every pair.
//
// graphql-js compares every pair of fields sharing a response name, which is quadratic: a
// field repeated 2,000 times is 2 million comparisons, each comparing the two sub-selections.
// Here fields are grouped by content class (`ContentClasses`), and a pair is compared only if
// no pair of the same two classes, in the same order, was compared before it in the same
// search step without a conflict. Skipping it changes nothing, so the errors stay graphql-js's
// exactly:
// - two pairs of the same classes compare the same content, from the same place in the search
//   (same exclusivity, same comparisons in progress);
// - the only state a comparison reads besides content is the fragment-pair memo, which only
//   grows, and a comparison made with more pairs already compared explores a part of what
//   the same comparison explored before, so it finds nothing when that one found nothing, and
//   records no new pair;
// - a comparison during which `isRepeating` skipped a step depends on more than its content,
//   so it does not stand for others.
// Pairs that conflict are all compared and reported, in graphql-js's order; the number of
// comparisons is the number of class pairs plus the number of conflicts.

extension OverlappingFieldsCanBeMergedRule.ConflictFinder {
    typealias Conflict = OverlappingFieldsCanBeMergedRule.Conflict

    /// The most conflicts the search makes in one pass, nested ones included, before it stops.
    /// graphql-js has no such bound: fields repeated on both sides of one overlap give one
    /// error listing every conflicting pair (a million for a thousand on each side, hundreds of
    /// megabytes of message). Real documents have a handful.
    static let maxConflicts = 10_000

    /// Whether the search should stop: it is exhausted, or, outside any comparison of two
    /// fields' sub-selections, `conflicts` holds as many conflicts as the rule can report.
    func isStopped(_ conflicts: [Conflict]) -> Bool {
        isExhausted || (activeComparisonCount == 0 && conflicts.count >= conflictLimit)
    }

    /// Adds a conflict found by the search, counting it against `maxConflicts`.
    mutating func record(_ conflict: Conflict, in conflicts: inout [Conflict]) {
        conflicts.append(conflict)
        countConflict()
    }

    /// The positions of the fields of the group at `group`, in order.
    func members(of group: Int) -> [Int] {
        var members: [Int] = []
        var position = Int(groups[group].first)
        while position >= 0 {
            members.append(position)
            position = Int(fields[position].next)
        }
        return members
    }

    /// Compares each field of `fields1` with each field of `fields2` of the same response name
    /// (with each field after it, when `within` and the two lists are the same), in graphql-js's
    /// order, skipping the pairs whose outcome an earlier pair of the same classes decided.
    mutating func collectConflicts(
        _ conflicts: inout [Conflict], exclusive: Bool, responseName: String, _ fields1: [Int], _ fields2: [Int],
        within: Bool
    ) {
        // Many fields that merge cleanly need no pair compared.
        if cannotConflict(within ? fields1 : fields1 + fields2) { return }
        // The classes of the second list, each with the indexes of its fields, ascending.
        var slotOfClass: [Int32: Int] = [:]
        var slots: [Int] = []
        var indexesBySlot: [[Int]] = []
        slots.reserveCapacity(fields2.count)
        for (index, position) in fields2.enumerated() {
            let contentClass = contentClass(position)
            if let slot = slotOfClass[contentClass] {
                indexesBySlot[slot].append(index)
                slots.append(slot)
            } else {
                slotOfClass[contentClass] = indexesBySlot.count
                slots.append(indexesBySlot.count)
                indexesBySlot.append([index])
            }
        }
        // Class pairs known not to conflict: the first field's class and the second's slot.
        var settled: Set<Int> = []
        var pending: [Int] = []
        for (index1, position1) in fields1.enumerated() {
            let class1 = Int(contentClass(position1))
            pending.removeAll(keepingCapacity: true)
            var pendingSlots = 0
            for slot in indexesBySlot.indices where !settled.contains(class1 << 32 | slot) {
                let indexes = indexesBySlot[slot]
                let start = within ? Self.firstIndex(in: indexes, after: index1) : 0
                if start < indexes.count {
                    pending.append(contentsOf: indexes[start...])
                    pendingSlots += 1
                }
            }
            if pendingSlots > 1 { pending.sort() }
            for index2 in pending {
                let pair = class1 << 32 | slots[index2]
                if settled.contains(pair) { continue }
                let skippedBefore = repeatsSkipped
                if let conflict = findConflict(exclusive: exclusive, responseName, position1, fields2[index2]) {
                    record(conflict, in: &conflicts)
                    if isStopped(conflicts) { return }
                } else if repeatsSkipped == skippedBefore {
                    settled.insert(pair)
                }
            }
        }
    }

    /// The position of the first index greater than `index` in ascending `indexes`.
    private static func firstIndex(in indexes: [Int], after index: Int) -> Int {
        var low = 0
        var high = indexes.count
        while low < high {
            let middle = (low + high) / 2
            if indexes[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
