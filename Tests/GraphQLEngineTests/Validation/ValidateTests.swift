import Testing

@testable import GraphQLEngine

/// `validate` and `validateSDL` as entry points: rules run together in graphql-js's order, the
/// error limit, and the default rule lists.
struct ValidateTests {
    /// A document that breaks every rule written so far.
    static let brokenEverywhere = """
        query Foo($v: Strin) { dog { name { x } mother } }
        query Foo { catOrDog { name } }
        { dogg }
        fragment Unused on Dgo { name }
        type Extra { f: Strng }
        """

    @Test("all rules run in one walk and report in graphql-js's order")
    func rulesReportInGraphQLJSOrder() throws {
        let document = try #require(parseForTest(Self.brokenEverywhere))
        let errors = validate(schema: validationTestSchema, document: document)
        let expected: [ExpectedError] = [
            ("The \"Extra\" definition is not executable.", [(5, 1)]),
            ("Unknown type \"Strin\". Did you mean \"String\"?", [(1, 15)]),
            ("Field \"name\" must not have a selection since type \"String\" has no subfields.", [(1, 35)]),
            (
                "Field \"mother\" of type \"Dog\" must have a selection of subfields. Did you mean \"mother { ... }\"?",
                [(1, 41)]
            ),
            ("Variable \"$v\" is never used in operation \"Foo\".", [(1, 11)]),
            ("There can be only one operation named \"Foo\".", [(1, 7), (2, 7)]),
            (
                "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                [(2, 24)]
            ),
            ("This anonymous operation must be the only defined operation.", [(3, 1)]),
            ("Cannot query field \"dogg\" on type \"QueryRoot\". Did you mean \"dog\"?", [(3, 3)]),
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", [(4, 20)]),
            ("Unknown type \"Strng\". Did you mean \"String\" or \"Being\"?", [(5, 17)]),
            ("Fragment \"Unused\" is never used.", [(4, 1)]),
        ]
        #expect(errors == expected.map(Self.error))
    }

    @Test("validation stops after maxErrors errors and says so")
    func maxErrorsAbortsValidation() throws {
        let document = try #require(parseForTest(Self.brokenEverywhere))
        let errors = validate(
            schema: validationTestSchema, document: document, options: ValidationOptions(maxErrors: 3))
        let expected: [ExpectedError] = [
            ("The \"Extra\" definition is not executable.", [(5, 1)]),
            ("Unknown type \"Strin\". Did you mean \"String\"?", [(1, 15)]),
            ("Field \"name\" must not have a selection since type \"String\" has no subfields.", [(1, 35)]),
            ("Too many validation errors, error limit reached. Validation aborted.", []),
        ]
        #expect(errors == expected.map(Self.error))
    }

    @Test("a limit of zero errors aborts at the first error")
    func zeroMaxErrors() throws {
        let document = try #require(parseForTest("{ dogg }"))
        let errors = validate(
            schema: validationTestSchema, document: document, options: ValidationOptions(maxErrors: 0))
        #expect(errors.map(\.message) == ["Too many validation errors, error limit reached. Validation aborted."])
    }

    @Test("the default limit is 100 errors, then the abort message")
    func defaultMaxErrors() throws {
        let fields = (0..<150).map { "unknown\($0)" }.joined(separator: " ")
        let document = try #require(parseForTest("{ \(fields) }"))
        let errors = validate(schema: validationTestSchema, document: document, rules: [FieldsOnCorrectTypeRule.self])
        #expect(errors.count == 101)
        #expect(errors.last?.message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(errors.last?.locations == [])
    }

    @Test("a valid document has no errors under the default rules")
    func validDocument() throws {
        let document = try #require(
            parseForTest(
                """
                query Pets { dog { ...DogFields } catOrDog { ... on Cat { meows } } }
                fragment DogFields on Dog { name barkVolume mother { name } }
                """))
        #expect(validate(schema: validationTestSchema, document: document).isEmpty)
    }

    @Test("validateSDL checks type references against the document and the extended schema")
    func validateSDLUsesTheSchemaToExtend() throws {
        let document = try #require(parseForTest("type New { dog: Dog, cat: Cta }"))
        #expect(
            validateSDL(document).map(\.message) == [
                "Unknown type \"Dog\".", "Unknown type \"Cta\".",
            ])
        #expect(
            validateSDL(document, schemaToExtend: validationTestSchema).map(\.message) == [
                "Unknown type \"Cta\". Did you mean \"Cat\"?"
            ])
    }

    private static func error(_ expected: ExpectedError) -> GraphQLError {
        GraphQLError(
            expected.message,
            locations: expected.locations.map { SourceLocation(line: $0.line, column: $0.column) })
    }
}
