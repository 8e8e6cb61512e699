/// Small integers by name, for the names of a schema or of a type-system document (types,
/// fields): an open-addressing table hashed with `NameTable.hash`, a few instructions a byte,
/// where `Dictionary<String, Int>` runs SipHash over every name it stores or looks up.
///
/// Names equal to the stored ones usually share their storage (the parser makes each long name
/// once), so most comparisons end at the first word. The hash is not seeded: names built to
/// collide go, past `maxProbes` occupied slots, to an ordinary dictionary, so they cost what
/// they would cost there and never make a lookup slow.
struct NameIndex: Sendable {
    /// How many occupied slots an insertion looks at before giving the name to `overflow`.
    static let maxProbes = 16

    /// 0 when empty, else the name's hash in the high 32 bits and its entry plus one in the low.
    private var slots: [UInt64]
    private var names: [String] = []
    private var values: [Int] = []
    /// The names that met `maxProbes` occupied slots, if any.
    private var overflow: [String: Int]?

    /// An empty index with room for `capacity` names.
    init(capacity: Int = 0) {
        var slotCount = capacity == 0 ? 0 : 8
        while slotCount < capacity * 2 { slotCount <<= 1 }
        slots = Array(repeating: 0, count: slotCount)
        names.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// How many names the index holds.
    private(set) var count = 0

    /// Makes room for `count` more names.
    mutating func reserveCapacity(_ count: Int) {
        while (names.count + count) * 2 > slots.count { grow() }
        names.reserveCapacity(names.count + count)
        values.reserveCapacity(values.count + count)
    }

    /// The value stored for `name`.
    subscript(name: String) -> Int? {
        if slots.isEmpty { return nil }
        let hash = Self.hash(name)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash) & mask
            for _ in 0..<Self.maxProbes {
                let slot = slots[index]
                if slot == 0 { break }
                if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                    let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                    if names[entry] == name { return values[entry] }
                }
                index = (index &+ 1) & mask
            }
            return overflow?[name]
        }
    }

    /// Stores `value` for `name` unless the index has it; returns the value stored before, or
    /// nil when `name` is new.
    @discardableResult
    mutating func insert(_ name: String, _ value: Int) -> Int? {
        if (names.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(name)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.maxProbes {
            let slot = slots[index]
            if slot == 0 {
                if let existing = overflow?[name] { return existing }
                names.append(name)
                values.append(value)
                slots[index] = UInt64(hash) << 32 | UInt64(names.count)
                count += 1
                return nil
            }
            if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                if names[entry] == name { return values[entry] }
            }
            index = (index &+ 1) & mask
        }
        if let existing = overflow?[name] { return existing }
        overflow = overflow ?? [:]
        overflow?[name] = value
        count += 1
        return nil
    }

    /// Doubles the slots; a name that would land past `maxProbes` slots goes to `overflow`.
    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: max(8, slots.count * 2))
        let mask = larger.count - 1
        for slot in slots where slot != 0 {
            var index = Int(truncatingIfNeeded: slot >> 32) & mask
            var probes = 0
            while larger[index] != 0 && probes < Self.maxProbes {
                index = (index &+ 1) & mask
                probes += 1
            }
            if probes < Self.maxProbes {
                larger[index] = slot
            } else {
                let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                overflow = overflow ?? [:]
                overflow?[names[entry]] = values[entry]
            }
        }
        slots = larger
    }

    /// The hash of the name's UTF-8 bytes.
    private static func hash(_ name: String) -> UInt32 {
        if let hash = name.utf8.withContiguousStorageIfAvailable(NameTable.hash) { return hash }
        return Array(name.utf8).withUnsafeBufferPointer(NameTable.hash)
    }
}
