import GRDB
import Testing

@testable import HubStore

@Suite("Practice listings read their matches from covering indexes")
struct ListingPlanTests {
    /// SQLite's plan for counting what `listing` keeps, one line per step.
    private func plan(_ listing: PracticeListing, _ database: HubDatabase) throws -> [String] {
        let arguments = try #require(listing.searchArguments())
        return try database.read { reader in
            try Row.fetchAll(
                reader.db, sql: "EXPLAIN QUERY PLAN WITH \(listing.keptCTE) SELECT count(*) FROM kept",
                arguments: arguments
            ).map { $0["detail"] as String }
        }
    }

    @Test("a search looks up each matching text and its practice in migration 10's indexes, not the tables")
    func searchUsesCoveringIndexes() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        var listing = PracticeListing()
        listing.text = "waste collection"
        let steps = try plan(listing, database)
        // A column read by the listing but missing from an index would make SQLite read the
        // table as well, and the plan would say INDEX instead of COVERING INDEX.
        #expect(steps.contains { $0.contains("USING COVERING INDEX practice_text_owner") }, "\(steps)")
        #expect(steps.contains { $0.contains("USING COVERING INDEX practice_listed") }, "\(steps)")
    }

    @Test("every filter of a listing is answered from the practice index")
    func filtersStayCovered() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        var listing = PracticeListing()
        listing.text = "water"
        listing.language = .french
        listing.statuses = [.published]
        listing.evidenceLevels = [.evaluated]
        listing.programIDs = [1]
        listing.organizationIDs = [1]
        listing.yearFrom = 2000
        listing.yearTo = 2020
        listing.authorAccountIDs = [1]
        listing.viewerAccountID = 1
        listing.order = .newest
        let steps = try plan(listing, database)
        #expect(steps.contains { $0.contains("USING COVERING INDEX practice_listed") }, "\(steps)")
        let found = try database.read { try $0.practiceCount(listing) }
        #expect(found == 0)
    }
}
