import GraphQLEngine
import Testing

@testable import peerhub

@Suite("Rendering errors")
struct ErrorRenderingTests {
    @Test("no errors render as an empty JSON array")
    func noErrorsRenderAsEmptyArray() {
        #expect(renderErrorsAsJSON([]) == "[]\n")
    }

    @Test("errors render one JSON object a line with message and locations")
    func errorsRenderOneObjectALine() {
        let errors = [
            GraphQLError(
                "Cannot query field \"tittle\" on type \"Query\".", locations: [SourceLocation(line: 1, column: 3)]),
            GraphQLError(
                "Two places", locations: [SourceLocation(line: 2, column: 1), SourceLocation(line: 4, column: 7)]),
        ]
        #expect(
            renderErrorsAsJSON(errors) == """
                [
                  {"message": "Cannot query field \\"tittle\\" on type \\"Query\\".", "locations": [{"line": 1, "column": 3}]},
                  {"message": "Two places", "locations": [{"line": 2, "column": 1}, {"line": 4, "column": 7}]}
                ]

                """)
    }

    @Test("an error without locations has no locations key")
    func errorWithoutLocationsHasNoLocationsKey() {
        #expect(
            renderErrorsAsJSON([GraphQLError("Query root type must be provided.")]) == """
                [
                  {"message": "Query root type must be provided."}
                ]

                """)
    }

    @Test("text errors are FILE:LINE:COLUMN: message, or FILE: message without a location")
    func textErrorsNameFileLineAndColumn() {
        let errors = [
            GraphQLError("Syntax Error: Unexpected <EOF>.", locations: [SourceLocation(line: 1, column: 1)]),
            GraphQLError("Query root type must be provided."),
        ]
        #expect(
            renderErrorsAsText(errors, file: "schema.graphql") == """
                schema.graphql:1:1: Syntax Error: Unexpected <EOF>.
                schema.graphql: Query root type must be provided.

                """)
    }
}
