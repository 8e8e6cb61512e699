import GraphQLEngine
import HubStore
import Testing

@testable import HubAPI

@Suite("Searching and listing best practices")
struct PracticeSearchTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("a French search with accents finds the French texts, accents folded, with highlighted snippets")
    func frenchSearchWithAccents() async throws {
        let query = """
            query ($text: String!) {
              practices(search: $text, language: FR, first: 10) {
                totalCount
                edges { node { key } highlight { snippet language } }
              }
            }
            """
        let accented = await harness.data(query, variables: ["text": "déchets"])
        let keys = Set(accented["practices", "edges"].items.map { $0["node", "key"].stringValue ?? "" })
        #expect(keys == ["ancash-solid-waste-separation", "jmsp-community-composting", "battambang-waste-collection"])
        #expect(accented["practices", "totalCount"] == 3)
        let first = accented["practices", "edges", 0, "highlight"]
        #expect(first["language"] == .enumValue("FR"))
        #expect(first["snippet"].stringValue?.contains("<mark>déchets</mark>") == true)
        let unaccented = await harness.data(query, variables: ["text": "dechets"])
        #expect(unaccented["practices", "totalCount"] == 3)
    }

    @Test("pages follow one another without gaps or repeats, forwards and backwards")
    func paginationAcrossPages() async throws {
        let query = """
            query ($after: String, $before: String, $first: Int, $last: Int) {
              practices(first: $first, after: $after, last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { key }
              }
            }
            """
        let all = await harness.data(query, variables: ["first": 100])
        let everything = all["practices", "nodes"].items.map { $0["key"].stringValue ?? "" }
        #expect(everything.count == 13)  // the published ones
        #expect(all["practices", "totalCount"] == 13)
        var seen: [String] = []
        var after: InputValue = .null
        var pages = 0
        repeat {
            let page = await harness.data(query, variables: ["first": 5, "after": after])
            seen += page["practices", "nodes"].items.map { $0["key"].stringValue ?? "" }
            after = page["practices", "pageInfo", "endCursor"]
            pages += 1
            if page["practices", "pageInfo", "hasNextPage"] != true { break }
        } while pages < 10
        #expect(pages == 3)
        #expect(seen == everything)
        let last = await harness.data(query, variables: ["last": 4])
        #expect(last["practices", "nodes"].items.map { $0["key"].stringValue ?? "" } == Array(everything.suffix(4)))
        #expect(last["practices", "pageInfo", "hasPreviousPage"] == true)
        let before = await harness.data(
            query, variables: ["last": 3, "before": last["practices", "pageInfo", "startCursor"]])
        #expect(
            before["practices", "nodes"].items.map { $0["key"].stringValue ?? "" }
                == Array(everything.dropLast(4).suffix(3)))
    }

    @Test("more than 100 a page is refused with a clear error")
    func pageSizeIsBounded() async throws {
        let result = await harness.run("{ practices(first: 101) { totalCount } }")
        #expect(result.errors.first?.code == "BAD_USER_INPUT")
        #expect(result.errors.first?.message.contains("between 0 and 100") == true)
    }

    @Test("filters by theme, country, year range and evidence level, with facet counts of the whole list")
    func filtersAndFacets() async throws {
        let data = await harness.data(
            """
            {
              waste: practices(filter: { themes: ["waste-management"] }) { totalCount facets { countries { value count } } }
              bolivia: practices(filter: { countries: ["BO"], yearFrom: 2015 }) { nodes { key } }
              evaluated: practices(filter: { evidenceLevels: [EVALUATED] }) { totalCount }
              all: practices { facets { themes { value count } years { value count } } }
            }
            """)
        #expect(data["waste", "totalCount"] == 3)
        #expect(data["waste", "facets", "countries"].items.count == 3)
        #expect(data["bolivia", "nodes"].items.map { $0["key"].stringValue } == ["cliza-business-skills"])
        #expect(data["evaluated", "totalCount"] == 3)
        let themes = data["all", "facets", "themes"].items
        #expect(themes.first?["value"] == "local-economic-development")
        #expect(themes.first?["count"] == 5)
        #expect(
            data["all", "facets", "years", 0]
                == .object([.init(name: "value", value: "2023"), .init(name: "count", value: 1)]))
    }

    @Test("sorting by replications puts Nam Dinh's land management first")
    func sortByReplications() async throws {
        let data = await harness.data("{ practices(orderBy: REPLICATIONS, first: 2) { nodes { key } } }")
        #expect(data["practices", "nodes", 0, "key"] == "nam-dinh-land-management")
        #expect(data["practices", "nodes", 1, "key"] == "vinnytsia-investment-passport")
    }

    @Test("drafts are hidden from anonymous callers and other members, shown to admins")
    func unpublishedPracticesAreVisibleToAdminsOnly() async throws {
        let query =
            "{ practice(key: \"poltava-open-budget\") { key status } practices(filter: { statuses: [IN_REVIEW, DRAFT] }) { totalCount } }"
        let anonymous = await harness.data(query)
        #expect(anonymous["practice"] == .null)
        #expect(anonymous["practices", "totalCount"] == 0)
        let member = await harness.data(query, as: APIHarness.member())
        #expect(member["practice"] == .null)
        let admin = await harness.data(query, as: APIHarness.member(.admin))
        #expect(admin["practice", "status"] == .enumValue("IN_REVIEW"))
        #expect(admin["practices", "totalCount"] == 2)
    }

    @Test("a practice's text falls back to the other language, saying so")
    func languageFallback() async throws {
        let data = await harness.data(
            "{ practice(key: \"nam-dinh-land-management\") { en: title fr: title(language: FR) content(language: FR) { language isFallback } } }"
        )
        #expect(data["practice", "en"] == "One-stop land administration in Nam Dinh")
        #expect(data["practice", "fr"] == "Guichet unique de l'administration foncière à Nam Dinh")
        #expect(data["practice", "content", "isFallback"] == false)
    }
}
