import Testing

@testable import GraphQLEngine

/// The rules about arguments and input values that also check type-system documents run by
/// default in `validateSDL` (graphql-js `specifiedSDLRules`), so `buildSchema` rejects what
/// they find. Expectations from graphql-js 16's `validateSDL`.
struct ArgumentAndValueSDLRulesTests {
    private func expectDefaultSDLErrors(
        _ sdl: String, _ expected: [ExpectedError], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let document = parseForTest(sdl, sourceLocation: sourceLocation) else { return }
        let wanted = expected.map { error in
            GraphQLError(
                error.message, locations: error.locations.map { SourceLocation(line: $0.line, column: $0.column) })
        }
        #expect(validateSDL(document) == wanted, sourceLocation: sourceLocation)
    }

    @Test("unknown directive arguments are reported by default")
    func unknownDirectiveArgumentsAreReportedByDefault() {
        expectDefaultSDLErrors(
            #"type Query { a: String @deprecated(resaon: "x") }"#,
            [("Unknown argument \"resaon\" on directive \"@deprecated\". Did you mean \"reason\"?", [(1, 36)])])
    }

    @Test("missing required directive arguments are reported by default")
    func missingRequiredDirectiveArgumentsAreReportedByDefault() {
        expectDefaultSDLErrors(
            "directive @d(a: Int!) on FIELD_DEFINITION\ntype Query { a: String @d }",
            [("Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.", [(2, 24)])])
    }

    @Test("repeated directive arguments are reported by default")
    func repeatedDirectiveArgumentsAreReportedByDefault() {
        expectDefaultSDLErrors(
            #"type Query { a: String @deprecated(reason: "x", reason: "y") }"#,
            [("There can be only one argument named \"reason\".", [(1, 36), (1, 49)])])
    }

    @Test("repeated input fields are reported by default")
    func repeatedInputFieldsAreReportedByDefault() {
        expectDefaultSDLErrors(
            "directive @d(a: In) on FIELD_DEFINITION\ninput In { b: Int }\ntype Query { a: String @d(a: { b: 1, b: 2 }) }",
            [("There can be only one input field named \"b\".", [(3, 32), (3, 38)])])
    }

    @Test("buildSchema rejects a document these rules find fault with")
    func buildSchemaRejectsADocumentTheseRulesFindFaultWith() {
        #expect(throws: SchemaBuildError.self) {
            try buildSchema(Source(#"type Query { a: String @deprecated(reason: "x", reason: "y") }"#))
        }
    }
}
