/// Turns a source's UTF-8 bytes into tokens, one at a time, as the parser asks for them
/// (spec §2.1, "Source Text"; graphql-js `Lexer`).
///
/// The lexer reads bytes, never `Character`s: ASCII, which makes up all of GraphQL's syntax, is
/// handled a byte at a time; other characters may appear only in strings, comments and the byte
/// order mark, where they are checked to be well-formed UTF-8. Ignored tokens (§2.1.7: the byte
/// order mark, white space, line terminators, comments and commas) are skipped.
///
/// It tracks the current line and, for columns counted in UTF-16 code units as graphql-js counts
/// them, how many more bytes than code units the current line has used so far.
///
/// The lexer works on a buffer it does not own: use it only inside
/// `source.bytes.withUnsafeBufferPointer`, as `parse` does.
struct Lexer {
    /// The source's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    var position = 0
    /// The line the next byte is on, from 1.
    var line = 1
    /// The offset where the current line starts.
    var lineStart = 0
    /// How many more bytes than UTF-16 code units the characters between `lineStart` and
    /// `position` take (non-ASCII characters take more bytes than code units).
    var lineExtraBytes = 0
    /// The layout of the last block string read, kept for computing its value.
    var lastBlockString: BlockStringLayout?

    /// A lexer at the start of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at `offset`, or -1 past the end (graphql-js reads `NaN` there).
    @inline(__always)
    func byte(at offset: Int) -> Int {
        offset < bytes.count ? Int(bytes[offset]) : -1
    }

    /// Reads the next token, skipping ignored tokens; at the end returns `.endOfFile` tokens
    /// (graphql-js `readNextToken`).
    ///
    /// Token :: Punctuator | Name | IntValue | FloatValue | StringValue
    mutating func nextToken() throws(GraphQLError) -> Token {
        let count = bytes.count
        while position < count {
            let code = bytes[position]
            switch code {
            // WhiteSpace (tab, space) and Comma are ignored (§2.1.3, §2.1.5).
            case 0x20:
                // Indentation comes in runs: skip them without going round the switch.
                position += 1
                while position < count && bytes[position] == 0x20 {
                    position += 1
                }
                continue
            case 0x09, 0x2C:
                position += 1
                continue
            // LineTerminator (§2.1.2).
            case 0x0A:
                position += 1
                startLine()
                continue
            case 0x0D:
                position += byte(at: position + 1) == 0x0A ? 2 : 1
                startLine()
                continue
            // UnicodeBOM (§2.1.1), EF BB BF: three bytes, one UTF-16 code unit.
            case 0xEF where byte(at: position + 1) == 0xBB && byte(at: position + 2) == 0xBF:
                position += 3
                lineExtraBytes += 2
                continue
            case 0x23:
                skipComment()
                continue
            // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }
            case 0x21: return punctuator(.bang)
            case 0x24: return punctuator(.dollar)
            case 0x26: return punctuator(.amp)
            case 0x28: return punctuator(.parenL)
            case 0x29: return punctuator(.parenR)
            case 0x2E where byte(at: position + 1) == 0x2E && byte(at: position + 2) == 0x2E:
                return punctuator(.spread, length: 3)
            case 0x3A: return punctuator(.colon)
            case 0x3D: return punctuator(.equals)
            case 0x40: return punctuator(.at)
            case 0x5B: return punctuator(.bracketL)
            case 0x5D: return punctuator(.bracketR)
            case 0x7B: return punctuator(.braceL)
            case 0x7C: return punctuator(.pipe)
            case 0x7D: return punctuator(.braceR)
            // StringValue
            case 0x22:
                if byte(at: position + 1) == 0x22 && byte(at: position + 2) == 0x22 {
                    return try readBlockString()
                }
                return try readString()
            // IntValue, FloatValue
            case 0x2D, 0x30...0x39:
                return try readNumber()
            // Name
            case 0x41...0x5A, 0x5F, 0x61...0x7A:
                return readName()
            default:
                throw unexpectedCharacterError()
            }
        }
        return makeToken(.endOfFile, start: count, end: count)
    }

    /// The error for a character that cannot start a token, as graphql-js words it.
    private func unexpectedCharacterError() -> GraphQLError {
        let code = bytes[position]
        if code == 0x27 {
            return SyntaxError.unexpectedSingleQuote.error(at: position, in: bytes)
        }
        if code >= 0x80 && UTF8Scanner.decode(at: position, in: bytes) == nil {
            return SyntaxError.invalidUTF8(byte: code).error(at: position, in: bytes)
        }
        let character = SyntaxError.printCharacter(at: position, in: bytes)
        return SyntaxError.unexpectedCharacter(character).error(at: position, in: bytes)
    }

