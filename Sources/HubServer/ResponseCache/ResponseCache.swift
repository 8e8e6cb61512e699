import Synchronization

/// The answers to anonymous read-only queries, kept in memory so that the same request is
/// answered again without running it: bounded in bytes, least recently used first out.
///
/// An entry records the store's write generation read before its query ran; once the store has
/// moved past it (a mutation, a sign-in: any write of this process at once, a commit by another
/// process on the same file within a tenth of a second), the entry is stale and a lookup
/// misses. ``maxAge`` bounds an entry's life whatever happens.
///
/// One request at a time computes a key's answer: while it runs, other requests for the key
/// wait for it instead of running the same query (64 clients asking for a search page that has
/// just gone stale would otherwise run it 64 times at once). Past half its ``maxAge``, an entry
/// is still served while one request computes its replacement, so that a busy key never waits.
///
/// Only answers that cannot depend on the caller or on timing are stored, which the endpoint
/// decides: an error-free 200 to a query sent without `Authorization`.
final class ResponseCache: Sendable {
    /// A stored answer.
    struct Entry: Sendable {
        /// The response body: a GraphQL response in JSON.
        var body: [UInt8]
        /// The strong `ETag` of `body`, for answers to GET.
        var entityTag: String?
        /// The store's write generation before the answer was computed.
        var generation: UInt64
        /// When the answer was stored.
        var storedAt: ContinuousClock.Instant
    }

    /// How the cache has served lookups, and what it holds.
    struct Statistics: Sendable, Equatable {
        var hits = 0
        var misses = 0
        var entries = 0
        var bytes = 0
    }

    /// A slot of the recency list: an entry, its key and its neighbours (indices into `slots`).
    private struct Slot {
        var key: ResponseCacheKey
        var entry: Entry
        var bytes: Int
        var newer = -1
        var older = -1
    }

    /// What a lookup found.
    enum Lookup: Sendable {
        /// The answer, to be sent as it is.
        case hit(Entry)
        /// No answer to use: run the request, then ``store(_:for:)`` its answer or
        /// ``release(_:)`` the key, which the requests waiting for it need.
        case compute
    }

    private struct State {
        /// The requests waiting for the answer of a key being computed; a key is present while
        /// one request computes it (waiting for it or refreshing its entry).
        var computing: [ResponseCacheKey: [CheckedContinuation<Entry?, Never>]] = [:]
        var index: [ResponseCacheKey: Int] = [:]
        var slots: [Slot] = []
        var free: [Int] = []
        var newest = -1
        var oldest = -1
        var statistics = Statistics()
    }

    /// Bookkeeping counted for each entry beyond its key and body (slot, index, array headers).
    static let entryOverhead = 160

    /// The most bytes the entries (keys, bodies and bookkeeping) take together.
    let capacity: Int
    /// How long an entry is served at most, whatever the generation.
    let maxAge: Duration
    private let state = Mutex(State())

    /// A cache of at most `capacity` bytes whose entries live at most `maxAge`.
    init(capacity: Int, maxAge: Duration) {
        self.capacity = capacity
        self.maxAge = maxAge
    }

    /// The entry for `key` when it is from `generation` and younger than ``maxAge`` (a stale
    /// entry is dropped), else `compute`; waits for the answer when another request is
    /// computing it. Counts a hit or a miss.
    func lookup(_ key: ResponseCacheKey, generation: UInt64, now: ContinuousClock.Instant = .now) async -> Lookup {
        enum Decision {
            case found(Lookup)
            case wait
        }
        let decision = state.withLock { state -> Decision in
            if let slot = state.index[key] {
                let entry = state.slots[slot].entry
                let age = now - entry.storedAt
                if entry.generation == generation, age < maxAge {
                    Self.unlink(slot, in: &state)
                    Self.linkAsNewest(slot, in: &state)
                    if age >= maxAge / 2, state.computing[key] == nil {
                        state.computing[key] = []
                        state.statistics.misses += 1
                        return .found(.compute)
                    }
                    state.statistics.hits += 1
                    return .found(.hit(entry))
                }
                Self.remove(slot, from: &state)
            }
            if state.computing[key] != nil { return .wait }
            state.computing[key] = []
            state.statistics.misses += 1
            return .found(.compute)
        }
        if case .found(let lookup) = decision { return lookup }
        let answer = await withCheckedContinuation { (continuation: CheckedContinuation<Entry?, Never>) in
            let waiting = state.withLock { state in
                guard state.computing[key] != nil else { return false }
                state.computing[key, default: []].append(continuation)
                return true
            }
            if !waiting { continuation.resume(returning: nil) }  // computed meanwhile: run it
        }
        return state.withLock { state in
            guard let answer, answer.generation == generation else {
                state.statistics.misses += 1
                return .compute
            }
            state.statistics.hits += 1
            return .hit(answer)
        }
    }

