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
    ///
    /// The offset being read is kept in a local variable, so that it stays in a register, and
    /// stored back in `position` by whatever reads a token or reports an error.
    @inline(__always)
    mutating func nextToken() throws(GraphQLError) -> Token {
        let count = bytes.count
        var offset = position
        while offset < count {
            switch bytes[offset] {
            // WhiteSpace (tab, space) and Comma are ignored (§2.1.3, §2.1.5).
            case 0x20:
                offset = skipSpaces(from: offset &+ 1)
            case 0x09, 0x2C:
                offset &+= 1
            // LineTerminator (§2.1.2). A new line usually starts with indentation.
            case 0x0A:
                offset &+= 1
                startLine(at: offset)
                offset = skipSpaces(from: offset)
            case 0x0D:
                offset &+= byte(at: offset &+ 1) == 0x0A ? 2 : 1
                startLine(at: offset)
            // UnicodeBOM (§2.1.1), EF BB BF: three bytes, one UTF-16 code unit.
            case 0xEF where byte(at: offset &+ 1) == 0xBB && byte(at: offset &+ 2) == 0xBF:
                offset &+= 3
                lineExtraBytes &+= 2
            case 0x23:
                position = offset
                skipComment()
                offset = position
            // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }
            case 0x21: return makeToken(.bang, start: offset, end: offset &+ 1)
            case 0x24: return makeToken(.dollar, start: offset, end: offset &+ 1)
            case 0x26: return makeToken(.amp, start: offset, end: offset &+ 1)
            case 0x28: return makeToken(.parenL, start: offset, end: offset &+ 1)
            case 0x29: return makeToken(.parenR, start: offset, end: offset &+ 1)
            case 0x2E where byte(at: offset &+ 1) == 0x2E && byte(at: offset &+ 2) == 0x2E:
                return makeToken(.spread, start: offset, end: offset &+ 3)
            case 0x3A: return makeToken(.colon, start: offset, end: offset &+ 1)
            case 0x3D: return makeToken(.equals, start: offset, end: offset &+ 1)
            case 0x40: return makeToken(.at, start: offset, end: offset &+ 1)
            case 0x5B: return makeToken(.bracketL, start: offset, end: offset &+ 1)
            case 0x5D: return makeToken(.bracketR, start: offset, end: offset &+ 1)
            case 0x7B: return makeToken(.braceL, start: offset, end: offset &+ 1)
            case 0x7C: return makeToken(.pipe, start: offset, end: offset &+ 1)
            case 0x7D: return makeToken(.braceR, start: offset, end: offset &+ 1)
            // Name :: NameStart NameContinue* [lookahead != NameContinue] (graphql-js `readName`)
            case 0x41...0x5A, 0x5F, 0x61...0x7A:
                return makeToken(.name, start: offset, end: nameEnd(from: offset &+ 1))
            // StringValue
            case 0x22:
                position = offset
                if byte(at: offset &+ 1) == 0x22 && byte(at: offset &+ 2) == 0x22 {
                    return try readBlockString()
                }
                return try readString()
            // IntValue, FloatValue
            case 0x2D, 0x30...0x39:
                position = offset
                return try readNumber()
            default:
                position = offset
                throw unexpectedCharacterError()
            }
        }
        return makeToken(.endOfFile, start: count, end: count)
    }

    /// The offset of the first byte from `start` on that is not a space.
    ///
    /// Indentation comes in runs, so eight bytes are compared at a time while eight remain.
    @inline(__always)
    func skipSpaces(from start: Int) -> Int {
        let count = bytes.count
        var offset = start
        if let base = bytes.baseAddress {
            while offset &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                let other = word ^ 0x2020_2020_2020_2020
                if other != 0 {
                    return offset &+ other.trailingZeroBitCount &>> 3
                }
                offset &+= 8
            }
        }
        while offset < count && bytes[offset] == 0x20 {
            offset &+= 1
        }
        return offset
    }

    /// The offset just past the name whose NameContinue characters start at `start`.
    ///
    /// Eight bytes are classified at a time while eight remain (see `nonNameBytes`).
    @inline(__always)
    func nameEnd(from start: Int) -> Int {
        let count = bytes.count
        var offset = start
        if let base = bytes.baseAddress {
            while offset &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                let stops = Lexer.nonNameBytes(word)
                if stops != 0 {
                    return offset &+ stops.trailingZeroBitCount &>> 3
                }
                offset &+= 8
            }
        }
        while offset < count && Lexer.isNameContinue(bytes[offset]) {
            offset &+= 1
        }
        return offset
    }

    /// For each byte of `word` (the first in the low bits), its high bit set when it is not
    /// NameContinue (a letter, a digit or `_`), and every other bit clear.
    ///
    /// Each test works on the bytes' low seven bits, so that no addition carries into the next
    /// byte: `x + (0x80 - low)` has its high bit set when x >= low, and `x + (0x7F - high)` when
    /// x > high. Bytes with their high bit set are never NameContinue.
    @inline(__always)
    static func nonNameBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ascii = word & ~highBits
        // Letters, folded to lower case: a ... z.
        let folded = ascii | ones &* 0x20
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
        // Digits: 0 ... 9.
        let digit = (ascii &+ ones &* (0x80 - 0x30)) & ~(ascii &+ ones &* (0x7F - 0x39))
        // `_`: the byte equal to 0x5F has no bit left after the exclusive or.
        let underscore = ~((ascii ^ ones &* 0x5F) &+ ones &* 0x7F)
        let isName = (letter | digit | underscore) & ~word & highBits
        return isName ^ highBits
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

    /// Notes that a new line starts at `offset`.
    @inline(__always)
    mutating func startLine(at offset: Int) {
        line &+= 1
        lineStart = offset
        lineExtraBytes = 0
    }

    /// A token of `kind` over `start..<end`, on the current line; also moves past it.
    @inline(__always)
    mutating func makeToken(_ kind: TokenKind, start: Int, end: Int, hasEscape: Bool = false) -> Token {
        let column = 1 &+ start &- lineStart &- lineExtraBytes
        position = end
        return Token(
            kind: kind, hasEscape: hasEscape, start: UInt32(truncatingIfNeeded: start),
            end: UInt32(truncatingIfNeeded: end), line: UInt32(truncatingIfNeeded: line),
            column: UInt32(truncatingIfNeeded: column))
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
        if end &- start <= 15 {
            return Lexer.smallString(from: start, to: end, in: bytes)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The bytes of `start..<end`, at most 15, as a string: a name, a number, a short string.
    ///
    /// Names are made by the hundred in every document, so the common case skips the standard
    /// library's checks, which cost more than the rest of reading a name. On 64-bit little-endian
    /// platforms a string of at most 15 ASCII bytes is stored inline ("small"), as two words: the
    /// bytes in order, then in the top byte of the second word the flags 0xE0 (immortal, small,
    /// ASCII) and the length. That layout is part of the standard library's ABI (`_StringObject`,
    /// inlined into every compiled client on Apple platforms), and a test compares the strings
    /// made here with the standard library's for every length. Text that is not ASCII, and other
    /// platforms, go through `String(unsafeUninitializedCapacity:)`, which validates it.
    @inline(__always)
    static func smallString(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = end &- start
        #if _pointerBitWidth(_64) && _endian(little)
        if let base = bytes.baseAddress {
            var low: UInt64 = 0
            var high: UInt64 = 0
            if start &+ 16 <= bytes.count {
                // Two loads, then the bytes past the text masked off.
                let text = UnsafeRawPointer(base + start)
                low = text.loadUnaligned(as: UInt64.self) & lowBytesMask(count)
                high = text.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & lowBytesMask(count &- 8)
            } else {
                for index in 0..<count {
                    let byte = UInt64(base[start &+ index])
                    if index < 8 {
                        low |= byte &<< (index &* 8)
                    } else {
                        high |= byte &<< ((index &- 8) &* 8)
                    }
                }
            }
            if (low | high) & 0x8080_8080_8080_8080 == 0 {
                // The words are moved out as a string, not bit-cast: a cast would retain it.
                var words = (low, high | (0xE0 | UInt64(count)) &<< 56)
                return withUnsafeMutablePointer(to: &words) { words in
                    // safe: the small ASCII layout above; the tuple and String have the same size
                    words.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
                }
            }
        }
        #endif
        return String(unsafeUninitializedCapacity: count) { storage in
            guard let source = bytes.baseAddress, let target = storage.baseAddress else { return 0 }
            target.update(from: source + start, count: count)
            return count
        }
    }

    /// A mask of the low `count` bytes of a word: none for `count <= 0`, all for `count >= 8`.
    @inline(__always)
    private static func lowBytesMask(_ count: Int) -> UInt64 {
        if count >= 8 { return .max }
        if count <= 0 { return 0 }
        return (1 &<< (UInt64(count) &* 8)) &- 1
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
