/// What an escape sequence in a string stands for (spec §2.9.4).
enum EscapeSequence {
    /// A valid escape: the scalar it stands for and its length in bytes.
    case scalar(UInt32, length: Int)
    /// A `\u` escape that is not a Unicode scalar value; `utf16Length` is how much of the
    /// source graphql-js quotes in its message.
    case invalidUnicode(utf16Length: Int)
    /// A `\` followed by a character with no escape meaning.
    case invalidCharacter
}

extension Lexer {
    /// Reads a string (graphql-js `readString`); its value is decoded later, by `stringValue(of:)`.
    ///
    /// StringValue :: `""` [lookahead != `"`] | `"` StringCharacter+ `"`
    ///
    /// StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator
    /// | `\u` EscapedUnicode | `\` EscapedCharacter
    mutating func readString() throws(GraphQLError) -> Token {
        let start = position
        let count = bytes.count
        var offset = start + 1
        var hasEscape = false
        var extraBytes = 0
        while offset < count {
            offset = UTF8Scanner.skipPlainBytes(from: offset, in: bytes)
            guard offset < count else { break }
            let code = bytes[offset]
            if code == 0x22 {
                let token = makeToken(.string, start: start, end: offset + 1, hasEscape: hasEscape)
                lineExtraBytes += extraBytes
                return token
            }
            if code == 0x5C {
                hasEscape = true
                switch escapeSequence(at: offset) {
                case .scalar(_, let length):
                    offset += length
                case .invalidUnicode(let utf16Length):
                    let text = UTF8Scanner.text(from: offset, utf16Count: utf16Length, in: bytes)
                    throw SyntaxError.invalidUnicodeEscape(text).error(at: offset, in: bytes)
                case .invalidCharacter:
                    let text = UTF8Scanner.text(from: offset, utf16Count: 2, in: bytes)
                    throw SyntaxError.invalidCharacterEscape(text).error(at: offset, in: bytes)
                }
                continue
            }
            if code == 0x0A || code == 0x0D { break }
            if code < 0x80 {
                offset += 1
            } else if let character = UTF8Scanner.decode(at: offset, in: bytes) {
                offset += character.length
                extraBytes += character.length - character.utf16Length
            } else {
                throw SyntaxError.invalidUTF8InString(byte: code).error(at: offset, in: bytes)
            }
        }
        throw SyntaxError.unterminatedString.error(at: offset, in: bytes)
    }

    /// The escape sequence whose `\` is at `offset` (graphql-js `readEscapedUnicodeVariableWidth`,
    /// `readEscapedUnicodeFixedWidth`, `readEscapedCharacter`).
    ///
    /// EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit
    ///
    /// EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
    func escapeSequence(at offset: Int) -> EscapeSequence {
        let next = byte(at: offset + 1)
        if next == 0x75 {  // u
            return byte(at: offset + 2) == 0x7B
                ? variableWidthEscape(at: offset) : fixedWidthEscape(at: offset)
        }
        switch next {
        case 0x22: return .scalar(0x22, length: 2)  // "
        case 0x5C: return .scalar(0x5C, length: 2)  // \
        case 0x2F: return .scalar(0x2F, length: 2)  // /
        case 0x62: return .scalar(0x08, length: 2)  // b
        case 0x66: return .scalar(0x0C, length: 2)  // f
        case 0x6E: return .scalar(0x0A, length: 2)  // n
        case 0x72: return .scalar(0x0D, length: 2)  // r
        case 0x74: return .scalar(0x09, length: 2)  // t
        default: return .invalidCharacter
        }
    }

    /// `\u{…}`: up to eight hex digits naming a Unicode scalar value. The digits are gathered
    /// as graphql-js does, in a 32-bit signed integer, so the same inputs are refused.
    private func variableWidthEscape(at offset: Int) -> EscapeSequence {
        var point: Int32 = 0
        var size = 3
        while size < 12 {
            let code = byte(at: offset + size)
            size += 1
            if code == 0x7D {  // }
                guard size >= 5, Lexer.isScalarValue(Int(point)) else { break }
                return .scalar(UInt32(point), length: size)
            }
            point = (point &<< 4) | Int32(Lexer.hexValue(code))
            if point < 0 { break }
        }
        return .invalidUnicode(utf16Length: size)
    }

    /// `\uXXXX`: four hex digits naming a scalar value, or a leading surrogate followed by
    /// `\uXXXX` naming a trailing surrogate (a JSON-style surrogate pair).
    private func fixedWidthEscape(at offset: Int) -> EscapeSequence {
        let code = hex16(at: offset + 2)
        if Lexer.isScalarValue(code) {
            return .scalar(UInt32(code), length: 6)
        }
        if code >= 0xD800 && code <= 0xDBFF && byte(at: offset + 6) == 0x5C
            && byte(at: offset + 7) == 0x75
        {
            let trailing = hex16(at: offset + 8)
            if trailing >= 0xDC00 && trailing <= 0xDFFF {
                let scalar = 0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)
                return .scalar(UInt32(scalar), length: 12)
            }
        }
        return .invalidUnicode(utf16Length: 6)
    }

    /// The value of the four hex digits at `offset`, or -1 if any is not a hex digit.
    private func hex16(at offset: Int) -> Int {
        var value = 0
        for index in offset..<offset + 4 {
            let digit = Lexer.hexValue(byte(at: index))
            if digit < 0 { return -1 }
            value = value << 4 | digit
        }
        return value
    }

    /// HexDigit's value, or -1 for anything else.
    @inline(__always)
    static func hexValue(_ code: Int) -> Int {
        switch code {
        case 0x30...0x39: code - 0x30
        case 0x41...0x46: code - 0x37
        case 0x61...0x66: code - 0x57
        default: -1
        }
    }

    /// Whether `code` is a Unicode scalar value: U+0000–U+D7FF or U+E000–U+10FFFF.
    @inline(__always)
    static func isScalarValue(_ code: Int) -> Bool {
        (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF)
    }

    // MARK: - Values

    /// The value of a string token: its characters with escape sequences replaced (§2.9.4,
    /// "Static Semantics", StringValue). The lexer has already checked every escape.
    func stringValue(of token: Token) -> String {
        let start = Int(token.start) + 1
        let end = Int(token.end) - 1
        guard token.hasEscape else { return text(from: start, to: end) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(end - start)
        var offset = start
        var chunkStart = start
        while offset < end {
            guard bytes[offset] == 0x5C else {
                offset += 1
                continue
            }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<offset]))
            guard case .scalar(let scalar, let length) = escapeSequence(at: offset) else {
                // The lexer refused the string already; keep the backslash if ever reached.
                offset += 1
                chunkStart = offset - 1
                continue
            }
            Lexer.appendUTF8(scalar, to: &decoded)
            offset += length
            chunkStart = offset
        }
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<end]))
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of a scalar value.
    static func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            buffer.append(UInt8(scalar))
        case ..<0x800:
            buffer.append(UInt8(0xC0 | scalar >> 6))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            buffer.append(UInt8(0xE0 | scalar >> 12))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | scalar >> 18))
            buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
