@testable import GraphQLEngine

// Additions to the validation test schema for the rules about input values: a custom scalar
// and a `@oneOf` input object, as graphql-js's later test harness has them.

/// The SDL added to `validationTestSDL` by `inputValueTestSchema`, without `@oneOf` (which
/// graphql-js 16.6, used to produce expectations, does not know).
let customScalarTestSDL = """
    scalar Coordinates

    extend type Dog {
      distanceFrom(loc: Coordinates): Float
    }
    """

/// The `@oneOf` part of `inputValueTestSchema`.
let oneOfTestSDL = """
    input OneOfInput @oneOf {
      stringField: String
      intField: Int
      complexField: ComplexInput
    }

    extend type ComplicatedArgs {
      oneOfArgField(oneOfArg: OneOfInput): String
      nonNullOneOfArgField(oneOfArg: OneOfInput!): String
      oneOfListArgField(oneOfArgs: [OneOfInput!]): String
    }
    """

/// `validationTestSchema` with `Dog.distanceFrom(loc: Coordinates)` (a custom scalar) and
/// `ComplicatedArgs.oneOfArgField(oneOfArg: OneOfInput)` and its non-null and list variants.
let inputValueTestSchema: GraphQLSchema = {
    do throws(SchemaBuildError) {
        return try buildSchema(Source(validationTestSDL + "\n" + customScalarTestSDL + "\n" + oneOfTestSDL))
    } catch {
        fatalError("The input value test schema does not build: \(error.errors)")
    }
}()