    /// Stores `entry` under `key`, replacing any entry there, then drops the least recently used
    /// entries until the total is within ``capacity``. An entry larger than a quarter of the
    /// capacity is not stored: it would push out many others.
    /// The requests waiting for `key` get `entry`.
    func store(_ entry: Entry, for key: ResponseCacheKey) {
        let bytes = key.byteCount + entry.body.count + (entry.entityTag?.utf8.count ?? 0) + Self.entryOverhead
        guard bytes <= capacity / 4 else { return release(key, answer: entry) }
        let waiting = state.withLock { state in
            let waiting = state.computing.removeValue(forKey: key) ?? []
            if let existing = state.index[key] { Self.remove(existing, from: &state) }
            let slot = Slot(key: key, entry: entry, bytes: bytes)
            let position: Int
            if let reused = state.free.popLast() {
                state.slots[reused] = slot
                position = reused
            } else {
                state.slots.append(slot)
                position = state.slots.count - 1
            }
            state.index[key] = position
            Self.linkAsNewest(position, in: &state)
            state.statistics.entries += 1
            state.statistics.bytes += bytes
            while state.statistics.bytes > capacity, state.oldest != -1 { Self.remove(state.oldest, from: &state) }
            return waiting
        }
        for waiter in waiting { waiter.resume(returning: entry) }
    }

    /// Ends the computation of `key` without an answer to keep (an error, a mutation): the
    /// requests waiting for it run on their own.
    func release(_ key: ResponseCacheKey) { release(key, answer: nil) }

    private func release(_ key: ResponseCacheKey, answer: Entry?) {
        let waiting = state.withLock { $0.computing.removeValue(forKey: key) ?? [] }
        for waiter in waiting { waiter.resume(returning: answer) }
    }

    /// How many requests wait for the answer of `key`, for the tests.
    func waitingCount(for key: ResponseCacheKey) -> Int { state.withLock { $0.computing[key]?.count ?? 0 } }

    /// The figures so far, for the metrics and the tests.
    var statistics: Statistics { state.withLock { $0.statistics } }

    private static func remove(_ slot: Int, from state: inout State) {
        unlink(slot, in: &state)
        state.index[state.slots[slot].key] = nil
        state.statistics.entries -= 1
        state.statistics.bytes -= state.slots[slot].bytes
        // The slot stays in the array for reuse, holding nothing of the request.
        state.slots[slot].key = .vacant
        state.slots[slot].entry.body = []
        state.slots[slot].entry.entityTag = nil
        state.free.append(slot)
    }

    private static func unlink(_ slot: Int, in state: inout State) {
        let (newer, older) = (state.slots[slot].newer, state.slots[slot].older)
        if newer == -1 { state.newest = older } else { state.slots[newer].older = older }
        if older == -1 { state.oldest = newer } else { state.slots[older].newer = newer }
        state.slots[slot].newer = -1
        state.slots[slot].older = -1
    }

    private static func linkAsNewest(_ slot: Int, in state: inout State) {
        state.slots[slot].older = state.newest
        state.slots[slot].newer = -1
        if state.newest != -1 { state.slots[state.newest].newer = slot }
        state.newest = slot
        if state.oldest == -1 { state.oldest = slot }
    }
}
