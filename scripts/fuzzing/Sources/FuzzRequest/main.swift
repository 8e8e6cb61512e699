import GraphQLEngine
import GraphQLOverHTTP

// libFuzzer's entry point for reading GraphQL-over-HTTP requests: every input is tried both as
// a POST body (JSON, a single request or a batch) and as a GET query string, and the variables
// it yields are coerced to the input types of a small schema (spec §3.10 "Input Coercion").
// A crash, a sanitizer report or a broken invariant (`preconditionFailure`) is a finding; a
// refusal (`JSONReadError`, `RequestParametersError`, a coercion error) is an ordinary outcome.
//
// The oracles:
// - JSON that reads, written back with the engine's `JSONWriter`, reads again to the same value
//   (numbers compared by value: `2.0` is written `2` and reads back as an integer);
// - a query string's decoded pairs, percent-encoded again, decode to the same pairs;
// - a variable value that coerces coerces again, unchanged (coercion is idempotent).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequest(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    readBody(bytes)
    readQueryString(String(decoding: bytes, as: UTF8.self))
    return 0
}

/// A POST body: JSON, then the parameters of each request in it.
private func readBody(_ bytes: [UInt8]) {
    guard let body = try? JSONReader.read(bytes) else { return }
    var writer = JSONWriter()
    writer.writeValue(body)
    let reread: InputValue
    do {
        reread = try JSONReader.read(writer.bytes)
    } catch {
        preconditionFailure(
            "written JSON does not read: \(error.message)\n--- written:\n\(String(decoding: writer.bytes, as: UTF8.self))"
        )
    }
    precondition(sameJSON(body, reread), "JSON changed on a round trip: \(body) became \(reread)")
    let requests: [InputValue]
    if case .list(let elements) = body { requests = elements } else { requests = [body] }
    for request in requests {
        guard let parameters = try? RequestParameters(json: request) else { continue }
        coerce(parameters.variables)
    }
}

/// A GET query string: its pairs, then its parameters.
private func readQueryString(_ text: String) {
    guard let pairs = try? FormURLEncoding.pairs(text) else { return }
    let encoded = pairs.map { percentEncoded($0.name) + "=" + percentEncoded($0.value) }.joined(separator: "&")
    guard let decoded = try? FormURLEncoding.pairs(encoded) else {
        preconditionFailure("re-encoded pairs do not decode: \(encoded)")
    }
    precondition(
        decoded.map(\.name) == pairs.map(\.name) && decoded.map(\.value) == pairs.map(\.value),
        "query-string pairs changed on a round trip: \(pairs) became \(decoded)")
    guard let parameters = try? RequestParameters(queryString: text) else { return }
    coerce(parameters.variables)
}

/// Every variable coerced to every input type of the schema; what coerces must coerce again to
/// itself.
private func coerce(_ variables: [String: InputValue]) {
    for value in variables.values {
        for type in InputTypes.all {
            guard let coerced = try? coerceInputValue(value, type) else { continue }
            let again: InputValue
            do {
                again = try coerceInputValue(coerced, type)
            } catch {
                preconditionFailure(
                    "\(coerced), coerced from \(value) to \(type), does not coerce again: \(error.message)")
            }
            precondition(again == coerced, "coercing \(value) to \(type) twice gave \(coerced), then \(again)")
        }
    }
}

/// Two JSON values equal, numbers compared by value whatever their kind.
private func sameJSON(_ left: InputValue, _ right: InputValue) -> Bool {
    switch (left, right) {
    case (.int(let a), .float(let b)), (.float(let b), .int(let a)): Double(a) == b
    case (.list(let a), .list(let b)): a.count == b.count && zip(a, b).allSatisfy { sameJSON($0, $1) }
    case (.object(let a), .object(let b)):
        a.count == b.count && zip(a, b).allSatisfy { $0.name == $1.name && sameJSON($0.value, $1.value) }
    default: left == right
    }
}

/// `text` with every byte but the unreserved ones (RFC 3986) written `%XX`.
private func percentEncoded(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            bytes.append(byte)
        default:
            bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// The input types variables are coerced to: scalars, lists, an enum, nested input objects with
/// defaults, and a `@oneOf` input object.
private enum InputTypes {
    static let sdl = """
        type Query { field: Int }
        enum Priority { LOW MEDIUM HIGH }
        input Range { from: Int!, to: Int = 10 }
        input Filter {
          text: String
          priorities: [Priority!]
          range: Range
          ids: [ID]
          near: Float
          strict: Boolean = false
          nested: Filter
        }
        input Choice @oneOf { id: ID, name: String }
        """
    static let references = [
        "Int", "Int!", "Float", "String", "Boolean", "ID!", "[Int]", "[[String!]]!", "Priority", "Filter",
        "Choice", "[Choice!]",
    ]

    static let all: [GraphQLType] = {
        do {
            let schema = try buildSchema(sdl)
            return try references.map { (reference) throws -> GraphQLType in
                guard let type = typeFromAST(schema, try parseType(reference)) else {
                    preconditionFailure("the fuzzing schema has no type \(reference)")
                }
                return type
            }
        } catch {
            preconditionFailure("the fuzzing schema does not build: \(error)")
        }
    }()
}
