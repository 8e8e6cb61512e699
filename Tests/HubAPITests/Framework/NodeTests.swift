import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Global identity: node and nodes")
struct NodeTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("an object's global ID fetches it again through node and nodes")
    func roundTrip() async throws {
        let listed = await harness.data(
            "{ practice(key: \"galle-community-support-fund\") { id municipality { id } } }")
        let practiceID = listed["practice", "id"]
        let organizationID = listed["practice", "municipality", "id"]
        let fetched = await harness.data(
            """
            query ($ids: [ID!]!, $id: ID!) {
              node(id: $id) { __typename ... on Practice { key } }
              nodes(ids: $ids) { __typename id ... on Organization { key } }
            }
            """, variables: ["id": practiceID, "ids": [organizationID, "bm90LWFuLWlk"]])
        #expect(fetched["node", "__typename"] == "Practice")
        #expect(fetched["node", "key"] == "galle-community-support-fund")
        #expect(fetched["nodes", 0, "key"] == "lk-galle")
        #expect(fetched["nodes", 1] == .null)
    }

    @Test("global IDs are opaque and decode only to what they encode")
    func globalIDs() {
        let id = GlobalID(.practice, 12)
        #expect(!id.encoded.contains("Practice"))
        #expect(GlobalID(decoding: id.encoded) == id)
        #expect(GlobalID(decoding: "Practice:12") == nil)
    }

    @Test("a draft's ID gives null to anonymous callers")
    func draftsAreHiddenFromNode() async throws {
        let admin = await harness.data(
            "{ practice(key: \"montreal-pap-draft-civil-protection\") { id } }", as: APIHarness.member(.admin))
        let anonymous = await harness.data(
            "query ($id: ID!) { node(id: $id) { id } }", variables: ["id": admin["practice", "id"]])
        #expect(anonymous["node"] == .null)
    }
}
