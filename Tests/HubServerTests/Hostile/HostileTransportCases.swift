import GraphQLEngine

/// Hostile HTTP around the document: methods, media types, bodies that are not JSON or not
/// UTF-8, bodies over the limit, batches, malformed parameters and persisted queries.
enum HostileTransportCases {
    static let query = Array(#"{"query":"{ __typename }"}"#.utf8)

    static let all: [HostileCase] = [
        // Content types.
        .raw("a POST without a content type is refused", query, contentType: nil, status: 415, codes: ["UNSUPPORTED_MEDIA_TYPE"]),
        .raw("a POST as text/plain is refused as cross-site", query, contentType: "text/plain", status: 415, codes: ["CSRF_PREVENTED"]),
        .raw(
            "a POST as a form is refused as cross-site", Array("query=%7B__typename%7D".utf8),
            contentType: "application/x-www-form-urlencoded", status: 415, codes: ["CSRF_PREVENTED"]),
        .raw(
            "a POST as multipart is refused as cross-site", query, contentType: "multipart/form-data; boundary=x", status: 415,
            codes: ["CSRF_PREVENTED"]),
        .raw(
            "a POST as JSON in Latin-1 is refused", query, contentType: "application/json; charset=iso-8859-1", status: 415,
            codes: ["UNSUPPORTED_MEDIA_TYPE"]),
        .raw("a POST as XML is refused", query, contentType: "application/xml", status: 415, codes: ["UNSUPPORTED_MEDIA_TYPE"]),
        .raw(
            "a 50 KB content type is refused and quoted only in part", query,
            contentType: "application/" + repeated("x", 50_000), status: 415, codes: ["UNSUPPORTED_MEDIA_TYPE"],
            fragments: [repeated("x", 88) + "…"]),
        HostileCase(
            name: "an Accept of only text/html is refused", accept: "text/html", body: query, status: 406,
            codes: ["NOT_ACCEPTABLE"]),

        // Bodies that are not JSON, or not UTF-8.
        .raw(
            "invalid UTF-8 inside the query string of the body is refused", Array(#"{"query":"{ __typename "#.utf8) + [0xFF] + Array(#"}"}"#.utf8),
            status: 400, codes: ["INVALID_JSON"], fragments: ["not valid UTF-8"]),
        .raw(
            "invalid UTF-8 in a variable is refused",
            Array(#"{"query":"query($k: String!) { practice(key: $k) { key } }","variables":{"k":""#.utf8) + [0xC3, 0x28]
                + Array(#""}}"#.utf8),
            status: 400, codes: ["INVALID_JSON"], fragments: ["not valid UTF-8"]),
        .raw(
            "an overlong UTF-8 encoding is refused", Array(#"{"query":"{ __typename }","x":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8),
            status: 400, codes: ["INVALID_JSON"]),
        .raw(
            "a UTF-8-encoded surrogate is refused", Array(#"{"query":"{ __typename }","x":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8),
            status: 400, codes: ["INVALID_JSON"]),
        .raw(
            "invalid UTF-8 after the JSON value is refused", query + [0xFF], status: 400, codes: ["INVALID_JSON"],
            fragments: ["unexpected text after the JSON value"]),
        .raw(
            "an unpaired surrogate escape is refused", Array(#"{"query":"{ practice(key: \"\ud800\") { key } }"}"#.utf8),
            status: 400, codes: ["INVALID_JSON"], fragments: ["unpaired surrogate"]),
        .raw(
            "a NUL character in the query is a syntax error", Array(#"{"query":"{ __typename }\u0000"}"#.utf8), status: 400,
            codes: [ErrorCode.parseFailed], fragments: ["U+0000"]),
        .raw("a body in UTF-16 is refused", [0xFF, 0xFE] + Array("{}".utf8).flatMap { [$0, 0] }, status: 400, codes: ["INVALID_JSON"]),
        .raw("a body with a byte-order mark is refused", [0xEF, 0xBB, 0xBF] + query, status: 400, codes: ["INVALID_JSON"]),
        .raw("an empty body is refused", [], status: 400, codes: ["INVALID_JSON"]),
        .raw("an unterminated body is refused", Array(#"{"query":"{ __typename }"#.utf8), status: 400, codes: ["INVALID_JSON"]),
        .raw("a number out of range is refused", Array("1e999999".utf8), status: 400, codes: ["INVALID_JSON"]),
        .raw("a JSON null is not a request", Array("null".utf8), status: 422, codes: ["BAD_REQUEST"]),
        .raw("a JSON string is not a request", Array(#""{ __typename }""#.utf8), status: 422, codes: ["BAD_REQUEST"]),
        .raw("a query that is a number is refused", Array(#"{"query":1}"#.utf8), status: 422, codes: ["BAD_REQUEST"]),
        .raw(
            "variables that are a string are refused", Array(#"{"query":"{ __typename }","variables":"{}"}"#.utf8), status: 422,
            codes: ["BAD_REQUEST"]),
        .raw(
            "an array nested 100,000 deep is refused by the JSON reader", Array((repeated("[", 100_000) + repeated("]", 100_000)).utf8),
            status: 400, codes: ["INVALID_JSON"], fragments: ["nested more than 128 deep"]),

        // Size.
        .raw(
            "a body over the limit is refused from its Content-Length", Array(repeated(" ", 1 << 20).utf8) + query, status: 413,
            codes: ["BODY_TOO_LARGE"], fragments: ["larger than the 1048576 bytes allowed"]),
        HostileCase(
            name: "a GET query string over the limit is refused", method: .get,
            uri: "/graphql?query=" + repeated("%20", (1 << 20) / 3 + 1) + "%7B__typename%7D", contentType: nil, status: 414,
            codes: ["QUERY_STRING_TOO_LONG"]),

        // Batches.
        .raw(
            "a batch of 1,000 operations is refused while batching is off",
            Array(("[" + Array(repeating: #"{"query":"{ __typename }"}"#, count: 1000).joined(separator: ",") + "]").utf8),
            status: 422, codes: ["BATCHING_DISABLED"]),
        .raw(
            "a batch of 1,000 operations is refused over the batch limit",
            Array(("[" + Array(repeating: #"{"query":"{ __typename }"}"#, count: 1000).joined(separator: ",") + "]").utf8),
            variant: .batching, status: 422, codes: ["BATCH_LIMIT_EXCEEDED"], fragments: ["1000 requests, more than the 10 allowed"]),
        .raw("an empty batch is refused", Array("[]".utf8), variant: .batching, status: 422, codes: ["BATCH_LIMIT_EXCEEDED"]),
        .raw(
            "a batch of batches answers each inner batch as a malformed request", Array(("[" + "[" + String(decoding: query, as: UTF8.self) + "]]").utf8),
            variant: .batching, status: 200, codes: ["BAD_REQUEST"]),

        // Methods and GET.
        HostileCase(name: "a PUT is refused", method: .put, body: query, status: 405, codes: ["METHOD_NOT_ALLOWED"]),
        HostileCase(
            name: "a mutation over GET is refused", method: .get, uri: "/graphql?query=mutation%7BsignOut%7BsignedOut%7D%7D",
            contentType: nil, status: 405, codes: ["METHOD_NOT_ALLOWED"]),
        HostileCase(
            name: "a GET parameter that is not UTF-8 once decoded is refused", method: .get, uri: "/graphql?query=%FF",
            contentType: nil, status: 422, codes: ["BAD_REQUEST"], fragments: ["not UTF-8 once percent-decoded"]),
        HostileCase(
            name: "a GET with a malformed percent escape is a syntax error", method: .get, uri: "/graphql?query=%ZZ",
            contentType: nil, status: 400, codes: [ErrorCode.parseFailed]),

        // Persisted queries.
        .raw(
            "a 100 KB persisted-query hash is refused as malformed",
            Array((#"{"extensions":{"persistedQuery":{"version":1,"sha256Hash":""# + repeated("a", 100_000) + #""}}}"#).utf8),
            status: 422, codes: ["BAD_REQUEST"], fragments: ["must be 64 hexadecimal digits"]),
        .raw(
            "an unknown persisted-query hash is not found",
            Array((#"{"extensions":{"persistedQuery":{"version":1,"sha256Hash":""# + repeated("a", 64) + #""}}}"#).utf8),
            status: 404, codes: ["PERSISTED_QUERY_NOT_FOUND"]),
        .raw(
            "a persisted query whose hash is not its text's is refused",
            Array((#"{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":""# + repeated("0", 64) + #""}}}"#).utf8),
            status: 400, codes: ["PERSISTED_QUERY_HASH_MISMATCH"]),
        .raw(
            "a persisted query of an unknown version is refused",
            Array(#"{"query":"{ __typename }","extensions":{"persistedQuery":{"version":99,"sha256Hash":"x"}}}"#.utf8),
            status: 400, codes: ["PERSISTED_QUERY_NOT_SUPPORTED"]),
    ]
}
