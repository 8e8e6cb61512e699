import Testing

@testable import GraphQLEngine

/// Coercing field arguments (spec §6.4.1 `CoerceArgumentValues`): defaults, null against
/// absent, variables inside literals, a single value for a list, `@oneOf`; a failure is a field
/// error at the field (`BAD_USER_INPUT`), not a request error. Expectations:
/// `Expectations/arguments.js` (graphql-js 16.6); the `@oneOf` ones by hand from the spec, as
/// graphql-js 16.9's `valueFromAST` treats them. Documents are not validated first, so some
/// cases are ones validation would reject.
@Suite struct ArgumentCoercionTests {
    static let cases: [ExecutionCase] = [
        ExecutionCase(
            name: "left-out arguments take their defaults", query: "{ defaults }",
            expected: #"{"data":{"defaults":{"color":"GREEN","int":7,"ints":[1,2],"nonNull":3,"point":{"x":1,"y":0}}}}"#
        ),
        ExecutionCase(
            name: "null replaces a default", query: "{ defaults(int: null, ints: null, point: null, color: null) }",
            expected: #"{"data":{"defaults":{"color":null,"int":null,"ints":null,"nonNull":3,"point":null}}}"#),
        ExecutionCase(
            name: "an absent variable leaves the default", query: "query ($v: Int) { defaults(int: $v) }",
            expected: #"{"data":{"defaults":{"color":"GREEN","int":7,"ints":[1,2],"nonNull":3,"point":{"x":1,"y":0}}}}"#
        ),
        ExecutionCase(
            name: "a null variable replaces the default", query: "query ($v: Int) { defaults(int: $v) }",
            variables: ["v": nil],
            expected:
                #"{"data":{"defaults":{"color":"GREEN","int":null,"ints":[1,2],"nonNull":3,"point":{"x":1,"y":0}}}}"#),
        ExecutionCase(
            name: "an absent variable for a non-null argument with a default",
            query: "query ($v: Int) { defaults(nonNull: $v) }",
            expected: #"{"data":{"defaults":{"color":"GREEN","int":7,"ints":[1,2],"nonNull":3,"point":{"x":1,"y":0}}}}"#
        ),
        ExecutionCase(
            name: "a null variable for a non-null argument", query: "query ($v: Int) { defaults(nonNull: $v) }",
            variables: ["v": nil],
            expected:
                #"{"errors":[{"message":"Argument \"nonNull\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":37}],"path":["defaults"]}],"data":{"defaults":null}}"#
        ),
        ExecutionCase(
            name: "a required argument left out", query: "{ required }",
            expected:
                #"{"errors":[{"message":"Argument \"int\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["required"]}],"data":{"required":null}}"#
        ),
        ExecutionCase(
            name: "a required argument from an absent variable", query: "query ($v: Int) { required(int: $v) }",
            expected:
                #"{"errors":[{"message":"Argument \"int\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.","locations":[{"line":1,"column":33}],"path":["required"]}],"data":{"required":null}}"#
        ),
        ExecutionCase(
            name: "a required argument given null", query: "{ required(int: null) }",
            expected:
                #"{"errors":[{"message":"Argument \"int\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":17}],"path":["required"]}],"data":{"required":null}}"#
        ),
        ExecutionCase(
            name: "an invalid literal fails its field only", query: #"{ echo(int: "x") ok: echo(int: 1) }"#,
            expected:
                #"{"errors":[{"message":"Argument \"int\" has invalid value \"x\".","locations":[{"line":1,"column":13}],"path":["echo"]}],"data":{"echo":null,"ok":{"int":1}}}"#
        ),
        ExecutionCase(
            name: "literals of every kind",
            query: #"{ echo(int: -3, float: 2, string: "s", boolean: false, id: 12, color: BLUE, odd: 5) }"#,
            expected:
                #"{"data":{"echo":{"boolean":false,"color":"BLUE","float":2,"id":"12","int":-3,"odd":5,"string":"s"}}}"#
        ),
        ExecutionCase(
            name: "a string literal for an enum", query: #"{ echo(color: "BLUE") }"#,
            expected:
                #"{"errors":[{"message":"Argument \"color\" has invalid value \"BLUE\".","locations":[{"line":1,"column":15}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a custom scalar refusing a literal", query: "{ echo(odd: 4) }",
            expected:
                #"{"errors":[{"message":"Argument \"odd\" has invalid value 4.","locations":[{"line":1,"column":13}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a single value for a list is a list of one", query: "{ echo(ints: 1, nested: 2, nonNullInts: 3) }",
            expected: #"{"data":{"echo":{"ints":[1],"nested":[[2]],"nonNullInts":[3]}}}"#),
        ExecutionCase(
            name: "list literals, items of a nested list made lists",
            query: "{ echo(ints: [1, null], nested: [[1], 2, null]) }",
            expected: #"{"data":{"echo":{"ints":[1,null],"nested":[[1],[2],null]}}}"#),
        ExecutionCase(
            name: "null in a list of non-null items", query: "{ echo(nonNullInts: [1, null]) }",
            expected:
                #"{"errors":[{"message":"Argument \"nonNullInts\" has invalid value [1, null].","locations":[{"line":1,"column":21}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "variables inside nested literals",
            query:
                #"query ($x: Int, $y: Int, $t: String) { echo(shape: {name: "n", points: [{x: $x, y: $y, tags: [$t, "b"]}]}) }"#,
            variables: ["x": 4, "y": 5, "t": "a"],
            expected:
                #"{"data":{"echo":{"shape":{"name":"n","points":[{"x":4,"y":5,"tags":["a","b"]}],"color":"RED"}}}}"#),
        ExecutionCase(
            name: "absent variables inside literals: input field defaults, null list items",
            query:
                #"query ($x: Int, $y: Int, $t: String) { echo(shape: {name: "n", points: [{x: $x, y: $y, tags: [$t, "b"]}]}) }"#,
            variables: ["x": 4],
            expected:
                #"{"data":{"echo":{"shape":{"name":"n","points":[{"x":4,"y":0,"tags":[null,"b"]}],"color":"RED"}}}}"#),
        ExecutionCase(
            name: "an absent variable for a required input field",
            query:
                #"query ($x: Int, $y: Int, $t: String) { echo(shape: {name: "n", points: [{x: $x, y: $y, tags: [$t, "b"]}]}) }"#,
            variables: ["y": 5],
            expected:
                #"{"errors":[{"message":"Argument \"shape\" has invalid value {name: \"n\", points: [{x: $x, y: $y, tags: [$t, \"b\"]}]}.","locations":[{"line":1,"column":52}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a null variable for a required input field",
            query:
                #"query ($x: Int, $y: Int, $t: String) { echo(shape: {name: "n", points: [{x: $x, y: $y, tags: [$t, "b"]}]}) }"#,
            variables: ["x": nil],
            expected:
                #"{"errors":[{"message":"Argument \"shape\" has invalid value {name: \"n\", points: [{x: $x, y: $y, tags: [$t, \"b\"]}]}.","locations":[{"line":1,"column":52}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a variable for a whole list", query: "query ($l: [Int]) { echo(ints: $l) }",
            variables: ["l": [1, 2]],
            expected: #"{"data":{"echo":{"ints":[1,2]}}}"#),
        ExecutionCase(
            name: "an input object literal with defaults and a single value for a list",
            query: #"{ echo(shape: {name: "n", points: {x: 1}}) }"#,
            expected: #"{"data":{"echo":{"shape":{"name":"n","points":[{"x":1,"y":0}],"color":"RED"}}}}"#),
        // @oneOf (by hand: graphql-js 16.6 predates it).
        ExecutionCase(
            name: "a @oneOf literal with one key", query: #"{ echo(choice: {id: "1"}) }"#,
            expected: #"{"data":{"echo":{"choice":{"id":"1"}}}}"#),
        ExecutionCase(
            name: "a @oneOf literal with two keys", query: #"{ echo(choice: {id: "1", name: "x"}) }"#,
            expected:
                #"{"errors":[{"message":"Argument \"choice\" has invalid value {id: \"1\", name: \"x\"}.","locations":[{"line":1,"column":16}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a @oneOf literal with its key null", query: "{ echo(choice: {id: null}) }",
            expected:
                #"{"errors":[{"message":"Argument \"choice\" has invalid value {id: null}.","locations":[{"line":1,"column":16}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a @oneOf literal with a variable", query: "query ($id: ID) { echo(choice: {id: $id}) }",
            variables: ["id": "7"], expected: #"{"data":{"echo":{"choice":{"id":"7"}}}}"#),
        ExecutionCase(
            name: "a @oneOf literal with a null variable", query: "query ($id: ID) { echo(choice: {id: $id}) }",
            variables: ["id": nil],
            expected:
                #"{"errors":[{"message":"Argument \"choice\" has invalid value {id: $id}.","locations":[{"line":1,"column":32}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
        ExecutionCase(
            name: "a @oneOf literal with an absent variable", query: "query ($id: ID) { echo(choice: {id: $id}) }",
            expected:
                #"{"errors":[{"message":"Argument \"choice\" has invalid value {id: $id}.","locations":[{"line":1,"column":32}],"path":["echo"]}],"data":{"echo":null}}"#
        ),
    ]

    @Test(arguments: cases)
    func coercion(_ testCase: ExecutionCase) async throws {
        let result = try await testCase.run(try coercionTestSchema())
        #expect(result.graphQLJSJSON == testCase.expected)
        #expect(result.codes.allSatisfy { $0 == ErrorCode.badUserInput })
    }

    @Test func aResolverSeesAbsentAndNullArgumentsApart() async throws {
        let seen = EventLog()
        var resolvers = Resolvers()
        resolvers["Query", "echo"] = .sync { input in
            seen.record("int: \(input[argument: "int"].map(\.description) ?? "absent")")
            return .null
        }
        let schema = try makeSchema(coercionTestSDL, resolvers)
        _ = try await run(schema, "query ($v: Int) { a: echo b: echo(int: null) c: echo(int: $v) d: echo(int: 2) }")
        #expect(seen.all == ["int: absent", "int: null", "int: absent", "int: 2"])
    }

    @Test func constantArgumentsAreCoercedOnceAndVariablesPerRequest() async throws {
        let prepared = try PreparedOperation(
            schema: try coercionTestSchema(),
            document: try parse(#"query ($v: Int) { a: echo(int: $v) b: echo(int: 3) c: echo(int: "x") }"#),
            operationName: nil)
        for value in [1, 2] {
            let result = await prepared.execute(variables: ["v": .int(value)])
            #expect(
                result.json
                    == #"{"errors":[{"message":"Argument \"int\" has invalid value \"x\".","locations":[{"line":1,"column":65}],"path":["c"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"a":{"int":"#
                    + "\(value)" + #"},"b":{"int":3},"c":null}}"#)
        }
    }
}
