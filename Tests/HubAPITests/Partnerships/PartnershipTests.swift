import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Partnerships and activities")
struct PartnershipTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("a partnership has its participants with roles, program, dates, status, themes and a timeline of activities")
    func partnershipDetails() async {
        let data = await harness.data(
            """
            {
              partnership(key: "montreal-port-au-prince") {
                title status startDate endDate mouDate program { key }
                participants { organization { key } role side }
                activities(first: 10) { nodes { type startDate places { key } } }
              }
            }
            """)
        let partnership = data["partnership"]
        #expect(partnership["status"] == .enumValue("COMPLETED"))
        #expect(partnership["startDate"] == "2011-05-09")
        #expect(partnership["program", "key"] == "haiti-pcm-1")
        #expect(
            partnership["participants"].items.contains {
                $0["organization", "key"] == "ca-montreal" && $0["role"] == .enumValue("LEAD")
                    && $0["side"] == .enumValue("CANADA")
            })
        let dates = partnership["activities", "nodes"].items.compactMap { $0["startDate"].stringValue }
        #expect(dates == dates.sorted())
    }

    @Test("partnerships filter by program, country, theme, status and year")
    func filters() async {
        let data = await harness.data(
            """
            {
              y2011: partnerships(filter: { activeIn: 2011 }, first: 100) { totalCount }
              haiti: partnerships(filter: { countries: ["HT"], statuses: [COMPLETED] }, first: 100) { nodes { key } }
            }
            """)
        #expect(data["y2011", "totalCount"] == 13)
        #expect(data["haiti", "nodes"].items.contains { $0["key"] == "montreal-port-au-prince" })
    }
}
