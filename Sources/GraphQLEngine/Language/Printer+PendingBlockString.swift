// TEMPORARY: graphql-js's `printBlockString` and `isPrintableAsBlockString`, until the
// language module's Language/BlockString.swift lands; then the printers call those and this
// file is deleted. Named differently so that the two never clash.
private func isWhiteSpaceUnit(_ u: UInt16) -> Bool { u == 9 || u == 32 }

/// A block string literal for `value` (graphql-js `printBlockString`).
func pendingPrintBlockString(_ value: String, minimize: Bool = false) -> String {
    let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
    // split lines on \r\n | \n | \r
    var lines: [[UInt16]] = [[]]
    let units = Array(escaped.utf16)
    var i = 0
    while i < units.count {
        let u = units[i]
        if u == 13 {
            lines.append([])
            if i + 1 < units.count && units[i + 1] == 10 { i += 1 }
        } else if u == 10 {
            lines.append([])
        } else {
            lines[lines.count - 1].append(u)
        }
        i += 1
    }
    let isSingleLine = lines.count == 1
    let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { $0.isEmpty || isWhiteSpaceUnit($0[0]) }
    let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
    let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
    let hasTrailingSlash = value.hasSuffix("\\")
    let forceTrailingNewline = hasTrailingQuote || hasTrailingSlash
    let printAsMultipleLines = !minimize && (!isSingleLine || value.utf16.count > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes)
    var result = ""
    let first = value.utf16.first
    let skipLeadingNewLine = isSingleLine && first.map(isWhiteSpaceUnit) == true
    if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
    result += escaped
    if printAsMultipleLines || forceTrailingNewline { result += "\n" }
    return "\"\"\"" + result + "\"\"\""
}

/// Whether `value` survives printing as a block string (graphql-js `isPrintableAsBlockString`).
func pendingIsPrintableAsBlockString(_ value: String) -> Bool {
    if value.isEmpty { return true }
    var isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false
    for u in value.utf16 {
        switch u {
        case 0...8, 0x0b, 0x0c, 0x0e, 0x0f: return false
        case 0x0d: return false
        case 10:
            if isEmptyLine && !seenNonEmptyLine { return false }
            seenNonEmptyLine = true; isEmptyLine = true; hasIndent = false
        case 9, 32:
            hasIndent = hasIndent || isEmptyLine
        default:
            hasCommonIndent = hasCommonIndent && hasIndent
            isEmptyLine = false
        }
    }
    if isEmptyLine { return false }
    if hasCommonIndent && seenNonEmptyLine { return false }
    return true
}
