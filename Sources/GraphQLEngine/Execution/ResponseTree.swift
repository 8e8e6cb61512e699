// The response's `data` while it is built and once it is done: every value in one flat array
// (an arena), objects and lists pointing at their contiguous children. A request with a
// thousand objects costs a few array growths instead of thousands of small allocations, a
// value still being loaded is a slot to fill in later, and null propagation (spec §6.4.4)
// walks up the parent links.

/// One value of the response tree.
enum ResponseNode: Sendable {
    case null
    /// A serialized scalar or enum value.
    case leaf(InputValue)
    /// An object: its fields are the `plan.fields.count` slots from `first`, in response order.
    case object(first: Int32, plan: SelectionPlan)
    /// A list: its items are the `count` slots from `first`.
    case list(first: Int32, count: Int32)
    /// Waiting for a batch load or an asynchronous resolver.
    case pending
}

/// The tree of a response's `data`, stored flat.
public struct ResponseTree: Sendable {
    private(set) var nodes: [ResponseNode] = []
    /// For each slot: the slot of the object or list holding it (-1 for the root), and whether
    /// its type is non-null, which decides where a null stops propagating.
    private(set) var links: [Link] = []

    struct Link: Sendable {
        var parent: Int32
        var isNonNull: Bool
    }

    /// The slot of the root object (the operation's root selection set).
    static let root: Int32 = 0

    init() {}

    init(estimatedCount: Int) {
        nodes.reserveCapacity(estimatedCount)
        links.reserveCapacity(estimatedCount)
    }

    /// Adds the root slot.
    mutating func addRoot() -> Int32 {
        nodes.append(.pending)
        links.append(Link(parent: -1, isNonNull: false))
        return 0
    }

    /// Adds one empty slot for each entry of `isNonNull` as children of `parent`, returning
    /// the first.
    mutating func addChildren(parent: Int32, isNonNull: [Bool]) -> Int32 {
        let first = Int32(truncatingIfNeeded: nodes.count)
        nodes.append(contentsOf: repeatElement(.pending, count: isNonNull.count))
        for nonNull in isNonNull {
            links.append(Link(parent: parent, isNonNull: nonNull))
        }
        return first
    }

    /// Makes room for `additional` more slots, at least doubling the room when it grows.
    mutating func reserve(additional: Int) {
        let needed = nodes.count + additional
        guard needed > nodes.capacity else { return }
        let capacity = max(needed, nodes.capacity * 2)
        nodes.reserveCapacity(capacity)
        links.reserveCapacity(capacity)
    }

    /// Adds `count` empty slots for the items of the list at `parent`.
    mutating func addItems(count: Int, parent: Int32, isNonNull: Bool) -> Int32 {
        let first = Int32(truncatingIfNeeded: nodes.count)
        nodes.append(contentsOf: repeatElement(.pending, count: count))
        links.append(contentsOf: repeatElement(Link(parent: parent, isNonNull: isNonNull), count: count))
        return first
    }

    /// How many values the tree holds.
    var count: Int { nodes.count }

    subscript(slot: Int32) -> ResponseNode {
        get { nodes[Int(slot)] }
        set { nodes[Int(slot)] = newValue }
    }

    func parent(of slot: Int32) -> Int32 { links[Int(slot)].parent }

    func isNonNull(_ slot: Int32) -> Bool { links[Int(slot)].isNonNull }

    /// Whether the value at `slot` has been discarded: some object or list above it was
    /// replaced by null, so whatever is written there would never be seen.
    func isDiscarded(_ slot: Int32) -> Bool {
        var current = parent(of: slot)
        while current >= 0 {
            if case .null = self[current] { return true }
            current = parent(of: current)
        }
        return false
    }

    /// The response path of `slot` (spec §7.1.2 "path"): response keys and list indices.
    func path(to slot: Int32) -> [PathComponent] {
        var components: [PathComponent] = []
        var current = slot
        var parent = self.parent(of: current)
        while parent >= 0 {
            switch self[parent] {
            case .object(let first, let plan):
                components.append(.key(plan.fields[Int(current - first)].responseKey))
            case .list(let first, _):
                components.append(.index(Int(current - first)))
            default:
                break
            }
            current = parent
            parent = self.parent(of: current)
        }
        return components.reversed()
    }

    // MARK: Reading

    /// The value at `slot` as a JSON-shaped value (for tests and callers that inspect results).
    func value(at slot: Int32) -> InputValue {
        switch self[slot] {
        case .null, .pending: return .null
        case .leaf(let value): return value
        case .object(let first, let plan):
            var fields: [InputValue.Field] = []
            fields.reserveCapacity(plan.fields.count)
            for (offset, field) in plan.fields.enumerated() {
                fields.append(InputValue.Field(name: field.responseKey, value: value(at: first + Int32(offset))))
            }
            return .object(fields)
        case .list(let first, let count):
            return .list((0..<count).map { value(at: first + $0) })
        }
    }

    /// Writes the value at `slot` as JSON, objects in response-key order (spec §7.2.2).
    func write(_ slot: Int32, to writer: inout JSONWriter) {
        var buffer = JSONBuffer(capacity: estimatedJSONSize)
        nodes.withUnsafeBufferPointer { nodes in
            Self.write(slot, of: nodes, to: &buffer)
        }
        buffer.withBytes { writer.writeRaw($0) }
    }

    private static func write(_ slot: Int32, of nodes: UnsafeBufferPointer<ResponseNode>, to buffer: inout JSONBuffer) {
        switch nodes[Int(slot)] {
        case .null, .pending:
            buffer.writeASCII("null")
        case .leaf(let value):
            buffer.writeValue(value)
        case .object(let first, let plan):
            guard !plan.jsonKeyEnds.isEmpty else {
                buffer.writeASCII("{}")
                return
            }
            plan.jsonKeys.withUnsafeBufferPointer { keys in
                var keyStart = 0
                var child = first
                for keyEnd in plan.jsonKeyEnds {
                    buffer.writeRaw(UnsafeBufferPointer(rebasing: keys[keyStart..<keyEnd]))
                    write(child, of: nodes, to: &buffer)
                    keyStart = keyEnd
                    child += 1
                }
            }
            buffer.writeByte(UInt8(ascii: "}"))
        case .list(let first, let count):
            buffer.writeByte(UInt8(ascii: "["))
            for offset in 0..<count {
                if offset > 0 { buffer.writeByte(UInt8(ascii: ",")) }
                write(first + offset, of: nodes, to: &buffer)
            }
            buffer.writeByte(UInt8(ascii: "]"))
        }
    }

    /// A rough size of the JSON, to reserve the writer's buffer once.
    var estimatedJSONSize: Int { nodes.count * 16 }
}
