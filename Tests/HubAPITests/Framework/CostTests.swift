import GraphQLEngine
import Testing

@testable import HubAPI

@Suite("The static cost of an operation")
struct CostTests {
    let harness: APIHarness

    init() throws {
        harness = try APIHarness.seeded(options: APIOptions(costBudget: 500, executionTimeout: .seconds(300)))
    }

    @Test("list fields multiply the cost of what they contain by their first or last")
    func costMultipliesDownTheTree() {
        #expect(
            harness.api.cost(of: GraphQLRequest(query: "{ practices(first: 20) { nodes { key themes { code } } } }"))
                == 1 + 1 + 20 * (1 + 1 + 10))
        #expect(harness.api.cost(of: GraphQLRequest(query: "{ practices { nodes { key } } }")) == 2 + 10)
        #expect(
            harness.api.cost(
                of: GraphQLRequest(
                    query:
                        "query ($n: Int = 7) { practices(last: $n) { ...f } } fragment f on PracticeConnection { nodes { key } }"
                ))
                == 2 + 7)
        #expect(
            harness.api.cost(
                of: GraphQLRequest(
                    query: "query ($n: Int) { practices(first: $n) { nodes { key } } }", variables: ["n": 50])) == 52)
    }

    @Test("a list of objects without first counts ten items, so nesting such lists still multiplies")
    func plainListsCountTenItems() {
        #expect(harness.api.cost(of: GraphQLRequest(query: "{ program(key: \"mped\") { countries { sharePercent } } }")) == 2 + 10)
        #expect(
            harness.api.cost(
                of: GraphQLRequest(
                    query: "{ program(key: \"mped\") { organizations { organization { programs { program { key } } } } } }"))
                == 1 + 1 + 10 * (1 + 1 + 10 * (1 + 1)))
        // A list of scalars is a leaf: one value, however long.
        #expect(harness.api.cost(of: GraphQLRequest(query: "{ publication(key: \"a\") { content { tags } } }")) == 3)
    }

    @Test("a connection's totalCount and pageInfo count once; a ranking counts its schema default of 10")
    func connectionsAndDefaults() {
        #expect(
            harness.api.cost(
                of: GraphQLRequest(query: "{ practices(first: 50) { totalCount pageInfo { hasNextPage } } }")) == 4)
        #expect(
            harness.api.cost(of: GraphQLRequest(query: "{ network { ranking { partners organization { key } } } }"))
                == 2 + 10 * 3)
        #expect(harness.api.cost(of: GraphQLRequest(query: "{ nodes(ids: [\"a\", \"b\"]) { id } }")) == 1 + 2)
    }

    @Test("a first left to an absent variable counts the schema's default, as execution uses it")
    func absentVariableCountsTheSchemaDefault() {
        #expect(
            harness.api.cost(
                of: GraphQLRequest(
                    query: "query ($n: Int) { network { neighbours(organization: \"x\", first: $n) { distance } } }"))
                == 2 + 100)
    }

    @Test("a fragment spread many times over is counted at each spread but walked once")
    func fragmentsSpreadManyTimesOverStayCheap() {
        // Each fragment spreads the next twice: 2^31 paths to the last, a field costing 2.
        let depth = 32
        var query = "{ ...f0 }"
        for level in 0..<depth - 1 { query += " fragment f\(level) on Query { ...f\(level + 1) ...f\(level + 1) }" }
        query += " fragment f\(depth - 1) on Query { practice(key: \"a\") { key } }"
        #expect(harness.api.cost(of: GraphQLRequest(query: query)) == 2 << (depth - 1))
    }

    @Test("an operation over the budget is refused before it runs, stating the cost and the budget")
    func overBudgetIsRefused() async {
        let result = await harness.run(
            "{ practices(first: 100) { nodes { key municipality { key country { code } } themes { code } } } }")
        #expect(result.data == nil)
        let error = result.errors.first
        #expect(error?.code == "COST_LIMIT_EXCEEDED")
        #expect(error?.message.contains("costs 1602, over the budget of 500") == true)
    }
}
