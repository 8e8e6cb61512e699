import Testing

@testable import HubStore

@Suite("Batched lookups for the API's loaders")
struct LookupTests {
    @Test("many ids or keys cost one statement; missing ones are absent")
    func lookupsByIdsAndKeys() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        database.statementCounter.reset()
        let byKey = try database.read { try $0.organizations(keys: ["ca-montreal", "ht-port-au-prince", "nowhere"]) }
        #expect(byKey.keys.sorted() == ["ca-montreal", "ht-port-au-prince"])
        #expect(database.statementCounter.value == 1)
        // safe in tests: both keys were just found
        let ids = byKey.values.map(\.id) + [999_999]
        database.statementCounter.reset()
        let byID = try database.read { try $0.organizations(ids: ids) }
        #expect(Set(byID.values.map(\.key)) == ["ca-montreal", "ht-port-au-prince"])
        #expect(database.statementCounter.value == 1)
        #expect(try database.read { try $0.organizations(ids: []) }.isEmpty)
        #expect(database.statementCounter.value == 1)
    }

    @Test("children of many parents: one statement, an entry for every parent")
    func childrenOfManyParents() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let partnerships = try database.read { try $0.partnerships(keys: ["blackfalds-bohol", "truro-cliza"]) }
        let blackfalds = try #require(partnerships["blackfalds-bohol"]).id
        let truro = try #require(partnerships["truro-cliza"]).id
        database.statementCounter.reset()
        let participants = try database.read { try $0.participants(ofPartnerships: [blackfalds, truro, 999_999]) }
        #expect(database.statementCounter.value == 1)
        #expect(participants[blackfalds]?.count == 5)
        #expect(participants[truro]?.count == 3)
        #expect(participants[999_999] == [])
        let roles = Set(participants[blackfalds]?.map(\.role) ?? [])
        #expect(roles == [.lead, .partner])

        let practice = try #require(try database.read { try $0.practices(keys: ["nam-dinh-land-management"]) }.values.first)
        let texts = try database.read { try $0.texts(ofPractices: [practice.id]) }[practice.id] ?? []
        #expect(texts.map(\.language) == [.english, .french])
        let replications = try database.read { try $0.replications(ofPractices: [practice.id]) }[practice.id] ?? []
        #expect(replications.count == 4)
        let themes = try database.read { try $0.themeIDs(ofPractices: [practice.id]) }[practice.id] ?? []
        #expect(themes.count == 2)
    }

    @Test("the key list is JSON, whatever the keys hold")
    func keySetEscapes() {
        #expect(KeySet.json([1, -2, 3] as [Int64]) == "[1,-2,3]")
        #expect(KeySet.json(["a\"b", "c\\d", "e\nf"]) == "[\"a\\\"b\",\"c\\\\d\",\"e\\u000af\"]")
    }
}
