import Testing

@testable import GraphQLEngine

/// Result coercion (spec §6.4.3 `CoerceResult`; §3.5 "Scalars", §3.9 "Enums"): every built-in
/// scalar's leniencies and refusals with graphql-js's messages, enums, custom scalars through
/// the coercion `Resolvers.scalars` binds, and a serializer answering null. A refusal is a field
/// error at the field, with the list index when it is an item. Expectations:
/// `Expectations/result-coercion.js` (graphql-js 16.6); each case resolves one field to one raw
/// value through the default resolver.
@Suite struct ResultCoercionTests {
    static let sdl = """
        scalar Odd
        scalar JSON
        scalar Vanishing
        enum Color { RED GREEN BLUE }
        type Query { int: Int float: Float string: String boolean: Boolean id: ID color: Color odd: Odd json: JSON vanishing: Vanishing ints: [Int] }
        """

    static func schema() throws -> GraphQLSchema {
        var resolvers = Resolvers()
        resolvers.scalars["Odd"] = oddCoercion
        resolvers.scalars["Vanishing"] = ScalarCoercion(serialize: { _ in .null }, parseValue: { $0 })
        return try makeSchema(sdl, resolvers)
    }

    /// The field, the value its resolver returns, and graphql-js's response.
    static let cases: [(field: String, value: InputValue, expected: String)] = [
        ("int", 7, #"{"data":{"int":7}}"#),
        (
            "int", 2_147_483_648,
            #"{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":3}],"path":["int"]}],"data":{"int":null}}"#
        ),
        (
            "int", -2_147_483_649,
            #"{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: -2147483649","locations":[{"line":1,"column":3}],"path":["int"]}],"data":{"int":null}}"#
        ),
        (
            "int", 1.5,
            #"{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["int"]}],"data":{"int":null}}"#
        ),
        ("int", .float(3), #"{"data":{"int":3}}"#),
        ("int", "12", #"{"data":{"int":12}}"#),
        ("int", true, #"{"data":{"int":1}}"#),
        (
            "int", .float(.nan),
            #"{"errors":[{"message":"Int cannot represent non-integer value: NaN","locations":[{"line":1,"column":3}],"path":["int"]}],"data":{"int":null}}"#
        ),
        (
            "int", [1],
            #"{"errors":[{"message":"Int cannot represent non-integer value: [1]","locations":[{"line":1,"column":3}],"path":["int"]}],"data":{"int":null}}"#
        ),
        (
            "int", object(("a", 1)),
            #"{"errors":[{"message":"Int cannot represent non-integer value: { a: 1 }","locations":[{"line":1,"column":3}],"path":["int"]}],"data":{"int":null}}"#
        ),
        ("float", 1.5, #"{"data":{"float":1.5}}"#),
        ("float", 2, #"{"data":{"float":2}}"#),
        (
            "float", .float(.nan),
            #"{"errors":[{"message":"Float cannot represent non numeric value: NaN","locations":[{"line":1,"column":3}],"path":["float"]}],"data":{"float":null}}"#
        ),
        (
            "float", .float(.infinity),
            #"{"errors":[{"message":"Float cannot represent non numeric value: Infinity","locations":[{"line":1,"column":3}],"path":["float"]}],"data":{"float":null}}"#
        ),
        ("float", "2.5", #"{"data":{"float":2.5}}"#),
        (
            "float", "abc",
            #"{"errors":[{"message":"Float cannot represent non numeric value: \"abc\"","locations":[{"line":1,"column":3}],"path":["float"]}],"data":{"float":null}}"#
        ),
        ("float", false, #"{"data":{"float":0}}"#),
        ("string", "s", #"{"data":{"string":"s"}}"#),
        ("string", 1, #"{"data":{"string":"1"}}"#),
        ("string", 1.5, #"{"data":{"string":"1.5"}}"#),
        ("string", true, #"{"data":{"string":"true"}}"#),
        (
            "string", [1],
            #"{"errors":[{"message":"String cannot represent value: [1]","locations":[{"line":1,"column":3}],"path":["string"]}],"data":{"string":null}}"#
        ),
        (
            "string", .float(.nan),
            #"{"errors":[{"message":"String cannot represent value: NaN","locations":[{"line":1,"column":3}],"path":["string"]}],"data":{"string":null}}"#
        ),
        ("boolean", true, #"{"data":{"boolean":true}}"#),
        ("boolean", 0, #"{"data":{"boolean":false}}"#),
        ("boolean", 2, #"{"data":{"boolean":true}}"#),
        (
            "boolean", "true",
            #"{"errors":[{"message":"Boolean cannot represent a non boolean value: \"true\"","locations":[{"line":1,"column":3}],"path":["boolean"]}],"data":{"boolean":null}}"#
        ),
        (
            "boolean", .float(.nan),
            #"{"errors":[{"message":"Boolean cannot represent a non boolean value: NaN","locations":[{"line":1,"column":3}],"path":["boolean"]}],"data":{"boolean":null}}"#
        ),
        ("id", "x", #"{"data":{"id":"x"}}"#),
        ("id", 12, #"{"data":{"id":"12"}}"#),
        (
            "id", 1.5,
            #"{"errors":[{"message":"ID cannot represent value: 1.5","locations":[{"line":1,"column":3}],"path":["id"]}],"data":{"id":null}}"#
        ),
        (
            "id", true,
            #"{"errors":[{"message":"ID cannot represent value: true","locations":[{"line":1,"column":3}],"path":["id"]}],"data":{"id":null}}"#
        ),
        ("id", .float(3), #"{"data":{"id":"3"}}"#),
        ("color", "GREEN", #"{"data":{"color":"GREEN"}}"#),
        (
            "color", "PURPLE",
            #"{"errors":[{"message":"Enum \"Color\" cannot represent value: \"PURPLE\"","locations":[{"line":1,"column":3}],"path":["color"]}],"data":{"color":null}}"#
        ),
        (
            "color", 1,
            #"{"errors":[{"message":"Enum \"Color\" cannot represent value: 1","locations":[{"line":1,"column":3}],"path":["color"]}],"data":{"color":null}}"#
        ),
        ("odd", 3, #"{"data":{"odd":3}}"#),
        (
            "odd", 4,
            #"{"errors":[{"message":"Odd cannot represent an even number: 4","locations":[{"line":1,"column":3}],"path":["odd"]}],"data":{"odd":null}}"#
        ),
        (
            "json", object(("a", [1, "x", nil]), ("b", object(("c", 1.5)))),
            #"{"data":{"json":{"a":[1,"x",null],"b":{"c":1.5}}}}"#
        ),
        (
            "vanishing", 5,
            #"{"errors":[{"message":"Expected `Vanishing.serialize(5)` to return non-nullable value, returned: null","locations":[{"line":1,"column":3}],"path":["vanishing"]}],"data":{"vanishing":null}}"#
        ),
        (
            "ints", [1, "x", 2_147_483_648, 3],
            #"{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["ints",1]},{"message":"Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":3}],"path":["ints",2]}],"data":{"ints":[1,null,null,3]}}"#
        ),
    ]

    @Test(arguments: cases)
    func coercion(_ testCase: (field: String, value: InputValue, expected: String)) async throws {
        let result = try await run(
            try Self.schema(), "{ \(testCase.field) }", rootValue: object((testCase.field, testCase.value)))
        #expect(result.graphQLJSJSON == testCase.expected, "\(testCase.field): \(testCase.value)")
        #expect(result.codes.allSatisfy { $0 == ErrorCode.internalServerError })
    }

    /// A resolver answering a list for a leaf field: the list is the value to coerce, as in
    /// graphql-js. An object that is not JSON data gets the engine's own message, naming the
    /// field (graphql-js would coerce whatever it is given).
    @Test func aListOrAnObjectForALeafField() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "int"] = .sync { _ in .list([.int(1)]) }
        resolvers["Query", "json"] = .sync { _ in .list([.int(1), .object(object(("a", nil)))]) }
        resolvers["Query", "color"] = .sync { _ in .object(()) }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ int json color }")
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"Int cannot represent non-integer value: [1]","locations":[{"line":1,"column":3}],"path":["int"]},{"message":"Expected a Color value for field \"Query.color\" of type \"Color\", but the resolver returned an object (()).","locations":[{"line":1,"column":12}],"path":["color"]}],"data":{"int":null,"json":[1,{"a":null}],"color":null}}"#
        )
    }

    @Test func aLeafForAListFieldIsNotIterable() async throws {
        let result = try await run(try Self.schema(), "{ ints }", rootValue: object(("ints", "1, 2")))
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.ints\".","locations":[{"line":1,"column":3}],"path":["ints"]}],"data":{"ints":null}}"#
        )
    }
}
