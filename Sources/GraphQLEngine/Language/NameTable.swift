/// The names a parse has already made into strings, so that a name written many times (a type
/// used by hundreds of fields) is allocated once and shared.
///
/// Names of up to 15 bytes are stored inline in `String` without allocating, so only longer
/// ones go through the table. It is an open-addressing hash table keyed by the name's bytes
/// (a multiplicative hash over 8-byte words, linear probing, at most half full); a lookup gives up after `maxProbes` occupied
/// slots, so that a document of names built to collide costs no more than one without sharing.
struct NameTable {
    /// The open-addressing slots: 0 when empty, else the name's hash in the high 32 bits and
    /// its index in `strings` plus one in the low 32. Plain integers, so that making and
    /// dropping the table costs no per-slot reference counting.
    private var slots: [UInt64] = []
    /// The distinct long names made so far, in the order they were first met.
    private var strings: [String] = []
    /// How many occupied slots a lookup looks at before giving up on sharing.
    static let maxProbes = 16
    /// How many slots the table starts with on its first long name.
    static let initialSlots = 64

    /// An empty table; it allocates on the first long name.
    init() {}

    /// The string for the bytes `start..<end`, made once per distinct name.
    @inline(__always)
    mutating func string(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if end &- start <= 15 {
            return Lexer.smallString(from: start, to: end, in: bytes)
        }
        return intern(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    private mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> String {
        let hash = NameTable.hash(name)
        if slots.isEmpty {
            slots = Array(repeating: 0, count: NameTable.initialSlots)
            strings.reserveCapacity(NameTable.initialSlots / 2)
        }
        let mask = slots.count - 1
        var index = Int(hash) & mask
        var probes = 0
        while slots[index] != 0 {
            let slot = slots[index]
            if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                let existing = strings[Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1]
                if NameTable.equal(existing, name) {
                    return existing
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
        strings.append(string)
        slots[index] = UInt64(hash) << 32 | UInt64(strings.count)
        if strings.count * 2 > slots.count {
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

    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { stored in
            guard stored.count == bytes.count, let left = stored.baseAddress, let right = bytes.baseAddress
            else { return stored.count == bytes.count }
            // Eight bytes at a time, then the rest.
            var index = 0
            while index + 8 <= stored.count {
                let a = UnsafeRawPointer(left).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let b = UnsafeRawPointer(right).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if a != b { return false }
                index += 8
            }
            while index < stored.count {
                if left[index] != right[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            var index = Int(truncatingIfNeeded: slot >> 32) & mask
            while slots[index] != 0 {
                index = (index + 1) & mask
            }
            slots[index] = slot
        }
    }
}
