import Synchronization
import Testing

@testable import GraphQLEngine

/// Batch loading (issue 3, "Batching support for the data layer"): the keys every field of one
/// level of the response asks a `BatchLoader` for are loaded with one call, each key once; a
/// key loaded at an earlier level is answered at once; a loader's error, or a wrong number of
/// values, is an error for every field waiting on it. The data is what graphql-js 16.6 gives
/// with plain per-item resolvers (`Expectations/batch-loading.js`): batching changes the
/// calls, not the response.
@Suite struct BatchLoaderTests {
    static let sdl = """
        type Query { practices(count: Int!): [Practice!]! }
        type Practice { id: Int! title: String author: Person asyncAuthor: Person }
        type Person { id: Int! name: String org: Org friends: [Person] }
        type Org { id: Int! name: String }
        """

    /// The loaders of one test, recording the keys of every call.
    final class Store: Sendable {
        private let state = State()
        let people: BatchLoader<Int>
        let orgs: BatchLoader<Int>

        final class State: Sendable {
            let calls = Mutex<[String]>([])
            let failure = Mutex<(any Error & Sendable)?>(nil)
            let shortBy = Mutex(0)

            func record(_ loader: String, _ keys: [Int]) throws {
                calls.withLock { $0.append("\(loader) \(keys)") }
                if let error = failure.withLock({ $0 }) { throw error }
            }
        }

        init() {
            let state = self.state
            // Person `id` is in organization `id % 3` and befriends the next two ids.
            people = BatchLoader(name: "person loader") { ids, _ in
                try state.record("people", ids)
                return Array(ids.map { FieldValue.object(Person(id: $0)) }.dropLast(state.shortBy.withLock { $0 }))
            }
            orgs = BatchLoader(name: "org loader") { ids, context in
                try state.record("orgs", ids)
                return ids.map { .object(Org(name: "Org \($0)\(context as? String ?? "")")) }
            }
        }

        var calls: [String] { state.calls.withLock { $0 } }
        func fail(with error: any Error & Sendable) { state.failure.withLock { $0 = error } }
        func answerShort(by count: Int) { state.shortBy.withLock { $0 = count } }
    }

    struct Person: Sendable {
        let id: Int
    }

    struct Org: Sendable {
        let name: String
    }

