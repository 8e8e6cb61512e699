import Foundation
import Testing

@testable import HubStore

@Suite("Loading the curated seeds")
struct SeedLoaderTests {
    @Test("the curated seeds load without a problem and keep the facts of the sources")
    func curatedSeedsLoad() throws {
        let scratch = try ScratchDatabase()
        let database = try scratch.open()
        let summary = try SeedLoader.load(from: repositorySeeds, into: database)
        #expect(summary.rows["country"] == 30)
        #expect((summary.rows["organization"] ?? 0) >= 190)
        #expect(summary.rows["program"] == 17)
        #expect((summary.rows["partnership"] ?? 0) >= 40)
        #expect((summary.rows["practice"] ?? 0) >= 15)
        try database.read { reader in
            let programs = try reader.programs(keys: ["mped", "pleddg", "pmi-led", "jmsp"])
            // safe in tests: a missing key fails the test through the optional chain
            let mped = try #require(programs["mped"])
            let funding = try reader.fundingCommitments(ofPrograms: [mped.id])[mped.id] ?? []
            #expect(funding.contains { $0.basis == .maxContribution && $0.amountCents == 1_845_818_900 })
            #expect(funding.contains { $0.basis == .announcedTotal && $0.amountCents == 2_420_000_000 })
            let jmsp = try #require(programs["jmsp"])
            let jmspFunding = try reader.fundingCommitments(ofPrograms: [jmsp.id])[jmsp.id] ?? []
            #expect(jmspFunding.contains { $0.amountCents == 1_955_849_750 && $0.type == .cash })
            let pleddg = try #require(programs["pleddg"])
            #expect(pleddg.plannedEnd == "2020-12")
            #expect(pleddg.actualEnd == "2021-03-31")
            #expect(pleddg.predecessorID == (try reader.programs(keys: ["mled"])["mled"]?.id))
            let pmiLED = try #require(programs["pmi-led"])
            let names = try reader.names(ofPrograms: [pmiLED.id])[pmiLED.id]?.map(\.text) ?? []
            #expect(names.contains("PMI-DEL"))
            let montreal = try #require(try reader.organizations(keys: ["ca-montreal"])["ca-montreal"])
            #expect(montreal.population == 1_762_949)
            #expect(montreal.name.fr == "Montréal")
            let sources = try reader.sourceIDs(of: "organization", ids: [montreal.id])[montreal.id] ?? []
            #expect(!sources.isEmpty)
        }
    }

    @Test("references to unknown records are reported with file and record, and nothing is written")
    func unknownReferencesAreReported() throws {
        let scratch = try ScratchDatabase()
        let seeds = try copyOfSeeds(in: scratch.folder)
        try edit(
            seeds.appendingPathComponent("organizations.csv"), replacing: "ca-calgary,municipality,Calgary,Calgary,,CA,",
            with: "ca-calgary,municipality,Calgary,Calgary,,XX,")
        try edit(
            seeds.appendingPathComponent("partnerships.json"), replacing: "\"organization\": \"ht-port-au-prince\"",
            with: "\"organization\": \"ht-port-au-prinse\"")
        try edit(
            seeds.appendingPathComponent("practices.json"), replacing: "\"themes\": [\"land-management\", \"local-governance\"]",
            with: "\"themes\": [\"land-managment\", \"local-governance\"]")
        let database = try scratch.open()
        let error = #expect(throws: SeedError.self) { try SeedLoader.load(from: seeds, into: database) }
        let issues = error?.issues.map(\.description) ?? []
        #expect(issues.contains("organizations.csv: line 4 (ca-calgary): unknown country \"XX\""))
        #expect(
            issues.contains(
                "partnerships.json: record 1 (montreal-port-au-prince), participant 3: unknown organization \"ht-port-au-prinse\""
            ))
        #expect(issues.contains("practices.json: record 1 (nam-dinh-land-management): unknown theme \"land-managment\""))
        // Calgary's absence is not reported again downstream, and nothing was written.
        #expect(try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM organization") } == 0)
    }

    @Test("a record that does not decode is named, and the others still load their checks")
    func malformedRecordsAreReported() throws {
        let scratch = try ScratchDatabase()
        let seeds = try copyOfSeeds(in: scratch.folder)
        try edit(
            seeds.appendingPathComponent("partnerships.json"), replacing: "\"type\": \"municipal_pair\", \"program\": \"haiti-pcm-1\"",
            with: "\"program\": \"haiti-pcm-1\"")
        try edit(
            seeds.appendingPathComponent("programs.json"), replacing: "\"amount\": 18458189,", with: "\"amount\": \"lots\",")
        try edit(seeds.appendingPathComponent("countries.csv"), replacing: "HT,HTI,Haiti,Haïti,caribbean", with: "HT,HTI,Haiti,Haïti,atlantis")
        let database = try scratch.open()
        let error = #expect(throws: SeedError.self) { try SeedLoader.load(from: seeds, into: database) }
        let issues = error?.issues.map(\.description) ?? []
        #expect(issues.contains("partnerships.json: record 1 (montreal-port-au-prince): missing field \"type\""))
        #expect(issues.contains("programs.json: record 6 (mped): field funding.[0].amount: expected a number"))
        #expect(issues.contains { $0.hasPrefix("countries.csv: line 3 (HT): country: CHECK constraint failed") })
        #expect(error?.description.hasPrefix("the seed files have ") == true)
    }

    @Test("a CSV file with an unclosed quote or a missing file is reported")
    func brokenFilesAreReported() throws {
        let scratch = try ScratchDatabase()
        let seeds = try copyOfSeeds(in: scratch.folder)
        try edit(seeds.appendingPathComponent("subdivisions.csv"), replacing: "CA-ON,CA,Ontario", with: "CA-ON,CA,\"Ontario")
        try FileManager.default.removeItem(at: seeds.appendingPathComponent("results.json"))
        let database = try scratch.open()
        let error = #expect(throws: SeedError.self) { try SeedLoader.load(from: seeds, into: database) }
        let issues = error?.issues.map(\.description) ?? []
        #expect(issues.contains("subdivisions.csv: line 2: a quoted field is not closed"))
        #expect(issues.contains { $0.hasPrefix("results.json: cannot be read from ") })
    }
}

@Suite("Reading CSV")
struct CSVTableTests {
    @Test("quoted fields hold commas, doubled quotes and line breaks; lines are counted")
    func quotedFields() throws {
        let table = try CSVTable(parsing: "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["a": "x, y", "b": "say \"hi\""], ["a": "two\nlines", "b": "z"]])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.rows[0]["missing"] == nil)
    }

    @Test("a row longer than the header is refused with its line")
    func longRowsAreRefused() {
        #expect(throws: SeedIssue.Problem.self) { try CSVTable(parsing: "a,b\n1,2\n1,2,3\n") }
    }
}
