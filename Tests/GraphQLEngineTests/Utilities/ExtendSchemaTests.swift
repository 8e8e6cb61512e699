import Testing

@testable import GraphQLEngine

/// `extendSchema` beyond what the listing tests cover.
@Suite struct ExtendSchemaTests {
    @Test func aDocumentThatAddsNothingReturnsTheSameSchema() throws {
        let schema = try buildSchema("type Query { a: Int }")
        #expect(try extendSchema(schema, try parse("{ a }")) === schema)
    }

    @Test func theOriginalSchemaIsLeftUnchanged() throws {
        let schema = try buildSchema("type Query { a: Int } enum E { A }")
        let extended = try extendSchema(schema, try parse("extend type Query { b: E } extend enum E { B }"))
        #expect(schema.queryType?.fields.map(\.name) == ["a"])
        #expect(extended.queryType?.fields.map(\.name) == ["a", "b"])
        #expect(extended.queryType !== schema.queryType)
        guard case .enumType(let oldE) = schema.type(named: "E"), case .enumType(let newE) = extended.type(named: "E")
        else {
            Issue.record("E is missing")
            return
        }
        #expect(oldE.values.map(\.name) == ["A"])
        #expect(newE.values.map(\.name) == ["A", "B"])
        // References point at the new types, built-ins are shared.
        #expect(extended.queryType?.field(named: "b")?.type == .named(.enumType(newE)))
        #expect(extended.type(named: "Int") == .scalar(.int))
    }

    @Test func extensionsAreValidatedAgainstTheSchema() throws {
        let schema = try buildSchema("type Query { a: Int }")
        #expect(throws: SchemaBuildError.self) {
            try extendSchema(schema, try parse("extend type Query { b: Foo }"))
        }
        do {
            _ = try extendSchema(schema, try parse("extend type Query { b: Foo }"))
        } catch let error as SchemaBuildError {
            #expect(error.errors.map(\.message) == ["Unknown type \"Foo\"."])
        }
    }

    @Test func customScalarCoercionSurvivesExtension() throws {
        let odd = GraphQLScalarType(
            name: "Odd",
            coercion: ScalarCoercion(
                serialize: { $0 },
                parseValue: { value throws(GraphQLError) in
                    guard case .int(let number) = value, number % 2 == 1 else { throw GraphQLError("even") }
                    return value
                }))
        let query = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "odd", type: .named(.scalar(odd)))])
        let schema = try GraphQLSchema(query: query)
        let extended = try extendSchema(schema, try parse("extend scalar Odd @specifiedBy(url: \"https://odd\")"))
        guard case .scalar(let newOdd) = extended.type(named: "Odd") else {
            Issue.record("Odd is missing")
            return
        }
        #expect(newOdd.specifiedByURL == "https://odd")
        #expect(throws: GraphQLError("even")) { try newOdd.parseValue(2) }
        #expect(odd.specifiedByURL == nil)
    }

    @Test func interfacesCanBeAddedToAnInterface() throws {
        let schema = try buildSchema("type Query { a: Int } interface I { a: Int } interface J { b: Int }")
        let extended = try extendSchema(schema, try parse("extend interface J implements I { a: Int }"))
        guard case .interface(let j) = extended.type(named: "J") else {
            Issue.record("J is missing")
            return
        }
        #expect(j.interfaces.map(\.name) == ["I"])
        #expect(j.fields.map(\.name) == ["b", "a"])
        #expect(extended.implementations(of: j.interfaces[0]).interfaces.map(\.name) == ["J"])
    }

    @Test func buildSchemaAddsOnlyTheBuiltInDirectivesNotDeclared() throws {
        let schema = try buildSchema("directive @include(if: Int) on FIELD type Query { a: Int }")
        #expect(schema.directives.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
        #expect(schema.directive(named: "include")?.arguments.first?.type == .named(.scalar(.int)))
    }
}
