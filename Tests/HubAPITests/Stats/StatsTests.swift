import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Statistics for dashboards, against figures computed by hand from seeds/")
struct StatsTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("active partnerships per year: 5 in 2010, 13 in 2011, 11 in 2012")
    func activePartnerships() async {
        let data = await harness.data("{ stats { activePartnerships(from: 2010, to: 2012) { year group count } } }")
        #expect(
            data["stats", "activePartnerships"].items.map { [$0["year"], $0["count"]] } == [
                [2010, 5], [2011, 13], [2012, 11],
            ])
    }

    @Test(
        "funding by country: Haiti's announced totals are 35.1 M$ cash and 2.3 M$ in kind; MPED's maximum split over its 7 countries"
    )
    func fundingByCountry() async {
        let data = await harness.data(
            """
            { stats {
                announced: fundingByCountry(basis: ANNOUNCED_TOTAL) { group cash inKind }
                maximum: fundingByCountry(basis: MAX_CONTRIBUTION) { group cash inKind }
            } }
            """)
        let haiti = data["stats", "announced"].items.first { $0["group"] == "HT" }
        #expect(haiti?["cash"] == 35_100_000.0)
        #expect(haiti?["inKind"] == 2_300_000.0)
        let vietnam = data["stats", "maximum"].items.first { $0["group"] == "VN" }
        #expect(vietnam?["cash"] == 2_636_884.14)  // 18,458,189 / 7
        #expect(data["stats", "maximum"].items.first { $0["group"] == "JO" }?["cash"] == 19_558_497.5)
    }

    @Test("funding by priority counts FCM's four priorities only, by each program's theme shares")
    func fundingByPriority() async {
        let data = await harness.data("{ stats { fundingByPriority { group cash inKind } } }")
        // MPED 18,458,189 (100% LED) + BIGM 4,903,063 split over three themes; JMSP half to governance.
        #expect(
            data["stats", "fundingByPriority"].items.map { [$0["group"], $0["cash"]] }
                == [
                    ["environmental-leadership", 1_634_354.33], ["local-economic-development", 20_092_543.33],
                    ["local-governance", 9_779_248.75],
                ])
    }

    @Test("practices per theme and SDG target, and the most replicated practices")
    func practices() async {
        let data = await harness.data(
            """
            { stats {
                practicesPerTheme { group count }
                mostReplicatedPractices(first: 2) { replications practice { key } }
                measurements(indicator: "capacity-plans") { sex total measurements indicator { code } }
            } }
            """)
        #expect(
            data["stats", "practicesPerTheme", 0]
                == .object([.init(name: "group", value: "local-economic-development"), .init(name: "count", value: 5)]))
        #expect(
            data["stats", "mostReplicatedPractices"].items.map { $0["practice", "key"] } == [
                "nam-dinh-land-management", "vinnytsia-investment-passport",
            ])
        #expect(data["stats", "mostReplicatedPractices", 0, "replications"] == 4)
        #expect(data["stats", "measurements", 0, "total"] == 31.0)
        #expect(data["stats", "measurements", 0, "sex"] == .enumValue("ALL"))
    }
}
