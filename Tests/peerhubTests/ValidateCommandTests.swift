import Testing

@testable import peerhub

@Suite("peerhub validate")
struct ValidateCommandTests {
    @Test("a valid document prints [] with status 0")
    func validDocumentPrintsEmptyArray() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("q.graphql", "{ title practices(first: 2) { id } }")
            #expect(scratch.run("validate", "q.graphql") == CommandOutput(stdout: "[]\n", stderr: "", exitCode: 0))
        }
    }

    @Test("validation errors print as JSON with graphql-js's messages, order and locations, status 1")
    func validationErrorsPrintAsJSON() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("q.graphql", "query Q { nope }\nquery Q { practices }")
            let output = scratch.run("validate", "q.graphql")
            #expect(output.exitCode == 1)
            #expect(output.stderr.isEmpty)
            #expect(
                output.stdout == """
                    [
                      {"message": "Cannot query field \\"nope\\" on type \\"Query\\".", "locations": [{"line": 1, "column": 11}]},
                      {"message": "There can be only one operation named \\"Q\\".", "locations": [{"line": 1, "column": 7}, {"line": 2, "column": 7}]},
                      {"message": "Field \\"practices\\" of type \\"[Practice]\\" must have a selection of subfields. Did you mean \\"practices { ... }\\"?", "locations": [{"line": 2, "column": 11}]}
                    ]

                    """)
        }
    }

    @Test("value and variable errors print with graphql-js's messages")
    func valueAndVariableErrorsPrint() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("q.graphql", "query Q($x: Int) { practices(first: \"two\") { title } }")
            let output = scratch.run("validate", "q.graphql")
            #expect(output.exitCode == 1)
            #expect(
                output.stdout == """
                    [
                      {"message": "Int cannot represent non-integer value: \\"two\\"", "locations": [{"line": 1, "column": 37}]},
                      {"message": "Variable \\"$x\\" is never used in operation \\"Q\\".", "locations": [{"line": 1, "column": 9}]}
                    ]

                    """)
        }
    }

    @Test("a misspelt field gets a suggestion")
    func misspeltFieldGetsSuggestion() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("q.graphql", "{ tittle }")
            let output = scratch.run("validate", "q.graphql")
            #expect(output.exitCode == 1)
            #expect(
                output.stdout == """
                    [
                      {"message": "Cannot query field \\"tittle\\" on type \\"Query\\". Did you mean \\"title\\"?", "locations": [{"line": 1, "column": 3}]}
                    ]

                    """)
        }
    }

    @Test("a syntax error prints in the same JSON form, status 1")
    func syntaxErrorPrintsAsJSON() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("q.graphql", "{ title")
            let output = scratch.run("validate", "q.graphql")
            #expect(output.exitCode == 1)
            #expect(
                output.stdout == """
                    [
                      {"message": "Syntax Error: Expected Name, found <EOF>.", "locations": [{"line": 1, "column": 8}]}
                    ]

                    """)
        }
    }

    @Test("an empty document is graphql-js's 'Unexpected <EOF>', status 1")
    func emptyDocumentIsUnexpectedEOF() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("empty.graphql", "")
            let output = scratch.run("validate", "empty.graphql")
            #expect(output.exitCode == 1)
            #expect(
                output.stdout == """
                    [
                      {"message": "Syntax Error: Unexpected <EOF>.", "locations": [{"line": 1, "column": 1}]}
                    ]

                    """)
        }
    }

    @Test("bytes that are not UTF-8 are a syntax error at their line and column, status 1")
    func invalidUTF8IsASyntaxError() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("odd.graphql", bytes: Array("{\n  title\n  ".utf8) + [0xFF, 0xFE] + Array(" }".utf8))
            let output = scratch.run("validate", "odd.graphql")
            #expect(output.exitCode == 1)
            #expect(output.stdout.hasPrefix("[\n  {\"message\": \"Syntax Error: "))
            #expect(output.stdout.contains("\"locations\": [{\"line\": 3, \"column\": 3}]"))
        }
    }

    @Test("a type-system document is not executable")
    func typeSystemDocumentIsNotExecutable() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("sdl.graphql", "type Foo { a: String }")
            let output = scratch.run("validate", "sdl.graphql")
            #expect(output.exitCode == 1)
            #expect(output.stdout.contains(#""The \"Foo\" definition is not executable.""#))
        }
    }

    @Test("a missing or directory document is status 2 with a message naming it")
    func unreadableDocumentIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.makeFolder("queries")
            #expect(
                scratch.run("validate", "missing.graphql")
                    == CommandOutput(
                        stderr: "peerhub: cannot read 'missing.graphql': No such file or directory\n", exitCode: 2))
            #expect(
                scratch.run("validate", "queries")
                    == CommandOutput(stderr: "peerhub: cannot read 'queries': it is a directory\n", exitCode: 2))
        }
    }

    @Test("--schema picks the schema file")
    func schemaOptionPicksTheSchema() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { other: String }")
            try scratch.write("hub/practices.graphql", practicesSchema)
            try scratch.write("q.graphql", "{ title }")
            #expect(scratch.run("validate", "--schema", "hub/practices.graphql", "q.graphql").exitCode == 0)
            #expect(scratch.run("validate", "q.graphql").exitCode == 1)
        }
    }

    @Test("PEERHUB_SCHEMA names the schema when --schema is absent")
    func environmentNamesTheSchema() throws {
        try withScratch { scratch in
            try scratch.write("hub/practices.graphql", practicesSchema)
            try scratch.write("q.graphql", "{ title }")
            let output = scratch.run("validate", "q.graphql", environment: ["PEERHUB_SCHEMA": "hub/practices.graphql"])
            #expect(output.exitCode == 0)
        }
    }

    @Test("schema.graphql is found from a folder below it")
    func schemaIsFoundFromBelow() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            try scratch.write("queries/q.graphql", "{ title }")
            #expect(scratch.run("validate", "q.graphql", in: "queries").stdout == "[]\n")
        }
    }

    @Test("no schema anywhere is status 2 saying how to give one")
    func noSchemaIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.write("q.graphql", "{ title }")
            let output = scratch.run("validate", "q.graphql")
            // The scratch folder lives in the temporary directory, with no schema.graphql above it.
            #expect(output.exitCode == 2)
            #expect(output.stderr.hasPrefix("peerhub: no schema to read: pass --schema FILE, set PEERHUB_SCHEMA=FILE"))
        }
    }

    @Test("a schema with a syntax error is status 2, errors on standard error naming the schema file")
    func schemaSyntaxErrorIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.write("bad.graphql", "type Query {")
            try scratch.write("q.graphql", "{ title }")
            #expect(
                scratch.run("validate", "--schema", "bad.graphql", "q.graphql")
                    == CommandOutput(
                        stderr: "bad.graphql:1:13: Syntax Error: Expected Name, found <EOF>.\n", exitCode: 2))
        }
    }

    @Test("a schema that cannot be built is status 2, one line an error")
    func unbuildableSchemaIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.write("bad.graphql", "type Query { a: Strin b: [Practise] }")
            try scratch.write("q.graphql", "{ a }")
            #expect(
                scratch.run("validate", "--schema", "bad.graphql", "q.graphql")
                    == CommandOutput(
                        stderr: """
                            bad.graphql:1:17: Unknown type "Strin". Did you mean "String"?
                            bad.graphql:1:27: Unknown type "Practise".

                            """, exitCode: 2))
        }
    }

    @Test("a schema that breaks the type-system rules is status 2")
    func schemaBreakingTypeRulesIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.write("bad.graphql", "type Query")
            try scratch.write("noquery.graphql", "type Foo { a: String }")
            try scratch.write("q.graphql", "{ a }")
            #expect(
                scratch.run("validate", "--schema", "bad.graphql", "q.graphql")
                    == CommandOutput(
                        stderr: "bad.graphql:1:1: Type Query must define one or more fields.\n", exitCode: 2))
            #expect(
                scratch.run("validate", "--schema", "noquery.graphql", "q.graphql")
                    == CommandOutput(stderr: "noquery.graphql: Query root type must be provided.\n", exitCode: 2))
        }
    }

    @Test("a missing schema file is status 2 naming it")
    func missingSchemaFileIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.write("q.graphql", "{ a }")
            #expect(
                scratch.run("validate", "--schema", "nope.graphql", "q.graphql")
                    == CommandOutput(
                        stderr: "peerhub: cannot read 'nope.graphql': No such file or directory\n", exitCode: 2))
        }
    }

    @Test("- reads the document from standard input")
    func dashReadsDocumentFromStandardInput() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            #expect(scratch.run("validate", "-", stdin: "{ title }").stdout == "[]\n")
            let output = scratch.run("validate", "-", stdin: "{ nope }")
            #expect(output.exitCode == 1)
            #expect(output.stdout.contains(#""Cannot query field \"nope\" on type \"Query\".""#))
        }
    }

    @Test("- for both the schema and the document is a bad invocation")
    func dashForBothIsStatusTwo() throws {
        try withScratch { scratch in
            let output = scratch.run("validate", "--schema", "-", "-")
            #expect(output.exitCode == 2)
            #expect(output.stderr.contains("cannot both be read from standard input"))
        }
    }

    @Test("a 50 MB document is read and validated")
    func largeDocumentIsValidated() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", practicesSchema)
            let comment = "# a comment line that the lexer skips, padding the file to fifty megabytes.\n"
            let padding = String(repeating: comment, count: 50 * 1024 * 1024 / comment.utf8.count)
            try scratch.write("large.graphql", "{ title }\n\(padding){ tittle }")
            let output = scratch.run("validate", "large.graphql")
            #expect(output.exitCode == 1)
            #expect(output.stdout.contains("This anonymous operation must be the only defined operation."))
        }
    }
}
