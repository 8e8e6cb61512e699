import Testing

@testable import GraphQLEngine

/// Schemas assembled in code rather than SDL: no definitions, so errors have no locations and
/// interfaces and union members come from the model alone.
@Suite struct ValidateSchemaInCodeTests {
    private let string = GraphQLType.named(.scalar(.string))

    @Test func reportsAMissingQueryTypeWithoutLocations() throws {
        let schema = try GraphQLSchema(query: nil)
        let errors = validateSchema(schema)
        #expect(errors.map(\.message) == ["Query root type must be provided."])
        #expect(errors.first?.locations == [])
    }

    @Test func acceptsAMinimalSchema() throws {
        let query = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "hello", type: string)])
        #expect(validateSchema(try GraphQLSchema(query: query)).isEmpty)
    }

    @Test func checksInterfacesDeclaredInCode() throws {
        let node = GraphQLInterfaceType(name: "Node", fields: [GraphQLField(name: "id", type: .named(.scalar(.id)))])
        let resource = GraphQLInterfaceType(name: "Resource", fields: [GraphQLField(name: "id", type: .named(.scalar(.id)))])
        resource.interfaces = [node]
        let practice = GraphQLObjectType(name: "Practice", fields: [GraphQLField(name: "title", type: string)])
        practice.interfaces = [resource, resource]
        let query = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "practice", type: .named(.object(practice)))])
        let errors = validateSchema(try GraphQLSchema(query: query))
        #expect(
            errors.map(\.message) == [
                "Type Practice must implement Node because it is implemented by Resource.",
                "Interface field Resource.id expected but Practice does not provide it.",
                "Type Practice can only implement Resource once.",
            ])
        #expect(errors.allSatisfy { $0.locations.isEmpty })
    }

    @Test func reportsAnInterfaceImplementingItselfInCode() throws {
        let node = GraphQLInterfaceType(name: "Node", fields: [GraphQLField(name: "id", type: .named(.scalar(.id)))])
        node.interfaces = [node]
        let query = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "node", type: .named(.interface(node)))])
        #expect(
            validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
                "Type Node cannot implement itself because it would create a circular reference."
            ])
    }

    @Test func checksUnionMembersAndEmptyTypesDeclaredInCode() throws {
        let practice = GraphQLObjectType(name: "Practice", fields: [GraphQLField(name: "title", type: string)])
        let result = GraphQLUnionType(name: "Result", types: [practice, practice])
        let empty = GraphQLUnionType(name: "Nothing")
        let language = GraphQLEnumType(name: "Language")
        let filter = GraphQLInputObjectType(name: "Filter")
        let query = GraphQLObjectType(
            name: "Query",
            fields: [
                GraphQLField(name: "search", type: .named(.union(result))),
                GraphQLField(
                    name: "nothing", type: .named(.union(empty)),
                    arguments: [
                        GraphQLInputValue(name: "language", type: .named(.enumType(language))),
                        GraphQLInputValue(name: "filter", type: .named(.inputObject(filter))),
                    ]),
            ])
        #expect(
            validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
                "Union type Result can only include type Practice once.",
                "Union type Nothing must define one or more member types.",
                "Enum type Language must define one or more values.",
                "Input Object type Filter must define one or more fields.",
            ])
    }

    @Test func reportsNonNullInputCyclesBuiltInCode() throws {
        let a = GraphQLInputObjectType(name: "A")
        let b = GraphQLInputObjectType(name: "B")
        a.fields = [GraphQLInputValue(name: "b", type: .nonNull(.named(.inputObject(b))))]
        b.fields = [
            GraphQLInputValue(name: "a", type: .nonNull(.named(.inputObject(a)))),
            GraphQLInputValue(name: "many", type: .nonNull(.list(.nonNull(.named(.inputObject(a)))))),
        ]
        let query = GraphQLObjectType(
            name: "Query",
            fields: [GraphQLField(name: "f", type: string, arguments: [GraphQLInputValue(name: "a", type: .named(.inputObject(a)))])])
        #expect(
            validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."
            ])
    }

    @Test func keepsTheResultWithTheSchema() throws {
        let schema = try GraphQLSchema(query: GraphQLObjectType(name: "Query"))
        let first = validateSchema(schema)
        // The type is mutated after validation: the cached result must be returned unchanged.
        schema.queryType?.fields = [GraphQLField(name: "hello", type: string)]
        #expect(validateSchema(schema) == first)
        #expect(first.map(\.message) == ["Type Query must define one or more fields."])
    }
}
