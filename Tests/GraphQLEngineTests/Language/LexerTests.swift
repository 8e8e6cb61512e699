import Testing

@testable import GraphQLEngine

/// Source text and the tokens graphql-js 16 reads from it (as `Kind "value"@line:column`, the
/// value decoded), or the tokens up to its syntax error (as `message (line:column)`).
/// The expected lists were produced by running graphql-js's lexer on each input.
private let lexerCases: [(String, [String])] = [
    // punctuators
    (
        "! $ & ( ) ... : = @ [ ] { | }",
        [
            "\"!\"@1:1", "\"$\"@1:3", "\"&\"@1:5", "\"(\"@1:7", "\")\"@1:9", "\"...\"@1:11", "\":\"@1:15", "\"=\"@1:17",
            "\"@\"@1:19", "\"[\"@1:21", "\"]\"@1:23", "\"{\"@1:25", "\"|\"@1:27", "\"}\"@1:29",
        ]
    ),
    ("{a}", ["\"{\"@1:1", "Name \"a\"@1:2", "\"}\"@1:3"]),
    ("[...]", ["\"[\"@1:1", "\"...\"@1:2", "\"]\"@1:5"]),
    ("a|b&c", ["Name \"a\"@1:1", "\"|\"@1:2", "Name \"b\"@1:3", "\"&\"@1:4", "Name \"c\"@1:5"]),
    // names
    (
        "a _ A z_9 __typename",
        ["Name \"a\"@1:1", "Name \"_\"@1:3", "Name \"A\"@1:5", "Name \"z_9\"@1:7", "Name \"__typename\"@1:11"]
    ),
    ("query\tmutation", ["Name \"query\"@1:1", "Name \"mutation\"@1:7"]),
    ("a1b2_c3", ["Name \"a1b2_c3\"@1:1"]),
    // numbers
    (
        "0 -0 1 -1 123456789 9007199254740993",
        [
            "Int \"0\"@1:1", "Int \"-0\"@1:3", "Int \"1\"@1:6", "Int \"-1\"@1:8", "Int \"123456789\"@1:11",
            "Int \"9007199254740993\"@1:21",
        ]
    ),
    (
        "0.0 -0.0 1.5 -1.5 1e10 1E10 1e+10 1e-10 1.5e3 -1.23E-4",
        [
            "Float \"0.0\"@1:1", "Float \"-0.0\"@1:5", "Float \"1.5\"@1:10", "Float \"-1.5\"@1:14",
            "Float \"1e10\"@1:19", "Float \"1E10\"@1:24", "Float \"1e+10\"@1:29", "Float \"1e-10\"@1:35",
            "Float \"1.5e3\"@1:41", "Float \"-1.23E-4\"@1:47",
        ]
    ),
    ("1,2 3", ["Int \"1\"@1:1", "Int \"2\"@1:3", "Int \"3\"@1:5"]),
    ("[1]", ["\"[\"@1:1", "Int \"1\"@1:2", "\"]\"@1:3"]),
    ("{a:1}", ["\"{\"@1:1", "Name \"a\"@1:2", "\":\"@1:3", "Int \"1\"@1:4", "\"}\"@1:5"]),
    ("-0.1e-0", ["Float \"-0.1e-0\"@1:1"]),
    // strings
    ("\"\"", ["String \"\"@1:1"]),
    ("\"simple\"", ["String \"simple\"@1:1"]),
    ("\" white space \"", ["String \" white space \"@1:1"]),
    ("\"quote \\\"\"", ["String \"quote \"\"@1:1"]),
    ("\"escaped \\n\\r\\b\\t\\f\"", ["String \"escaped \n\r\u{8}\t\u{C}\"@1:1"]),
    ("\"slashes \\\\ \\/\"", ["String \"slashes \\ /\"@1:1"]),
    ("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", ["String \"unicode ሴ噸邫췯\"@1:1"]),
    ("\"unescaped unicode outside BMP 😀\"", ["String \"unescaped unicode outside BMP 😀\"@1:1"]),
    ("\"escaped unicode outside BMP \\u{1F600}\"", ["String \"escaped unicode outside BMP 😀\"@1:1"]),
    ("\"\\u{0}\"", ["String \"\u{0}\"@1:1"]),
    ("\"\\u{00000000}\"", ["String \"\u{0}\"@1:1"]),
    ("\"\\u{10FFFF}\"", ["String \"􏿿\"@1:1"]),
    ("\"\\uD83D\\uDE00\"", ["String \"😀\"@1:1"]),
    ("\"\\uD83D\\uDE00 x\"", ["String \"😀 x\"@1:1"]),
    ("\"é à ü\"", ["String \"é à ü\"@1:1"]),
    ("\"\\u0000\"", ["String \"\u{0}\"@1:1"]),
    ("\"with\u{7}bell\"", ["String \"with\u{7}bell\"@1:1"]),
    ("\"a\" \"b\"", ["String \"a\"@1:1", "String \"b\"@1:5"]),
    // block strings
    ("\"\"\"\"\"\"", ["BlockString \"\"@1:1"]),
    ("\"\"\"simple\"\"\"", ["BlockString \"simple\"@1:1"]),
    ("\"\"\" white space \"\"\"", ["BlockString \" white space \"@1:1"]),
    ("\"\"\"contains \" quote\"\"\"", ["BlockString \"contains \" quote\"@1:1"]),
    ("\"\"\"contains \\\"\"\" triplequote\"\"\"", ["BlockString \"contains \"\"\" triplequote\"@1:1"]),
    ("\"\"\"multi\nline\"\"\"", ["BlockString \"multi\nline\"@1:1"]),
    ("\"\"\"multi\rline\r\nnormalized\"\"\"", ["BlockString \"multi\nline\nnormalized\"@1:1"]),
    ("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", ["BlockString \"unescaped \\n\\r\\b\\t\\f\\u1234\"@1:1"]),
    ("\"\"\"unescaped unicode outside BMP 😀\"\"\"", ["BlockString \"unescaped unicode outside BMP 😀\"@1:1"]),
    ("\"\"\"slashes \\\\ \\/\"\"\"", ["BlockString \"slashes \\\\ \\/\"@1:1"]),
    (
        "\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"",
        ["BlockString \"spans\n  multiple\n    lines\"@1:1"]
    ),
    ("\"\"\"\n  a\n    b\n\"\"\"  x", ["BlockString \"a\n  b\"@1:1", "Name \"x\"@4:6"]),
    ("\"\"\"é\nü\"\"\"  x", ["BlockString \"é\nü\"@1:1", "Name \"x\"@2:7"]),
    ("\"\"\"  \n  \n\"\"\"", ["BlockString \"\"@1:1"]),
    ("\"\"\"\t\ta\n\t\tb\"\"\"", ["BlockString \"\t\ta\nb\"@1:1"]),
    ("\"\"\"a\\\"\"\"\"\"\" x", ["BlockString \"a\"\"\"\"@1:1", "Name \"x\"@1:13"]),
    ("\"\"\"\\\"\"\"\"\"\"\"", ["BlockString \"\"\"\"\"@1:1", "Syntax Error: Unterminated string. (1:12)"]),
    ("\"\"\"first\n  second\n third\"\"\"", ["BlockString \"first\n second\nthird\"@1:1"]),
    // ignored
    ("\u{FEFF}{", ["\"{\"@1:2"]),
    ("\u{FEFF}\u{FEFF}a", ["Name \"a\"@1:3"]),
    ("a,b,,c", ["Name \"a\"@1:1", "Name \"b\"@1:3", "Name \"c\"@1:6"]),
    ("a\r\nb", ["Name \"a\"@1:1", "Name \"b\"@2:1"]),
    ("a\rb", ["Name \"a\"@1:1", "Name \"b\"@2:1"]),
    ("a\nb", ["Name \"a\"@1:1", "Name \"b\"@2:1"]),
    ("a\r\rb", ["Name \"a\"@1:1", "Name \"b\"@3:1"]),
    ("a\n\r\nb", ["Name \"a\"@1:1", "Name \"b\"@3:1"]),
    ("# comment\na", ["Name \"a\"@2:1"]),
    ("a # comment\nb", ["Name \"a\"@1:1", "Name \"b\"@2:1"]),
    ("#\n#\na", ["Name \"a\"@3:1"]),
    ("# é 😀 comment\r\n  b", ["Name \"b\"@2:3"]),
    ("\t a", ["Name \"a\"@1:3"]),
    ("a", ["Name \"a\"@1:1"]),
    // columns
    ("\"é\" a", ["String \"é\"@1:1", "Name \"a\"@1:5"]),
    ("\"😀\" a", ["String \"😀\"@1:1", "Name \"a\"@1:6"]),
    ("\"ab😀cd\" a", ["String \"ab😀cd\"@1:1", "Name \"a\"@1:10"]),
    ("\"\\u{1F600}\" a", ["String \"😀\"@1:1", "Name \"a\"@1:13"]),
    ("\"\"\"😀\"\"\" a", ["BlockString \"😀\"@1:1", "Name \"a\"@1:10"]),
    ("\"\"\"a\n😀\"\"\" b", ["BlockString \"a\n😀\"@1:1", "Name \"b\"@2:7"]),
    ("# 😀\n\"😀\" a", ["String \"😀\"@2:1", "Name \"a\"@2:6"]),
    ("\u{FEFF}a b", ["Name \"a\"@1:2", "Name \"b\"@1:4"]),
    // errors
    ("\u{7}", ["Syntax Error: Unexpected character: U+0007. (1:1)"]),
    (" ", ["Syntax Error: Unexpected character: U+00A0. (1:1)"]),
    ("é", ["Syntax Error: Unexpected character: U+00E9. (1:1)"]),
    ("😀", ["Syntax Error: Unexpected character: U+1F600. (1:1)"]),
    ("?", ["Syntax Error: Unexpected character: \"?\". (1:1)"]),
    ("'", ["Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")? (1:1)"]),
    (".", ["Syntax Error: Unexpected character: \".\". (1:1)"]),
    ("..", ["Syntax Error: Unexpected character: \".\". (1:1)"]),
    (". . .", ["Syntax Error: Unexpected character: \".\". (1:1)"]),
    ("~", ["Syntax Error: Unexpected character: \"~\". (1:1)"]),
    ("\\", ["Syntax Error: Unexpected character: \"\\\". (1:1)"]),
    ("a.b", ["Name \"a\"@1:1", "Syntax Error: Unexpected character: \".\". (1:2)"]),
    ("-", ["Syntax Error: Invalid number, expected digit but got: <EOF>. (1:2)"]),
    ("-a", ["Syntax Error: Invalid number, expected digit but got: \"a\". (1:2)"]),
    ("--1", ["Syntax Error: Invalid number, expected digit but got: \"-\". (1:2)"]),
    ("1.", ["Syntax Error: Invalid number, expected digit but got: <EOF>. (1:3)"]),
    ("1.a", ["Syntax Error: Invalid number, expected digit but got: \"a\". (1:3)"]),
    ("1.A", ["Syntax Error: Invalid number, expected digit but got: \"A\". (1:3)"]),
    ("1e", ["Syntax Error: Invalid number, expected digit but got: <EOF>. (1:3)"]),
    ("1e+", ["Syntax Error: Invalid number, expected digit but got: <EOF>. (1:4)"]),
    ("1eX", ["Syntax Error: Invalid number, expected digit but got: \"X\". (1:3)"]),
    ("1.5e", ["Syntax Error: Invalid number, expected digit but got: <EOF>. (1:5)"]),
    ("00", ["Syntax Error: Invalid number, unexpected digit after 0: \"0\". (1:2)"]),
    ("01", ["Syntax Error: Invalid number, unexpected digit after 0: \"1\". (1:2)"]),
    ("-01", ["Syntax Error: Invalid number, unexpected digit after 0: \"1\". (1:3)"]),
    ("0x", ["Syntax Error: Invalid number, expected digit but got: \"x\". (1:2)"]),
    ("1_", ["Syntax Error: Invalid number, expected digit but got: \"_\". (1:2)"]),
    ("1a", ["Syntax Error: Invalid number, expected digit but got: \"a\". (1:2)"]),
    ("1.0.1", ["Syntax Error: Invalid number, expected digit but got: \".\". (1:4)"]),
    ("1..1", ["Syntax Error: Invalid number, expected digit but got: \".\". (1:3)"]),
    ("1.0e1.0", ["Syntax Error: Invalid number, expected digit but got: \".\". (1:6)"]),
    ("0_", ["Syntax Error: Invalid number, expected digit but got: \"_\". (1:2)"]),
    ("1.5x", ["Syntax Error: Invalid number, expected digit but got: \"x\". (1:4)"]),
    ("\"", ["Syntax Error: Unterminated string. (1:2)"]),
    ("\"abc", ["Syntax Error: Unterminated string. (1:5)"]),
    ("\"abc\ndef\"", ["Syntax Error: Unterminated string. (1:5)"]),
    ("\"abc\rdef\"", ["Syntax Error: Unterminated string. (1:5)"]),
    ("\"\"\"abc", ["Syntax Error: Unterminated string. (1:7)"]),
    ("\"\"\"abc\"\"", ["Syntax Error: Unterminated string. (1:9)"]),
    ("\"\\x\"", ["Syntax Error: Invalid character escape sequence: \"\\x\". (1:2)"]),
    ("\"\\é\"", ["Syntax Error: Invalid character escape sequence: \"\\é\". (1:2)"]),
    ("\"\\", ["Syntax Error: Invalid character escape sequence: \"\\\". (1:2)"]),
    ("\"\\u\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u\"\". (1:2)"]),
    ("\"\\u1\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u1\"\". (1:2)"]),
    ("\"\\u12\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\". (1:2)"]),
    ("\"\\u123\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u123\"\". (1:2)"]),
    ("\"\\uXYZW\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\". (1:2)"]),
    ("\"\\u{}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{}\". (1:2)"]),
    ("\"\\u{\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{\"\". (1:2)"]),
    ("\"\\u{12\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{12\"\". (1:2)"]),
    ("\"\\u{1F600\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\". (1:2)"]),
    ("\"\\u{110000}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\". (1:2)"]),
    ("\"\\u{D800}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\". (1:2)"]),
    ("\"\\u{DFFF}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{DFFF}\". (1:2)"]),
    ("\"\\u{000000000}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\". (1:2)"]),
    ("\"\\u{80000000}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{80000000\". (1:2)"]),
    ("\"\\u{FFFFFFFF}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\". (1:2)"]),
    ("\"\\uD800\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uD800\". (1:2)"]),
    ("\"\\uDBFF\\uDBFF\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uDBFF\". (1:2)"]),
    ("\"\\uD83Dx\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\". (1:2)"]),
    ("\"\\uD83D\\u0041\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\". (1:2)"]),
    ("\"\\uDE00\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\". (1:2)"]),
    ("\"\\u{1F600}\\uDE00\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\". (1:11)"]),
    ("\"\\u{zz}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{z\". (1:2)"]),
    ("\"\\u{1é}\"", ["Syntax Error: Invalid Unicode escape sequence: \"\\u{1é\". (1:2)"]),
    ("a\n  ?", ["Name \"a\"@1:1", "Syntax Error: Unexpected character: \"?\". (2:3)"]),
    ("a\r\n  ?", ["Name \"a\"@1:1", "Syntax Error: Unexpected character: \"?\". (2:3)"]),
    ("\"é\" ?", ["String \"é\"@1:1", "Syntax Error: Unexpected character: \"?\". (1:5)"]),
    ("\"\"\"\n\n\"\"\"  ?", ["BlockString \"\"@1:1", "Syntax Error: Unexpected character: \"?\". (3:6)"]),
    ("# é\n ?", ["Syntax Error: Unexpected character: \"?\". (2:2)"]),
]

