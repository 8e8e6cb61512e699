import GraphQLEngine
import HubStore
import Testing

@testable import HubAPI

@Suite("Batched loading: statements grow with depth, not with results")
struct StatementCountTests {
    @Test("100 practices with their municipality, program, country and replications cost as many statements as 10")
    func statementsAreBoundedByDepth() async throws {
        // The curated seeds have 15 practices; 1,000 synthetic organizations bring 100 more.
        let harness = try APIHarness(synthetic: 1000)
        let query = """
            query ($first: Int!) {
              practices(first: $first) {
                nodes {
                  key title
                  municipality { name country { code name } }
                  program { key name }
                  replications(first: 10) { totalCount nodes { status adopter { key country { code } } } }
                }
              }
            }
            """
        func statements(first: Int) async -> (count: Int, practices: Int) {
            harness.database.statementCounter.reset()
            let data = await harness.data(query, variables: ["first": .int(first)])
            return (harness.database.statementCounter.value, data["practices", "nodes"].items.count)
        }
        let hundred = await statements(first: 100)
        let ten = await statements(first: 10)
        #expect(hundred.practices == 100)
        #expect(ten.practices == 10)
        // One statement a level and loader: a query per practice would be 400 or more.
        #expect(hundred.count <= 10)
        #expect(ten.count <= 10)
    }
}
