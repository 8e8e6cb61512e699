import Testing

@testable import GraphQLEngine

// Documents with syntax errors, each with the error graphql-js 16 gives: the message word for
// word and the line and column of the offending token. The expected errors were produced by
// running graphql-js on each input.
private let syntaxErrorCases: [(ParseEntry, String, String)] = [
    (
        .parse, "",
        "Syntax Error: Unexpected <EOF>. (1:1)"
    ),
    (
        .parse, " ",
        "Syntax Error: Unexpected <EOF>. (1:2)"
    ),
    (
        .parse, "# only a comment",
        "Syntax Error: Unexpected <EOF>. (1:17)"
    ),
    (
        .parse, "{",
        "Syntax Error: Expected Name, found <EOF>. (1:2)"
    ),
    (
        .parse, "{ a",
        "Syntax Error: Expected Name, found <EOF>. (1:4)"
    ),
    (
        .parse, "{ }",
        "Syntax Error: Expected Name, found \"}\". (1:3)"
    ),
    (
        .parse, "{ a { } }",
        "Syntax Error: Expected Name, found \"}\". (1:7)"
    ),
    (
        .parse, "{ ...on }",
        "Syntax Error: Expected Name, found \"}\". (1:9)"
    ),
    (
        .parse, "{ ... on }",
        "Syntax Error: Expected Name, found \"}\". (1:10)"
    ),
    (
        .parse, "fragment on on T { a }",
        "Syntax Error: Unexpected Name \"on\". (1:10)"
    ),
    (
        .parse, "fragment F { a }",
        "Syntax Error: Expected \"on\", found \"{\". (1:12)"
    ),
    (
        .parse, "fragment F on { a }",
        "Syntax Error: Expected Name, found \"{\". (1:15)"
    ),
    (
        .parse, "{ a(b) }",
        "Syntax Error: Expected \":\", found \")\". (1:6)"
    ),
    (
        .parse, "{ a(b:) }",
        "Syntax Error: Unexpected \")\". (1:7)"
    ),
    (
        .parse, "{ a() }",
        "Syntax Error: Expected Name, found \")\". (1:5)"
    ),
    (
        .parse, "{ a: }",
        "Syntax Error: Expected Name, found \"}\". (1:6)"
    ),
    (
        .parse, "{ a: 1 }",
        "Syntax Error: Expected Name, found Int \"1\". (1:6)"
    ),
    (
        .parse, "{ a @ }",
        "Syntax Error: Expected Name, found \"}\". (1:7)"
    ),
    (
        .parse, "{ a @d( }",
        "Syntax Error: Expected Name, found \"}\". (1:9)"
    ),
    (
        .parse, "query",
        "Syntax Error: Expected \"{\", found <EOF>. (1:6)"
    ),
    (
        .parse, "query Q",
        "Syntax Error: Expected \"{\", found <EOF>. (1:8)"
    ),
    (
        .parse, "query Q(",
        "Syntax Error: Expected \"$\", found <EOF>. (1:9)"
    ),
    (
        .parse, "query Q() { a }",
        "Syntax Error: Expected \"$\", found \")\". (1:9)"
    ),
    (
        .parse, "query Q($a) { a }",
        "Syntax Error: Expected \":\", found \")\". (1:11)"
    ),
    (
        .parse, "query Q($a:) { a }",
        "Syntax Error: Expected Name, found \")\". (1:12)"
    ),
    (
        .parse, "query Q(a: Int) { a }",
        "Syntax Error: Expected \"$\", found Name \"a\". (1:9)"
    ),
    (
        .parse, "query Q($a: Int = $b) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value. (1:19)"
    ),
    (
        .parse, "query Q($a: Int = [$b]) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value. (1:20)"
    ),
    (
        .parse, "query Q($a: Int = {x: $b}) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value. (1:23)"
    ),
    (
        .parse, "query Q($a: Int @d(x: $b)) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value. (1:23)"
    ),
    (
        .parse, "query Q($a: Int = $) { a }",
        "Syntax Error: Unexpected \"$\". (1:19)"
    ),
    (
        .parse, "query Q($a: Int = $1) { a }",
        "Syntax Error: Unexpected \"$\". (1:19)"
    ),
    (
        .parse, "query Q($a: [Int) { a }",
        "Syntax Error: Expected \"]\", found \")\". (1:17)"
    ),
    (
        .parse, "query Q($a: Int!!) { a }",
        "Syntax Error: Expected \"$\", found \"!\". (1:17)"
    ),
    (
        .parse, "query Q($a: !) { a }",
        "Syntax Error: Expected Name, found \"!\". (1:13)"
    ),
    (
        .parse, "notanoperation Foo { field }",
        "Syntax Error: Unexpected Name \"notanoperation\". (1:1)"
    ),
    (
        .parse, "...",
        "Syntax Error: Unexpected \"...\". (1:1)"
    ),
    (
        .parse, "}",
        "Syntax Error: Unexpected \"}\". (1:1)"
    ),
    (
        .parse, "123",
        "Syntax Error: Unexpected Int \"123\". (1:1)"
    ),
    (
        .parse, "\"str\"",
        "Syntax Error: Unexpected <EOF>. (1:6)"
    ),
    (
        .parse, "\"\"\"block\"\"\"",
        "Syntax Error: Unexpected <EOF>. (1:12)"
    ),
    (
        .parse, "\"d\" query { a }",
        "Syntax Error: Unexpected description, descriptions are supported only on type definitions. (1:1)"
    ),
    (
        .parse, "\"d\" { a }",
        "Syntax Error: Unexpected \"{\". (1:5)"
    ),
    (
        .parse, "\"d\" fragment F on T { a }",
        "Syntax Error: Unexpected description, descriptions are supported only on type definitions. (1:1)"
    ),
    (
        .parse, "\"d\" extend type T @d",
        "Syntax Error: Unexpected description, descriptions are supported only on type definitions. (1:1)"
    ),
    (
        .parse, "\"d\" \"e\" type T",
        "Syntax Error: Unexpected String \"e\". (1:5)"
    ),
    (
        .parse, "\"d\"",
        "Syntax Error: Unexpected <EOF>. (1:4)"
    ),
    (
        .parse, "\"d\" 1",
        "Syntax Error: Unexpected Int \"1\". (1:5)"
    ),
    (
        .parse, "{ a(v: [1, }",
        "Syntax Error: Unexpected \"}\". (1:12)"
    ),
    (
        .parse, "{ a(v: {b}) }",
        "Syntax Error: Expected \":\", found \"}\". (1:10)"
    ),
    (
        .parse, "{ a(v: {b: }) }",
        "Syntax Error: Unexpected \"}\". (1:12)"
    ),
    (
        .parse, "{ a(v: {1: 2}) }",
        "Syntax Error: Expected Name, found Int \"1\". (1:9)"
    ),
    (
        .parse, "{ a(v: }",
        "Syntax Error: Unexpected \"}\". (1:8)"
    ),
    (
        .parse, "{ a(v: ...) }",
        "Syntax Error: Unexpected \"...\". (1:8)"
    ),
    (
        .parse, "{ a(v: $) }",
        "Syntax Error: Expected Name, found \")\". (1:9)"
    ),
    (
        .parse, "schema",
        "Syntax Error: Expected \"{\", found <EOF>. (1:7)"
    ),
    (
        .parse, "schema {}",
        "Syntax Error: Expected Name, found \"}\". (1:9)"
    ),
    (
        .parse, "schema { query }",
        "Syntax Error: Expected \":\", found \"}\". (1:16)"
    ),
    (
        .parse, "schema { other: Q }",
        "Syntax Error: Unexpected Name \"other\". (1:10)"
    ),
    (
        .parse, "schema { query: [Q] }",
        "Syntax Error: Expected Name, found \"[\". (1:17)"
    ),
    (
        .parse, "schema @d(a: $v) { query: Q }",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:14)"
    ),
    (
        .parse, "scalar",
        "Syntax Error: Expected Name, found <EOF>. (1:7)"
    ),
    (
        .parse, "scalar S @d(a: $v)",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:16)"
    ),
    (
        .parse, "type",
        "Syntax Error: Expected Name, found <EOF>. (1:5)"
    ),
    (
        .parse, "type T {}",
        "Syntax Error: Expected Name, found \"}\". (1:9)"
    ),
    (
        .parse, "type T { f }",
        "Syntax Error: Expected \":\", found \"}\". (1:12)"
    ),
    (
        .parse, "type T { f: }",
        "Syntax Error: Expected Name, found \"}\". (1:13)"
    ),
    (
        .parse, "type T { f(): Int }",
        "Syntax Error: Expected Name, found \")\". (1:12)"
    ),
    (
        .parse, "type T { f(a): Int }",
        "Syntax Error: Expected \":\", found \")\". (1:13)"
    ),
    (
        .parse, "type T { f(a: Int = $v): Int }",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:21)"
    ),
    (
        .parse, "type T implements",
        "Syntax Error: Expected Name, found <EOF>. (1:18)"
    ),
    (
        .parse, "type T implements & ",
        "Syntax Error: Expected Name, found <EOF>. (1:21)"
    ),
    (
        .parse, "type T implements A &",
        "Syntax Error: Expected Name, found <EOF>. (1:22)"
    ),
    (
        .parse, "type T implements A, B",
        "Syntax Error: Unexpected Name \"B\". (1:22)"
    ),
    (
        .parse, "type T implements A B",
        "Syntax Error: Unexpected Name \"B\". (1:21)"
    ),
    (
        .parse, "type T { \"d\" }",
        "Syntax Error: Expected Name, found \"}\". (1:14)"
    ),
    (
        .parse, "type T @d(a: $v)",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:14)"
    ),
    (
        .parse, "type T { f: Int @d(a: $v) }",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:23)"
    ),
    (
        .parse, "union U =",
        "Syntax Error: Expected Name, found <EOF>. (1:10)"
    ),
    (
        .parse, "union U = |",
        "Syntax Error: Expected Name, found <EOF>. (1:12)"
    ),
    (
        .parse, "union U = A |",
        "Syntax Error: Expected Name, found <EOF>. (1:14)"
    ),
    (
        .parse, "union U = || A",
        "Syntax Error: Expected Name, found \"|\". (1:12)"
    ),
    (
        .parse, "union U = A & B",
        "Syntax Error: Unexpected \"&\". (1:13)"
    ),
    (
        .parse, "enum E {}",
        "Syntax Error: Expected Name, found \"}\". (1:9)"
    ),
    (
        .parse, "enum E { true }",
        "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value. (1:10)"
    ),
    (
        .parse, "enum E { false }",
        "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value. (1:10)"
    ),
    (
        .parse, "enum E { null }",
        "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value. (1:10)"
    ),
    (
        .parse, "enum E { A \"d\" true }",
        "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value. (1:16)"
    ),
    (
        .parse, "enum E { 1 }",
        "Syntax Error: Expected Name, found Int \"1\". (1:10)"
    ),
    (
        .parse, "enum E { \"d\" }",
        "Syntax Error: Expected Name, found \"}\". (1:14)"
    ),
    (
        .parse, "enum E { \"d\" \"true\" }",
        "Syntax Error: String \"true\" is reserved and cannot be used for an enum value. (1:14)"
    ),
    (
        .parse, "input I {}",
        "Syntax Error: Expected Name, found \"}\". (1:10)"
    ),
    (
        .parse, "input I { a }",
        "Syntax Error: Expected \":\", found \"}\". (1:13)"
    ),
    (
        .parse, "input I { a: Int = }",
        "Syntax Error: Unexpected \"}\". (1:20)"
    ),
    (
        .parse, "input I { a(b: Int): Int }",
        "Syntax Error: Expected \":\", found \"(\". (1:12)"
    ),
    (
        .parse, "directive",
        "Syntax Error: Expected \"@\", found <EOF>. (1:10)"
    ),
    (
        .parse, "directive d on FIELD",
        "Syntax Error: Expected \"@\", found Name \"d\". (1:11)"
    ),
    (
        .parse, "directive @d",
        "Syntax Error: Expected \"on\", found <EOF>. (1:13)"
    ),
    (
        .parse, "directive @d on",
        "Syntax Error: Expected Name, found <EOF>. (1:16)"
    ),
    (
        .parse, "directive @d on FIELD |",
        "Syntax Error: Expected Name, found <EOF>. (1:24)"
    ),
    (
        .parse, "directive @d on UNKNOWN",
        "Syntax Error: Unexpected Name \"UNKNOWN\". (1:17)"
    ),
    (
        .parse, "directive @d on FIELD | field",
        "Syntax Error: Unexpected Name \"field\". (1:25)"
    ),
    (
        .parse, "directive @d repeatable",
        "Syntax Error: Expected \"on\", found <EOF>. (1:24)"
    ),
    (
        .parse, "directive @d repeatable FIELD",
        "Syntax Error: Expected \"on\", found Name \"FIELD\". (1:25)"
    ),
    (
        .parse, "directive @d() on FIELD",
        "Syntax Error: Expected Name, found \")\". (1:14)"
    ),
    (
        .parse, "directive @d on || FIELD",
        "Syntax Error: Expected Name, found \"|\". (1:18)"
    ),
    (
        .parse, "extend",
        "Syntax Error: Unexpected <EOF>. (1:7)"
    ),
    (
        .parse, "extend schema",
        "Syntax Error: Unexpected <EOF>. (1:14)"
    ),
    (
        .parse, "extend schema {}",
        "Syntax Error: Expected Name, found \"}\". (1:16)"
    ),
    (
        .parse, "extend scalar S",
        "Syntax Error: Unexpected <EOF>. (1:16)"
    ),
    (
        .parse, "extend scalar S { a: Int }",
        "Syntax Error: Unexpected \"{\". (1:17)"
    ),
    (
        .parse, "extend type T",
        "Syntax Error: Unexpected <EOF>. (1:14)"
    ),
    (
        .parse, "extend type T {}",
        "Syntax Error: Expected Name, found \"}\". (1:16)"
    ),
    (
        .parse, "extend interface I",
        "Syntax Error: Unexpected <EOF>. (1:19)"
    ),
    (
        .parse, "extend union U",
        "Syntax Error: Unexpected <EOF>. (1:15)"
    ),
    (
        .parse, "extend enum E",
        "Syntax Error: Unexpected <EOF>. (1:14)"
    ),
    (
        .parse, "extend input I",
        "Syntax Error: Unexpected <EOF>. (1:15)"
    ),
    (
        .parse, "extend directive @d on FIELD",
        "Syntax Error: Unexpected Name \"directive\". (1:8)"
    ),
    (
        .parse, "extend query { a }",
        "Syntax Error: Unexpected Name \"query\". (1:8)"
    ),
    (
        .parse, "extend { a }",
        "Syntax Error: Unexpected \"{\". (1:8)"
    ),
    (
        .parse, "extend \"d\"",
        "Syntax Error: Unexpected String \"d\". (1:8)"
    ),
    (
        .parse, "extend type",
        "Syntax Error: Expected Name, found <EOF>. (1:12)"
    ),
    (
        .parse, "extend type T\n{ a }",
        "Syntax Error: Expected \":\", found \"}\". (2:5)"
    ),
    (
        .parse, "type T { a: Int } extend",
        "Syntax Error: Unexpected <EOF>. (1:25)"
    ),
    (
        .parse, "{ a } }",
        "Syntax Error: Unexpected \"}\". (1:7)"
    ),
    (
        .parse, "{ a } b",
        "Syntax Error: Unexpected Name \"b\". (1:7)"
    ),
    (
        .parse, "{ a } query",
        "Syntax Error: Expected \"{\", found <EOF>. (1:12)"
    ),
    (
        .parse, "{ a }\n\n  ?",
        "Syntax Error: Unexpected character: \"?\". (3:3)"
    ),
    (
        .parse, "{ a(s: \"é\") ? }",
        "Syntax Error: Unexpected character: \"?\". (1:13)"
    ),
    (
        .parse, "{ a(s: \"😀\") ? }",
        "Syntax Error: Unexpected character: \"?\". (1:14)"
    ),
    (
        .parse, "\"\"\"\né\n\"\"\" ?",
        "Syntax Error: Unexpected character: \"?\". (3:5)"
    ),
    (
        .parse, "# é😀\n  ? ",
        "Syntax Error: Unexpected character: \"?\". (2:3)"
    ),
    (
        .parse, "{ a(v: 01) }",
        "Syntax Error: Invalid number, unexpected digit after 0: \"1\". (1:9)"
    ),
    (
        .parse, "{ a(v: 1.) }",
        "Syntax Error: Invalid number, expected digit but got: \")\". (1:10)"
    ),
    (
        .parse, "{ a(v: \"\\x\") }",
        "Syntax Error: Invalid character escape sequence: \"\\x\". (1:9)"
    ),
    (
        .parseValue, "",
        "Syntax Error: Unexpected <EOF>. (1:1)"
    ),
    (
        .parseValue, "$",
        "Syntax Error: Expected Name, found <EOF>. (1:2)"
    ),
    (
        .parseValue, "[1",
        "Syntax Error: Unexpected <EOF>. (1:3)"
    ),
    (
        .parseValue, "1 2",
        "Syntax Error: Expected <EOF>, found Int \"2\". (1:3)"
    ),
    (
        .parseValue, "{a: 1} b",
        "Syntax Error: Expected <EOF>, found Name \"b\". (1:8)"
    ),
    (
        .parseConstValue, "$v",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:1)"
    ),
    (
        .parseConstValue, "[$v]",
        "Syntax Error: Unexpected variable \"$v\" in constant value. (1:2)"
    ),
    (
        .parseConstValue, "$",
        "Syntax Error: Unexpected \"$\". (1:1)"
    ),
    (
        .parseType, "",
        "Syntax Error: Expected Name, found <EOF>. (1:1)"
    ),
    (
        .parseType, "[Int",
        "Syntax Error: Expected \"]\", found <EOF>. (1:5)"
    ),
    (
        .parseType, "Int!!",
        "Syntax Error: Expected <EOF>, found \"!\". (1:5)"
    ),
    (
        .parseType, "Int Int",
        "Syntax Error: Expected <EOF>, found Name \"Int\". (1:5)"
    ),
    (
        .parseType, "!",
        "Syntax Error: Expected Name, found \"!\". (1:1)"
    ),
    (
        .parseType, "[]",
        "Syntax Error: Expected Name, found \"]\". (1:2)"
    ),
    (
        .parseType, "1",
        "Syntax Error: Expected Name, found Int \"1\". (1:1)"
    ),
]

@Suite("Parser errors")
struct ParserErrorTests {
    @Test("reports syntax errors as graphql-js does", arguments: syntaxErrorCases)
    func reportsAsGraphQLJSDoes(entry: ParseEntry, source: String, expected: String) {
        #expect(parseResult(entry, source) == expected)
    }
}
