import Testing

@testable import GraphQLEngine

/// Coercing variable values (spec §6.1.2 `CoerceVariableValues`): every request error
/// graphql-js 16.6 raises, with its message and the variable definition's location, and no
/// `data`. Expectations: `Expectations/variables.js`; the `@oneOf` ones by hand from the spec
/// (§3.10.1 "OneOf Input Objects"), in the wording of graphql-js 16.9, which added `@oneOf`.
@Suite struct VariableCoercionTests {
    static let cases: [ExecutionCase] = [
        ExecutionCase(
            name: "a given value", query: "query ($v: Int) { echo(int: $v) }", variables: ["v": 1],
            expected: #"{"data":{"echo":{"int":1}}}"#),
        ExecutionCase(
            name: "an absent value leaves the argument absent", query: "query ($v: Int) { echo(int: $v) }",
            expected: #"{"data":{"echo":{}}}"#),
        ExecutionCase(
            name: "a null value is null", query: "query ($v: Int) { echo(int: $v) }", variables: ["v": nil],
            expected: #"{"data":{"echo":{"int":null}}}"#),
        ExecutionCase(
            name: "values of undefined variables are ignored", query: "query ($v: Int) { echo(int: $v) }",
            variables: ["v": 2, "other": "x"], expected: #"{"data":{"echo":{"int":2}}}"#),
        ExecutionCase(
            name: "the default is used when the value is absent", query: "query ($v: Int = 5) { echo(int: $v) }",
            expected: #"{"data":{"echo":{"int":5}}}"#),
        ExecutionCase(
            name: "null overrides the default", query: "query ($v: Int = 5) { echo(int: $v) }", variables: ["v": nil],
            expected: #"{"data":{"echo":{"int":null}}}"#),
        ExecutionCase(
            name: "a non-null variable with a default may be absent", query: "query ($v: Int! = 3) { echo(int: $v) }",
            expected: #"{"data":{"echo":{"int":3}}}"#),
        ExecutionCase(
            name: "a required variable not provided", query: "query ($v: Int!) { echo(int: $v) }",
            expected:
                #"{"errors":[{"message":"Variable \"$v\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a required variable given null", query: "query ($v: Int!) { echo(int: $v) }", variables: ["v": nil],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a string for an Int", query: "query ($v: Int) { echo(int: $v) }", variables: ["v": "abc"],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "an Int out of 32 bits", query: "query ($v: Int) { echo(int: $v) }", variables: ["v": 2_147_483_648],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a fraction for an Int", query: "query ($v: Int) { echo(int: $v) }", variables: ["v": 1.5],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value 1.5; Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "Float, String, Boolean and ID values",
            query:
                "query ($f: Float, $s: String, $b: Boolean, $i: ID) { echo(float: $f, string: $s, boolean: $b, id: $i) }",
            variables: ["f": 1, "s": "x", "b": true, "i": 7],
            expected: #"{"data":{"echo":{"boolean":true,"float":1,"id":"7","string":"x"}}}"#),
        ExecutionCase(
            name: "Float, String, Boolean and ID refusing values, each reported",
            query:
                "query ($f: Float, $s: String, $b: Boolean, $i: ID) { echo(float: $f, string: $s, boolean: $b, id: $i) }",
            variables: ["f": "x", "s": 1, "b": 1, "i": true],
            expected:
                #"{"errors":[{"message":"Variable \"$f\" got invalid value \"x\"; Float cannot represent non numeric value: \"x\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$s\" got invalid value 1; String cannot represent a non string value: 1","locations":[{"line":1,"column":19}]},{"message":"Variable \"$b\" got invalid value 1; Boolean cannot represent a non boolean value: 1","locations":[{"line":1,"column":31}]},{"message":"Variable \"$i\" got invalid value true; ID cannot represent value: true","locations":[{"line":1,"column":44}]}]}"#
        ),
        ExecutionCase(
            name: "a fraction for an ID",
            query:
                "query ($f: Float, $s: String, $b: Boolean, $i: ID) { echo(float: $f, string: $s, boolean: $b, id: $i) }",
            variables: ["i": 1.5],
            expected:
                #"{"errors":[{"message":"Variable \"$i\" got invalid value 1.5; ID cannot represent value: 1.5","locations":[{"line":1,"column":44}]}]}"#
        ),
        ExecutionCase(
            name: "a single value for a list is a list of one", query: "query ($v: [Int]) { echo(ints: $v) }",
            variables: ["v": 1], expected: #"{"data":{"echo":{"ints":[1]}}}"#),
        ExecutionCase(
            name: "null items of a nullable list", query: "query ($v: [Int]) { echo(ints: $v) }",
            variables: ["v": [1, nil, 3]], expected: #"{"data":{"echo":{"ints":[1,null,3]}}}"#),
        ExecutionCase(
            name: "bad list items, each at its index", query: "query ($v: [Int]) { echo(ints: $v) }",
            variables: ["v": [1, "x", 3, 4.5]],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value \"x\" at \"v[1]\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" got invalid value 4.5 at \"v[3]\"; Int cannot represent non-integer value: 4.5","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a null item of a list of non-null items", query: "query ($v: [Int!]) { echo(nonNullInts: $v) }",
            variables: ["v": [1, nil]],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v[1]\"; Expected non-nullable type \"Int!\" not to be null.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a single value for a nested list", query: "query ($v: [[Int]]) { echo(nested: $v) }",
            variables: ["v": 1], expected: #"{"data":{"echo":{"nested":[[1]]}}}"#),
        ExecutionCase(
            name: "a bad item of a nested list", query: "query ($v: [[Int]]) { echo(nested: $v) }",
            variables: ["v": [[1], 2, nil, [nil, "x"]]],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value \"x\" at \"v[3][1]\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "an enum value", query: "query ($v: Color) { echo(color: $v) }", variables: ["v": "GREEN"],
            expected: #"{"data":{"echo":{"color":"GREEN"}}}"#),
        ExecutionCase(
            name: "an unknown enum value", query: "query ($v: Color) { echo(color: $v) }", variables: ["v": "PURPLE"],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value \"PURPLE\"; Value \"PURPLE\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "an enum value in the wrong case, with a suggestion", query: "query ($v: Color) { echo(color: $v) }",
            variables: ["v": "red"],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value \"red\"; Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a number for an enum", query: "query ($v: Color) { echo(color: $v) }", variables: ["v": 1],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a nested input object with defaults, an explicit null and a single value for a list",
            query: "query ($v: Shape) { echo(shape: $v) }",
            variables: [
                "v": object(
                    ("name", "tri"), ("points", [object(("x", 1)), object(("x", 2), ("y", nil), ("tags", "a"))]))
            ],
            expected:
                #"{"data":{"echo":{"shape":{"name":"tri","points":[{"x":1,"y":0},{"x":2,"y":null,"tags":["a"]}],"color":"RED"}}}}"#
        ),
        ExecutionCase(
            name: "every problem of a nested input object, in type order then unknown fields",
            query: "query ($v: Shape) { echo(shape: $v) }",
            variables: ["v": object(("points", [object(("y", 1)), object(("x", "a"), ("z", 1))]), ("extra", 1))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value { points: [[Object], [Object]], extra: 1 }; Field \"name\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" got invalid value { y: 1 } at \"v.points[0]\"; Field \"x\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" got invalid value \"a\" at \"v.points[1].x\"; Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" got invalid value { x: \"a\", z: 1 } at \"v.points[1]\"; Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" got invalid value { points: [[Object], [Object]], extra: 1 }; Field \"extra\" is not defined by type \"Shape\".","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "an unknown input field, with a suggestion", query: "query ($v: Shape) { echo(shape: $v) }",
            variables: ["v": object(("name", "n"), ("points", []), ("colour", "RED"))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value { name: \"n\", points: [], colour: \"RED\" }; Field \"colour\" is not defined by type \"Shape\". Did you mean \"color\"?","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a string for an input object", query: "query ($v: Shape) { echo(shape: $v) }",
            variables: ["v": "tri"],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value \"tri\"; Expected type \"Shape\" to be an object.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a null item of a non-null list inside an input object",
            query: "query ($v: Shape) { echo(shape: $v) }",
            variables: ["v": object(("name", "n"), ("points", [nil]))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v.points[0]\"; Expected non-nullable type \"Point!\" not to be null.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "null for a required input field", query: "query ($v: Shape) { echo(shape: $v) }",
            variables: ["v": object(("name", nil), ("points", []))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v.name\"; Expected non-nullable type \"String!\" not to be null.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a custom scalar's parseValue", query: "query ($v: Odd) { echo(odd: $v) }", variables: ["v": 3],
            expected: #"{"data":{"echo":{"odd":3}}}"#),
        ExecutionCase(
            name: "a custom scalar's parseValue refusing, with its message", query: "query ($v: Odd) { echo(odd: $v) }",
            variables: ["v": 4],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value 4; Odd cannot represent an even number: 4","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a custom scalar refusing list items", query: "query ($v: [Odd]) { echo }",
            variables: ["v": [3, 4, "x"]],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value 4 at \"v[1]\"; Odd cannot represent an even number: 4","locations":[{"line":1,"column":8}]},{"message":"Variable \"$v\" got invalid value \"x\" at \"v[2]\"; Odd cannot represent a non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "variables of types that are not input types, located at the type",
            query: "query ($v: Query, $w: Nope) { echo }",
            expected:
                #"{"errors":[{"message":"Variable \"$v\" expected value of type \"Query\" which cannot be used as an input type.","locations":[{"line":1,"column":12}]},{"message":"Variable \"$w\" expected value of type \"Nope\" which cannot be used as an input type.","locations":[{"line":1,"column":23}]}]}"#
        ),
        ExecutionCase(
            name: "every variable's error, in definition order",
            query: "query ($a: Int!, $b: Color, $c: [Int!]!) { echo(int: $a) }", variables: ["b": "X", "c": nil],
            expected:
                #"{"errors":[{"message":"Variable \"$a\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$b\" got invalid value \"X\"; Value \"X\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":18}]},{"message":"Variable \"$c\" of non-null type \"[Int!]!\" must not be null.","locations":[{"line":1,"column":29}]}]}"#
        ),
        // @oneOf (by hand: graphql-js 16.6 predates it).
        ExecutionCase(
            name: "a @oneOf input object with one key", query: "query ($v: Choice) { echo(choice: $v) }",
            variables: ["v": object(("id", "1"))], expected: #"{"data":{"echo":{"choice":{"id":"1"}}}}"#),
        ExecutionCase(
            name: "a @oneOf input object with two keys", query: "query ($v: Choice) { echo(choice: $v) }",
            variables: ["v": object(("id", "1"), ("name", "x"))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value { id: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"Choice\".","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a @oneOf input object with a second key null", query: "query ($v: Choice) { echo(choice: $v) }",
            variables: ["v": object(("id", "1"), ("name", nil))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value { id: \"1\", name: null }; Exactly one key must be specified for OneOf type \"Choice\".","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "a @oneOf input object with its key null", query: "query ($v: Choice) { echo(choice: $v) }",
            variables: ["v": object(("id", nil))],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value null at \"v.id\"; Field \"id\" must be non-null.","locations":[{"line":1,"column":8}]}]}"#
        ),
        ExecutionCase(
            name: "an empty @oneOf input object", query: "query ($v: Choice) { echo(choice: $v) }",
            variables: ["v": object()],
            expected:
                #"{"errors":[{"message":"Variable \"$v\" got invalid value {}; Exactly one key must be specified for OneOf type \"Choice\".","locations":[{"line":1,"column":8}]}]}"#
        ),
    ]

    @Test(arguments: cases)
    func coercion(_ testCase: ExecutionCase) async throws {
        let result = try await testCase.run(try coercionTestSchema())
        #expect(result.graphQLJSJSON == testCase.expected)
        #expect(result.codes.allSatisfy { $0 == ErrorCode.badUserInput })
    }

    /// graphql-js's message for an `Int` variable given the string `value` at `path`.
    private static func intError(_ variable: String, _ value: String, at path: String, column: Int) -> String {
        #"{"message":"Variable \"$\#(variable)\" got invalid value \"\#(value)\"\#(path); Int cannot represent non-integer value: \"\#(value)\"","locations":[{"line":1,"column":\#(column)}]}"#
    }

    private static let tooMany =
        #"{"message":"Too many errors processing variables, error limit reached. Execution aborted."}"#

    @Test func fiftyErrorsInOneVariableThenTheLimitError() async throws {
        let items = (0..<60).map { InputValue.string("x\($0)") }
        let result = try await run(
            try coercionTestSchema(), "query ($v: [Int]) { echo(ints: $v) }", variables: ["v": .list(items)])
        let errors = (0..<50).map { Self.intError("v", "x\($0)", at: #" at \"v[\#($0)]\""#, column: 8) }
        #expect(result.graphQLJSJSON == #"{"errors":["# + (errors + [Self.tooMany]).joined(separator: ",") + "]}")
        #expect(result.codes.allSatisfy { $0 == ErrorCode.badUserInput })
    }

    /// `query ($v0: Int, $v1: Int, …)`: variable `$vN` is at column 8 + 10N (11 from `$v10`).
    private static func manyVariables(_ count: Int) -> (definitions: String, columns: [Int]) {
        var columns: [Int] = []
        var column = 8
        var definitions: [String] = []
        for index in 0..<count {
            columns.append(column)
            let definition = "$v\(index): Int"
            definitions.append(definition)
            column += definition.count + 2
        }
        return ("query (" + definitions.joined(separator: ", ") + ")", columns)
    }

    @Test func fiftyOneBadVariablesGiveFiftyErrorsThenTheLimitError() async throws {
        let (definitions, columns) = Self.manyVariables(51)
        let variables = Dictionary(uniqueKeysWithValues: (0..<51).map { ("v\($0)", InputValue.string("x")) })
        let result = try await run(try coercionTestSchema(), definitions + " { echo }", variables: variables)
        let errors = (0..<50).map { Self.intError("v\($0)", "x", at: "", column: columns[$0]) }
        #expect(result.graphQLJSJSON == #"{"errors":["# + (errors + [Self.tooMany]).joined(separator: ",") + "]}")
    }

    @Test func fiftyBadVariablesThenAGoodOneGiveFiftyErrorsOnly() async throws {
        let (definitions, columns) = Self.manyVariables(51)
        var variables = Dictionary(uniqueKeysWithValues: (0..<50).map { ("v\($0)", InputValue.string("x")) })
        variables["v50"] = 1
        let result = try await run(try coercionTestSchema(), definitions + " { echo(int: $v50) }", variables: variables)
        let errors = (0..<50).map { Self.intError("v\($0)", "x", at: "", column: columns[$0]) }
        #expect(result.graphQLJSJSON == #"{"errors":["# + errors.joined(separator: ",") + "]}")
    }

    @Test func aPreparedOperationCoercesEachRequestsVariables() async throws {
        let schema = try coercionTestSchema()
        let prepared = try PreparedOperation(
            schema: schema, document: try parse("query ($v: Int) { echo(int: $v) }"), operationName: nil)
        #expect(await prepared.execute(variables: ["v": 1]).json == #"{"data":{"echo":{"int":1}}}"#)
        #expect(await prepared.execute(variables: [:]).json == #"{"data":{"echo":{}}}"#)
        #expect(
            await prepared.execute(variables: ["v": "x"]).json
                == #"{"errors":[{"message":"Variable \"$v\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }
}
