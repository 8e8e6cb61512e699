/// What one pass over a block string learns: where it ends, the lines it spans (for the lexer's
/// line count) and what BlockStringValue() needs (spec §2.9.4), so that the value is cut
/// straight from the source without splitting it into lines.
struct BlockStringLayout {
    /// The offset of the first byte after the opening `"""`.
    var contentStart: Int
    /// The offset of the closing `"""`.
    var contentEnd = 0
    /// How many line terminators the block string holds.
    var lineTerminators = 0
    /// Where its last line starts, and how many more bytes than UTF-16 code units that line
    /// has used up to the closing quotes.
    var lastLineStart = 0
    var lastLineExtraBytes = 0
    /// The least indentation (spaces and tabs) of the lines after the first that are not blank.
    var commonIndent = Int.max
    /// The index of the first line that is not blank, -1 if every line is blank.
    var firstLine = -1
    /// Where that line starts.
    var firstLineStart = 0
    /// The index of the last line that is not blank.
    var lastLine = -1
    /// Where that line ends (its line terminator or the closing quotes).
    var lastLineEnd = 0
    /// Whether the block string holds an escaped triple quote, `\"""`.
    var hasEscape = false
}

extension Lexer {
    /// Reads a block string (graphql-js `readBlockString`), measuring its value's layout on
    /// the way; the value itself is made by `blockStringValue(of:)`.
    ///
    /// StringValue :: `"""` BlockStringCharacter* `"""`
    ///
    /// BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    mutating func readBlockString() throws(GraphQLError) -> Token {
        let start = position
        let layout = try scanBlockString(contentStart: start + 3)
        // The token is located at its first line; the lines it spans are counted after.
        let token = makeToken(.blockString, start: start, end: layout.contentEnd + 3)
        if layout.lineTerminators > 0 {
            line += layout.lineTerminators
            lineStart = layout.lastLineStart
            lineExtraBytes = layout.lastLineExtraBytes
        } else {
            lineExtraBytes += layout.lastLineExtraBytes
        }
        lastBlockString = layout
        return token
    }

    /// One pass over a block string's content from `contentStart` to its closing quotes.
    func scanBlockString(contentStart: Int) throws(GraphQLError) -> BlockStringLayout {
        var layout = BlockStringLayout(contentStart: contentStart)
        let count = bytes.count
        var lineIndex = 0
        var lineStart = contentStart
        var offset = contentStart
        // Where the current line's text starts, after its indentation.
        var textStart = skipIndentation(from: offset)
        offset = textStart

        /// Notes the line ending at `end` if it is not blank.
        func finishLine(at end: Int) {
            guard end > textStart else { return }
            if layout.firstLine < 0 {
                layout.firstLine = lineIndex
                layout.firstLineStart = lineStart
            }
            layout.lastLine = lineIndex
            layout.lastLineEnd = end
            if lineIndex > 0 {
                layout.commonIndent = min(layout.commonIndent, textStart - lineStart)
            }
        }

        while true {
            offset = UTF8Scanner.skipPlainBytes(from: offset, in: bytes)
            guard offset < count else {
                throw SyntaxError.unterminatedString.error(at: count, in: bytes)
            }
            let code = bytes[offset]
            if code == 0x22 && byte(at: offset + 1) == 0x22 && byte(at: offset + 2) == 0x22 {
                finishLine(at: offset)
                layout.contentEnd = offset
                return layout
            }
            if code == 0x5C && byte(at: offset + 1) == 0x22 && byte(at: offset + 2) == 0x22
                && byte(at: offset + 3) == 0x22
            {
                layout.hasEscape = true
                offset += 4
            } else if code == 0x0A || code == 0x0D {
                finishLine(at: offset)
                offset += code == 0x0D && byte(at: offset + 1) == 0x0A ? 2 : 1
                lineIndex += 1
                lineStart = offset
                layout.lineTerminators += 1
                layout.lastLineStart = offset
                layout.lastLineExtraBytes = 0
                textStart = skipIndentation(from: offset)
                offset = textStart
            } else if code < 0x80 {
                offset += 1
            } else if let character = UTF8Scanner.decode(at: offset, in: bytes) {
                offset += character.length
                layout.lastLineExtraBytes += character.length - character.utf16Length
            } else {
                throw SyntaxError.invalidUTF8InString(byte: code).error(at: offset, in: bytes)
            }
        }
    }

    /// The offset after the spaces and tabs starting at `offset`.
    @inline(__always)
    private func skipIndentation(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) {
            index += 1
        }
        return index
    }

    /// The value of a block string token: BlockStringValue() (spec §2.9.4) — the lines without
    /// their common indentation and without blank lines at either end, joined with `\n`, with
    /// `\"""` turned into `"""`.
    func blockStringValue(of token: Token) -> String {
        let contentStart = Int(token.start) + 3
        let layout: BlockStringLayout
        if let last = lastBlockString, last.contentStart == contentStart {
            layout = last
        } else if let scanned = try? scanBlockString(contentStart: contentStart) {
            layout = scanned
        } else {
            return ""  // not reached: the token was lexed, so it scans
        }
        guard layout.firstLine >= 0 else { return "" }

        // One line kept, as in most descriptions: cut it straight from the source.
        if layout.firstLine == layout.lastLine && !layout.hasEscape {
            let end = layout.lastLineEnd
            let start =
                layout.firstLine == 0 ? layout.firstLineStart : min(layout.firstLineStart + layout.commonIndent, end)
            return text(from: start, to: end)
        }

        var result: [UInt8] = []
        result.reserveCapacity(layout.lastLineEnd - layout.firstLineStart)
        var offset = layout.firstLineStart
        var lineIndex = layout.firstLine
        while true {
            var end = offset
            while end < layout.lastLineEnd {
                end = UTF8Scanner.skipPlainBytes(from: end, in: bytes)
                if end >= layout.lastLineEnd {
                    end = layout.lastLineEnd
                    break
                }
                if bytes[end] == 0x0A || bytes[end] == 0x0D { break }
                end += 1
            }
            let start = lineIndex == 0 ? offset : offset + min(layout.commonIndent, end - offset)
            appendUnescaped(from: start, to: end, to: &result)
            if end >= layout.lastLineEnd { break }
            result.append(0x0A)
            offset = end + (bytes[end] == 0x0D && byte(at: end + 1) == 0x0A ? 2 : 1)
            lineIndex += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the bytes `start..<end`, turning each `\"""` into `"""`.
    private func appendUnescaped(from start: Int, to end: Int, to result: inout [UInt8]) {
        var index = start
        var chunkStart = start
        while index < end {
            if bytes[index] == 0x5C && index + 3 < end && bytes[index + 1] == 0x22
                && bytes[index + 2] == 0x22 && bytes[index + 3] == 0x22
            {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                chunkStart = index + 1
                index += 4
                continue
            }
            index += 1
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<end]))
    }
}
