import Testing

@testable import peerhub

@Suite("peerhub format")
struct FormatCommandTests {
    @Test("a document prints in graphql-js's canonical form, status 0")
    func documentPrintsCanonically() throws {
        try withScratch { scratch in
            try scratch.write(
                "q.graphql", "query Q($x:Int=1){practices(first:$x){...F title}} fragment F on Practice{id}")
            #expect(
                scratch.run("format", "q.graphql")
                    == CommandOutput(
                        stdout: """
                            query Q($x: Int = 1) {
                              practices(first: $x) {
                                ...F
                                title
                              }
                            }

                            fragment F on Practice {
                              id
                            }

                            """, stderr: "", exitCode: 0))
        }
    }

    @Test("a schema document prints too")
    func schemaDocumentPrints() throws {
        try withScratch { scratch in
            try scratch.write("s.graphql", "type Query{a:String b(x:Int=3):[Int!]!}")
            #expect(
                scratch.run("format", "s.graphql").stdout == "type Query {\n  a: String\n  b(x: Int = 3): [Int!]!\n}\n")
        }
    }

    @Test("a syntax error goes to standard error as FILE:LINE:COLUMN, status 1")
    func syntaxErrorGoesToStandardError() throws {
        try withScratch { scratch in
            try scratch.write("q.graphql", "{\n  title\n")
            #expect(
                scratch.run("format", "q.graphql")
                    == CommandOutput(stderr: "q.graphql:3:1: Syntax Error: Expected Name, found <EOF>.\n", exitCode: 1))
        }
    }

    @Test("an empty document is 'Unexpected <EOF>' at 1:1, status 1")
    func emptyDocumentIsUnexpectedEOF() throws {
        try withScratch { scratch in
            try scratch.write("empty.graphql", "")
            #expect(
                scratch.run("format", "empty.graphql")
                    == CommandOutput(stderr: "empty.graphql:1:1: Syntax Error: Unexpected <EOF>.\n", exitCode: 1))
        }
    }

    @Test("bytes that are not UTF-8 are reported at their line and column, status 1")
    func invalidUTF8IsReportedWithLocation() throws {
        try withScratch { scratch in
            try scratch.write("odd.graphql", bytes: Array("{ title ".utf8) + [0xC3, 0x28] + Array(" }".utf8))
            let output = scratch.run("format", "odd.graphql")
            #expect(output.exitCode == 1)
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.hasPrefix("odd.graphql:1:9: Syntax Error: "))
        }
    }

    @Test("a missing file or a directory is status 2")
    func unreadableIsStatusTwo() throws {
        try withScratch { scratch in
            try scratch.makeFolder("dir")
            #expect(
                scratch.run("format", "nope.graphql")
                    == CommandOutput(
                        stderr: "peerhub: cannot read 'nope.graphql': No such file or directory\n", exitCode: 2))
            #expect(
                scratch.run("format", "dir")
                    == CommandOutput(stderr: "peerhub: cannot read 'dir': it is a directory\n", exitCode: 2))
        }
    }

    @Test("- reads standard input, named <stdin> in errors")
    func dashReadsStandardInput() throws {
        try withScratch { scratch in
            #expect(scratch.run("format", "-", stdin: "{a}").stdout == "{\n  a\n}\n")
            #expect(
                scratch.run("format", "-", stdin: "{")
                    == CommandOutput(stderr: "<stdin>:1:2: Syntax Error: Expected Name, found <EOF>.\n", exitCode: 1))
        }
    }

    @Test("a 50 MB document with more tokens than the parser allows is refused with a syntax error")
    func hugeDocumentIsRefused() throws {
        try withScratch { scratch in
            let fields = String(repeating: "a ", count: 25 * 1024 * 1024)
            let bytes = Array("{ \(fields)}".utf8)
            try scratch.write("huge.graphql", bytes: bytes)
            let output = scratch.run("format", "huge.graphql")
            #expect(output.exitCode == 1)
            #expect(output.stderr.hasPrefix("huge.graphql:1:"))
            #expect(output.stderr.contains("Syntax Error: Document contains more"))
        }
    }
}
