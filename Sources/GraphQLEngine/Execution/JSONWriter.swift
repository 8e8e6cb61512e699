/// Writes JSON (RFC 8259) into a byte buffer: the response format of spec §7 without an
/// intermediate dictionary or Foundation's serializer.
///
/// Strings are escaped as JSON requires (quote, backslash, control characters); everything
/// else, non-ASCII included, is copied as UTF-8.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends one raw byte (a `{`, `,`, …).
    public mutating func writeByte(_ byte: UInt8) { bytes.append(byte) }

    /// Appends bytes as they are: JSON written elsewhere, or a prepared key.
    public mutating func writeRaw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Appends the bytes of a buffer as they are.
    mutating func writeRaw(_ raw: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: raw) }

    /// Appends ASCII text as it is (`null`, `true`, a number).
    public mutating func writeASCII(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as a quoted, escaped JSON string.
    public mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                // Bytes from 0x20 up, other than `"` and `\`, need no escape: copy them in runs.
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                writeEscape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the escape of `byte`, one of the bytes a JSON string cannot hold as it is.
    mutating func writeEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            func hexDigit(_ nibble: UInt8) -> UInt8 {
                nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(hexDigit(byte >> 4))
            bytes.append(hexDigit(byte & 0xF))
        }
    }

    /// Appends an integer.
    public mutating func writeInt(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // Digits are produced backwards into a small stack buffer; no String is made.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var count = 0
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends a finite number the way JavaScript's `JSON.stringify` writes it: integral values
    /// without a fraction (`2`, not `2.0`), exponents only below 1e-6 and from 1e21 (`1e-7`,
    /// `0.000001`, `1e+21`). Non-finite values, which JSON cannot hold, become `null`.
    public mutating func writeDouble(_ value: Double) {
        guard value.isFinite else { return writeASCII("null") }
        if value == value.rounded(.towardZero), value.magnitude < 1e15 {
            return writeInt(Int(value))
        }
        // In this range Swift's shortest round-trip form is JavaScript's too ("8.75"); only
        // exponents are laid out differently.
        if value.magnitude >= 1e-4 && value.magnitude < 1e15 {
            bytes.append(contentsOf: value.description.utf8)
            return
        }
        bytes.append(contentsOf: formatJSNumber(value).utf8)
    }

    /// Appends a JSON-shaped value: objects keep their field order, enum values are strings.
    public mutating func writeValue(_ value: InputValue) {
        switch value {
        case .null: writeASCII("null")
        case .boolean(let flag): flag ? writeASCII("true") : writeASCII("false")
        case .int(let number): writeInt(number)
        case .float(let number): writeDouble(number)
        case .string(let text), .enumValue(let text): writeString(text)
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                writeValue(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            bytes.append(UInt8(ascii: "{"))
            for (position, field) in fields.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(field.name)
                bytes.append(UInt8(ascii: ":"))
                writeValue(field.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }
}
