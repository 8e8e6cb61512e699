extension Lexer {
    /// Reads an IntValue or, if a fractional or exponent part follows, a FloatValue
    /// (spec §2.9.1, §2.9.2; graphql-js `readNumber`).
    ///
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    ///
    /// IntegerPart :: NegativeSign? `0` | NegativeSign? NonZeroDigit Digit*
    ///
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    /// (with at least one of the two parts)
    ///
    /// FractionalPart :: `.` Digit+
    ///
    /// ExponentPart :: ExponentIndicator Sign? Digit+
    mutating func readNumber() throws(GraphQLError) -> Token {
        let start = position
        var offset = start
        var code = byte(at: offset)
        var isFloat = false

        // NegativeSign
        if code == 0x2D {
            offset += 1
            code = byte(at: offset)
        }
        // A leading zero may not be followed by another digit.
        if code == 0x30 {
            offset += 1
            code = byte(at: offset)
            if Lexer.isDigit(code) {
                let character = SyntaxError.printCharacter(at: offset, in: bytes)
                throw SyntaxError.digitAfterZero(character).error(at: offset, in: bytes)
            }
        } else {
            offset = try readDigits(from: offset)
            code = byte(at: offset)
        }
        // FractionalPart
        if code == 0x2E {
            isFloat = true
            offset = try readDigits(from: offset + 1)
            code = byte(at: offset)
        }
        // ExponentPart
        if code == 0x45 || code == 0x65 {
            isFloat = true
            offset += 1
            code = byte(at: offset)
            if code == 0x2B || code == 0x2D {
                offset += 1
            }
            offset = try readDigits(from: offset)
            code = byte(at: offset)
        }
        // Numbers may not be followed by `.` or a NameStart.
        if code == 0x2E || Lexer.isNameStart(code) {
            let character = SyntaxError.printCharacter(at: offset, in: bytes)
            throw SyntaxError.expectedDigit(character).error(at: offset, in: bytes)
        }
        return makeToken(isFloat ? .float : .int, start: start, end: offset)
    }

    /// The offset after one or more digits starting at `start`; an error if there is none.
    private func readDigits(from start: Int) throws(GraphQLError) -> Int {
        guard Lexer.isDigit(byte(at: start)) else {
            let character = SyntaxError.printCharacter(at: start, in: bytes)
            throw SyntaxError.expectedDigit(character).error(at: start, in: bytes)
        }
        var offset = start + 1
        while Lexer.isDigit(byte(at: offset)) {
            offset += 1
        }
        return offset
    }
}
