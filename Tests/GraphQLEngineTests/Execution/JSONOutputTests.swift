import Testing

@testable import GraphQLEngine

/// The response written as JSON (spec §7.2 "Serialization Format", §7.2.2 "Serialized Map
/// Ordering"), compared byte for byte with graphql-js 16.6's `JSON.stringify(result)`
/// (`Expectations/json.js`): string escaping, numbers, key order, and the layout of `errors`,
/// `data` and `extensions`.
@Suite struct JSONOutputTests {
    /// Every control character, then quote, backslash, slash, DEL, U+0080, é, the line and
    /// paragraph separators, an emoji and U+FFFF.
    static let text =
        String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        + "\"\\/\u{7F}\u{80}\u{E9}\u{2028}\u{2029}\u{1F600}\u{FFFF}"

    /// `text` as JSON writes it: control characters escaped (short forms where JSON has them,
    /// else `\u00xx` in lower case), quote and backslash escaped, everything else as UTF-8.
    static let escapedText =
        #"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\/\#u{7F}\#u{80}é\#u{2028}\#u{2029}😀\#u{FFFF}"#

    static let sdl = """
        scalar JSON
        enum Color { RED GREEN }
        type Query { text: String fail: String keyed: JSON floats: [Float] ints: [Int] flags: [Boolean] color: Color nothing: String }
        """

    struct Failure: Error, CustomStringConvertible {
        var description: String { JSONOutputTests.text }
    }

    func schema() throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers["Query", "text"] = .sync { _ in .string(Self.text) }
        resolvers["Query", "fail"] = .sync { _ in throw Failure() }
        resolvers["Query", "keyed"] = .sync { _ in .leaf(object((Self.text, [1, "two", nil, true]))) }
        resolvers["Query", "floats"] = .sync { _ in
            .list(
                [
                    1e15, 1e21, 1.5e-7, 0.000001, 1.2345678901234568e20, -0.0, .leastNonzeroMagnitude,
                    1.7976931348623157e308,
                    0.1 + 0.2, 1e20, -1.5, 2.5e-5, 100, 1e-7, 123e-20,
                ].map(FieldValue.float))
        }
        resolvers["Query", "ints"] = .sync { _ in
            .list([0, -1, 2_147_483_647, -2_147_483_648, 10, -10].map(FieldValue.int))
        }
        resolvers["Query", "flags"] = .sync { _ in .list([.boolean(true), .boolean(false), .null]) }
        resolvers["Query", "color"] = .sync { _ in .enumValue("GREEN") }
        return try makeSchema(Self.sdl, resolvers)
    }

    @Test func stringsEscapeEveryControlCharacterQuoteAndBackslashOnly() async throws {
        let result = try await run(try schema(), "{ text }")
        #expect(result.json == #"{"data":{"text":""# + Self.escapedText + #""}}"#)
    }

    @Test func errorMessagesAreEscapedAndErrorsComeFirst() async throws {
        let result = try await run(try schema(), "{ fail }")
        #expect(
            result.json
                == #"{"errors":[{"message":""# + Self.escapedText
                + #"","locations":[{"line":1,"column":3}],"path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"fail":null}}"#
        )
    }

    @Test func objectKeysOfACustomScalarAreEscaped() async throws {
        let result = try await run(try schema(), "{ keyed }")
        #expect(result.json == #"{"data":{"keyed":{""# + Self.escapedText + #"":[1,"two",null,true]}}}"#)
    }

    @Test func numbersAreWrittenAsJavaScriptWritesThem() async throws {
        let result = try await run(try schema(), "{ floats ints }")
        #expect(
            result.json
                == #"{"data":{"floats":[1000000000000000,1e+21,1.5e-7,0.000001,123456789012345680000,0,5e-324,1.7976931348623157e+308,0.30000000000000004,100000000000000000000,-1.5,0.000025,100,1e-7,1.23e-18],"ints":[0,-1,2147483647,-2147483648,10,-10]}}"#
        )
    }

    @Test func booleansEnumValuesAndNulls() async throws {
        let result = try await run(try schema(), "{ flags color nothing }")
        #expect(result.json == #"{"data":{"flags":[true,false,null],"color":"GREEN","nothing":null}}"#)
    }

    @Test func keysFollowTheFirstAppearanceOfEachResponseName() async throws {
        let result = try await run(
            try schema(), "{ zeta: color alpha: nothing ... on Query { middle: color alpha: nothing } __typename }")
        #expect(result.json == #"{"data":{"zeta":"GREEN","alpha":null,"middle":"GREEN","__typename":"Query"}}"#)
    }

    // The layouts below are the engine's own: graphql-js's `execute` adds no `extensions`.

    @Test func extensionsComeLastAfterErrorsAndData() async throws {
        var result = try await run(try schema(), "{ fail color }")
        result.extensions = [InputValue.Field(name: "cost", value: object(("points", 2), ("note", "a\"b")))]
        #expect(
            result.json
                == #"{"errors":[{"message":""# + Self.escapedText
                + #"","locations":[{"line":1,"column":3}],"path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"fail":null,"color":"GREEN"},"extensions":{"cost":{"points":2,"note":"a\"b"}}}"#
        )
    }

    @Test func aRequestErrorHasNoData() async throws {
        let result = try await run(try schema(), "query A { text } query B { text }")
        #expect(
            result.json
                == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test func aResultMadeOutsideTheExecutorIsWrittenTheSameWay() {
        let result = ExecutionResult(
            data: object(("a", [1, 2.5, "x"])), errors: [GraphQLError("late", path: [.key("a"), .index(1)])])
        #expect(result.json == #"{"errors":[{"message":"late","path":["a",1]}],"data":{"a":[1,2.5,"x"]}}"#)
    }
}
