import Testing

@testable import GraphQLEngine

@Suite struct ExecutionSmokeTests {
    struct Practice: Sendable {
        let title: String
        let votes: Int
    }

    static let sdl = """
        type Query { practices: [Practice!]! hello(name: String = "world"): String! first: Practice }
        type Practice { title: String! votes: Int }
        """

    func schema() throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Query", "practices"] = .sync { _ in
            .list([.object(Practice(title: "Budget", votes: 3)), .object(Practice(title: "Water", votes: 5))])
        }
        resolvers["Query", "hello"] = .sync { input in .string("hello \(input[argument: "name"]!)") }
        resolvers["Query", "first"] = .async { _ in .object(Practice(title: "Async", votes: 1)) }
        resolvers["Practice", "title"] = .property { (practice: Practice) in .string(practice.title) }
        resolvers["Practice", "votes"] = .property { (practice: Practice) in .int(practice.votes) }
        return try buildSchema(Source(Self.sdl), resolvers: resolvers)
    }

    @Test func executesAQuery() async throws {
        let document = try parse("{ practices { title votes } hello first { title __typename } }")
        let result = await execute(schema: try schema(), document: document)
        #expect(result.errors.isEmpty)
        #expect(
            String(decoding: result.jsonBytes(), as: UTF8.self)
                == #"{"data":{"practices":[{"title":"Budget","votes":3},{"title":"Water","votes":5}],"hello":"hello \"world\"","first":{"title":"Async","__typename":"Practice"}}}"#
        )
    }
}
