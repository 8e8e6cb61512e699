@testable import GraphQLEngine

// The schema of the variable and argument coercion tests (Expectations/coercion-schema.js is
// its graphql-js twin): `echo` answers the arguments it received, so a response shows what
// coercion produced, absent arguments absent and null ones null.

/// The SDL of `coercionTestSchema`.
let coercionTestSDL = """
    scalar JSON
    scalar Odd
    enum Color { RED GREEN BLUE }
    input Point { x: Int! y: Int = 0 tags: [String] }
    input Shape { name: String! points: [Point!]! color: Color = RED }
    input Choice @oneOf { id: ID name: String }
    type Query {
      echo(int: Int, float: Float, string: String, boolean: Boolean, id: ID, ints: [Int], nonNullInts: [Int!], nested: [[Int]], color: Color, shape: Shape, odd: Odd, choice: Choice): JSON
      defaults(int: Int = 7, ints: [Int] = [1, 2], point: Point = {x: 1}, nonNull: Int! = 3, color: Color = GREEN): JSON
      required(int: Int!): JSON
    }
    """

/// A custom scalar of odd integers, refusing anything else with its own message.
let oddCoercion: ScalarCoercion = {
    @Sendable func odd(_ value: InputValue) throws(GraphQLError) -> InputValue {
        guard case .int(let number) = value else {
            throw GraphQLError("Odd cannot represent a non-integer value: \(value)")
        }
        guard number % 2 != 0 else { throw GraphQLError("Odd cannot represent an even number: \(number)") }
        return value
    }
    return ScalarCoercion(serialize: odd, parseValue: odd)
}()

/// The schema of `coercionTestSDL`, its `echo`, `defaults` and `required` fields answering
/// their arguments.
func coercionTestSchema() throws -> GraphQLSchema {
    var resolvers = Resolvers()
    for field in ["echo", "defaults", "required"] {
        resolvers["Query", field] = .sync { input in sortedArguments(input) }
    }
    resolvers.scalars["Odd"] = oddCoercion
    return try makeSchema(coercionTestSDL, resolvers)
}
