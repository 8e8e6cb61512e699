import Foundation
import Testing

@testable import GraphQLEngine

/// Printing parsed documents: graphql-js's exact text, and `parse(print(d)) == d`.
@Suite struct PrinterRoundTripTests {
    /// Prints `text` parsed, checks the output against `expected`, that reparsing it gives the
    /// same tree, and that printing is idempotent.
    private func expectPrinted(
        _ text: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let document = try parse(text)
        let printed = printDocument(document)
        #expect(printed == expected, sourceLocation: sourceLocation)
        let reparsed = try parse(printed)
        #expect(reparsed == document, sourceLocation: sourceLocation)
        #expect(printDocument(reparsed) == printed, sourceLocation: sourceLocation)
    }

    @Test func printsTheExecutableKitchenSinkAsGraphqlJsDoes() throws {
        try expectPrinted(KitchenSink.executable, KitchenSink.executablePrinted)
    }

    @Test func printsTheTypeSystemKitchenSinkAsGraphqlJsDoes() throws {
        try expectPrinted(KitchenSink.typeSystem, KitchenSink.typeSystemPrinted)
    }

    @Test func wrapsFieldArgumentsPastEightyUTF16CodeUnits() throws {
        try expectPrinted(
            "{ exactly80(argumentNumberOne: 1111111111, argumentNumberTwo: 22222222222, x: 123) }",
            "{\n  exactly80(argumentNumberOne: 1111111111, argumentNumberTwo: 22222222222, x: 123)\n}")
        try expectPrinted(
            "{ a: exactly81(argumentNumberOne: 1111111111, argumentNumberTwo: 22222222222, x: 1) }",
            "{\n  a: exactly81(\n    argumentNumberOne: 1111111111\n    argumentNumberTwo: 22222222222\n    x: 1\n  )\n}"
        )
    }

    @Test func printsDirectiveArgumentsOnOneLineWhateverTheirLength() throws {
        let long = String(repeating: "x", count: 90)
        try expectPrinted(
            "{ f @include(if: $a) @cached(key: \"\(long)\") }",
            "{\n  f @include(if: $a) @cached(key: \"\(long)\")\n}")
    }

    @Test func keepsTheQueryKeywordWhenTheQueryHasVariablesOrDirectives() throws {
        try expectPrinted("query ($a: Int) { f(a: $a) }", "query ($a: Int) {\n  f(a: $a)\n}")
        try expectPrinted("query @live { f }", "query @live {\n  f\n}")
        try expectPrinted("query Named { f }", "query Named {\n  f\n}")
    }

    @Test func keepsBlockStringsIntactAtEveryDepth() throws {
        try expectPrinted(
            #"""
            {
              a {
                b(
                  s1: """  leading spaces only"""
                  s2: """
                      first
                        indented
                      last
                  """
                  s3: """
                  ends with backslash\
                  """
                  s4: """has \""" inside"""
                  s5: """ends with \""""""
                  s6: """
                  
                      blank lines around
                  
                  """
                  s7: """a"quote"""
                  s8: """"""
                  s9: """	tab first"""
                ) {
                  c(x: [{y: """
                    in a list
                      of objects
                  """}])
                }
              }
            }

            """
              Description with
                nested indentation
            """
            type T {
              """
              Field description ending with backslash\
              """
              f(
                """arg "quoted" description"""
                a: String = """
                  default
                    block
                """
              ): String
            }
            """#,
            #"""
            {
              a {
                b(
                  s1: """  leading spaces only"""
                  s2: """
                  first
                    indented
                  last
                  """
                  s3: """
                  ends with backslash\
                  """
                  s4: """has \""" inside"""
                  s5: """
                  ends with \"""
                  """
                  s6: """blank lines around"""
                  s7: """a"quote"""
                  s8: """"""
                  s9: """	tab first"""
                ) {
                  c(x: [{y: """
                  in a list
                    of objects
                  """}])
                }
              }
            }

            """
            Description with
              nested indentation
            """
            type T {
              """
              Field description ending with backslash\
              """
              f(
                """arg "quoted" description"""
                a: String = """
                default
                  block
                """
              ): String
            }
            """#)
    }

    @Test func printsTheGitHubSchemaAsGraphqlJsDoes() throws {
        let text = try String(contentsOf: fixtureURL("github-schema.graphql"), encoding: .utf8)
        let document = try parse(text)
        let printed = printDocument(document)
        // graphql-js's `print` output for the file: 343,111 bytes, 10,363 line feeds, this digest.
        #expect(printed.utf8.count == 343_111)
        #expect(printed.utf8.count { $0 == UInt8(ascii: "\n") } == 10_363)
        #expect(fnv1a64(printed) == 0xf720_9c95_d8ba_b4e0)
        let reparsed = try parse(printed)
        #expect(reparsed == document)
        #expect(printDocument(reparsed) == printed)
    }
}

/// The FNV-1a 64-bit digest of the UTF-8 text: a stable fingerprint for long expected outputs.
func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return hash
}

/// A file in Tests/Fixtures.
func fixtureURL(_ name: String, file: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: file)
    while url.lastPathComponent != "Tests" && url.pathComponents.count > 1 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Fixtures").appendingPathComponent(name)
}
