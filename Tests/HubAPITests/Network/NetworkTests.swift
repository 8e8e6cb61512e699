import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("The partnership network, for researchers")
struct NetworkTests {
    let harness: APIHarness
    let researcher = APIHarness.member(.researcher)

    init() throws {
        harness = try APIHarness.seeded()
    }

    /// The global IDs of organizations, by key.
    func ids(_ keys: String...) async -> [String: InputValue] {
        var ids: [String: InputValue] = [:]
        for key in keys {
            ids[key] = await harness.data("{ organization(key: \"\(key)\") { id } }")["organization", "id"]
        }
        return ids
    }

    @Test("Saguenay's partners within two hops are Nam Dinh, then the four cities that replicated its practice")
    func neighbours() async {
        let id = await ids("ca-saguenay")["ca-saguenay"] ?? .null
        let data = await harness.data(
            "query ($id: ID!) { network { neighbours(organization: $id, hops: 2) { distance organization { key } } } }",
            variables: ["id": id], as: researcher)
        let neighbours = data["network", "neighbours"].items.map {
            ($0["organization", "key"].stringValue ?? "", $0["distance"].intValue ?? 0)
        }
        #expect(neighbours.first?.0 == "vn-nam-dinh")
        #expect(neighbours.first?.1 == 1)
        #expect(Set(neighbours.dropFirst().map(\.0)) == ["vn-phu-ly", "vn-pleiku", "vn-thai-binh", "vn-tra-vinh"])
        #expect(neighbours.dropFirst().allSatisfy { $0.1 == 2 })
    }

    @Test("the shortest chain from Saguenay to Pleiku goes through Nam Dinh; none reaches Montréal")
    func shortestChain() async {
        let known = await ids("ca-saguenay", "vn-pleiku", "ca-montreal")
        let data = await harness.data(
            """
            query ($from: ID!, $to: ID!, $montreal: ID!) {
              network {
                chain: shortestChain(from: $from, to: $to) { length organizations { key } }
                none: shortestChain(from: $from, to: $montreal) { length }
              }
            }
            """,
            variables: [
                "from": known["ca-saguenay"] ?? .null, "to": known["vn-pleiku"] ?? .null,
                "montreal": known["ca-montreal"] ?? .null,
            ],
            as: researcher)
        #expect(data["network", "chain", "length"] == 2)
        #expect(
            data["network", "chain", "organizations"].items.compactMap { $0["key"].stringValue } == [
                "ca-saguenay", "vn-nam-dinh", "vn-pleiku",
            ])
        #expect(data["network", "none"] == .null)
    }

    @Test("the ranking by degree starts with Winnipeg and Durham Region, 18 partners each")
    func ranking() async {
        let data = await harness.data(
            "{ network { ranking(first: 2) { partners organization { key } } } }", as: researcher)
        #expect(
            Set(data["network", "ranking"].items.compactMap { $0["organization", "key"].stringValue }) == [
                "ca-winnipeg", "ca-durham-region",
            ])
        #expect(data["network", "ranking"].items.allSatisfy { $0["partners"] == 18 })
    }

    @Test("the edge list pages without gaps and filters by program")
    func edges() async {
        let query = """
            query ($after: String) { network { edges(first: 7, after: $after, filter: { themes: ["land-management"] }) {
              totalCount pageInfo { hasNextPage endCursor } nodes { partnership { key } source { key } target { key } } } } }
            """
        var seen: [String] = []
        var after: InputValue = .null
        var total = 0
        for _ in 0..<20 {
            let page = await harness.data(query, variables: ["after": after], as: researcher)
            total = page["network", "edges", "totalCount"].intValue ?? 0
            seen += page["network", "edges", "nodes"].items.map {
                "\($0["partnership", "key"]) \($0["source", "key"]) \($0["target", "key"])"
            }
            if page["network", "edges", "pageInfo", "hasNextPage"] != true { break }
            after = page["network", "edges", "pageInfo", "endCursor"]
        }
        #expect(total > 7)
        #expect(seen.count == total)
        #expect(Set(seen).count == total)
    }

    @Test("network analytics are refused to anonymous callers and to members, with the codes that say why")
    func authorization() async {
        let query = "{ network { ranking { partners } } }"
        let anonymous = await harness.run(query)
        #expect(anonymous.errors.first?.code == "UNAUTHENTICATED")
        let member = await harness.run(query, as: APIHarness.member())
        #expect(member.errors.first?.code == "FORBIDDEN")
        #expect(member.errors.first?.message.contains("Query.network is for researchers") == true)
        let key = Caller(
            credential: .apiKey(id: 3, scopes: [.read]),
            account: Account(id: 3, email: "r@example.org", displayName: "R", role: .researcher))
        #expect(await harness.run(query, as: key).errors.isEmpty)
    }
}
