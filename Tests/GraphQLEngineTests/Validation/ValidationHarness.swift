import Testing

@testable import GraphQLEngine

// The shared harness of the validation tests: a test schema in the image of graphql-js's
// validation harness (beings, pets, dogs, cats, humans, aliens, complicated arguments), and
// expectations that run one rule over a document and compare messages and locations exactly.

/// An expected error: its message and its `(line, column)` locations, in order.
typealias ExpectedError = (message: String, locations: [(line: Int, column: Int)])

/// The SDL of `validationTestSchema`.
let validationTestSDL = """
    interface Being {
      name(surname: Boolean): String
    }

    interface Mammal {
      mother: Mammal
      father: Mammal
    }

    interface Pet implements Being {
      name(surname: Boolean): String
    }

    interface Canine implements Mammal & Being {
      name(surname: Boolean): String
      mother: Canine
      father: Canine
    }

    enum DogCommand {
      SIT
      HEEL
      DOWN
    }

    type Dog implements Being & Pet & Mammal & Canine {
      name(surname: Boolean): String
      nickname: String
      barkVolume: Int
      barks: Boolean
      doesKnowCommand(dogCommand: DogCommand): Boolean
      isHouseTrained(atOtherHomes: Boolean = true): Boolean
      isAtLocation(x: Int, y: Int): Boolean
      mother: Dog
      father: Dog
    }

    type Cat implements Being & Pet {
      name(surname: Boolean): String
      nickname: String
      meows: Boolean
      meowsVolume: Int
      furColor: FurColor
    }

    union CatOrDog = Cat | Dog

    interface Intelligent {
      iq: Int
    }

    type Human implements Being & Intelligent {
      name(surname: Boolean): String
      pets: [Pet]
      relatives: [Human]!
      iq: Int
    }

    type Alien implements Being & Intelligent {
      name(surname: Boolean): String
      numEyes: Int
      iq: Int
    }

    union DogOrHuman = Dog | Human

    union HumanOrAlien = Human | Alien

    enum FurColor {
      BROWN
      BLACK
      TAN
      SPOTTED
      NO_FUR
      UNKNOWN
    }

    input ComplexInput {
      requiredField: Boolean!
      nonNullField: Boolean! = false
      intField: Int
      stringField: String
      booleanField: Boolean
      stringListField: [String]
    }

    type ComplicatedArgs {
      intArgField(intArg: Int): String
      nonNullIntArgField(nonNullIntArg: Int!): String
      stringArgField(stringArg: String): String
      booleanArgField(booleanArg: Boolean): String
      enumArgField(enumArg: FurColor): String
      floatArgField(floatArg: Float): String
      idArgField(idArg: ID): String
      stringListArgField(stringListArg: [String]): String
      stringListNonNullArgField(stringListNonNullArg: [String!]): String
      complexArgField(complexArg: ComplexInput): String
      multipleReqs(req1: Int!, req2: Int!): String
      nonNullFieldWithDefault(arg: Int! = 0): String
      multipleOpts(opt1: Int = 0, opt2: Int = 0): String
      multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
    }

    type QueryRoot {
      human(id: ID): Human
      alien: Alien
      dog: Dog
      cat: Cat
      pet: Pet
      catOrDog: CatOrDog
      dogOrHuman: DogOrHuman
      humanOrAlien: HumanOrAlien
      complicatedArgs: ComplicatedArgs
    }

    type SubscriptionRoot {
      importantEmails: [String]
      notImportantEmails: [String]
      moreImportantEmails: [String]
      spamEmails: [String]
      deletedEmails: [String]
    }

    schema {
      query: QueryRoot
      subscription: SubscriptionRoot
    }

    directive @onQuery on QUERY
    directive @onMutation on MUTATION
    directive @onSubscription on SUBSCRIPTION
    directive @onField on FIELD
    directive @onFragmentDefinition on FRAGMENT_DEFINITION
    directive @onFragmentSpread on FRAGMENT_SPREAD
    directive @onInlineFragment on INLINE_FRAGMENT
    directive @onVariableDefinition on VARIABLE_DEFINITION
    directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
    """

/// The schema most validation tests run against, built once from `validationTestSDL`.
let validationTestSchema: GraphQLSchema = {
    do throws(SchemaBuildError) {
        return try buildSchema(Source(validationTestSDL))
    } catch {
        fatalError("The validation test schema does not build: \(error.errors)")
    }
}()

/// Expects `rule` to find no error in `query`.
func expectValid(
    _ rule: any ValidationRule.Type, _ query: String, schema: GraphQLSchema = validationTestSchema,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    expectValidationErrors(rule, query, [], schema: schema, sourceLocation: sourceLocation)
}

/// Expects `rule` to report exactly `expected` for `query`: same messages, same locations,
/// same order.
func expectValidationErrors(
    _ rule: any ValidationRule.Type, _ query: String, _ expected: [ExpectedError],
    schema: GraphQLSchema = validationTestSchema,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    guard let document = parseForTest(query, sourceLocation: sourceLocation) else { return }
    let errors = validate(schema: schema, document: document, rules: [rule])
    #expect(errors == expected.map(graphQLError), sourceLocation: sourceLocation)
}

/// Expects `rule` to find no error in the type-system document `sdl`, checked as a new schema
/// or, when `schema` is given, as an extension of it.
func expectValidSDL(
    _ rule: any SDLValidationRule.Type, _ sdl: String, schema: GraphQLSchema? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    expectSDLValidationErrors(rule, sdl, [], schema: schema, sourceLocation: sourceLocation)
}

/// Expects `rule` to report exactly `expected` for the type-system document `sdl`.
func expectSDLValidationErrors(
    _ rule: any SDLValidationRule.Type, _ sdl: String, _ expected: [ExpectedError],
    schema: GraphQLSchema? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    guard let document = parseForTest(sdl, sourceLocation: sourceLocation) else { return }
    let errors = validateSDL(document, schemaToExtend: schema, rules: [rule])
    #expect(errors == expected.map(graphQLError), sourceLocation: sourceLocation)
}

/// Parses a test document, recording a test issue when it does not parse.
func parseForTest(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> DocumentNode? {
    do {
        return try parse(text)
    } catch {
        Issue.record("The test document does not parse: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

private func graphQLError(_ expected: ExpectedError) -> GraphQLError {
    GraphQLError(
        expected.message,
        locations: expected.locations.map { SourceLocation(line: $0.line, column: $0.column) })
}
