/// The first name node seen for each name, for the rules that report a name defined twice
/// together with its first definition.
///
/// One lookup per recorded name (`record` inserts and finds the earlier node in one step) in a
/// `NameIndex`, which matters on schemas with thousands of fields.
struct FirstNames {
    private var positions = NameIndex()
    /// The recorded nodes, by position.
    private var nodes: [NameNode] = []

    /// An empty record.
    init() {}

    /// Makes room for `count` more names.
    mutating func reserveCapacity(_ count: Int) {
        positions.reserveCapacity(count)
        nodes.reserveCapacity(nodes.count + count)
    }

    /// Records `name` and returns nil, or returns the node recorded earlier for the same name
    /// (and records nothing).
    mutating func record(_ name: NameNode) -> NameNode? {
        if let position = positions.insert(name.value, nodes.count) { return nodes[position] }
        nodes.append(name)
        return nil
    }
}
