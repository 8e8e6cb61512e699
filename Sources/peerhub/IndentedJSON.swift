/// Compact JSON (as the engine's `JSONWriter` writes it) laid out as JavaScript's
/// `JSON.stringify(value, null, 2)` does: one member or item a line, two spaces a level,
/// `"key": value`, and `{}` / `[]` for empty objects and lists. Strings are copied untouched.
///
/// A person or a line-based diff reads the result; the bytes inside strings do not change.
///
/// ```swift
/// indentedJSON(Array(#"{"a":[1,2],"b":{}}"#.utf8))  // "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}"
/// ```
func indentedJSON(_ compact: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(compact.count * 2)
    var depth = 0
    var inString = false
    var escaped = false
    func newline() {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
    var index = 0
    while index < compact.count {
        let byte = compact[index]
        index += 1
        if inString {
            output.append(byte)
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            continue
        }
        switch byte {
        case UInt8(ascii: "\""):
            inString = true
            output.append(byte)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            output.append(byte)
            let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if index < compact.count, compact[index] == closing {
                output.append(closing)
                index += 1
            } else {
                depth += 1
                newline()
            }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            newline()
            output.append(byte)
        case UInt8(ascii: ","):
            output.append(byte)
            newline()
        case UInt8(ascii: ":"):
            output.append(byte)
            output.append(UInt8(ascii: " "))
        default:
            output.append(byte)
        }
    }
    return String(decoding: output, as: UTF8.self)
}