@Suite("Lexer")
struct LexerTests {
    @Test("reads every token and error as graphql-js does", arguments: lexerCases)
    func readsAsGraphQLJSDoes(source: String, expected: [String]) {
        #expect(lexTokens(source) == expected)
    }

    @Test("reports bytes that are not UTF-8 outside strings, at their place")
    func reportsInvalidUTF8OutsideStrings() {
        #expect(
            lexTokens(bytes: [0x61, 0x20, 0xFF]) == [
                "Name \"a\"@1:1", "Syntax Error: Invalid character: byte 0xFF is not valid UTF-8. (1:3)",
            ])
        // A lone continuation byte, an overlong encoding and an encoded surrogate.
        #expect(lexTokens(bytes: [0x80]) == ["Syntax Error: Invalid character: byte 0x80 is not valid UTF-8. (1:1)"])
        #expect(
            lexTokens(bytes: [0xC0, 0xAF]) == ["Syntax Error: Invalid character: byte 0xC0 is not valid UTF-8. (1:1)"])
        #expect(
            lexTokens(bytes: [0xED, 0xA0, 0x80]) == [
                "Syntax Error: Invalid character: byte 0xED is not valid UTF-8. (1:1)"
            ])
    }

    @Test("reports bytes that are not UTF-8 inside strings, block strings and comments")
    func reportsInvalidUTF8InsideStrings() {
        // "a<F0 9F 98>" — a four-byte sequence cut short.
        #expect(
            lexTokens(bytes: [0x22, 0x61, 0xF0, 0x9F, 0x98, 0x22]) == [
                "Syntax Error: Invalid character within String: byte 0xF0 is not valid UTF-8. (1:3)"
            ])
        #expect(
            lexTokens(bytes: Array("\"\"\"a\n".utf8) + [0xFE] + Array("\"\"\"".utf8)) == [
                "Syntax Error: Invalid character within String: byte 0xFE is not valid UTF-8. (2:1)"
            ])
        // In a comment the bad byte ends the comment and is then reported.
        #expect(
            lexTokens(bytes: Array("# ok ".utf8) + [0xC3, 0x28]) == [
                "Syntax Error: Invalid character: byte 0xC3 is not valid UTF-8. (1:6)"
            ])
    }

    @Test("prints a byte that is not UTF-8 after a number as U+FFFD, as graphql-js reads it")
    func printsInvalidByteAfterNumberAsReplacementCharacter() {
        #expect(
            lexTokens(bytes: Array("1.".utf8) + [0xFF]) == [
                "Syntax Error: Invalid number, expected digit but got: U+FFFD. (1:3)"
            ])
    }

    @Test("keeps returning the end of the file once reached")
    func keepsReturningEndOfFile() throws {
        let bytes: [UInt8] = Array("a".utf8)
        let kinds = try bytes.withUnsafeBufferPointer { (buffer) throws(GraphQLError) -> [TokenKind] in
            var lexer = Lexer(bytes: buffer)
            return [try lexer.nextToken().kind, try lexer.nextToken().kind, try lexer.nextToken().kind]
        }
        #expect(kinds == [.name, .endOfFile, .endOfFile])
    }

    @Test("records each token's byte range")
    func recordsByteRanges() throws {
        let bytes: [UInt8] = Array("  \"é\"  abc".utf8)
        let ranges = try bytes.withUnsafeBufferPointer { (buffer) throws(GraphQLError) -> [ClosedRange<UInt32>] in
            var lexer = Lexer(bytes: buffer)
            let string = try lexer.nextToken()
            let name = try lexer.nextToken()
            let end = try lexer.nextToken()
            return [string.start...string.end, name.start...name.end, end.start...end.end]
        }
        #expect(ranges == [2...6, 8...11, 11...11])
    }

    @Test("classifies every byte value as NameContinue or not, in each of a word's eight places")
    func classifiesNameBytesInWords() {
        func isNameContinue(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
                || (byte >= 0x30 && byte <= 0x39)
        }
        var mismatches: [String] = []
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                // The byte among name characters, then among bytes that are not.
                for filler: UInt8 in [0x61, 0x20] {
                    var word: UInt64 = 0
                    for index in 0..<8 {
                        word |= UInt64(index == place ? byte : filler) << (8 * UInt64(index))
                    }
                    let stop = (Lexer.nonNameBytes(word) >> (8 * UInt64(place))) & 0x80 != 0
                    if stop == isNameContinue(byte) {
                        mismatches.append("byte \(byte) at place \(place) among \(filler)")
                    }
                }
            }
        }
        #expect(mismatches == [])
    }

    @Test("ends names of every length at the byte that follows, in mid-buffer and at its end")
    func endsNamesOfEveryLength() throws {
        for length in 1...40 {
            let name = String((0..<length).map { Character(UnicodeScalar(UInt8(0x61 + $0 % 26))) })
            for text in [name, name + " x" + String(repeating: " ", count: 20), name + "(", name + "é", "  " + name] {
                let bytes = Array(text.utf8)
                let token = try bytes.withUnsafeBufferPointer { (buffer) throws(GraphQLError) -> Token in
                    var lexer = Lexer(bytes: buffer)
                    return try lexer.nextToken()
                }
                let start = text.hasPrefix(" ") ? 2 : 0
                #expect(token.kind == .name && token.start == start && token.end == start + length, "\(text)")
            }
        }
    }

    @Test("skips runs of spaces of every length, keeping columns")
    func skipsRunsOfSpaces() {
        for spaces in 0...20 {
            let indent = String(repeating: " ", count: spaces)
            #expect(
                lexTokens(indent + "a\n" + indent + "}") == ["Name \"a\"@1:\(spaces + 1)", "\"}\"@2:\(spaces + 1)"])
        }
    }

    @Test("makes short texts, ASCII or not, equal to the standard library's strings")
    func makesShortTexts() {
        var texts = (0...15).map { String(repeating: "a", count: $0) }
        texts += ["Z09_", "fifteen_chars_x", "é", "caféé", "日本語", "\u{1F600}ab"]
        for text in texts {
            // At the start of a long buffer (read a word at a time) and at the end of one (byte by byte).
            for (prefix, suffix) in [("", String(repeating: "-", count: 20)), (String(repeating: "-", count: 20), "")] {
                let bytes = Array((prefix + text + suffix).utf8)
                let start = prefix.utf8.count
                let made = bytes.withUnsafeBufferPointer { buffer in
                    Lexer.smallString(from: start, to: start + text.utf8.count, in: buffer)
                }
                #expect(made == text)
                #expect(made.hashValue == text.hashValue)
                #expect(made.utf8.count == text.utf8.count && made.count == text.count)
                #expect(made + "!" == text + "!")
            }
        }
        // Bytes that are not UTF-8 are repaired, as `String(decoding:as:)` does.
        let invalid: [UInt8] = [0x61, 0xFF, 0x62]
        let repaired = invalid.withUnsafeBufferPointer { Lexer.smallString(from: 0, to: 3, in: $0) }
        #expect(repaired == String(decoding: invalid, as: UTF8.self))
    }
}
