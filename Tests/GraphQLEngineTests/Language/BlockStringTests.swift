import Testing

@testable import GraphQLEngine

// Lines, and what graphql-js 16's `dedentBlockStringLines` makes of them; values, and what its
// `printBlockString` and `isPrintableAsBlockString` make of them. The expected results were
// produced by running graphql-js on each input.
private let dedentCases: [([String], [String])] = [
    ([], []),
    ([""], []),
    (["", ""], []),
    (["  a"], ["  a"]),
    (["", "  a", ""], ["a"]),
    (
        ["", "    Hello,", "      World!", "", "    Yours,", "      GraphQL."],
        ["Hello,", "  World!", "", "Yours,", "  GraphQL."]
    ),
    (["  first", "  second"], ["  first", "second"]),
    (["first", "  second", "    third"], ["first", "second", "  third"]),
    (["\t\ta", "\t\tb"], ["\t\ta", "b"]),
    (["", " \t ", "  a", " \t", "   "], ["a"]),
    (["a", "", "  b", "     ", "  c"], ["a", "", "b", "   ", "c"]),
    (["", "  é", "    😀", ""], ["é", "  😀"]),
    (["  ", "    a", "  b"], ["  a", "b"]),
    (["x", "   ", " y"], ["x", "  ", "y"]),
]

