/// The kinds of lexical token (spec §2.1.6, "Lexical Tokens"), plus the start- and end-of-file
/// markers the parser works with.
enum TokenKind: UInt8, Sendable {
    case startOfFile
    case endOfFile
    case bang
    case dollar
    case amp
    case parenL
    case parenR
    case spread
    case colon
    case equals
    case at
    case bracketL
    case bracketR
    case braceL
    case pipe
    case braceR
    case name
    case int
    case float
    case string
    case blockString

    /// The kind as graphql-js's `getTokenKindDesc` words it: punctuators quoted (`"{"`), other
    /// kinds by name (`Name`, `<EOF>`).
    var description: String {
        switch self {
        case .startOfFile: "<SOF>"
        case .endOfFile: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .amp: "\"&\""
        case .parenL: "\"(\""
        case .parenR: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketL: "\"[\""
        case .bracketR: "\"]\""
        case .braceL: "\"{\""
        case .pipe: "\"|\""
        case .braceR: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }

    /// Whether tokens of this kind carry a value (a name, a number or a string) that error
    /// messages quote after the kind.
    var hasValue: Bool {
        switch self {
        case .name, .int, .float, .string, .blockString: true
        default: false
        }
    }
}

/// One lexical token: its kind and where it was written, as a byte range of the source.
///
/// Tokens hold no `String`: the parser makes strings only for the names and values that go
/// into the syntax tree, by asking the lexer for the token's text.
struct Token: Sendable {
    /// What the token is.
    var kind: TokenKind
    /// For `.string` tokens, whether the string holds an escape sequence and so needs decoding.
    var hasEscape: Bool
    /// The offset of the token's first byte.
    var start: UInt32
    /// The offset just past the token's last byte.
    var end: UInt32
    /// The line of the token's first character, from 1.
    var line: UInt32
    /// The column of the token's first character, from 1, in UTF-16 code units.
    var column: UInt32

    /// A location for a syntax node that starts at this token and ends at `end`.
    @inline(__always)
    func location(endingAt end: UInt32) -> Location {
        Location(start: start, end: end, line: line, column: column)
    }
}
