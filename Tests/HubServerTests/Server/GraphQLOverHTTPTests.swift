import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HubServer

/// `/graphql` through the real router (no sockets): the GraphQL-over-HTTP status codes, content
/// negotiation, GET rules, content types and CSRF, credentials.
struct GraphQLOverHTTPTests {
    @Test("a query answers 200 with data, as application/graphql-response+json")
    func queryAnswers200() async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello }"}"#))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(text(response) == #"{"data":{"hello":"Hello, world"}}"#)
        }
    }

    @Test("field errors with data still answer 200")
    func fieldErrorsAnswer200() async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello fail }"}"#))
            #expect(response.status == .ok)
            #expect(text(response).contains(#""data":{"hello":"Hello, world","fail":null}"#))
        }
    }

    @Test("a resolver's unexpected error reaches the client as \"Internal server error.\" and the log as it was")
    func internalErrorsAreMasked() async throws {
        let logs = LogRecorder()
        try await withClient(harnessServer(), logs: logs) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello fail }"}"#))
            #expect(response.status == .ok)
            #expect(
                text(response)
                    == #"{"errors":[{"message":"Internal server error.","locations":[{"line":1,"column":9}],"#
                    + #""path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"#
                    + #""data":{"hello":"Hello, world","fail":null}}"#)
        }
        let logged = logs.lines.filter { $0.message == "graphql internal error" }
        #expect(logged.count == 1)
        #expect(logged.first?.level == .error)
        #expect(logged.first?.metadata["graphql.error"] == "cannot open /srv/peerhub/secret.db (1:9)")
        #expect(logged.first?.metadata["hb.request.id"] != nil)
    }

    @Test(
        "request errors answer 400 or 422 as the specification's examples say",
        arguments: [
            ("NONSENSE", 400, "INVALID_JSON"),
            (#"{"query":"#, 400, "INVALID_JSON"),
            (#"{"qeury": "{ hello }"}"#, 422, "BAD_REQUEST"),
            (#"{"query": "query Q ($i: Int!) { hello }", "variables": [7]}"#, 422, "BAD_REQUEST"),
            (#"{"query": "{"}"#, 400, "GRAPHQL_PARSE_FAILED"),
            (#"{"query": "{ nope }"}"#, 422, "GRAPHQL_VALIDATION_FAILED"),
            (#"{"query": "query A { hello } query B { hello }"}"#, 422, "BAD_USER_INPUT"),
            (#"{"query": "{ hello }", "operationName": "Missing"}"#, 422, "BAD_USER_INPUT"),
            (#"{"query": "query Q($n: String!) { hello(name: $n) }", "variables": {"n": 5}}"#, 422, "BAD_USER_INPUT"),
            (#"{"query": "query Q($n: String!) { hello(name: $n) }"}"#, 422, "BAD_USER_INPUT"),
            ("[]", 422, "BATCHING_DISABLED"),
        ])
    func requestErrors(json: String, status: Int, code: String) async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(json))
            #expect(Int(response.status.code) == status)
            #expect(response.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
            #expect(text(response).hasPrefix(#"{"errors":[{"message":"#))
            #expect(text(response).contains(#""code":"\#(code)""#))
            #expect(!text(response).contains(#""data""#))
        }
    }

    @Test("a legacy client (Accept: application/json) gets application/json on 200, and the same status codes otherwise")
    func legacyClients() async throws {
        try await withClient(harnessServer()) { client in
            let ok = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(accept: "application/json"),
                body: body(#"{"query": "{ hello }"}"#))
            #expect(ok.status == .ok)
            #expect(ok.headers[.contentType] == "application/json; charset=utf-8")
            let invalid = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(accept: "application/json"),
                body: body(#"{"query": "{ nope }"}"#))
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
        }
    }

    @Test("406 when Accept names nothing the server writes")
    func notAcceptable() async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(accept: "text/html"), body: body(#"{"query": "{ hello }"}"#))
            #expect(response.status == .notAcceptable)
            #expect(text(response).contains("NOT_ACCEPTABLE"))
        }
    }

    @Test("GET runs a query; a mutation over GET is 405 with Allow: POST")
    func getRules() async throws {
        try await withClient(harnessServer()) { client in
            var headers = HTTPFields()
            headers[.accept] = "application/graphql-response+json"
            let query = try await client.execute(
                uri: getURI([("query", "query Q($n: String) { hello(name: $n) }"), ("variables", #"{"n": "Ana"}"#)]),
                method: .get, headers: headers)
            #expect(query.status == .ok)
            #expect(text(query) == #"{"data":{"hello":"Hello, Ana"}}"#)
            let mutation = try await client.execute(uri: getURI([("query", "mutation { bump }")]), method: .get, headers: headers)
            #expect(mutation.status == .methodNotAllowed)
            #expect(mutation.headers[.allow] == "POST")
            #expect(text(mutation).contains("Can only perform a mutation operation from a POST request."))
            let post = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "mutation { bump }"}"#))
            #expect(text(post) == #"{"data":{"bump":1}}"#)
        }
    }

    @Test("other methods are 405 with Allow")
    func otherMethods() async throws {
        try await withClient(harnessServer()) { client in
            for method in [HTTPRequest.Method.put, .delete, .patch] {
                let response = try await client.execute(uri: "/graphql", method: method, headers: jsonHeaders())
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, POST, OPTIONS")
            }
        }
    }

    @Test(
        "a POST a page could send cross-site without a preflight is refused (CSRF), other types are 415",
        arguments: [
            ("text/plain", "CSRF_PREVENTED"), ("application/x-www-form-urlencoded", "CSRF_PREVENTED"),
            ("multipart/form-data; boundary=b", "CSRF_PREVENTED"), ("application/xml", "UNSUPPORTED_MEDIA_TYPE"),
        ])
    func contentTypes(contentType: String, code: String) async throws {
        try await withClient(harnessServer()) { client in
            var headers = jsonHeaders()
            headers[.contentType] = contentType
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: headers, body: body(#"{"query": "mutation { bump }"}"#))
            #expect(response.status == .unsupportedMediaType)
            #expect(text(response).contains(code))
            #expect(!text(response).contains("bump\":1"))
        }
    }

    @Test("a POST without Content-Type is 415")
    func missingContentType() async throws {
        try await withClient(harnessServer()) { client in
            var headers = HTTPFields()
            headers[.accept] = "application/graphql-response+json"
            let response = try await client.execute(uri: "/graphql", method: .post, headers: headers, body: body("{}"))
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test("a credential that identifies nobody is 401 with WWW-Authenticate; a good one reaches resolvers")
    func credentials() async throws {
        try await withClient(harnessServer()) { client in
            let refused = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders([.authorization: "Bearer bad"]),
                body: body(#"{"query": "{ me }"}"#))
            #expect(refused.status == .unauthorized)
            #expect(refused.headers[.wwwAuthenticate] == "Bearer")
            #expect(text(refused).contains("UNAUTHENTICATED"))
            let member = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders([.authorization: "Bearer member-token"]),
                body: body(#"{"query": "{ me }"}"#))
            #expect(text(member) == #"{"data":{"me":"ana@example.org"}}"#)
            let anonymous = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ me }"}"#))
            #expect(text(anonymous) == #"{"data":{"me":null}}"#)
        }
    }

    @Test("a RATE_LIMITED error adds Retry-After")
    func rateLimitedAddsRetryAfter() async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ limited }"}"#))
            #expect(response.status == .ok)
            #expect(response.headers[.retryAfter] == "30")
            #expect(text(response).contains(#""code":"RATE_LIMITED""#))
        }
    }

    @Test("every response has a request ID and nosniff; HSTS on HTTPS only")
    func commonHeaders() async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(uri: "/nowhere", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.strictTransportSecurity] == "max-age=31536000")
            #expect(response.headers[.xRequestID]?.isEmpty == false)
        }
        try await withClient(harnessServer { $0.plainHTTP = true }) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.headers[.strictTransportSecurity] == nil)
        }
    }
}
