import Testing

@testable import HubStore

@Suite("Full-text search over the curated seeds")
struct SearchTests {
    /// The keys of the hits of a search, in rank order.
    private func keys(_ database: HubDatabase, _ request: SearchRequest) throws -> [String] {
        try database.read { reader in
            let hits = try reader.search(request)
            let practices = try reader.practices(ids: hits.filter { $0.kind == .practice }.map(\.id))
            let publications = try reader.publications(ids: hits.filter { $0.kind == .publication }.map(\.id))
            return hits.map { hit in
                (hit.kind == .practice ? practices[hit.id]?.key : publications[hit.id]?.key) ?? "?"
            }
        }
    }

    private func request(_ text: String, _ scope: SearchRequest.Scope = .all) -> SearchRequest {
        var request = SearchRequest(text: text)
        request.scope = scope
        return request
    }

    @Test("accents are folded both ways, in English and French")
    func accentsAreFolded() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let withAccents = try keys(database, request("Montréal", .practices))
        #expect(withAccents.contains("haiti-land-registry-digitization"))
        #expect(try keys(database, request("Montreal", .practices)) == withAccents)
        #expect(try keys(database, request("MONTREAL", .practices)) == withAccents)
        let fonciere = try keys(database, request("fonciere"))
        #expect(fonciere.contains("nam-dinh-land-management"))
        #expect(fonciere.contains("peer-replication-vietnam"))
        #expect(try keys(database, request("foncière")) == fonciere)
        #expect(try keys(database, request("Viet Nam", .publications)).contains("peer-replication-vietnam"))
    }

    @Test("a match in the title ranks above a match in the tags or the body")
    func titleMatchesRankFirst() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let composting = try keys(database, request("composting", .practices))
        #expect(composting == ["jmsp-community-composting", "ancash-solid-waste-separation"])
        let hits = try database.read { try $0.search(request("composting", .practices)) }
        #expect(hits[0].score < hits[1].score)
        #expect(hits[0].title == "Community composting in municipalities hosting refugees")
        #expect(hits[0].language == .english)
        #expect(hits[0].snippet.contains("<mark>composting</mark>") || hits[0].snippet.contains("<mark>Composting</mark>"))
    }

    @Test("a record matching in both languages comes once; a language can be chosen")
    func languagesAndDuplicates() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let both = try keys(database, request("Nam Dinh", .practices))
        #expect(both.filter { $0 == "nam-dinh-land-management" }.count == 1)
        var french = request("Nam Dinh", .practices)
        french.language = .french
        let hits = try database.read { try $0.search(french) }
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.language == .french })
    }

    @Test("drafts and practices in review are found only when asked for")
    func unpublishedPractices() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        #expect(try keys(database, request("protection civile")).isEmpty)
        #expect(try !keys(database, request("budget ouvert")).contains("poltava-open-budget"))
        var all = request("protection civile")
        all.includesUnpublished = true
        #expect(try keys(database, all) == ["montreal-pap-draft-civil-protection"])
    }

    @Test("a trailing star matches a prefix; pages follow the ranking")
    func prefixesAndPages() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        #expect(try keys(database, request("compostag*", .practices)).contains("jmsp-community-composting"))
        #expect(try keys(database, request("compostag", .practices)).isEmpty)
        let everything = try keys(database, request("municipalities"))
        #expect(everything.count > 3)
        var second = request("municipalities")
        second.limit = 2
        second.offset = 2
        #expect(try keys(database, second) == Array(everything[2..<4]))
    }

    @Test("search strings with FTS5 syntax are searched as text, never an SQL error")
    func hostileStringsAreHarmless() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        let hostile = [
            "\"", "'", "*", "**", "AND", "OR NOT", "NEAR(waste land)", "title:waste", "-waste", "(", ")", "^waste",
            "\"\"\"\"", "waste\"land", "' OR 1=1 --", "; DROP TABLE practice; --", "\0", "waste\0land", "🙂",
            "{title summary}: waste", "waste + land", String(repeating: "déchets ", count: 5_000), "", "   ",
            "\u{202E}etsaw", "col:*", "NEAR/3", "\u{FFFF}", "%", "_", "\\",
        ]
        for text in hostile {
            #expect(throws: Never.self, "searching \(text.prefix(40).debugDescription)") {
                _ = try database.read { try $0.search(SearchRequest(text: text)) }
            }
        }
        #expect(try keys(database, request("(composting)")).contains("jmsp-community-composting"))
        #expect(try database.read { try $0.fetchOne(Int.self, "SELECT count(*) FROM practice") } == 15)
    }

    @Test("the pattern quotes every term and keeps a bounded number")
    func patterns() {
        #expect(SearchPattern("gestion foncière")?.ftsQuery == "\"gestion\" \"foncière\"")
        #expect(SearchPattern("say \"hi\" compost*")?.ftsQuery == "\"say\" \"\"\"hi\"\"\" \"compost\"*")
        #expect(SearchPattern("AND OR NOT")?.ftsQuery == "\"AND\" \"OR\" \"NOT\"")
        #expect(SearchPattern("*** --- ()") == nil)
        #expect(SearchPattern("") == nil)
        #expect(SearchPattern(String(repeating: "a ", count: 100))?.terms.count == SearchPattern.maximumTerms)
    }

    @Test("a search costs two statements per scope, whatever it finds")
    func statementCount() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        database.statementCounter.reset()
        _ = try database.read { try $0.search(SearchRequest(text: "municipal")) }
        #expect(database.statementCounter.value == 4)
        database.statementCounter.reset()
        _ = try database.read { try $0.search(SearchRequest(text: "zzzzzz")) }
        #expect(database.statementCounter.value == 2)
    }
}
