import Testing

@testable import GraphQLEngine

/// Null propagation (spec §6.4.4 "Handling Execution Errors"; §6.3 "Errors and Non-Null
/// Types"): a null or an error at a non-null position makes the nearest nullable parent null —
/// through chains of non-null fields, `[T!]`, `[T]!`, `[T!]!` and nested lists, up to `data`
/// itself — with one error per position, at its path. Each case runs with synchronous
/// resolvers and again with asynchronous ones, whose values are completed after the
/// synchronous pass (the executor's other route to the same result). Expectations:
/// `Expectations/null-propagation.js` (graphql-js 16.6, the same for both).
@Suite struct NullPropagationTests {
    static let sdl = """
        type Node { value: String nonNullValue: String! child: Node nonNullChild: Node! fails: String nonNullFails: String! }
        type Query {
          nullable: Node nonNull: Node! ok: String
          list: [Node] listOfNonNull: [Node!] nonNullList: [Node]! nonNullListOfNonNull: [Node!]!
          nested: [[Node!]] nestedNonNull: [[Node!]!] scalars: [Int!] nonNullScalars: [Int]!
        }
        """

    struct Boom: Error, CustomStringConvertible {
        var description: String { "boom" }
    }

    /// The schema with `Node`'s fields read from JSON data (`fails` and `nonNullFails` throw),
    /// synchronously or after a suspension.
    static func schema(async: Bool) throws -> GraphQLSchema {
        var resolvers = Resolvers()
        for name in ["value", "nonNullValue", "child", "nonNullChild", "fails", "nonNullFails"] {
            let read: @Sendable (ResolverInput) throws -> FieldValue = { input in
                if name.hasSuffix("ails") { throw Boom() }
                return (input.source as? InputValue)?.fieldValue(named: name) ?? .null
            }
            resolvers["Node", name] =
                async
                ? .async { input in
                    await Task.yield()
                    return try read(input)
                }
                : .sync(read)
        }
        return try makeSchema(sdl, resolvers)
    }

    /// A node labelled `label`, its `nonNullValue` null when `broken`.
    static func node(_ label: InputValue, broken: Bool = false, nonNullChild: InputValue = nil) -> InputValue {
        object(("value", label), ("nonNullValue", broken ? nil : label), ("nonNullChild", nonNullChild))
    }

    static let rootValue: InputValue = {
        let good = node("a")
        let broken = node("b", broken: true)
        return object(
            ("ok", "ok"), ("nullable", node("n", nonNullChild: node("c", nonNullChild: broken))), ("nonNull", broken),
            ("list", [good, broken, node("c", broken: true)]), ("listOfNonNull", [good, broken]),
            ("nonNullList", [good, broken]), ("nonNullListOfNonNull", [good, broken]),
            ("nested", [[good], [good, broken], [good]]), ("nestedNonNull", [[good], [good, broken]]),
            ("scalars", [1, nil, 3]), ("nonNullScalars", [1, nil]))
    }()