/// A value, then graphql-js's `printBlockString` of it, minimized, and `isPrintableAsBlockString`.
private let printCases: [(String, String, String, Bool)] = [
    ("", "\"\"\"\"\"\"", "\"\"\"\"\"\"", true),
    (" ", "\"\"\" \"\"\"", "\"\"\" \"\"\"", false),
    ("a", "\"\"\"a\"\"\"", "\"\"\"a\"\"\"", true),
    ("  leading", "\"\"\"  leading\"\"\"", "\"\"\"  leading\"\"\"", true),
    ("trailing ", "\"\"\"trailing \"\"\"", "\"\"\"trailing \"\"\"", true),
    ("one\ntwo", "\"\"\"\none\ntwo\n\"\"\"", "\"\"\"one\ntwo\"\"\"", true),
    ("\nleading newline", "\"\"\"\n\nleading newline\n\"\"\"", "\"\"\"\nleading newline\"\"\"", false),
    ("trailing newline\n", "\"\"\"\ntrailing newline\n\n\"\"\"", "\"\"\"\ntrailing newline\n\"\"\"", false),
    ("a\n  indented", "\"\"\"\na\n  indented\n\"\"\"", "\"\"\"\na\n  indented\"\"\"", true),
    ("  a\n  b", "\"\"\"\n  a\n  b\n\"\"\"", "\"\"\"\n  a\n  b\"\"\"", false),
    ("a\n\nb", "\"\"\"\na\n\nb\n\"\"\"", "\"\"\"a\n\nb\"\"\"", true),
    ("ends with \"", "\"\"\"\nends with \"\n\"\"\"", "\"\"\"ends with \"\n\"\"\"", true),
    ("ends with \\", "\"\"\"\nends with \\\n\"\"\"", "\"\"\"ends with \\\n\"\"\"", true),
    ("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"", true),
    ("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"", true),
    ("\"\"\"", "\"\"\"\n\\\"\"\"\n\"\"\"", "\"\"\"\\\"\"\"\"\"\"", true),
    ("\"\"\"\"", "\"\"\"\n\\\"\"\"\"\n\"\"\"", "\"\"\"\\\"\"\"\"\n\"\"\"", true),
    ("\"\"\"\"\"\"", "\"\"\"\n\\\"\"\"\\\"\"\"\n\"\"\"", "\"\"\"\\\"\"\"\\\"\"\"\"\"\"", true),
    ("a \"\"\" b \"\"\" c", "\"\"\"a \\\"\"\" b \\\"\"\" c\"\"\"", "\"\"\"a \\\"\"\" b \\\"\"\" c\"\"\"", true),
    (
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"",
        "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true
    ),
    (
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"",
        "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true
    ),
    (
        "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé",
        "\"\"\"\nééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\n\"\"\"",
        "\"\"\"ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\"\"\"", true
    ),
    (
        "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "\"\"\"\n😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\n\"\"\"",
        "\"\"\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\"\"\"", true
    ),
    (
        "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "\"\"\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\"\"\"",
        "\"\"\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\"\"\"", true
    ),
    ("crlf\r\nline", "\"\"\"\ncrlf\r\nline\n\"\"\"", "\"\"\"crlf\r\nline\"\"\"", false),
    ("cr\rline", "\"\"\"\ncr\rline\n\"\"\"", "\"\"\"cr\rline\"\"\"", false),
    ("tab\tinside", "\"\"\"tab\tinside\"\"\"", "\"\"\"tab\tinside\"\"\"", true),
    ("\ttab first", "\"\"\"\ttab first\"\"\"", "\"\"\"\ttab first\"\"\"", true),
    ("with\u{7}bell", "\"\"\"with\u{7}bell\"\"\"", "\"\"\"with\u{7}bell\"\"\"", false),
    ("with\u{10}dle", "\"\"\"with\u{10}dle\"\"\"", "\"\"\"with\u{10}dle\"\"\"", true),
    ("with\u{1F}us", "\"\"\"with\u{1F}us\"\"\"", "\"\"\"with\u{1F}us\"\"\"", true),
    ("with\u{B}vt", "\"\"\"with\u{B}vt\"\"\"", "\"\"\"with\u{B}vt\"\"\"", false),
    ("line\n  \nx", "\"\"\"\nline\n  \nx\n\"\"\"", "\"\"\"line\n  \nx\"\"\"", true),
    ("a\n b\n  c", "\"\"\"\na\n b\n  c\n\"\"\"", "\"\"\"\na\n b\n  c\"\"\"", true),
    ("\n", "\"\"\"\n\n\n\"\"\"", "\"\"\"\n\n\"\"\"", false),
    ("\n\n", "\"\"\"\n\n\n\n\"\"\"", "\"\"\"\n\n\n\"\"\"", false),
    ("a\n", "\"\"\"\na\n\n\"\"\"", "\"\"\"\na\n\"\"\"", false),
    (" a\n b", "\"\"\"\n a\n b\n\"\"\"", "\"\"\"\n a\n b\"\"\"", false),
    ("a\n\tb", "\"\"\"\na\n\tb\n\"\"\"", "\"\"\"\na\n\tb\"\"\"", true),
    (
        "  single line with leading space and over seventy characters of text in total ok",
        "\"\"\"  single line with leading space and over seventy characters of text in total ok\n\"\"\"",
        "\"\"\"  single line with leading space and over seventy characters of text in total ok\"\"\"", true
    ),
    ("multi\nline \"", "\"\"\"\nmulti\nline \"\n\"\"\"", "\"\"\"multi\nline \"\n\"\"\"", true),
    ("été", "\"\"\"été\"\"\"", "\"\"\"été\"\"\"", true),
]

@Suite("Block strings")
struct BlockStringTests {
    @Test("dedents lines as the spec's BlockStringValue() does", arguments: dedentCases)
    func dedentsLines(lines: [String], expected: [String]) {
        #expect(dedentBlockStringLines(lines) == expected)
        #expect(dedentBlockStringLines(lines.map { Substring($0) }) == expected)
    }

    @Test("prints values as graphql-js does", arguments: printCases)
    func printsValues(value: String, printed: String, minimized: String, printable: Bool) {
        #expect(printBlockString(value) == printed)
        #expect(printBlockString(value, minimize: true) == minimized)
        #expect(isPrintableAsBlockString(value) == printable)
    }

    @Test("reads back every printable value unchanged", arguments: printCases)
    func readsBackPrintableValues(value: String, printed: String, minimized: String, printable: Bool) throws {
        guard printable else { return }
        #expect(try parseValue(printBlockString(value)) == .string(value, block: true, .none))
        #expect(try parseValue(printBlockString(value, minimize: true)) == .string(value, block: true, .none))
    }

    @Test("takes the value of the spec's example")
    func takesTheSpecExample() throws {
        // Spec §2.9.4, the example under "Block Strings".
        let source = """
            \"\"\"
              This starts with and ends with an empty line,
              which makes it easier to read.
            \"\"\"
            """
        #expect(
            try parseValue(source)
                == .string(
                    "This starts with and ends with an empty line,\nwhich makes it easier to read.", block: true,
                    .none))
    }

    @Test("keeps every line terminator's meaning and the escaped triple quote")
    func normalizesLineTerminators() throws {
        #expect(
            try parseValue("\"\"\"a\r\n  b\r  c\n  \\\"\"\"\"\"\"") == .string("a\nb\nc\n\"\"\"", block: true, .none))
        #expect(try parseValue("\"\"\"\n  \\\"\"\"x\n\"\"\"") == .string("\"\"\"x", block: true, .none))
    }
}
