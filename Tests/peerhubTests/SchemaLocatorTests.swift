import Testing

@testable import peerhub

@Suite("Finding the default schema")
struct SchemaLocatorTests {
    private func context(_ directory: String, _ environment: [String: String] = [:]) -> ToolContext {
        ToolContext(environment: environment, currentDirectory: directory, readStandardInput: { [] })
    }

    @Test("--schema wins over PEERHUB_SCHEMA and schema.graphql")
    func optionWins() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { a: String }")
            let found = SchemaLocator.locate(
                option: "other.graphql", context: context(scratch.path, ["PEERHUB_SCHEMA": "env.graphql"]))
            #expect(found == .success("other.graphql"))
        }
    }

    @Test("PEERHUB_SCHEMA wins over schema.graphql")
    func environmentWinsOverFile() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { a: String }")
            let found = SchemaLocator.locate(
                option: nil, context: context(scratch.path, ["PEERHUB_SCHEMA": "env.graphql"]))
            #expect(found == .success("env.graphql"))
        }
    }

    @Test("an empty PEERHUB_SCHEMA is ignored")
    func emptyEnvironmentIsIgnored() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { a: String }")
            let found = SchemaLocator.locate(option: nil, context: context(scratch.path, ["PEERHUB_SCHEMA": ""]))
            #expect(found == .success("schema.graphql"))
        }
    }

    @Test("schema.graphql is found in a folder above the current one")
    func fileIsFoundAbove() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { a: String }")
            try scratch.makeFolder("Sources/peerhub")
            let found = SchemaLocator.locate(option: nil, context: context(scratch.path + "/Sources/peerhub"))
            #expect(found == .success(scratch.path + "/schema.graphql"))
        }
    }

    @Test("a folder named schema.graphql is not taken for the schema")
    func folderIsNotTaken() throws {
        try withScratch { scratch in
            try scratch.write("schema.graphql", "type Query { a: String }")
            try scratch.makeFolder("inner/schema.graphql")
            let found = SchemaLocator.locate(option: nil, context: context(scratch.path + "/inner"))
            #expect(found == .success(scratch.path + "/schema.graphql"))
        }
    }

    @Test("the parent of a folder is found up to the root")
    func parentDirectories() {
        #expect(SchemaLocator.parentDirectory(of: "/a/b/c") == "/a/b")
        #expect(SchemaLocator.parentDirectory(of: "/a/b/") == "/a")
        #expect(SchemaLocator.parentDirectory(of: "/a") == "/")
        #expect(SchemaLocator.parentDirectory(of: "/") == nil)
        #expect(SchemaLocator.parentDirectory(of: "relative") == nil)
    }

    @Test("with no schema anywhere the message says how to give one")
    func notFoundSaysHowToGiveOne() {
        let notFound = SchemaNotFound(searchedFrom: "/tmp/x")
        #expect(
            notFound.description
                == "no schema to read: pass --schema FILE, set PEERHUB_SCHEMA=FILE, or run inside the repository "
                + "(no schema.graphql in /tmp/x or any folder above it)")
    }
}
