import GraphQLEngine
import GraphQLOverHTTP
import Testing

/// `JSONReader`: request bodies into `InputValue`s, and the errors for what is not JSON.
struct JSONReaderTests {
    private func read(_ text: String) throws(JSONReadError) -> InputValue { try JSONReader.read(Array(text.utf8)) }

    @Test("objects keep their keys in order, and values read as the engine's kinds")
    func readsEveryKindOfValue() throws {
        let value = try read(#" {"b": [1, -2.5, 3e2, true, false, null], "a": {"s": "x"}, "big": 12345678901234567890} "#)
        #expect(
            value
                == .object([
                    .init(name: "b", value: .list([.int(1), .float(-2.5), .float(300), .boolean(true), .boolean(false), .null])),
                    .init(name: "a", value: .object([.init(name: "s", value: .string("x"))])),
                    .init(name: "big", value: .float(12345678901234567890)),
                ]))
    }

    @Test("escapes decode, surrogate pairs included")
    func decodesEscapes() throws {
        #expect(try read(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
    }

    @Test("a repeated key keeps its last value, in small and large objects")
    func repeatedKeysKeepTheLastValue() throws {
        #expect(try read(#"{"a": 1, "a": 2}"#) == .object([.init(name: "a", value: .int(2))]))
        let fields = (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        guard case .object(let read) = try read("{\(fields), \"k3\": 99, \"k19\": 100}") else {
            Issue.record("not an object")
            return
        }
        #expect(read.count == 20)
        #expect(read[3].value == .int(99))
        #expect(read[19].value == .int(100))
    }

    @Test(
        "what is not JSON is refused with the reason and the byte",
        arguments: [
            ("NONSENSE", "unexpected character where a value was expected (at byte 0)"),
            (#"{"query":"#, "the JSON text ends where a value was expected (at byte 9)"),
            ("{\"a\" 1}", "expected ':' after the object key (at byte 5)"),
            ("[1 2]", "expected ',' or ']' in the array (at byte 3)"),
            ("01", "unexpected text after the JSON value (at byte 1)"),
            ("\"a\u{01}\"", "a control character must be escaped in a string (at byte 2)"),
            (#""\ud800""#, "a \\u escape is an unpaired surrogate (at byte 7)"),
            ("{} {}", "unexpected text after the JSON value (at byte 3)"),
            ("1e999", "the number 1e999 is out of range (at byte 5)"),
        ])
    func refusesWhatIsNotJSON(text: String, message: String) {
        #expect(throws: JSONReadError.self) { try read(text) }
        do {
            _ = try read(text)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("bytes that are not UTF-8 in a string are refused")
    func refusesInvalidUTF8() {
        #expect(throws: JSONReadError.self) { try JSONReader.read([0x22, 0xFF, 0x22]) }
    }

    @Test("nesting deeper than the limit is refused, not recursed into")
    func refusesDeepNesting() throws {
        let deep = String(repeating: "[", count: JSONReader.maxDepth + 1) + String(repeating: "]", count: JSONReader.maxDepth + 1)
        #expect(throws: JSONReadError.self) { try read(deep) }
        let allowed = String(repeating: "[", count: JSONReader.maxDepth) + String(repeating: "]", count: JSONReader.maxDepth)
        _ = try read(allowed)
    }
}

/// `JSONReader` against the engine's `JSONWriter`: what one writes the other reads back, the
/// invariant `scripts/fuzz request` checks on every input.
struct JSONRoundTripTests {
    private func roundTrip(_ value: InputValue) throws(JSONReadError) -> InputValue {
        var writer = JSONWriter()
        writer.writeValue(value)
        return try JSONReader.read(writer.bytes)
    }

    @Test(
        "written values read back unchanged: extreme numbers, escapes, nesting, key order",
        arguments: [
            InputValue.int(Int.min), .int(Int.max), .float(1e21), .float(-2.5e-7), .float(0.1), .float(1.7976931348623157e308),
            .string("é😀\n\t\"\\/\u{0}\u{1F}\u{7F}"), .string(""),
            .object([.init(name: "z", value: .list([.null, .boolean(true), .object([])])), .init(name: "a", value: .int(0))]),
        ])
    func writtenValuesReadBack(value: InputValue) throws {
        #expect(try roundTrip(value) == value)
    }

    @Test("a float without a fraction is written as JavaScript writes it and reads back as an integer")
    func integralFloatsReadBackAsIntegers() throws {
        #expect(try roundTrip(.float(2)) == .int(2))
        #expect(try roundTrip(.float(-0.0)) == .int(0))
    }
}
