/// Writes `value` as a JSON string literal, quotes included, the way JavaScript's `JSON.stringify`
/// does (RFC 8259 §7): `"` and `\` are escaped, `\b \f \n \r \t` use their short forms, the other
/// control characters below U+0020 are written as `\u00XX`, and everything else is kept as is.
///
/// ```swift
/// jsonString("Say \"hi\"\n")  // "\"Say \\\"hi\\\"\\n\""
/// ```
func jsonString(_ value: String) -> String {
    var output = "\""
    output.unicodeScalars.reserveCapacity(value.unicodeScalars.count + 2)
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{00}"..."\u{1F}":
            let hex = String(scalar.value, radix: 16, uppercase: false)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default:
            output.unicodeScalars.append(scalar)
        }
    }
    output += "\""
    return output
}