    static let cases: [(name: String, query: String, expected: String)] = [
        (
            "nullable field",
            "{ nullable { nonNullValue: value broken: nonNullChild { nonNullChild { nonNullValue } } } ok }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":72}],"path":["nullable","broken","nonNullChild","nonNullValue"]}],"data":{"nullable":null,"ok":"ok"}}"#
        ),
        (
            "non-null field to the root", "{ ok nonNull { value nonNullValue } }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":22}],"path":["nonNull","nonNullValue"]}],"data":null}"#
        ),
        (
            "thrown error in a non-null field", "{ nullable { value nonNullFails } ok }",
            #"{"errors":[{"message":"boom","locations":[{"line":1,"column":20}],"path":["nullable","nonNullFails"]}],"data":{"nullable":null,"ok":"ok"}}"#
        ),
        (
            "thrown error in a nullable field", "{ nullable { value fails } ok }",
            #"{"errors":[{"message":"boom","locations":[{"line":1,"column":20}],"path":["nullable","fails"]}],"data":{"nullable":{"value":"n","fails":null},"ok":"ok"}}"#
        ),
        (
            "nullable list", "{ list { value nonNullValue } ok }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":16}],"path":["list",1,"nonNullValue"]},{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":16}],"path":["list",2,"nonNullValue"]}],"data":{"list":[{"value":"a","nonNullValue":"a"},null,null],"ok":"ok"}}"#
        ),
        (
            "list of non-null", "{ listOfNonNull { value nonNullValue } ok }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":25}],"path":["listOfNonNull",1,"nonNullValue"]}],"data":{"listOfNonNull":null,"ok":"ok"}}"#
        ),
        (
            "non-null list", "{ nonNullList { nonNullValue } ok }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":17}],"path":["nonNullList",1,"nonNullValue"]}],"data":{"nonNullList":[{"nonNullValue":"a"},null],"ok":"ok"}}"#
        ),
        (
            "non-null list of non-null", "{ ok nonNullListOfNonNull { nonNullValue } }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":29}],"path":["nonNullListOfNonNull",1,"nonNullValue"]}],"data":null}"#
        ),
        (
            "nested lists", "{ nested { nonNullValue } ok }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":12}],"path":["nested",1,1,"nonNullValue"]}],"data":{"nested":[[{"nonNullValue":"a"}],null,[{"nonNullValue":"a"}]],"ok":"ok"}}"#
        ),
        (
            "nested non-null lists", "{ nestedNonNull { nonNullValue } ok }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":19}],"path":["nestedNonNull",1,1,"nonNullValue"]}],"data":{"nestedNonNull":null,"ok":"ok"}}"#
        ),
        (
            "scalar items", "{ scalars nonNullScalars }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Query.scalars.","locations":[{"line":1,"column":3}],"path":["scalars",1]}],"data":{"scalars":null,"nonNullScalars":[1,null]}}"#
        ),
        (
            "aliases in paths", "{ n: nullable { c: nonNullChild { d: nonNullChild { e: nonNullValue } } } }",
            #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":53}],"path":["n","c","d","e"]}],"data":{"n":null}}"#
        ),
    ]

    @Test(arguments: cases, [false, true])
    func propagation(_ testCase: (name: String, query: String, expected: String), async: Bool) async throws {
        let result = try await run(try Self.schema(async: async), testCase.query, rootValue: Self.rootValue)
        #expect(result.graphQLJSJSON == testCase.expected, "\(testCase.name), async: \(async)")
        #expect(result.codes.allSatisfy { $0 == ErrorCode.internalServerError })
    }

    /// Once a non-null field has made its parent null, a sibling still running is discarded
    /// with it, its error unreported (the spec lets an executor cancel such work; graphql-js,
    /// whose sibling promise settles after the response is built, reports one error too).
    @Test func aSiblingDiscardedWithItsParentReportsNoError() async throws {
        let result = try await run(
            try Self.schema(async: true), "{ nullable { nonNullFails fails } ok }", rootValue: Self.rootValue)
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"boom","locations":[{"line":1,"column":14}],"path":["nullable","nonNullFails"]}],"data":{"nullable":null,"ok":"ok"}}"#
        )
    }

    /// graphql-js: the "batch-loaded null" case.
    @Test func aNullFromABatchLoadAtANonNullPositionPropagates() async throws {
        let loader = BatchLoader<Int> { keys, _ in keys.map { $0 == 2 ? .null : .string("v\($0)") } }
        var resolvers = Resolvers()
        resolvers["Query", "listOfNonNull"] = .sync { _ in .list([.object(1), .object(2)]) }
        resolvers["Query", "nonNullList"] = .sync { _ in .list([.object(1), .object(2)]) }
        resolvers["Node", "nonNullValue"] = .sync { input in input.load(loader, key: input.source as? Int ?? 0) }
        let result = try await run(
            try makeSchema(Self.sdl, resolvers), "{ listOfNonNull { nonNullValue } nonNullList { nonNullValue } }")
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":19}],"path":["listOfNonNull",1,"nonNullValue"]},{"message":"Cannot return null for non-nullable field Node.nonNullValue.","locations":[{"line":1,"column":48}],"path":["nonNullList",1,"nonNullValue"]}],"data":{"listOfNonNull":null,"nonNullList":[{"nonNullValue":"v1"},null]}}"#
        )
    }

    @Test func anAsyncNullAtTheRootsNonNullFieldMakesDataNull() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "nonNull"] = .async { _ in .null }
        resolvers["Query", "ok"] = .async { _ in .string("ok") }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ ok nonNull { value } }")
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNull.","locations":[{"line":1,"column":6}],"path":["nonNull"]}],"data":null}"#
        )
    }
}
