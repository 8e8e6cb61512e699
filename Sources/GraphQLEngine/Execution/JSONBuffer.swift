/// The bytes of a response's `data` while the response tree writes them (spec §7.2.2): a
/// buffer the writer owns, so that each byte written is a store and a count, not an array
/// append checking uniqueness and capacity. `JSONWriter` takes the result in one copy.
///
/// Writes the same JSON as `JSONWriter`, whose number and escape rules it shares.
struct JSONBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far, for `body` to copy.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: start, count: count))
    }

    @inline(__always)
    private mutating func reserve(_ additional: Int) {
        if count + additional > capacity { grow(to: count + additional) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }

    /// Appends one byte (`{`, `,`, …).
    @inline(__always)
    mutating func writeByte(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Appends bytes as they are: a prepared key, JSON written elsewhere.
    @inline(__always)
    mutating func writeRaw(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let base = raw.baseAddress else { return }
        reserve(raw.count)
        (start + count).initialize(from: base, count: raw.count)
        count += raw.count
    }

    /// Appends ASCII text as it is (`null`, `true`).
    mutating func writeASCII(_ text: StaticString) {
        text.withUTF8Buffer { writeRaw($0) }
    }

    /// Appends `value` as a quoted JSON string, escaped as `JSONWriter.writeString` does.
    mutating func writeString(_ value: String) {
        let written: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            // The common case: nothing to escape, so the string is one copy between quotes.
            reserve(utf8.count + 2)
            start[count] = UInt8(ascii: "\"")
            count += 1
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                writeRaw(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                writeEscape(byte)
                runStart = index + 1
            }
            writeRaw(UnsafeBufferPointer(rebasing: utf8[runStart...]))
            writeByte(UInt8(ascii: "\""))
        }
        if written == nil {
            // A string without contiguous UTF-8 (bridged): the general writer's path.
            writeThroughWriter { $0.writeString(value) }
        }
    }

    private mutating func writeEscape(_ byte: UInt8) {
        writeThroughWriter { $0.writeEscape(byte) }
    }

    /// Appends an integer.
    mutating func writeInt(_ value: Int) {
        if value >= 0 && value < 10 {
            writeByte(UInt8(ascii: "0") + UInt8(value))
            return
        }
        reserve(20)
        var magnitude = value.magnitude
        var digits = 0
        var rest = magnitude
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        if value < 0 {
            start[count] = UInt8(ascii: "-")
            count += 1
        }
        var position = count + digits - 1
        repeat {
            start[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        count += digits
    }

    /// Appends a JSON-shaped value, as `JSONWriter.writeValue` does.
    mutating func writeValue(_ value: InputValue) {
        switch value {
        case .null: writeASCII("null")
        case .boolean(let flag): flag ? writeASCII("true") : writeASCII("false")
        case .int(let number): writeInt(number)
        case .float(let number): writeDouble(number)
        case .string(let text), .enumValue(let text): writeString(text)
        case .list, .object: writeThroughWriter { $0.writeValue(value) }
        }
    }

    /// Appends a number as `JSONWriter.writeDouble` does (JavaScript's `JSON.stringify`).
    mutating func writeDouble(_ value: Double) {
        guard value.isFinite else { return writeASCII("null") }
        if value == value.rounded(.towardZero), value.magnitude < 1e15 {
            return writeInt(Int(value))
        }
        guard value.magnitude >= 1e-4 && value.magnitude < 1e15 else {
            return writeThroughWriter { $0.writeDouble(value) }
        }
        var text = value.description
        text.withUTF8 { writeRaw($0) }
    }

    /// Lets `JSONWriter` write what is rare here (escapes, floats, nested values): its bytes
    /// are appended.
    private mutating func writeThroughWriter(_ write: (inout JSONWriter) -> Void) {
        var writer = JSONWriter(capacity: 32)
        write(&writer)
        writer.bytes.withUnsafeBufferPointer { writeRaw($0) }
    }
}
