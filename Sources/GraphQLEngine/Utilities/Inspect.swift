// How values appear inside client-visible messages, as graphql-js 16's `inspect` and
// JavaScript's `String(number)` render them, so that coercion messages match word for word.

/// Renders a value as graphql-js's `inspect` does: strings JSON-quoted, numbers as JavaScript
/// prints them, lists `[1, 2]` (ten items at most), objects `{ a: 1 }`, nesting beyond two
/// levels as `[Array]` / `[Object]`.
func inspect(_ value: InputValue) -> String {
    inspect(value, depth: 0)
}

private func inspect(_ value: InputValue, depth: Int) -> String {
    switch value {
    case .null: return "null"
    case .boolean(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .float(let number): return formatJSNumber(number)
    case .string(let text), .enumValue(let text): return jsonQuoted(text)
    case .list(let items):
        if items.isEmpty { return "[]" }
        if depth >= 2 { return "[Array]" }
        var parts = items.prefix(10).map { inspect($0, depth: depth + 1) }
        let remaining = items.count - parts.count
        if remaining == 1 {
            parts.append("... 1 more item")
        } else if remaining > 1 {
            parts.append("... \(remaining) more items")
        }
        return "[" + parts.joined(separator: ", ") + "]"
    case .object(let fields):
        if fields.isEmpty { return "{}" }
        if depth >= 2 { return "[Object]" }
        return "{ " + fields.map { $0.name + ": " + inspect($0.value, depth: depth + 1) }.joined(separator: ", ")
            + " }"
    }
}

/// A string as JavaScript's `JSON.stringify` quotes it (``JSONWriter/writeString(_:)``).
func jsonQuoted(_ text: String) -> String {
    var writer = JSONWriter(capacity: text.utf8.count + 2)
    writer.writeString(text)
    return String(decoding: writer.bytes, as: UTF8.self)
}

/// A number as JavaScript's `String(number)` writes it (ECMA-262 `Number::toString`):
/// `1`, `1.5`, `1e+21`, `1e-7`, `NaN`, `Infinity`.
func formatJSNumber(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
    if number == 0 { return "0" }
    let sign = number < 0 ? "-" : ""
    // Swift prints the shortest digits that round-trip, as JavaScript does; only the layout differs.
    let (digits, exponent) = shortestDigits(abs(number))
    let k = digits.count
    let n = exponent  // value = 0.digits × 10^n
    if k <= n && n <= 21 {
        return sign + digits + String(repeating: "0", count: n - k)
    }
    if 0 < n && n <= 21 {
        return sign + digits.prefix(n) + "." + digits.dropFirst(n)
    }
    if -6 < n && n <= 0 {
        return sign + "0." + String(repeating: "0", count: -n) + digits
    }
    let e = n - 1
    let mantissa = k == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
    return sign + mantissa + "e" + (e < 0 ? "-" : "+") + String(abs(e))
}

/// The significant digits of a positive finite number and the exponent `n` such that the
/// number is `0.d1d2… × 10^n`.
private func shortestDigits(_ number: Double) -> (digits: String, exponent: Int) {
    let text = number.description  // "1.5", "1e-05", "1.2345e+16", "100.0"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = text[..<e]
        exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let integerPart: Substring
    let fractionPart: Substring
    if let dot = mantissa.firstIndex(of: ".") {
        integerPart = mantissa[..<dot]
        fractionPart = mantissa[mantissa.index(after: dot)...]
    } else {
        integerPart = mantissa
        fractionPart = ""
    }
    var allDigits = String(integerPart) + fractionPart
    var pointPosition = integerPart.count + exponent
    // Strip leading zeros (moving the point) and trailing zeros.
    while allDigits.first == "0" {
        allDigits.removeFirst()
        pointPosition -= 1
    }
    while allDigits.last == "0" { allDigits.removeLast() }
    return (allDigits, pointPosition)
}