    /// Notes that a new line starts at `position`.
    @inline(__always)
    mutating func startLine() {
        line += 1
        lineStart = position
        lineExtraBytes = 0
    }

    /// A token of `kind` over `start..<end`, on the current line; also moves past it.
    @inline(__always)
    mutating func makeToken(_ kind: TokenKind, start: Int, end: Int, hasEscape: Bool = false) -> Token {
        let column = 1 + start - lineStart - lineExtraBytes
        position = end
        return Token(
            kind: kind, hasEscape: hasEscape, start: UInt32(truncatingIfNeeded: start),
            end: UInt32(truncatingIfNeeded: end), line: UInt32(truncatingIfNeeded: line),
            column: UInt32(truncatingIfNeeded: column))
    }

    @inline(__always)
    private mutating func punctuator(_ kind: TokenKind, length: Int = 1) -> Token {
        makeToken(kind, start: position, end: position + length)
    }

    /// Skips a comment up to, not including, the line terminator (graphql-js `readComment`).
    ///
    /// Comment :: `#` CommentChar* [lookahead != CommentChar]
    ///
    /// A byte that is not UTF-8 ends the comment, and is then reported as an invalid character.
    private mutating func skipComment() {
        let count = bytes.count
        position += 1
        while position < count {
            let code = bytes[position]
            if code == 0x0A || code == 0x0D { return }
            if code < 0x80 {
                position += 1
            } else if let character = UTF8Scanner.decode(at: position, in: bytes) {
                position += character.length
                lineExtraBytes += character.length - character.utf16Length
            } else {
                return
            }
        }
    }

    /// Reads a name (graphql-js `readName`).
    ///
    /// Name :: NameStart NameContinue* [lookahead != NameContinue]
    private mutating func readName() -> Token {
        let start = position
        let count = bytes.count
        var end = start + 1
        while end < count && Lexer.isNameContinue(bytes[end]) {
            end += 1
        }
        return makeToken(.name, start: start, end: end)
    }

    /// NameStart :: Letter | `_`
    @inline(__always)
    static func isNameStart(_ code: Int) -> Bool {
        (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || code == 0x5F
    }

    /// NameContinue :: Letter | Digit | `_`
    @inline(__always)
    static func isNameContinue(_ code: UInt8) -> Bool {
        // Lowercase first: most name characters are.
        (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || code == 0x5F
            || (code >= 0x30 && code <= 0x39)
    }

    /// Digit :: one of `0` … `9`
    @inline(__always)
    static func isDigit(_ code: Int) -> Bool {
        code >= 0x30 && code <= 0x39
    }

    // MARK: - Token text

    /// The bytes of `start..<end` as a string.
    @inline(__always)
    func text(from start: Int, to end: Int) -> String {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return text.count <= 15 ? Lexer.smallString(text) : String(decoding: text, as: UTF8.self)
    }

    /// A string of at most 15 bytes, such as a name or a number, made without validating it
    /// when it is ASCII.
    ///
    /// `String(decoding:as:)` runs every string through UTF-8 validation and repair; filling a
    /// string's own storage instead lets the standard library build a small (inline) string and
    /// check it is ASCII with one mask, which is all a name or a number can hold. Text that is
    /// not ASCII is still validated (and repaired) by the standard library.
    @inline(__always)
    static func smallString(_ text: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: text.count) { storage in
            guard let source = text.baseAddress, let target = storage.baseAddress else { return 0 }
            target.update(from: source, count: text.count)
            return text.count
        }
    }

    /// The text of a name or number token, as written.
    @inline(__always)
    func text(of token: Token) -> String {
        text(from: Int(token.start), to: Int(token.end))
    }

    /// Whether a name token spells `keyword`, compared byte for byte without making a string.
    @inline(__always)
    func token(_ token: Token, is keyword: StaticString) -> Bool {
        let length = Int(token.end - token.start)
        guard token.kind == .name, length == keyword.utf8CodeUnitCount else { return false }
        let base = Int(token.start)
        let expected = keyword.utf8Start
        for index in 0..<length where bytes[base + index] != expected[index] {
            return false
        }
        return true
    }

    /// The value a token carries, as graphql-js's `token.value`: a name or number as written,
    /// a string decoded, a block string dedented; empty for punctuators.
    func value(of token: Token) -> String {
        switch token.kind {
        case .name, .int, .float: text(of: token)
        case .string: stringValue(of: token)
        case .blockString: blockStringValue(of: token)
        default: ""
        }
    }
}
