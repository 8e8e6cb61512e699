// Block strings (spec §2.9.4): BlockStringValue()'s dedenting over lines of text, and the
// reverse, printing a string as a block string as graphql-js 16 prints it. The lexer computes
// block string values straight from the source bytes (Lexer+BlockString.swift).

/// BlockStringValue()'s line handling (spec §2.9.4, graphql-js `dedentBlockStringLines`): removes
/// the common indentation (spaces and tabs) of every line but the first, then the blank lines at
/// the start and the end.
///
/// ```swift
/// dedentBlockStringLines(["", "    Hello,", "      World!", ""]) // ["Hello,", "  World!"]
/// ```
func dedentBlockStringLines<S: StringProtocol>(_ lines: [S]) -> [String] {
    var commonIndent = Int.max
    var firstNonBlank: Int?
    var lastNonBlank = -1
    for (index, line) in lines.enumerated() {
        let indent = leadingWhiteSpace(line)
        if indent == line.utf8.count { continue }
        if firstNonBlank == nil { firstNonBlank = index }
        lastNonBlank = index
        if index != 0 && indent < commonIndent { commonIndent = indent }
    }
    guard let first = firstNonBlank else { return [] }
    return (first...lastNonBlank).map { index in
        let line = lines[index]
        // White space is ASCII, so counting it in UTF-8 bytes counts characters.
        return index == 0 ? String(line) : String(decoding: line.utf8.dropFirst(commonIndent), as: UTF8.self)
    }
}

/// The number of spaces and tabs that start `line`.
private func leadingWhiteSpace<S: StringProtocol>(_ line: S) -> Int {
    var count = 0
    for byte in line.utf8 {
        guard byte == 0x20 || byte == 0x09 else { break }
        count += 1
    }
    return count
}

/// Prints `value` as a block string, `"""…"""`, exactly as graphql-js 16's `printBlockString`
/// does: `"""` inside is escaped, and the value goes on lines of its own (after a leading and
/// before a trailing line break) when it spans several lines, is longer than 70 UTF-16 code
/// units, or ends with a quote or a backslash, unless `minimize` asks for the shortest form.
///
/// Callers check `isPrintableAsBlockString(_:)` first: a value it refuses would not survive
/// the round trip.
///
/// ```swift
/// printBlockString("A type.")          // "\"\"\"A type.\"\"\""
/// printBlockString("Line 1\nLine 2")   // "\"\"\"\nLine 1\nLine 2\n\"\"\""
/// ```
public func printBlockString(_ value: String, minimize: Bool = false) -> String {
    let bytes = Array(value.utf8)
    var escaped: [UInt8] = []
    escaped.reserveCapacity(bytes.count + 8)
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x22 && index + 2 < bytes.count && bytes[index + 1] == 0x22
            && bytes[index + 2] == 0x22
        {
            escaped.append(contentsOf: [0x5C, 0x22, 0x22, 0x22])
            index += 3
        } else {
            escaped.append(bytes[index])
            index += 1
        }
    }

    // The lines after the first, as split at \r\n, \n or \r: are they all blank or indented?
    var isSingleLine = true
    var laterLinesBlankOrIndented = true
    index = 0
    while index < escaped.count {
        let code = escaped[index]
        guard code == 0x0A || code == 0x0D else {
            index += 1
            continue
        }
        isSingleLine = false
        index += code == 0x0D && index + 1 < escaped.count && escaped[index + 1] == 0x0A ? 2 : 1
        if index < escaped.count {
            let first = escaped[index]
            if first != 0x0A && first != 0x0D && first != 0x20 && first != 0x09 {
                laterLinesBlankOrIndented = false
            }
        }
    }
    let forceLeadingNewLine = !isSingleLine && laterLinesBlankOrIndented
    let hasTrailingTripleQuotes = escaped.count >= 4 && escaped.suffix(4).elementsEqual([0x5C, 0x22, 0x22, 0x22])
    let hasTrailingQuote = bytes.last == 0x22 && !hasTrailingTripleQuotes
    let hasTrailingSlash = bytes.last == 0x5C
    let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
    let printAsMultipleLines =
        !minimize
        && (!isSingleLine || value.utf16.count > 70 || forceTrailingNewLine || forceLeadingNewLine
            || hasTrailingTripleQuotes)
    let skipLeadingNewLine = isSingleLine && (bytes.first == 0x20 || bytes.first == 0x09)

    var result: [UInt8] = [0x22, 0x22, 0x22]
    result.reserveCapacity(escaped.count + 8)
    if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine {
        result.append(0x0A)
    }
    result.append(contentsOf: escaped)
    if printAsMultipleLines || forceTrailingNewLine {
        result.append(0x0A)
    }
    result.append(contentsOf: [0x22, 0x22, 0x22])
    return String(decoding: result, as: UTF8.self)
}

/// Whether `value` can be printed as a block string and read back unchanged (graphql-js 16
/// `isPrintableAsBlockString`): it has no control characters other than tab and line feed, no
/// `\r`, no blank first or last line, and its lines after the first do not all share indentation.
func isPrintableAsBlockString(_ value: String) -> Bool {
    if value.isEmpty { return true }
    var isEmptyLine = true
    var hasIndent = false
    var hasCommonIndent = true
    var seenNonEmptyLine = false
    for scalar in value.unicodeScalars {
        switch scalar.value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E, 0x0F:
            return false  // non-printable characters
        case 0x0D:
            return false  // \r and \r\n would read back as \n
        case 0x0A:
            if isEmptyLine && !seenNonEmptyLine {
                return false  // a leading blank line
            }
            seenNonEmptyLine = true
            isEmptyLine = true
            hasIndent = false
        case 0x09, 0x20:
            hasIndent = hasIndent || isEmptyLine
        default:
            hasCommonIndent = hasCommonIndent && hasIndent
            isEmptyLine = false
        }
    }
    if isEmptyLine {
        return false  // a trailing blank line
    }
    if hasCommonIndent && seenNonEmptyLine {
        return false  // indentation common to every line
    }
    return true
}
