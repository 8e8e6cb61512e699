import Testing

@testable import GraphQLEngine

@Suite struct LRUCacheTests {
    @Test func forgetsTheLeastRecentlyUsedEntryWhenFull() {
        var cache = LRUCache<String, Int>(capacity: 2)
        cache.set(1, for: "a")
        cache.set(2, for: "b")
        #expect(cache.value(for: "a") == 1)  // "b" is now the oldest
        cache.set(3, for: "c")
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        #expect(cache.count == 2)
    }

    @Test func replacingAValueKeepsOneEntryAndMakesItTheNewest() {
        var cache = LRUCache<String, Int>(capacity: 2)
        cache.set(1, for: "a")
        cache.set(2, for: "b")
        cache.set(10, for: "a")
        cache.set(3, for: "c")  // evicts "b", the oldest
        #expect(cache.count == 2)
        #expect(cache.value(for: "a") == 10)
        #expect(cache.value(for: "b") == nil)
    }

    @Test func aCacheOfOneKeepsTheLastEntry() {
        var cache = LRUCache<Int, Int>(capacity: 1)
        for key in 0..<100 { cache.set(key * 2, for: key) }
        #expect(cache.count == 1)
        #expect(cache.value(for: 99) == 198)
        #expect(cache.value(for: 98) == nil)
    }

    @Test func evictsInUseOrderOverManyEntries() {
        var cache = LRUCache<Int, Int>(capacity: 10)
        for key in 0..<10 { cache.set(key, for: key) }
        for key in stride(from: 0, to: 10, by: 2) { _ = cache.value(for: key) }  // evens are newest
        for key in 10..<15 { cache.set(key, for: key) }  // evicts the five odd keys
        #expect((0..<10).filter { cache.value(for: $0) != nil } == [0, 2, 4, 6, 8])
        #expect((10..<15).allSatisfy { cache.value(for: $0) == $0 })
    }
}
