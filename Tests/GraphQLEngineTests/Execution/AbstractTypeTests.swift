import Testing

@testable import GraphQLEngine

/// Interfaces and unions (spec §6.4.3 `ResolveAbstractType`): the runtime object type from a
/// `TypeResolver` or from the value's `ObjectValue.typeName`, fragments on the possible types,
/// `__typename`, and each of graphql-js's errors when resolution fails, located at the field
/// with the item's path. Expectations: `Expectations/abstract-types.js` (graphql-js 16.6).
@Suite struct AbstractTypeTests {
    static let sdl = """
        scalar Weird
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Human { name: String }
        union Animal = Dog | Cat
        type Query { pets: [Pet] animals: [Animal] pet: Pet animal: Animal nonNullPet: Pet! nonNullPets: [Pet!] }
        """

    /// The schema resolving `Pet` and `Animal` by the value's `kind` (graphql-js: `resolveType`).
    static func byKind() throws -> GraphQLSchema {
        var resolvers = Resolvers()
        let kind = TypeResolver { value, _ in
            guard case .string(let kind)? = (value as? InputValue)?[field: "kind"] else { return nil }
            if kind == "throw" { throw GraphQLError("Cannot tell the kind of pet.") }
            return kind
        }
        resolvers.types["Pet"] = kind
        resolvers.types["Animal"] = kind
        return try makeSchema(sdl, resolvers)
    }

    static let dog = object(("kind", "Dog"), ("__typename", "Dog"), ("name", "Rex"), ("barks", true))
    static let cat = object(("kind", "Cat"), ("__typename", "Cat"), ("name", "Tom"), ("meows", false))
    static let unknown = object(("name", "Unknown"))
    static func odd(_ kind: String) -> InputValue {
        object(("kind", .string(kind)), ("__typename", .string(kind)), ("name", "Odd"))
    }

    static let everything = """
        { pets { __typename name ... on Dog { barks } ... on Cat { meows } } \
        animals { __typename ... on Pet { name } ... on Dog { barks } ... on Cat { meows } } \
        pet { name } animal { ... on Cat { name } } }
        """
    static let everythingRoot = object(("pets", [dog, cat]), ("animals", [cat, dog]), ("pet", cat), ("animal", cat))
    static let everythingResult =
        #"{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}],"animals":[{"__typename":"Cat","name":"Tom","meows":false},{"__typename":"Dog","name":"Rex","barks":true}],"pet":{"name":"Tom"},"animal":{"name":"Tom"}}}"#

    @Test func aTypeResolverChoosesTheObjectType() async throws {
        let result = try await run(try Self.byKind(), Self.everything, rootValue: Self.everythingRoot)
        #expect(result.json == Self.everythingResult)
    }

    @Test func withoutATypeResolverTheValuesTypeNameDecides() async throws {
        let result = try await run(try makeSchema(Self.sdl), Self.everything, rootValue: Self.everythingRoot)
        #expect(result.json == Self.everythingResult)
    }

    /// A Swift value saying its own type.
    struct Robodog: ObjectValue {
        var typeName: String? { "Dog" }
        func fieldValue(named name: String) -> FieldValue {
            name == "name" ? .string("K-9") : name == "barks" ? .boolean(false) : .null
        }
    }

