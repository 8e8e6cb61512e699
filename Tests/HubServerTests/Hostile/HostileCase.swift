import HTTPTypes
import Testing

/// One hostile request and what the hub must answer: the status, the `extensions.code` of each
/// error expected, and fragments the body must hold (a message, or a value that proves the
/// request was served).
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// What the case sends, as a sentence.
    var name: String
    var variant: HostileHub.Variant = .standard
    var method: HTTPRequest.Method = .post
    var uri = "/graphql"
    /// `Content-Type`, nil for none.
    var contentType: String? = "application/json"
    var accept = "application/graphql-response+json"
    var credential: HostileHub.Credential?
    var body: [UInt8]?
    /// The status the hub must answer.
    var status: Int
    /// Each `extensions.code` the answer must hold.
    var codes: [String] = []
    /// Text the answer must hold.
    var fragments: [String] = []

    var testDescription: String { name }

    /// A JSON POST of `query` (with `variables`, JSON text).
    static func post(
        _ name: String, _ query: String, variables: String? = nil, variant: HostileHub.Variant = .standard,
        credential: HostileHub.Credential? = nil, status: Int, codes: [String] = [], fragments: [String] = []
    ) -> HostileCase {
        HostileCase(
            name: name, variant: variant, credential: credential,
            body: Array(JSONText.request(query, variables: variables).utf8), status: status, codes: codes,
            fragments: fragments)
    }

    /// A POST of exactly `body`, with `contentType`.
    static func raw(
        _ name: String, _ body: [UInt8], contentType: String? = "application/json", variant: HostileHub.Variant = .standard,
        status: Int, codes: [String] = [], fragments: [String] = []
    ) -> HostileCase {
        HostileCase(
            name: name, variant: variant, contentType: contentType, body: body, status: status, codes: codes,
            fragments: fragments)
    }

    /// Text that no answer may hold, whatever was sent: an internal error, the store's or the
    /// language's own error text, a source path.
    static let leaks = [
        "INTERNAL_SERVER_ERROR", "SQLite", "sqlite", "SQL error", "syntax error near", "no such table", "GRDB",
        ".swift", "Fatal error", "Swift.",
    ]
}

/// Hostile text repeated: `count` copies of `unit` between `prefix` and `suffix`.
func repeated(_ unit: String, _ count: Int, prefix: String = "", suffix: String = "") -> String {
    prefix + String(repeating: unit, count: count) + suffix
}

/// `count` fragments, each spreading the one before it twice, the last spread by the operation:
/// a document of a few lines that expands to 2^count copies of `leaf` if fragments are
/// inlined naively.
func fragmentBomb(levels count: Int, leaf: String) -> String {
    var document = "{ ...F\(count) }\nfragment F0 on Query { \(leaf) }\n"
    for level in 1...count {
        document += "fragment F\(level) on Query { ...F\(level - 1) ...F\(level - 1) }\n"
    }
    return document
}
