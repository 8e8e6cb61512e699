/// Every syntax error the lexer and parser raise, worded in this one place as graphql-js 16
/// words it (its `syntaxError` helper and the messages of its lexer and parser).
///
/// A case carries the parts of its message already printed (a token's description such as
/// `Name "x"`, or a character such as `"?"` or `U+00E9`); `error(at:in:)` renders the message
/// with the line and column of the offending byte.
enum SyntaxError: Sendable, Equatable {
    /// A character that cannot start a token: `Unexpected character: "?".`
    case unexpectedCharacter(String)
    /// A `'`, with the hint to use `"`.
    case unexpectedSingleQuote
    /// Bytes that are not UTF-8 outside a string (our wording; graphql-js reads decoded text).
    case invalidUTF8(byte: UInt8)
    /// Bytes that are not UTF-8 inside a string or block string.
    case invalidUTF8InString(byte: UInt8)
    /// `0` followed by a digit: `Invalid number, unexpected digit after 0: "1".`
    case digitAfterZero(String)
    /// A number missing a digit or followed by `.` or a name: `Invalid number, expected digit but got: "a".`
    case expectedDigit(String)
    /// A string or block string without its closing quotes.
    case unterminatedString
    /// A `\u` escape that is not a Unicode scalar value, quoted as written.
    case invalidUnicodeEscape(String)
    /// A `\` followed by a character that has no escape meaning, quoted as written.
    case invalidCharacterEscape(String)
    /// A token of the wrong kind: `Expected Name, found "}".` (`expected` is already printed:
    /// a kind description or a quoted keyword).
    case expected(String, found: String)
    /// A token that cannot come here: `Unexpected Name "fragment".`
    case unexpected(String)
    /// A description before something other than a type-system definition.
    case unexpectedDescription
    /// A variable in a constant value; carries the variable's name.
    case variableInConstantValue(String)
    /// `true`, `false` or `null` used as an enum value; carries the token's description.
    case reservedEnumValue(String)
    /// More tokens than `ParseOptions.maxTokens`.
    case tooManyTokens(Int)
    /// Nesting deeper than `ParseOptions.maxDepth` (our own limit).
    case tooDeep(Int)

    /// The full message, `Syntax Error: …`.
    var message: String {
        "Syntax Error: " + description
    }

    private var description: String {
        switch self {
        case .unexpectedCharacter(let character):
            "Unexpected character: \(character)."
        case .unexpectedSingleQuote:
            "Unexpected single quote character ('), did you mean to use a double quote (\")?"
        case .invalidUTF8(let byte):
            "Invalid character: byte \(Self.hex(byte)) is not valid UTF-8."
        case .invalidUTF8InString(let byte):
            "Invalid character within String: byte \(Self.hex(byte)) is not valid UTF-8."
        case .digitAfterZero(let character):
            "Invalid number, unexpected digit after 0: \(character)."
        case .expectedDigit(let character):
            "Invalid number, expected digit but got: \(character)."
        case .unterminatedString:
            "Unterminated string."
        case .invalidUnicodeEscape(let text):
            "Invalid Unicode escape sequence: \"\(text)\"."
        case .invalidCharacterEscape(let text):
            "Invalid character escape sequence: \"\(text)\"."
        case .expected(let expected, let found):
            "Expected \(expected), found \(found)."
        case .unexpected(let found):
            "Unexpected \(found)."
        case .unexpectedDescription:
            "Unexpected description, descriptions are supported only on type definitions."
        case .variableInConstantValue(let name):
            "Unexpected variable \"$\(name)\" in constant value."
        case .reservedEnumValue(let token):
            "\(token) is reserved and cannot be used for an enum value."
        case .tooManyTokens(let limit):
            // graphql-js 16 words it "more that"; kept word for word, as clients compare.
            "Document contains more that \(limit) tokens. Parsing aborted."
        case .tooDeep(let limit):
            "Document nesting exceeds the maximum depth of \(limit)."
        }
    }

    /// The error as a client sees it, located at the byte `offset` of `bytes`.
    func error(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> GraphQLError {
        GraphQLError(message, locations: [Self.sourceLocation(of: offset, in: bytes)])
    }

    /// The line and column of the byte at `offset`, counting lines as the spec's
    /// LineTerminator does (`\n`, `\r\n`, `\r`) and columns in UTF-16 code units (§2.1.2).
    static func sourceLocation(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let limit = min(offset, bytes.count)
        while index < limit {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    index += 1
                    if index >= limit { break }
                }
                line += 1
                column = 1
            } else {
                column += UTF8Scanner.utf16Width(ofByte: byte)
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// A token as graphql-js's `getTokenDesc` describes it: `<EOF>`, `"{"`, `Name "x"`,
    /// `String "abc"` (the decoded value).
    static func describe(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard token.kind.hasValue else { return token.kind.description }
        return token.kind.description + " \"" + Lexer(bytes: bytes).value(of: token) + "\""
    }

    // The parser's errors, made out of line from the bytes alone, so that the recursive parsing
    // functions keep small stack frames (each level of nesting costs one of each).

    /// The error `error`, located at `token`.
    @inline(never)
    static func error(_ error: SyntaxError, at token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> GraphQLError {
        error.error(at: Int(token.start), in: bytes)
    }

    /// `Expected <expected>, found <token>.`
    @inline(never)
    static func expectation(_ expected: String, found token: Token, in bytes: UnsafeBufferPointer<UInt8>)
        -> GraphQLError
    {
        SyntaxError.expected(expected, found: describe(token, in: bytes)).error(at: Int(token.start), in: bytes)
    }

    /// `Unexpected <token>.`
    @inline(never)
    static func unexpectedToken(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> GraphQLError {
        SyntaxError.unexpected(describe(token, in: bytes)).error(at: Int(token.start), in: bytes)
    }

    /// `<token> is reserved and cannot be used for an enum value.`
    @inline(never)
    static func reservedEnumValue(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> GraphQLError {
        SyntaxError.reservedEnumValue(describe(token, in: bytes)).error(at: Int(token.start), in: bytes)
    }

    /// The character at `offset` as graphql-js's `printCodePointAt` prints it: `<EOF>` past
    /// the end, printable ASCII quoted (`"a"`, or `'"'` for a double quote), anything else as
    /// `U+XXXX`; bytes that are not UTF-8 print as the replacement character, U+FFFD.
    static func printCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset < bytes.count else { return TokenKind.endOfFile.description }
        let byte = bytes[offset]
        if byte >= 0x20 && byte <= 0x7E {
            return byte == 0x22 ? "'\"'" : "\"" + String(UnicodeScalar(byte)) + "\""
        }
        let scalar = UTF8Scanner.decode(at: offset, in: bytes)?.scalar ?? 0xFFFD
        var digits = String(scalar, radix: 16, uppercase: true)
        while digits.count < 4 { digits = "0" + digits }
        return "U+" + digits
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }
}
