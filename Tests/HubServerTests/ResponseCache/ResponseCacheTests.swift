import Testing

@testable import HubServer

/// The response cache's store: its byte bound, its recency order, and when an entry is stale.
struct ResponseCacheTests {
    private func key(_ query: String) -> ResponseCacheKey {
        ResponseCacheKey(query: query, operationName: nil, variables: [:], mediaType: .graphQLResponseJSON, isGET: false)
    }

    /// The entry a lookup finds, nil when it says to compute (the key then released, so that
    /// the next lookup does not wait for it).
    private func found(
        _ cache: ResponseCache, _ key: ResponseCacheKey, generation: UInt64 = 0, now: ContinuousClock.Instant = .now
    ) async -> ResponseCache.Entry? {
        guard case .hit(let entry) = await cache.lookup(key, generation: generation, now: now) else {
            cache.release(key)
            return nil
        }
        return entry
    }

    /// The query of the `number`th entry; all of the same length, so all entries of one size.
    private func query(_ number: Int) -> String { "{ q\(100 + number) }" }

    private func entry(bytes: Int, generation: UInt64 = 0, at instant: ContinuousClock.Instant = .now) -> ResponseCache.Entry {
        ResponseCache.Entry(body: Array(repeating: UInt8(ascii: "x"), count: bytes), entityTag: nil, generation: generation, storedAt: instant)
    }

    @Test("the entries never take more than the capacity; the least recently used go first")
    func byteBound() async {
        let cache = ResponseCache(capacity: 4096, maxAge: .seconds(60))
        for number in 0..<100 {
            cache.store(entry(bytes: 300), for: key(query(number)))
            #expect(cache.statistics.bytes <= 4096)
            // The first entry is used after each store, so it stays while the others rotate.
            #expect(await found(cache, key(query(0))) != nil)
        }
        let statistics = cache.statistics
        let perEntry = 300 + key(query(0)).byteCount + ResponseCache.entryOverhead
        #expect(statistics.entries == 4096 / perEntry)
        #expect(statistics.bytes == statistics.entries * perEntry)
        #expect(await found(cache, key(query(99))) != nil)
        #expect(await found(cache, key(query(1))) == nil)
    }

    @Test("an entry larger than a quarter of the capacity is not stored")
    func oversizedEntries() async {
        let cache = ResponseCache(capacity: 4096, maxAge: .seconds(60))
        cache.store(entry(bytes: 2000), for: key("{ big }"))
        #expect(await found(cache, key("{ big }")) == nil)
        #expect(cache.statistics.bytes == 0)
    }

    @Test("an entry from an older write generation, or older than the maximum age, is a miss and is dropped")
    func staleEntries() async {
        let cache = ResponseCache(capacity: 1 << 20, maxAge: .seconds(2))
        let start = ContinuousClock.now
        cache.store(entry(bytes: 10, generation: 7, at: start), for: key("{ a }"))
        cache.store(entry(bytes: 10, generation: 7, at: start), for: key("{ b }"))
        #expect(await found(cache, key("{ a }"), generation: 7, now: start + .milliseconds(500)) != nil)
        #expect(await found(cache, key("{ a }"), generation: 8, now: start + .milliseconds(500)) == nil)
        #expect(await found(cache, key("{ a }"), generation: 7, now: start + .milliseconds(500)) == nil)
        #expect(await found(cache, key("{ b }"), generation: 7, now: start + .seconds(2)) == nil)
        #expect(cache.statistics == ResponseCache.Statistics(hits: 1, misses: 3, entries: 0, bytes: 0))
    }

    @Test("storing under a key that has an entry replaces it")
    func replacing() async {
        let cache = ResponseCache(capacity: 1 << 20, maxAge: .seconds(60))
        cache.store(entry(bytes: 10, generation: 1), for: key("{ a }"))
        cache.store(entry(bytes: 20, generation: 2), for: key("{ a }"))
        #expect(await found(cache, key("{ a }"), generation: 2)?.body.count == 20)
        #expect(cache.statistics.entries == 1)
    }

    @Test("while one request computes a key's answer, the others wait for it instead of running it")
    func oneComputesOthersWait() async {
        let cache = ResponseCache(capacity: 1 << 20, maxAge: .seconds(60))
        guard case .compute = await cache.lookup(key("{ a }"), generation: 3) else {
            Issue.record("the first lookup of a key must compute it")
            return
        }
        let waiters = (0..<3).map { _ in Task { await found(cache, key("{ a }"), generation: 3) } }
        while cache.waitingCount(for: key("{ a }")) < 3 { await Task.yield() }
        cache.store(entry(bytes: 5, generation: 3), for: key("{ a }"))
        for waiter in waiters { #expect(await waiter.value?.body.count == 5) }
        #expect(cache.statistics.hits == 3 && cache.statistics.misses == 1)
    }

    @Test("past half its maximum age an entry is still served, while one request computes its replacement")
    func refreshAhead() async {
        let cache = ResponseCache(capacity: 1 << 20, maxAge: .seconds(2))
        let start = ContinuousClock.now
        cache.store(entry(bytes: 5, at: start), for: key("{ a }"))
        let later = start + .milliseconds(1500)
        guard case .compute = await cache.lookup(key("{ a }"), generation: 0, now: later) else {
            Issue.record("the first lookup past half the age must refresh the entry")
            return
        }
        #expect(await found(cache, key("{ a }"), now: later) != nil)
    }
}
