import Foundation

/// Which web origins may call the API from a browser (WHATWG Fetch, "CORS protocol"): a fixed
/// list, empty by default. An origin is answered only when it is on the list, with that
/// configured value; any other origin gets no CORS header at all, so the browser keeps the
/// response from the page. Credentials (cookies) are never allowed: the API takes bearer tokens.
struct CORSPolicy: Sendable, Equatable {
    /// The origins allowed, normalized (`https://example.org`, lowercase, no trailing slash).
    let allowedOrigins: Set<String>

    /// The methods a cross-origin request may use.
    static let allowedMethods = "GET, POST"
    /// The request headers a cross-origin request may send.
    static let allowedHeaders: Set<String> = ["accept", "authorization", "content-type", "graphql-require-preflight"]
    /// The response headers a page may read beyond the safelisted ones.
    static let exposedHeaders = "ETag, Retry-After, X-Request-ID"
    /// How long a browser may reuse a preflight's answer (seconds).
    static let preflightMaxAge = 600

    /// A policy allowing `origins` (each normalized; see ``normalize(_:)``).
    init(allowedOrigins: [String]) {
        self.allowedOrigins = Set(allowedOrigins.compactMap(Self.normalize))
    }

    /// What to answer a preflight (`OPTIONS` with `Access-Control-Request-Method`).
    enum PreflightAnswer: Equatable {
        /// 204 with these headers.
        case allowed([HeaderField])
        /// 403 without CORS headers: the origin, method or a header is not allowed.
        case refused
    }

    /// The answer to a preflight from `origin` asking for `method` with `requestHeaders`
    /// (the `Access-Control-Request-Headers` list).
    func preflight(origin: String, method: String, requestHeaders: String?) -> PreflightAnswer {
        guard let allowed = allowedOrigin(origin), method == "GET" || method == "POST" else { return .refused }
        let asked = (requestHeaders ?? "").split(separator: ",").map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
        guard asked.allSatisfy(Self.allowedHeaders.contains) else { return .refused }
        return .allowed([
            HeaderField("Access-Control-Allow-Origin", allowed),
            HeaderField("Access-Control-Allow-Methods", Self.allowedMethods),
            HeaderField("Access-Control-Allow-Headers", Self.allowedHeaders.sorted().joined(separator: ", ")),
            HeaderField("Access-Control-Max-Age", String(Self.preflightMaxAge)),
        ])
    }

    /// The headers to add to an actual response for a request from `origin` (nil when the
    /// request had no `Origin`): empty unless the origin is allowed.
    func responseHeaders(origin: String?) -> [HeaderField] {
        guard let origin, let allowed = allowedOrigin(origin) else { return [] }
        return [
            HeaderField("Access-Control-Allow-Origin", allowed),
            HeaderField("Access-Control-Expose-Headers", Self.exposedHeaders),
        ]
    }

    /// The configured value matching `origin`, or nil. `null` (sandboxed pages, files) never matches.
    func allowedOrigin(_ origin: String) -> String? {
        guard let normalized = Self.normalize(origin), allowedOrigins.contains(normalized) else { return nil }
        return normalized
    }

    /// An origin as `scheme://host[:port]` in lowercase, or nil when it is not one (a path, `null`).
    static func normalize(_ origin: String) -> String? {
        var text = origin.trimmingSpaces.lowercased()
        if text.hasSuffix("/") { text.removeLast() }
        guard let separator = text.range(of: "://") else { return nil }
        let scheme = text[..<separator.lowerBound]
        let authority = text[separator.upperBound...]
        guard scheme == "http" || scheme == "https", !authority.isEmpty,
            !authority.contains(where: { "/?#@ ".contains($0) })
        else { return nil }
        return text
    }
}

/// A response header to set: a name and a value.
struct HeaderField: Sendable, Equatable {
    /// The header's name.
    var name: String
    /// The header's value.
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
