/// The first name node seen for each name, for the rules that report a name defined twice
/// together with its first definition.
///
/// One hash per recorded name: `record` inserts and finds the earlier node in one step, which
/// matters on schemas with thousands of fields.
struct FirstNames {
    private var entries: Set<Entry> = []

    /// A name node that hashes and compares by its name alone.
    private struct Entry: Hashable {
        let node: NameNode
        static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.node.value == rhs.node.value }
        func hash(into hasher: inout Hasher) { hasher.combine(node.value) }
    }

    /// An empty record.
    init() {}

    /// Makes room for `count` more names.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(entries.count + count)
    }

    /// Records `name` and returns nil, or returns the node recorded earlier for the same name
    /// (and records nothing).
    mutating func record(_ name: NameNode) -> NameNode? {
        let (inserted, member) = entries.insert(Entry(node: name))
        return inserted ? nil : member.node
    }
}
