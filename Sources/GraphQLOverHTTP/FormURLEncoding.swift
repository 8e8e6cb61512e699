import Foundation

/// Decoding `application/x-www-form-urlencoded` text, the encoding of a GET request's
/// parameters (GraphQL over HTTP, "GET"; WHATWG URL, "application/x-www-form-urlencoded
/// parsing"): `&`-separated `name=value` pairs, `+` for a space, `%XX` for a byte.
public enum FormURLEncoding {
    /// The name–value pairs of `text`, in order, decoded.
    ///
    /// - Throws: ``RequestParametersError/malformedRequest(_:)`` when a decoded name or value is
    ///   not UTF-8.
    public static func pairs(_ text: String) throws(RequestParametersError) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        for part in text.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = part.firstIndex(of: UInt8(ascii: "="))
            let name = try decode(part[..<(equals ?? part.endIndex)])
            let value = try equals.map { (equals) throws(RequestParametersError) in try decode(part[part.index(after: equals)...]) } ?? ""
            pairs.append((name, value))
        }
        return pairs
    }

    private static func decode(_ encoded: Substring.UTF8View.SubSequence) throws(RequestParametersError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"),
                let high = encoded.index(index, offsetBy: 1, limitedBy: encoded.endIndex), high < encoded.endIndex,
                let low = encoded.index(index, offsetBy: 2, limitedBy: encoded.endIndex), low < encoded.endIndex,
                let value = hexValue(encoded[high], encoded[low])
            {
                bytes.append(value)
                index = low
            } else {
                // A `%` not followed by two hex digits stays as it is (WHATWG percent-decode).
                bytes.append(byte)
            }
            index = encoded.index(after: index)
        }
        guard let string = String(bytes: bytes, encoding: .utf8) else {
            throw .malformedRequest("a query-string parameter is not UTF-8 once percent-decoded")
        }
        return string
    }

    private static func hexValue(_ high: UInt8, _ low: UInt8) -> UInt8? {
        guard let high = hexDigit(high), let low = hexDigit(low) else { return nil }
        return high << 4 | low
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
