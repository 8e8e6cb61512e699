/// The names a parse has already made into strings, so that a name written many times (a type
/// used by hundreds of fields) is allocated once and shared.
///
/// Names of up to 15 bytes are stored inline in `String` without allocating, so only longer
/// ones go through the table. It is an open-addressing hash table keyed by the name's bytes
/// (a multiplicative hash over 8-byte words, linear probing, at most half full); a lookup gives up after `maxProbes` occupied
/// slots, so that a document of names built to collide costs no more than one without sharing.
struct NameTable {
    private var slots: [String?] = []
    private var hashes: [UInt32] = []
    private var used = 0
    /// How many occupied slots a lookup looks at before giving up on sharing.
    static let maxProbes = 16

    /// An empty table; it allocates on the first long name.
    init() {}

    /// The string for the bytes `start..<end`, made once per distinct name.
    @inline(__always)
    mutating func string(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if name.count <= 15 {
            return String(decoding: name, as: UTF8.self)
        }
        return intern(name)
    }

    private mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> String {
        let hash = NameTable.hash(name)
        if slots.isEmpty {
            slots = Array(repeating: nil, count: 256)
            hashes = Array(repeating: 0, count: 256)
        }
        let mask = slots.count - 1
        var index = Int(hash) & mask
        var probes = 0
        while let existing = slots[index] {
            if hashes[index] == hash && NameTable.equal(existing, name) {
                return existing
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
        slots[index] = string
        hashes[index] = hash
        used += 1
        if used * 2 > slots.count {
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
        let oldSlots = slots
        let oldHashes = hashes
        slots = Array(repeating: nil, count: oldSlots.count * 2)
        hashes = Array(repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (offset, slot) in oldSlots.enumerated() {
            guard let string = slot else { continue }
            var index = Int(oldHashes[offset]) & mask
            while slots[index] != nil {
                index = (index + 1) & mask
            }
            slots[index] = string
            hashes[index] = oldHashes[offset]
        }
    }
}
