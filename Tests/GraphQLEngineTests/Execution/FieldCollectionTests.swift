import Testing

@testable import GraphQLEngine

/// Field collection (spec §6.3.2 `CollectFields`, `CollectSubfields`, `DoesFragmentTypeApply`):
/// `@skip` and `@include` with literals and variables on fields, fragment spreads and inline
/// fragments; fields of one response name merged; response order. Expectations:
/// `Expectations/field-collection.js` (graphql-js 16.6).
@Suite struct FieldCollectionTests {
    static let sdl = """
        interface Thing { x: String }
        type Obj implements Thing { x: String y: String z: String }
        type Other implements Thing { x: String y: String }
        union Any = Obj | Other
        type Query { a: String b: String c: Obj list: [Obj] }
        """

    static let rootValue = object(
        ("a", "A"), ("b", "B"), ("c", object(("x", "X"), ("y", "Y"), ("z", "Z"))),
        ("list", [object(("x", "1"), ("y", "2"), ("z", "3")), object(("x", "4"), ("y", "5"), ("z", "6"))]))

    static let cases: [(name: String, query: String, expected: String)] = [
        ("@skip(if: true)", "{ a @skip(if: true) b }", #"{"data":{"b":"B"}}"#),
        ("@skip(if: false)", "{ a @skip(if: false) b }", #"{"data":{"a":"A","b":"B"}}"#),
        ("@include(if: false)", "{ a @include(if: false) b }", #"{"data":{"b":"B"}}"#),
        ("@include(if: true)", "{ a @include(if: true) b }", #"{"data":{"a":"A","b":"B"}}"#),
        ("skipped and included", "{ a @skip(if: true) @include(if: true) b }", #"{"data":{"b":"B"}}"#),
        ("neither skipped nor included", "{ a @skip(if: false) @include(if: false) b }", #"{"data":{"b":"B"}}"#),
        ("not skipped and included", "{ a @skip(if: false) @include(if: true) b }", #"{"data":{"a":"A","b":"B"}}"#),
        ("a skipped fragment spread", "{ ...F @skip(if: true) b } fragment F on Query { a }", #"{"data":{"b":"B"}}"#),
        (
            "a fragment spread not included", "{ ...F @include(if: false) b } fragment F on Query { a }",
            #"{"data":{"b":"B"}}"#
        ),
        ("an inline fragment not included", "{ ... @include(if: false) { a } b }", #"{"data":{"b":"B"}}"#),
        (
            "a skipped inline fragment with a type condition", "{ ... on Query @skip(if: true) { a } b }",
            #"{"data":{"b":"B"}}"#
        ),
        ("an inline fragment not skipped", "{ ... @skip(if: false) { a } b }", #"{"data":{"a":"A","b":"B"}}"#),
        (
            "a field skipped inside a fragment", "{ ...F } fragment F on Query { a @skip(if: true) b }",
            #"{"data":{"b":"B"}}"#
        ),
        ("a field skipped once and selected again", "{ a @skip(if: true) ... { a } }", #"{"data":{"a":"A"}}"#),
        (
            "sub-selections of one response name merged",
            "{ c { x } c { y } ...F } fragment F on Query { c { z x } }", #"{"data":{"c":{"x":"X","y":"Y","z":"Z"}}}"#
        ),
        (
            "sub-selections merged for every list item", "{ list { x } list { y } }",
            #"{"data":{"list":[{"x":"1","y":"2"},{"x":"4","y":"5"}]}}"#
        ),
        (
            "keys in the order of their first appearance", "{ b ...F a } fragment F on Query { a c { x } b }",
            #"{"data":{"b":"B","a":"A","c":{"x":"X"}}}"#
        ),
        ("aliases", "{ first: a second: a a }", #"{"data":{"first":"A","second":"A","a":"A"}}"#),
        (
            "a fragment spread twice",
            "{ ...F ...F c { ...G ...G } } fragment F on Query { a } fragment G on Obj { x }",
            #"{"data":{"a":"A","c":{"x":"X"}}}"#
        ),
        (
            "type conditions on the object, another object, an interface and a union",
            "{ c { ... on Obj { x } ... on Other { y } ... on Thing { z } ... on Any { a: x } } }",
            #"{"data":{"c":{"x":"X","z":"Z","a":"X"}}}"#
        ),
        ("an unknown fragment is ignored", "{ ...Nope a }", #"{"data":{"a":"A"}}"#),
        ("an unknown type condition never applies", "{ ... on Nope { a } b }", #"{"data":{"b":"B"}}"#),
        (
            "__typename merged like any field", "{ __typename ... { __typename } c { __typename } }",
            #"{"data":{"__typename":"Query","c":{"__typename":"Obj"}}}"#
        ),
    ]

    @Test(arguments: cases)
    func collection(_ testCase: (name: String, query: String, expected: String)) async throws {
        let result = try await run(try makeSchema(Self.sdl), testCase.query, rootValue: Self.rootValue)
        #expect(result.json == testCase.expected, "\(testCase.name)")
    }

    @Test func conditionsReadVariablesAndEachAssignmentGetsItsOwnPlan() async throws {
        let prepared = try PreparedOperation(
            schema: try makeSchema(Self.sdl),
            document: try parse(
                """
                query ($s: Boolean!, $i: Boolean!) { a @skip(if: $s) b @include(if: $i) ...F @include(if: $i) }
                fragment F on Query { c @skip(if: $s) { x } }
                """), operationName: nil)
        // Twice round, so that the second pass runs on cached plans.
        for _ in 0..<2 {
            for (s, i, expected) in [
                (false, false, #"{"data":{"a":"A"}}"#),
                (false, true, #"{"data":{"a":"A","b":"B","c":{"x":"X"}}}"#),
                (true, false, #"{"data":{}}"#),
                (true, true, #"{"data":{"b":"B"}}"#),
            ] {
                let result = await prepared.execute(
                    variables: ["s": .boolean(s), "i": .boolean(i)], rootValue: Self.rootValue)
                #expect(result.json == expected, "s: \(s), i: \(i)")
            }
        }
    }

    @Test func aConditionVariableTakesItsDefault() async throws {
        let query = "query ($s: Boolean = true) { a @skip(if: $s) b }"
        let schema = try makeSchema(Self.sdl)
        #expect(try await run(schema, query, rootValue: Self.rootValue).json == #"{"data":{"b":"B"}}"#)
        #expect(
            try await run(schema, query, variables: ["s": false], rootValue: Self.rootValue).json
                == #"{"data":{"a":"A","b":"B"}}"#)
    }

    /// A nullable variable with a default may be given `null` for `if: Boolean!` in a valid
    /// document. The spec's `CollectFields` skips a selection unless `@include`'s `if` is true,
    /// and skips it for `@skip` only when `if` is true; graphql-js 16.6 and graphql-core 3.2.8
    /// instead raise `Argument "if" of non-null type "Boolean!" must not be null.` with `data`
    /// null. The engine follows the spec: it collects fields once per plan, where no error can
    /// be raised.
    @Test func aNullConditionSkipsForIncludeAndNotForSkipAsTheSpecSays() async throws {
        let result = try await run(
            try makeSchema(Self.sdl),
            "query ($s: Boolean = true, $i: Boolean = true) { a @skip(if: $s) b @include(if: $i) c { x } }",
            variables: ["s": nil, "i": nil], rootValue: Self.rootValue)
        #expect(result.json == #"{"data":{"a":"A","c":{"x":"X"}}}"#)
    }
}
