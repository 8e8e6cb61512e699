import Foundation
import Testing

@testable import peerhub

@Suite("peerhub introspect")
struct IntrospectCommandTests {
    /// `Tests/Fixtures/introspection`, whose NAME.json files hold graphql-core's compact
    /// response to the full introspection query for NAME.graphql.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        .appendingPathComponent("introspection").path

    @Test("prints graphql-core's response, indented, status 0", arguments: ["minimal", "types"])
    func printsTheIntrospectionResponse(name: String) throws {
        let output = runPeerHub(
            ["introspect", "--schema", name + ".graphql"],
            context: ToolContext(environment: [:], currentDirectory: Self.fixtures, readStandardInput: { [] }))
        let expected = try String(contentsOfFile: Self.fixtures + "/" + name + ".json", encoding: .utf8)
        #expect(output.exitCode == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.hasPrefix("{\n  \"data\": {\n    \"__schema\": {\n      \"description\": "))
        #expect(output.stdout.hasSuffix("\n}\n"))
        #expect(compacted(output.stdout) == expected.trimmingCharacters(in: .newlines))
    }

    @Test("--schema, PEERHUB_SCHEMA, schema.graphql and standard input pick the schema")
    func schemaIsFoundAsForOtherCommands() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { fromFolder: Int }")
            try scratch.write("a.graphql", "type Query { fromOption: Int }")
            try scratch.write("b.graphql", "type Query { fromEnvironment: Int }")
            #expect(scratch.run("introspect").stdout.contains(#""name": "fromFolder""#))
            #expect(scratch.run("introspect", "--schema", "a.graphql").stdout.contains(#""name": "fromOption""#))
            #expect(
                scratch.run("introspect", environment: ["PEERHUB_SCHEMA": "b.graphql"]).stdout
                    .contains(#""name": "fromEnvironment""#))
            #expect(
                scratch.run("introspect", "--schema", "-", stdin: "type Query { fromInput: Int }").stdout
                    .contains(#""name": "fromInput""#))
        }
    }

    @Test("an invalid schema prints its errors on standard error, status 1")
    func invalidSchemaIsStatusOne() throws {
        try withScratch { scratch in
            try scratch.write("syntax.graphql", "type Query {")
            try scratch.write("rules.graphql", "type Query { a: Missing }")
            #expect(
                scratch.run("introspect", "--schema", "syntax.graphql")
                    == CommandOutput(
                        stderr: "syntax.graphql:1:13: Syntax Error: Expected Name, found <EOF>.\n", exitCode: 1))
            #expect(
                scratch.run("introspect", "--schema", "rules.graphql")
                    == CommandOutput(stderr: "rules.graphql:1:17: Unknown type \"Missing\".\n", exitCode: 1))
        }
    }

    @Test("a default value with no GraphQL literal is graphql-js's error in the response, status 1")
    func defaultWithoutLiteralIsStatusOne() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "scalar JSON type Query { a(x: JSON = {b: 1}): Int }")
            let output = scratch.run("introspect")
            #expect(output.exitCode == 1)
            #expect(output.stderr.isEmpty)
            #expect(
                output.stdout.hasPrefix(
                    """
                    {
                      "errors": [
                        {
                          "message": "Cannot convert value to AST: { b: 1 }.",
                    """))
            #expect(output.stdout.contains(#""defaultValue": null"#))
        }
    }

    @Test("a missing file or an unknown option is status 2")
    func badInvocationIsStatusTwo() throws {
        try withScratch { scratch in
            #expect(
                scratch.run("introspect", "--schema", "nope.graphql")
                    == CommandOutput(
                        stderr: "peerhub: cannot read 'nope.graphql': No such file or directory\n", exitCode: 2))
            let unknown = scratch.run("introspect", "--pretty")
            #expect(unknown.exitCode == 2)
            #expect(unknown.stdout.isEmpty)
            #expect(unknown.stderr.contains("--pretty"))
        }
    }

    @Test("indentation follows JSON.stringify(value, null, 2) and leaves strings alone")
    func indentationIsJavaScripts() {
        #expect(
            indentedJSON(Array(#"{"a":[1,{"b":null}],"c":{},"d":[],"e":"x: [1, {2}], \"y\"\\","f":true}"#.utf8))
                == """
                {
                  "a": [
                    1,
                    {
                      "b": null
                    }
                  ],
                  "c": {},
                  "d": [],
                  "e": "x: [1, {2}], \\"y\\"\\\\",
                  "f": true
                }
                """)
    }

    /// `text` without the whitespace between JSON tokens.
    private func compacted(_ text: String) -> String {
        var output: [UInt8] = []
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                output.append(byte)
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                output.append(byte)
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\n") {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
