import Testing

@testable import HubStore

@Suite("Aggregates against hand-computed numbers")
struct AggregateTests {
    /// The counts of one group, year by year.
    private func counts(_ rows: [YearCount], _ group: String?) -> [Int] {
        rows.filter { $0.group == group }.map(\.count)
    }

    @Test("a partnership counts in every year it ran; an open one through the last year asked")
    func activePartnershipsPerYear() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        let total = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2016) }
        #expect(total.map(\.year) == Array(2009...2016))
        #expect(counts(total, nil) == [0, 1, 2, 2, 1, 2, 2, 2])
        let byProgram = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2016, by: .program) }
        #expect(counts(byProgram, "x") == [0, 1, 2, 2, 1, 1, 1, 0])
        #expect(counts(byProgram, "y") == [0, 0, 0, 0, 0, 1, 1, 2])
        #expect(Set(byProgram.map(\.group)) == ["x", "y"])
        let byCountry = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2016, by: .country) }
        #expect(counts(byCountry, "CA") == [0, 1, 1, 1, 0, 1, 1, 2])
        #expect(counts(byCountry, "VN") == [0, 1, 2, 2, 1, 2, 2, 1])
        let byRegion = try database.read { try $0.activePartnershipsPerYear(from: 2009, through: 2016, by: .region) }
        #expect(counts(byRegion, "north_america") == counts(byCountry, "CA"))
        #expect(counts(byRegion, "asia") == counts(byCountry, "VN"))
        let old = try database.read { try $0.activePartnershipsPerYear(from: 1999, through: 2002) }
        #expect(counts(old, nil) == [0, 1, 1, 0])
        var theme = NetworkFilter()
        theme.themeIDs = [2]
        let filtered = try database.read { try $0.activePartnershipsPerYear(from: 2015, through: 2017, filter: theme) }
        #expect(counts(filtered, nil) == [1, 1, 1])
    }

    @Test("funding follows the programs' shares, a missing share taking an equal part of the rest")
    func fundingByCountryAndTheme() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        let byCountry = try database.read { try $0.funding(by: .country, basis: .maxContribution) }
        #expect(
            byCountry == [
                FundingAllocation(group: "CA", cashCents: 70_000, inKindCents: 30_000),
                FundingAllocation(group: "VN", cashCents: 50_000, inKindCents: 20_000),
            ])
        let byTheme = try database.read { try $0.funding(by: .theme, basis: .maxContribution) }
        #expect(
            byTheme == [
                FundingAllocation(group: "t1", cashCents: 110_000, inKindCents: 50_000),
                FundingAllocation(group: "t2", cashCents: 10_000, inKindCents: 0),
            ])
        let announced = try database.read { try $0.funding(by: .country, basis: .announcedTotal) }
        #expect(announced.map(\.cashCents) == [499_950, 499_950])
    }

    @Test("published practices per theme and SDG target; replications per practice")
    func practiceCounts() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        #expect(
            try database.read { try $0.practicesPerTheme() }
                == [GroupCount(group: "t1", count: 2), GroupCount(group: "t2", count: 1)])
        #expect(
            try database.read { try $0.practicesPerSDGTarget() }
                == [GroupCount(group: "11.6", count: 1), GroupCount(group: "5.5", count: 1)])
        #expect(
            try database.read { try $0.mostReplicatedPractices(limit: 5) }
                == [
                    ReplicationCount(practiceID: 1, replications: 2, adopted: 1),
                    ReplicationCount(practiceID: 2, replications: 1, adopted: 1),
                ])
        let counts = try database.read { try $0.replicationCounts(ofPractices: [2, 3]) }
        #expect(counts[3] == ReplicationCount(practiceID: 3, replications: 0, adopted: 0))
        #expect(counts[2]?.replications == 1)
    }
}
