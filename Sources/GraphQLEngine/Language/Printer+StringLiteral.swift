/// Prints `value` as a quoted GraphQL string literal (spec §2.9.4, StringValue), escaping as
/// graphql-js 16's `printString` does: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, and `\uXXXX`
/// (upper-case hex) for the other control characters U+0000–U+001F and U+007F–U+009F.
/// Every other character, astral ones included, is written as is.
///
/// ```swift
/// printString("say \"hi\"\n")  // "say \"hi\"\n" with the quotes and newline escaped
/// ```
func printString(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 })
    else {
        // Fast path: nothing to escape (0xC2 leads the UTF-8 encoding of U+0080 – U+00BF).
        return "\"" + value + "\""
    }
    var result = "\""
    result.reserveCapacity(value.utf8.count + 8)
    for scalar in value.unicodeScalars {
        switch scalar.value {
        case 0x08: result += "\\b"
        case 0x09: result += "\\t"
        case 0x0A: result += "\\n"
        case 0x0C: result += "\\f"
        case 0x0D: result += "\\r"
        case 0x22: result += "\\\""
        case 0x5C: result += "\\\\"
        case 0x00...0x1F, 0x7F...0x9F: result += unicodeEscape(scalar.value)
        default: result.unicodeScalars.append(scalar)
        }
    }
    result += "\""
    return result
}

/// `\uXXXX` with four upper-case hex digits, for a code point below U+0100.
private func unicodeEscape(_ codePoint: UInt32) -> String {
    let digits = Array("0123456789ABCDEF".unicodeScalars)
    var escape = "\\u00"
    escape.unicodeScalars.append(digits[Int(codePoint >> 4)])
    escape.unicodeScalars.append(digits[Int(codePoint & 0xF)])
    return escape
}
