import Foundation
import GraphQLEngine
import HubAPI
import Testing

@testable import peerhub

/// The repository's root folder.
private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("peerhub query, and the hub's schema as the command line sees it", .serialized)
struct QueryCommandTests {
    @Test("query runs an operation against a database file as an anonymous caller and prints the JSON response")
    func queryPrintsTheResponse() throws {
        try withScratch { scratch in
            let seeded = scratch.run(
                "seed", "--seeds", repository.appendingPathComponent("seeds").path, "--database", "hub.sqlite")
            #expect(seeded.exitCode == 0)
            let output = scratch.run(
                "query", "query ($key: String!) { program(key: $key) { acronym } viewer { account { email } } }",
                "--variables", #"{"key": "mped"}"#, "--database", "hub.sqlite")
            #expect(
                output
                    == CommandOutput(
                        stdout: """
                            {
                              "data": {
                                "program": {
                                  "acronym": "MPED"
                                },
                                "viewer": null
                              }
                            }

                            """, stderr: "", exitCode: 0))
            let refused = scratch.run("query", "{ practices(first: 500) { totalCount } }", "--database", "hub.sqlite")
            #expect(refused.exitCode == 1)
            #expect(refused.stdout.contains("BAD_USER_INPUT"))
        }
    }

    @Test("bad variables and a missing database are refused with status 2, saying why")
    func badInvocations() throws {
        try withScratch { scratch in
            let missing = scratch.run("query", "{ stats { practicesPerTheme { count } } }", "--database", "none.sqlite")
            #expect(missing.exitCode == 2)
            #expect(missing.stderr.contains("there is no database at"))
            try scratch.write("hub.sqlite", "")
            let notJSON = scratch.run(
                "query", "{ countries { code } }", "--variables", "{first: 3}", "--database", "hub.sqlite")
            #expect(notJSON.exitCode == 2)
            #expect(notJSON.stderr.contains("--variables is not valid JSON"))
            let notObject = scratch.run(
                "query", "{ countries { code } }", "--variables", "[1]", "--database", "hub.sqlite")
            #expect(notObject.stderr.contains("--variables must be a JSON object"))
        }
    }

    @Test("peerhub schema print, reading schema.graphql, prints the schema HubAPI carries")
    func schemaPrintAgreesWithTheAPI() throws {
        let printed = runPeerHub(
            ["schema", "print"],
            context: ToolContext(environment: [:], currentDirectory: repository.path, readStandardInput: { [] }))
        #expect(printed.exitCode == 0)
        #expect(printed.stdout == printSchema(try buildSchema(HubSchemaSDL.text)) + "\n")
    }

    @Test("peerhub validate passes on every query of the README")
    func readmeQueriesAreValid() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```graphql\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
        #expect(blocks.count >= 5)
        try withScratch { scratch in
            for (index, block) in blocks.enumerated() {
                try scratch.write("query\(index).graphql", block)
                let output = scratch.run(
                    "validate", "--schema", repository.appendingPathComponent("schema.graphql").path,
                    "query\(index).graphql")
                #expect(output.stdout == "[]\n", "README query \(index + 1):\n\(block)")
            }
        }
    }
}
