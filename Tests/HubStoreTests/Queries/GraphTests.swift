import Testing

@testable import HubStore

@Suite("Graph queries on a small hand-made network")
struct GraphTests {
    /// `partners(of:within:filter:)` as (organization, distance) pairs.
    private func partners(
        _ database: HubDatabase, of organization: Int64, within hops: Int, _ filter: NetworkFilter = NetworkFilter()
    ) throws -> [[Int64]] {
        try database.read { try $0.partners(of: organization, within: hops, filter: filter) }
            .map { [$0.organizationID, Int64($0.distance)] }
    }

    @Test("partners at up to k hops, nearest first")
    func partnersWithinHops() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        #expect(try partners(database, of: 1, within: 1) == [[2, 1], [7, 1]])
        #expect(try partners(database, of: 1, within: 2) == [[2, 1], [7, 1], [3, 2]])
        #expect(try partners(database, of: 1, within: 3) == [[2, 1], [7, 1], [3, 2], [4, 3], [5, 3]])
        #expect(try partners(database, of: 1, within: 9) == [[2, 1], [7, 1], [3, 2], [4, 3], [5, 3], [6, 4]])
        #expect(try partners(database, of: 8, within: 3) == [])
        #expect(try partners(database, of: 1, within: 0) == [])
    }

    @Test("a limited walk returns the first neighbours and stops at the step that reaches enough")
    func limitedPartners() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        func first(_ limit: Int) throws -> [[Int64]] {
            try database.read { try $0.partners(of: 1, within: 9, limit: limit) }
                .map { [$0.organizationID, Int64($0.distance)] }
        }
        database.statementCounter.reset()
        #expect(try first(2) == [[2, 1], [7, 1]])
        #expect(database.statementCounter.reset() == 1)
        #expect(try first(3) == [[2, 1], [7, 1], [3, 2]])
        #expect(database.statementCounter.reset() == 2)
        #expect(try first(4) == [[2, 1], [7, 1], [3, 2], [4, 3]])
        #expect(database.statementCounter.reset() == 3)
        #expect(try first(100) == partners(database, of: 1, within: 9))
        #expect(try first(0) == [])
    }

    @Test("filters keep only the partnerships of a program, a year, a theme or a country")
    func filteredPartners() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        var program = NetworkFilter()
        program.programIDs = [1]
        #expect(try partners(database, of: 1, within: 5, program) == [[2, 1], [3, 2]])
        var year = NetworkFilter()
        year.year = 2012
        #expect(try partners(database, of: 1, within: 5, year) == [[2, 1], [3, 2]])
        year.year = 2016
        #expect(try partners(database, of: 3, within: 5, year) == [[4, 1], [5, 1], [6, 2]])
        var theme = NetworkFilter()
        theme.themeIDs = [1]
        #expect(try partners(database, of: 1, within: 5, theme) == [[2, 1], [7, 1]])
        var country = NetworkFilter()
        country.countryIDs = [2]
        #expect(try partners(database, of: 1, within: 5, country) == [[2, 1], [3, 2], [4, 3], [5, 3]])
    }

    @Test("the shortest chain, its partnerships, and none when too long or unconnected")
    func shortestChain() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        let chain = try database.read { try $0.shortestChain(from: 1, to: 6) }
        #expect(chain == PartnershipChain(organizationIDs: [1, 2, 3, 5, 6], partnershipIDs: [1, 2, 3, 4]))
        let backwards = try database.read { try $0.shortestChain(from: 6, to: 1) }
        #expect(backwards == PartnershipChain(organizationIDs: [6, 5, 3, 2, 1], partnershipIDs: [4, 3, 2, 1]))
        #expect(try database.read { try $0.shortestChain(from: 7, to: 4) }?.organizationIDs == [7, 1, 2, 3, 4])
        #expect(try database.read { try $0.shortestChain(from: 1, to: 6, maximumLength: 3) } == nil)
        #expect(try database.read { try $0.shortestChain(from: 1, to: 8) } == nil)
        #expect(try database.read { try $0.shortestChain(from: 4, to: 4) }?.organizationIDs == [4])
        var program = NetworkFilter()
        program.programIDs = [1]
        #expect(try database.read { try $0.shortestChain(from: 1, to: 6, filter: program) } == nil)
    }

    @Test("degrees count partnerships and distinct partners")
    func degrees() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        let degrees = try database.read { try $0.degrees(of: [1, 3, 5, 8]) }
        #expect(degrees[1] == NetworkDegree(organizationID: 1, partnerships: 2, partners: 2))
        #expect(degrees[3] == NetworkDegree(organizationID: 3, partnerships: 2, partners: 3))
        #expect(degrees[5] == NetworkDegree(organizationID: 5, partnerships: 2, partners: 3))
        #expect(degrees[8] == NetworkDegree(organizationID: 8, partnerships: 0, partners: 0))
        let top = try database.read { try $0.mostConnected(limit: 3) }
        #expect(top.map(\.organizationID) == [3, 5, 1])
        var year = NetworkFilter()
        year.year = 2000
        #expect(try database.read { try $0.mostConnected(limit: 5, filter: year) }.map(\.organizationID) == [1, 7])
    }

    @Test("edges: one per pair of participants, paged by partnership")
    func edges() throws {
        let scratch = try ScratchDatabase()
        let database = try smallNetwork(scratch)
        let all = try database.read { try $0.networkEdges() }.map { [$0.partnershipID, $0.sourceID, $0.targetID] }
        #expect(all == [[1, 1, 2], [2, 2, 3], [3, 3, 4], [3, 3, 5], [3, 4, 5], [4, 5, 6], [5, 1, 7]])
        let page = try database.read { try $0.networkEdges(afterPartnership: 2, limit: 1) }
        #expect(page.map(\.partnershipID) == [3, 3, 3])
        var filter = NetworkFilter()
        filter.themeIDs = [2]
        filter.year = 2016
        #expect(try database.read { try $0.networkEdges(filter: filter) }.map(\.partnershipID) == [4])
    }
}
