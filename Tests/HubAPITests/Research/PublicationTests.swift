import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Policy research: publications")
struct PublicationTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test("a publication has its authors, citations both ways, linked practices and programs")
    func publicationLinks() async {
        let data = await harness.data(
            """
            {
              publication(key: "peer-replication-vietnam") {
                type year title
                authors { position name }
                cites { totalCount }
                citedBy { nodes { key } }
                practices { key }
                programs { key }
                countries { code }
              }
              hope: publication(key: "restoring-hope") { fr: content(language: FR) { language isFallback title } }
            }
            """)
        let publication = data["publication"]
        #expect(publication["type"] == .enumValue("POLICY_PAPER"))
        #expect(publication["cites", "totalCount"] == 0)
        #expect(
            Set(publication["citedBy", "nodes"].items.compactMap { $0["key"].stringValue }) == [
                "counting-in-kind", "registries-after-disasters",
            ])
        #expect(publication["practices", 0, "key"] == "nam-dinh-land-management")
        #expect(publication["programs", 0, "key"] == "mped")
        #expect(publication["countries", 0, "code"] == "VN")
        #expect(data["hope", "fr", "language"] == .enumValue("EN"))
        #expect(data["hope", "fr", "isFallback"] == true)
    }

    @Test("publications are searched, filtered, ordered by citations and counted by facet")
    func searchAndFilters() async {
        let data = await harness.data(
            """
            {
              cited: publications(orderBy: CITATIONS, first: 1) { nodes { key } }
              gender: publications(filter: { themes: ["gender-equality"], yearFrom: 2023 }) { totalCount facets { countries { value count } } }
              search: publications(search: "registre*", language: FR) { edges { node { key } highlight { snippet } } }
            }
            """)
        #expect(data["cited", "nodes", 0, "key"] == "peer-replication-vietnam")
        #expect(data["gender", "totalCount"] == 2)
        #expect(data["gender", "facets", "countries"].items.first { $0["value"] == "GH" }?["count"] == 2)
        #expect(data["search", "edges"].items.contains { $0["node", "key"] == "registries-after-disasters" })
    }
}
