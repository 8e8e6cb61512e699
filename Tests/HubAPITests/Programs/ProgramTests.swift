import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("Programs")
struct ProgramTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded()
    }

    @Test(
        "a program has its names in every language, dates, countries, priorities with shares, funding with its basis, and successors"
    )
    func programDetails() async {
        let data = await harness.data(
            """
            {
              program(key: "jmsp") {
                name fr: name(language: FR) acronym status actualStart
                countries { country { code } sharePercent }
                priorities { theme { code } sharePercent }
                funding { amount { amount currency } type basis }
                partnerships { totalCount }
              }
              mped: program(key: "mped") { names { text language kind } }
              programs(first: 100) { totalCount }
              completed: programs(status: COMPLETED, first: 100) { nodes { key predecessor { key } successors { key } } }
            }
            """)
        #expect(
            data["program", "countries"] == [
                .object([
                    .init(name: "country", value: .object([.init(name: "code", value: "JO")])),
                    .init(name: "sharePercent", value: 100.0),
                ])
            ])
        #expect(data["program", "priorities"].items.count == 2)
        #expect(data["program", "priorities", 0, "sharePercent"] == 50.0)
        let funding = data["program", "funding"].items
        #expect(
            funding.contains {
                $0["amount", "amount"] == 19_558_497.5 && $0["basis"] == .enumValue("MAX_CONTRIBUTION")
                    && $0["type"] == .enumValue("CASH")
            })
        #expect(
            funding.contains { $0["type"] == .enumValue("IN_KIND") && $0["basis"] == .enumValue("ANNOUNCED_TOTAL") })
        #expect(data["programs", "totalCount"] == 17)
        let haiti = data["completed", "nodes"].items.first { $0["key"] == "haiti-pcm-1" }
        #expect(haiti?["successors"].items.contains { $0["key"] == "haiti-pcm-2" } == true)
    }
}