    /// Practice `id` is written by person `id % 10`.
    static func schema(_ store: Store) throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Query", "practices"] = .sync { input in
            guard case .int(let count)? = input[argument: "count"] else { return .null }
            return .list((0..<count).map { .object($0) })
        }
        resolvers["Practice", "id"] = .property { (id: Int) in .int(id) }
        resolvers["Practice", "title"] = .property { (id: Int) in .string("Practice \(id)") }
        resolvers["Practice", "author"] = .sync { input in
            input.load(store.people, key: (input.source as? Int ?? 0) % 10)
        }
        resolvers["Practice", "asyncAuthor"] = .async { input in
            await Task.yield()
            return input.load(store.people, key: (input.source as? Int ?? 0) % 10)
        }
        resolvers["Person", "id"] = .property { (person: Person) in .int(person.id) }
        resolvers["Person", "name"] = .property { (person: Person) in .string("Person \(person.id)") }
        resolvers["Person", "org"] = .sync { input in
            guard let person = input.source as? Person else { return .null }
            return input.load(store.orgs, key: person.id % 3)
        }
        resolvers["Person", "friends"] = .sync { input in
            guard let person = input.source as? Person else { return .null }
            return .list([person.id + 1, person.id + 2].map { input.load(store.people, key: $0) })
        }
        resolvers["Org", "name"] = .property { (org: Org) in .string(org.name) }
        return try makeSchema(sdl, resolvers)
    }

    @Test func aHundredItemsCostOneCallForTheirDistinctKeys() async throws {
        let store = Store()
        let result = try await run(try Self.schema(store), "{ practices(count: 100) { id author { name } } }")
        #expect(store.calls == ["people [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"])
        let practices = (0..<100).map { #"{"id":\#($0),"author":{"name":"Person \#($0 % 10)"}}"# }
        #expect(result.json == #"{"data":{"practices":["# + practices.joined(separator: ",") + "]}}")
    }

    @Test func eachLevelCostsOneCallPerLoaderAndLoadedKeysAreNotLoadedAgain() async throws {
        let store = Store()
        let result = try await run(
            try Self.schema(store), "{ practices(count: 100) { author { id friends { id name } } } }")
        // Level 2 (authors) loads 0…9; level 3 (their friends, 1…11) loads only 10 and 11.
        #expect(store.calls == ["people [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]", "people [10, 11]"])
        #expect(result.errors.isEmpty)
        #expect(
            result.data?[field: "practices"].map { practices in
                guard case .list(let items) = practices else { return false }
                return items[13]
                    == object(
                        (
                            "author",
                            object(
                                ("id", 3),
                                (
                                    "friends",
                                    [object(("id", 4), ("name", "Person 4")), object(("id", 5), ("name", "Person 5"))]
                                )
                            )
                        ))
            } == true)
    }

    @Test func theSmallCaseMatchesGraphQLJS() async throws {
        let store = Store()
        let result = try await run(
            try Self.schema(store), "{ practices(count: 3) { title author { name friends { name } } } }")
        #expect(
            result.json
                == #"{"data":{"practices":[{"title":"Practice 0","author":{"name":"Person 0","friends":[{"name":"Person 1"},{"name":"Person 2"}]}},{"title":"Practice 1","author":{"name":"Person 1","friends":[{"name":"Person 2"},{"name":"Person 3"}]}},{"title":"Practice 2","author":{"name":"Person 2","friends":[{"name":"Person 3"},{"name":"Person 4"}]}}]}}"#
        )
        #expect(store.calls == ["people [0, 1, 2]", "people [3, 4]"])
    }

    struct Offline: Error, CustomStringConvertible {
        var description: String { "The people store is offline." }
    }

    @Test func aLoadersErrorIsAnErrorForEveryFieldWaitingOnIt() async throws {
        let store = Store()
        store.fail(with: Offline())
        let result = try await run(try Self.schema(store), "{ practices(count: 3) { id author { name } } }")
        #expect(
            result.json
                == #"{"errors":[{"message":"The people store is offline.","locations":[{"line":1,"column":28}],"path":["practices",0,"author"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"The people store is offline.","locations":[{"line":1,"column":28}],"path":["practices",1,"author"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"The people store is offline.","locations":[{"line":1,"column":28}],"path":["practices",2,"author"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"practices":[{"id":0,"author":null},{"id":1,"author":null},{"id":2,"author":null}]}}"#
        )
    }

    @Test func aLoaderAnsweringTooFewValuesFailsItsWholeBatch() async throws {
        let store = Store()
        store.answerShort(by: 1)
        let result = try await run(try Self.schema(store), "{ practices(count: 2) { author { name } } }")
        let message =
            "person loader returned 1 values for 2 keys; a batch loader must return one value per key, in the keys' order."
        #expect(result.messages == [message, message])
        #expect(
            result.errors.map(\.path) == [
                [.key("practices"), .index(0), .key("author")], [.key("practices"), .index(1), .key("author")],
            ])
        #expect(result.data == object(("practices", [object(("author", nil)), object(("author", nil))])))
    }

    @Test func aLoaderReceivesTheRequestsContext() async throws {
        let store = Store()
        let result = try await run(
            try Self.schema(store), "{ practices(count: 1) { author { org { name } } } }", context: " (Lyon)")
        #expect(result.json == #"{"data":{"practices":[{"author":{"org":{"name":"Org 0 (Lyon)"}}}]}}"#)
        #expect(store.calls == ["people [0]", "orgs [0]"])
    }

    @Test func asynchronousResolversMayLoadToo() async throws {
        let store = Store()
        let result = try await run(try Self.schema(store), "{ practices(count: 100) { asyncAuthor { id } } }")
        #expect(result.errors.isEmpty)
        let practices = (0..<100).map { #"{"asyncAuthor":{"id":\#($0 % 10)}}"# }
        #expect(result.json == #"{"data":{"practices":["# + practices.joined(separator: ",") + "]}}")
        // One call, its keys in the order the concurrent resolvers' values were completed.
        #expect(store.calls == ["people [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"])
    }

    /// Asynchronous resolvers run at the same time as one another and as the loaders; loading
    /// from them used to let them change the execution's batches concurrently and crash.
    @Test func manyAsynchronousResolversLoadingAtOnceAreSafe() async throws {
        let calls = EventLog()
        let loaders = (0..<8).map { number in
            BatchLoader<Int>(name: "loader \(number)") { keys, _ in
                calls.record("loader \(number): \(keys.count) keys")
                return keys.map { .int($0) }
            }
        }
        var resolvers = Resolvers()
        resolvers["Query", "items"] = .sync { _ in .list((0..<3000).map { .object($0) }) }
        resolvers["Item", "value"] = .async { input in
            let id = input.source as? Int ?? 0
            return input.load(loaders[id % 8], key: id)
        }
        let schema = try makeSchema("type Query { items: [Item] } type Item { value: Int }", resolvers)
        for _ in 0..<5 {
            let result = try await run(schema, "{ items { value } }")
            #expect(result.errors.isEmpty)
            #expect(result.data == object(("items", .list((0..<3000).map { object(("value", .int($0))) }))))
        }
        #expect(calls.all.count == 40)
        #expect(Set(calls.all) == Set((0..<8).map { "loader \($0): 375 keys" }))
    }
}
