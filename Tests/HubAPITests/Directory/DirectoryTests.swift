import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("The directory of organizations")
struct DirectoryTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("filters by kind, country, subdivision and population, in name order")
    func filters() async {
        let data = await harness.data(
            """
            {
              quebec: organizations(filter: { kinds: [MUNICIPALITY], subdivisions: ["CA-QC"], minimumPopulation: 1000000 }) {
                totalCount nodes { key name population subdivision { code } country { code } }
              }
              vietnam: organizations(filter: { countries: ["VN"], kinds: [MUNICIPALITY] }, first: 3) {
                nodes { name }
              }
            }
            """)
        #expect(data["quebec", "totalCount"] == 1)
        #expect(data["quebec", "nodes", 0, "key"] == "ca-montreal")
        #expect(data["quebec", "nodes", 0, "subdivision", "code"] == "CA-QC")
        let names = data["vietnam", "nodes"].items.compactMap { $0["name"].stringValue }
        #expect(names == names.sorted())
        #expect(names.count == 3)
    }

    @Test("an organization links to its partnerships with its role, programs, practices, people and activities")
    func organizationLinks() async {
        let data = await harness.data(
            """
            {
              organization(key: "vn-nam-dinh") {
                partnerships(first: 10) { totalCount edges { role side node { key } } }
                practices { nodes { key } }
                activities { totalCount }
              }
              fcm: organization(key: "ca-fcm") { programs { role program { key } } }
              magog: organization(key: "ca-magog") { people { nodes { name position } } }
            }
            """)
        let partnerships = data["organization", "partnerships", "edges"].items
        #expect(
            partnerships.contains { $0["node", "key"] == "saguenay-nam-dinh" && $0["side"] == .enumValue("OVERSEAS") })
        #expect(data["organization", "practices", "nodes", 0, "key"] == "nam-dinh-land-management")
        #expect(
            data["fcm", "programs"].items.contains {
                $0["program", "key"] == "mped" && $0["role"] == .enumValue("IMPLEMENTER")
            })
        #expect(
            data["magog", "people", "nodes", 0]
                == .object([
                    .init(name: "name", value: "Vicki-May Hamm"), .init(name: "position", value: "Mayor of Magog"),
                ]))
    }
}
