import Testing

@testable import HubServer

/// `CORSPolicy`: only configured origins are answered, preflights checked.
struct CORSPolicyTests {
    let policy = CORSPolicy(allowedOrigins: ["https://Dashboard.example.org/", "http://localhost:3000"])

    @Test("origins are normalized: lowercase, no trailing slash; what is not an origin is dropped")
    func originsAreNormalized() {
        #expect(policy.allowedOrigins == ["https://dashboard.example.org", "http://localhost:3000"])
        #expect(CORSPolicy.normalize("null") == nil)
        #expect(CORSPolicy.normalize("https://example.org/path") == nil)
        #expect(CORSPolicy.normalize("ftp://example.org") == nil)
    }

    @Test("an allowed origin gets its configured value; others, and no origin, get nothing")
    func onlyAllowedOriginsGetHeaders() {
        #expect(
            policy.responseHeaders(origin: "https://dashboard.example.org")
                == [
                    HeaderField("Access-Control-Allow-Origin", "https://dashboard.example.org"),
                    HeaderField("Access-Control-Expose-Headers", "ETag, Retry-After, X-Request-ID"),
                ])
        #expect(policy.responseHeaders(origin: "https://evil.example").isEmpty)
        #expect(policy.responseHeaders(origin: "https://dashboard.example.org.evil.example").isEmpty)
        #expect(policy.responseHeaders(origin: "null").isEmpty)
        #expect(policy.responseHeaders(origin: nil).isEmpty)
        #expect(CORSPolicy(allowedOrigins: []).responseHeaders(origin: "https://dashboard.example.org").isEmpty)
    }

    @Test("a preflight is allowed for an allowed origin, method and headers only")
    func preflights() {
        guard case .allowed(let headers) = policy.preflight(
            origin: "http://localhost:3000", method: "POST", requestHeaders: "Content-Type, Authorization")
        else {
            Issue.record("the preflight was refused")
            return
        }
        #expect(headers.first == HeaderField("Access-Control-Allow-Origin", "http://localhost:3000"))
        #expect(headers.contains(HeaderField("Access-Control-Allow-Methods", "GET, POST")))
        #expect(policy.preflight(origin: "https://evil.example", method: "POST", requestHeaders: nil) == .refused)
        #expect(policy.preflight(origin: "http://localhost:3000", method: "DELETE", requestHeaders: nil) == .refused)
        #expect(policy.preflight(origin: "http://localhost:3000", method: "POST", requestHeaders: "X-Custom") == .refused)
    }
}
