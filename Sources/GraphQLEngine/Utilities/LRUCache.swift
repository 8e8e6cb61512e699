/// A cache of at most `capacity` entries that forgets the least recently used one first.
///
/// Entries live in arrays linked by index, so a hit moves an entry to the front without
/// allocating. Not synchronized: wrap it in a lock to share it.
struct LRUCache<Key: Hashable, Value> {
    private struct Entry {
        var key: Key
        var value: Value
        var newer: Int
        var older: Int
    }

    let capacity: Int
    private var positions: [Key: Int] = [:]
    private var entries: [Entry] = []
    /// The most and least recently used entries; -1 when empty.
    private var newest = -1
    private var oldest = -1

    init(capacity: Int) {
        precondition(capacity > 0, "An LRU cache needs room for at least one entry.")
        self.capacity = capacity
    }

    var count: Int { entries.count }

    /// The value for `key`, which becomes the most recently used.
    mutating func value(for key: Key) -> Value? {
        guard let position = positions[key] else { return nil }
        moveToFront(position)
        return entries[position].value
    }

    /// Stores `value` for `key` as the most recently used, evicting the least recently used
    /// entry when the cache is full.
    mutating func set(_ value: Value, for key: Key) {
        if let position = positions[key] {
            entries[position].value = value
            moveToFront(position)
            return
        }
        if entries.count < capacity {
            entries.append(Entry(key: key, value: value, newer: -1, older: -1))
            let position = entries.count - 1
            positions[key] = position
            linkAtFront(position)
            return
        }
        // Reuse the oldest entry's place for the new one.
        let position = oldest
        unlink(position)
        positions[entries[position].key] = nil
        entries[position] = Entry(key: key, value: value, newer: -1, older: -1)
        positions[key] = position
        linkAtFront(position)
    }

    private mutating func moveToFront(_ position: Int) {
        guard position != newest else { return }
        unlink(position)
        linkAtFront(position)
    }

    private mutating func unlink(_ position: Int) {
        let newer = entries[position].newer
        let older = entries[position].older
        if newer >= 0 { entries[newer].older = older } else { newest = older }
        if older >= 0 { entries[older].newer = newer } else { oldest = newer }
    }

    private mutating func linkAtFront(_ position: Int) {
        entries[position].newer = -1
        entries[position].older = newest
        if newest >= 0 { entries[newest].newer = position }
        newest = position
        if oldest < 0 { oldest = position }
    }
}