    @Test func aSwiftValueSaysItsTypeThroughObjectValue() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "pet"] = .sync { _ in .object(Robodog()) }
        let result = try await run(
            try makeSchema(Self.sdl, resolvers), "{ pet { __typename name ... on Dog { barks } } }")
        #expect(result.json == #"{"data":{"pet":{"__typename":"Dog","name":"K-9","barks":false}}}"#)
    }

    @Test func aTypeResolverReceivesTheRequestsContext() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "pet"] = .sync { _ in .object(Self.unknown) }
        resolvers.types["Pet"] = TypeResolver { _, context in context as? String }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ pet { __typename } }", context: "Cat")
        #expect(result.json == #"{"data":{"pet":{"__typename":"Cat"}}}"#)
    }

    static let resolutionFailures: [(name: String, value: InputValue, message: String)] = [
        (
            "no type", unknown,
            #"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."#
        ),
        (
            "a type that is not a possible type", odd("Human"),
            #"Runtime Object type \"Human\" is not a possible type for \"Pet\"."#
        ),
        (
            "a type the schema does not have", odd("Nope"),
            #"Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema."#
        ),
        ("a scalar", odd("Weird"), #"Abstract type \"Pet\" was resolved to a non-object type \"Weird\"."#),
        ("the interface itself", odd("Pet"), #"Abstract type \"Pet\" was resolved to a non-object type \"Pet\"."#),
        ("a type resolver that throws", odd("throw"), "Cannot tell the kind of pet."),
    ]

    @Test(arguments: resolutionFailures)
    func aFailedResolutionIsAFieldErrorAtTheItem(_ failure: (name: String, value: InputValue, message: String))
        async throws
    {
        let result = try await run(
            try Self.byKind(), "{ pets { name } }", rootValue: object(("pets", [Self.dog, failure.value, Self.cat])))
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":""# + failure.message
                + #"","locations":[{"line":1,"column":3}],"path":["pets",1]}],"data":{"pets":[{"name":"Rex"},null,{"name":"Tom"}]}}"#,
            "\(failure.name)")
        #expect(result.codes == [ErrorCode.internalServerError])
    }

    @Test func aValueWithoutTypeNameAndNoTypeResolverIsAnError() async throws {
        let result = try await run(
            try makeSchema(Self.sdl), "{ pets { name } }", rootValue: object(("pets", [Self.dog, Self.unknown])))
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",1]}],"data":{"pets":[{"name":"Rex"},null]}}"#
        )
    }

    @Test func aUnionChecksItsMembers() async throws {
        let result = try await run(
            try Self.byKind(), "{ animal { __typename } animals { __typename } }",
            rootValue: object(("animal", Self.odd("Human")), ("animals", [Self.odd("Human")])))
        #expect(
            result.graphQLJSJSON
                == #"{"errors":[{"message":"Runtime Object type \"Human\" is not a possible type for \"Animal\".","locations":[{"line":1,"column":3}],"path":["animal"]},{"message":"Runtime Object type \"Human\" is not a possible type for \"Animal\".","locations":[{"line":1,"column":25}],"path":["animals",0]}],"data":{"animal":null,"animals":[null]}}"#
        )
    }

    @Test func aFailureAtANonNullPositionPropagates() async throws {
        let schema = try Self.byKind()
        let field = try await run(
            schema, "{ nonNullPet { name } pets { name } }",
            rootValue: object(("nonNullPet", Self.odd("Human")), ("pets", [Self.dog])))
        #expect(
            field.graphQLJSJSON
                == #"{"errors":[{"message":"Runtime Object type \"Human\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["nonNullPet"]}],"data":null}"#
        )
        let item = try await run(
            schema, "{ nonNullPets { name } pet { name } }",
            rootValue: object(("nonNullPets", [Self.dog, Self.unknown]), ("pet", Self.dog)))
        #expect(
            item.graphQLJSJSON
                == #"{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.nonNullPets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["nonNullPets",1]}],"data":{"nonNullPets":null,"pet":{"name":"Rex"}}}"#
        )
    }

    /// The engine's own message (graphql-js would run the fields on the array): a resolver
    /// returning a list where an object is expected.
    @Test func aListForAnAbstractFieldIsAnErrorNamingTheField() async throws {
        var resolvers = Resolvers()
        resolvers["Query", "pet"] = .sync { _ in .list([]) }
        let result = try await run(try makeSchema(Self.sdl, resolvers), "{ pet { name } }")
        #expect(
            result.messages == [
                #"Expected an object for field "Query.pet" of type "Pet", but the resolver returned a list."#
            ])
    }
}
