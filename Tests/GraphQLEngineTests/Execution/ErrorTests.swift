import Testing

@testable import GraphQLEngine

/// Field errors (spec §6.4.4 "Handling Execution Errors", §7.1.2 "Errors"): a thrown Swift
/// error becomes an error with the field's locations (every node merged under the response
/// name) and its response path (aliases, list indices), its field null and the rest of the
/// response intact; `extensions` carry a `code`; `GraphQLErrorConvertible` and thrown
/// `GraphQLError`s control message and extensions. Expectations: `Expectations/errors.js`
/// (graphql-js 16.6).
@Suite struct ErrorTests {
    static let sdl = """
        type Item { id: Int fails: String }
        type Query { ok: String fails: String asyncFails: String list: [Item] denied: String notFound: String elsewhere: String placed: String }
        """

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A data-layer error that knows how clients should see it.
    struct NotFound: GraphQLErrorConvertible {
        let id: Int
        var graphQLError: GraphQLError {
            GraphQLError(
                "Practice \(id) was not found.",
                extensions: [.init(name: "code", value: "NOT_FOUND"), .init(name: "id", value: .int(id))])
        }
    }

    static func schema() throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Item", "fails"] = .sync { input in
            let id = (input.source as? InputValue)?[field: "id"] ?? .null
            throw Failure(description: "item \(id) failed")
        }
        resolvers["Query", "ok"] = .sync { _ in .string("ok") }
        resolvers["Query", "fails"] = .sync { _ in throw Failure(description: "boom") }
        resolvers["Query", "asyncFails"] = .async { _ in
            await Task.yield()
            throw Failure(description: "async boom")
        }
        resolvers["Query", "list"] = .sync { _ in .list([.object(object(("id", 1))), .object(object(("id", 2)))]) }
        resolvers["Query", "denied"] = .sync { _ in
            throw GraphQLError(
                "Members only.",
                extensions: [.init(name: "code", value: "FORBIDDEN"), .init(name: "scope", value: "member")])
        }
        resolvers["Query", "notFound"] = .sync { _ in throw NotFound(id: 7) }
        resolvers["Query", "elsewhere"] = .sync { _ in
            throw GraphQLError("Look here.", locations: [SourceLocation(line: 1, column: 1)])
        }
        resolvers["Query", "placed"] = .sync { _ in
            throw GraphQLError("Placed already.", path: [.key("other"), .index(0)])
        }
        return try makeSchema(sdl, resolvers)
    }

    static let cases: [(name: String, query: String, expected: String)] = [
        (
            "a thrown error nulls its field only", "{ ok fails }",
            #"{"errors":[{"message":"boom","locations":[{"line":1,"column":6}],"path":["fails"]}],"data":{"ok":"ok","fails":null}}"#
        ),
        (
            "fields merged under one response name give every location", "{ fails ...F } fragment F on Query { fails }",
            #"{"errors":[{"message":"boom","locations":[{"line":1,"column":3},{"line":1,"column":38}],"path":["fails"]}],"data":{"fails":null}}"#
        ),
        (
            "paths hold list indices", "{ list { id fails } }",
            #"{"errors":[{"message":"item 1 failed","locations":[{"line":1,"column":13}],"path":["list",0,"fails"]},{"message":"item 2 failed","locations":[{"line":1,"column":13}],"path":["list",1,"fails"]}],"data":{"list":[{"id":1,"fails":null},{"id":2,"fails":null}]}}"#
        ),
        (
            "paths hold aliases", "{ a: list { b: fails } }",
            #"{"errors":[{"message":"item 1 failed","locations":[{"line":1,"column":13}],"path":["a",0,"b"]},{"message":"item 2 failed","locations":[{"line":1,"column":13}],"path":["a",1,"b"]}],"data":{"a":[{"b":null},{"b":null}]}}"#
        ),
        (
            "an asynchronous resolver's error", "{ asyncFails ok }",
            #"{"errors":[{"message":"async boom","locations":[{"line":1,"column":3}],"path":["asyncFails"]}],"data":{"asyncFails":null,"ok":"ok"}}"#
        ),
        (
            "an error located elsewhere keeps its location; one already placed keeps its path",
            "{ elsewhere placed }",
            #"{"errors":[{"message":"Look here.","locations":[{"line":1,"column":1}],"path":["elsewhere"]},{"message":"Placed already.","path":["other",0]}],"data":{"elsewhere":null,"placed":null}}"#
        ),
        ("no errors, no errors entry", "{ ok }", #"{"data":{"ok":"ok"}}"#),
        (
            "errors in the order they are raised, synchronous ones first", "{ fails list { fails } ok asyncFails }",
            #"{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["fails"]},{"message":"item 1 failed","locations":[{"line":1,"column":16}],"path":["list",0,"fails"]},{"message":"item 2 failed","locations":[{"line":1,"column":16}],"path":["list",1,"fails"]},{"message":"async boom","locations":[{"line":1,"column":27}],"path":["asyncFails"]}],"data":{"fails":null,"list":[{"fails":null},{"fails":null}],"ok":"ok","asyncFails":null}}"#
        ),
    ]

    @Test(arguments: cases)
    func fieldErrors(_ testCase: (name: String, query: String, expected: String)) async throws {
        let result = try await run(try Self.schema(), testCase.query)
        #expect(result.graphQLJSJSON == testCase.expected, "\(testCase.name)")
        #expect(result.codes.allSatisfy { $0 == ErrorCode.internalServerError })
        #expect(result.hasData)
    }

    @Test func resolversErrorsGetACodeAndMayChooseTheirOwnExtensions() async throws {
        let result = try await run(try Self.schema(), "{ denied notFound fails }")
        // graphql-js gives the same for `denied` and `notFound` (see the script); `fails` gets
        // the engine's default code.
        #expect(
            result.json
                == #"{"errors":[{"message":"Members only.","locations":[{"line":1,"column":3}],"path":["denied"],"extensions":{"code":"FORBIDDEN","scope":"member"}},{"message":"Practice 7 was not found.","locations":[{"line":1,"column":10}],"path":["notFound"],"extensions":{"code":"NOT_FOUND","id":7}},{"message":"boom","locations":[{"line":1,"column":19}],"path":["fails"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"denied":null,"notFound":null,"fails":null}}"#
        )
    }

    @Test func aSwiftErrorWithoutADescriptionIsNamedByItsType() async throws {
        struct Unexplained: Error {}
        var resolvers = Resolvers()
        resolvers["Query", "fails"] = .sync { _ in throw Unexplained() }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ fails ok }")
        #expect(result.messages == ["Unexplained()"])
        #expect(result.data == object(("fails", nil), ("ok", nil)))
    }

    @Test func errorsCarryTheirPathAsValues() async throws {
        let result = try await run(try Self.schema(), "{ a: list { b: fails } }")
        #expect(result.errors.map(\.path) == [[.key("a"), .index(0), .key("b")], [.key("a"), .index(1), .key("b")]])
        #expect(
            result.errors.map(\.locations) == [
                [SourceLocation(line: 1, column: 13)], [SourceLocation(line: 1, column: 13)],
            ])
    }
}
