import GraphQLEngine

/// Writes `value` as a JSON string literal, quotes included, the way JavaScript's `JSON.stringify`
/// does (RFC 8259 §7): `"` and `\` are escaped, `\b \f \n \r \t` use their short forms, the other
/// control characters below U+0020 are written as `\u00XX`, and everything else is kept as is.
///
/// ```swift
/// jsonString("Say \"hi\"\n")  // "\"Say \\\"hi\\\"\\n\""
/// ```
func jsonString(_ value: String) -> String {
    var writer = JSONWriter(capacity: value.utf8.count + 2)
    writer.writeString(value)
    return String(decoding: writer.bytes, as: UTF8.self)
}
