import Foundation  // malloc and free

/// The names a parse has already made into strings, so that a name written many times (a type
/// used by hundreds of fields) is allocated once and shared.
///
/// Names of up to 15 bytes are stored inline in `String` without allocating, so only longer
/// ones go through the table. It is an open-addressing hash table keyed by the name's bytes
/// (a multiplicative hash over 8-byte words, linear probing, at most half full); a lookup gives
/// up after `maxProbes` occupied slots, so that a document of names built to collide costs no
/// more than one without sharing.
///
/// A table serves one source: each distinct name remembers where its bytes were first read, and
/// a lookup compares the bytes there instead of the string's.
struct NameTable: ~Copyable {
    /// A distinct long name: its string, and where in the source its bytes were first read.
    private struct Entry {
        var string: String
        var start: Int
    }

    /// The open-addressing slots, `slotCount` of them: 0 when empty, else the name's hash in the
    /// high 32 bits and its index in `entries` plus one in the low 32. Plain integers, so that
    /// dropping the table costs no per-slot work.
    private var slots: UnsafeMutablePointer<UInt64>?
    private var slotCount = 0
    /// The distinct long names made so far, in the order they were first met.
    private var entries = ItemStack<Entry>()
    /// How many occupied slots a lookup looks at before giving up on sharing.
    static let maxProbes = 16
    /// How many slots the table starts with on its first long name.
    static let initialSlots = 32

    /// An empty table; it allocates on the first long name.
    init() {}

    deinit {
        free(slots)
    }

    /// The string for the bytes `start..<end`, made once per distinct name.
    @inline(__always)
    mutating func string(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if end &- start <= 15 {
            return Lexer.smallString(from: start, to: end, in: bytes)
        }
        if let known = NameTable.knownName(from: start, to: end, in: bytes) {
            return known
        }
        return intern(from: start, to: end, in: bytes)
    }

    /// The long names of the introspection schema (spec §4.2) that introspection queries
    /// select or pass, and the operation name graphql-js's `getIntrospectionQuery` gives: every
    /// GraphQL tool sends that query. They are string literals, which cost no allocation and no
    /// reference counting, and a document that has no other long name needs no table at all.
    static let knownNames: [String] = ["subscriptionType", "includeDeprecated", "deprecationReason", "IntrospectionQuery"]

    /// The known name (see `knownNames`) spelled by the bytes `start..<end`, if any.
    ///
    /// A name is compared only with the known names of its length, first by its leading eight
    /// bytes, so that other long names pay a few comparisons.
    @inline(__always)
    static func knownName(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = end &- start
        guard count >= 16, count <= 18, let base = bytes.baseAddress else { return nil }
        let leading = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
        for known in knownNames where known.utf8.count == count {
            var known = known
            let matches = known.withUTF8 { spelled in
                // safe: a known name is at least 16 bytes long
                UnsafeRawPointer(spelled.baseAddress.unsafelyUnwrapped).loadUnaligned(as: UInt64.self) == leading
                    && NameTable.equal(spelled, UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            if matches { return known }
        }
        return nil
    }

    /// Whether two runs of bytes of the same length are the same.
    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = first.baseAddress, let right = second.baseAddress else { return first.count == second.count }
        return first.count == second.count && memcmp(left, right, first.count) == 0
    }

    private mutating func intern(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let hash = NameTable.hash(name)
        if slots == nil {
            slots = NameTable.zeroedSlots(NameTable.initialSlots)
            slotCount = NameTable.initialSlots
        }
        let slots = self.slots.unsafelyUnwrapped  // safe: allocated just above if it was not
        let mask = slotCount - 1
        var index = Int(hash) & mask
        var probes = 0
        while slots[index] != 0 {
            let slot = slots[index]
            if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if NameTable.equal(bytes, entries[entry].start, start, count: name.count) {
                    return entries[entry].string
                }
            }
            // Names made to collide cannot make lookups slow: past a few probes the name is
            // simply not shared.
            probes += 1
            if probes == NameTable.maxProbes {
                return String(decoding: name, as: UTF8.self)
            }
            index = (index + 1) & mask
        }
        let string = String(decoding: name, as: UTF8.self)
        entries.push(Entry(string: string, start: start))
        slots[index] = UInt64(hash) << 32 | UInt64(entries.count)
        if entries.count * 2 > slotCount {
            grow()
        }
        return string
    }

    /// The hash of a name's bytes, eight at a time (the multiply-and-rotate step of FxHash).
    static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = UInt64(name.count)
        guard let base = name.baseAddress else { return UInt32(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= name.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = ((hash << 5 | hash >> 59) ^ word) &* 0x517C_C1B7_2722_0A95
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < name.count {
            tail |= UInt64(name[index]) << shift
            shift += 8
            index += 1
        }
        hash = ((hash << 5 | hash >> 59) ^ tail) &* 0x517C_C1B7_2722_0A95
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }

    /// Whether the `count` bytes at `first` and at `second` in `bytes` are the same.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int) -> Bool {
        guard let base = bytes.baseAddress else { return count == 0 }
        let left = UnsafeRawPointer(base + first)
        let right = UnsafeRawPointer(base + second)
        // Eight bytes at a time, then the rest.
        var index = 0
        while index + 8 <= count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        while index < count {
            if base[first + index] != base[second + index] { return false }
            index += 1
        }
        return true
    }

    /// `count` empty slots.
    private static func zeroedSlots(_ count: Int) -> UnsafeMutablePointer<UInt64> {
        guard let storage = malloc(count * MemoryLayout<UInt64>.stride) else {
            fatalError("out of memory for a name table of \(count) slots")
        }
        let slots = storage.bindMemory(to: UInt64.self, capacity: count)
        slots.initialize(repeating: 0, count: count)
        return slots
    }

    private mutating func grow() {
        guard let old = slots else { return }
        let oldCount = slotCount
        let larger = NameTable.zeroedSlots(oldCount * 2)
        let mask = oldCount * 2 - 1
        for position in 0..<oldCount where old[position] != 0 {
            let slot = old[position]
            var index = Int(truncatingIfNeeded: slot >> 32) & mask
            while larger[index] != 0 {
                index = (index + 1) & mask
            }
            larger[index] = slot
        }
        free(old)
        slots = larger
        slotCount = oldCount * 2
    }
}
