import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HubServer

/// The response cache through the router: what it serves again, to whom, and when it lets go.
struct ResponseCacheHTTPTests {
    /// POSTs `json` and returns the response.
    private func post(
        _ client: some TestClientProtocol, _ json: String, headers: HTTPFields = jsonHeaders()
    ) async throws -> TestResponse {
        try await client.execute(uri: "/graphql", method: .post, headers: headers, body: body(json))
    }

    @Test("a repeated anonymous query is answered with the same bytes without running again")
    func hitReturnsTheSameBytes() async throws {
        let service = CountingService()
        try await withClient(cachingServer(service)) { client in
            let first = try await post(client, #"{"query": "{ hello counter }"}"#)
            let second = try await post(client, #"{"query": "{ hello counter }"}"#)
            #expect(first.status == .ok && second.status == .ok)
            #expect(text(first) == #"{"data":{"hello":"Hello, world","counter":0}}"#)
            #expect(Array(buffer: second.body) == Array(buffer: first.body))
            #expect(second.headers[.contentType] == first.headers[.contentType])
            #expect(second.headers[.cacheControl] == "no-store")
        }
        #expect(service.executions == 1)
    }

    @Test("a mutation invalidates every cached answer")
    func mutationInvalidates() async throws {
        let service = CountingService()
        try await withClient(cachingServer(service)) { client in
            let before = text(try await post(client, #"{"query": "{ counter }"}"#))
            #expect(before == #"{"data":{"counter":0}}"#)
            let bumped = text(try await post(client, #"{"query": "mutation { bump }"}"#))
            #expect(bumped == #"{"data":{"bump":1}}"#)
            let after = text(try await post(client, #"{"query": "{ counter }"}"#))
            #expect(after == #"{"data":{"counter":1}}"#)
            let again = text(try await post(client, #"{"query": "{ counter }"}"#))
            #expect(again == #"{"data":{"counter":1}}"#)
        }
        #expect(service.executions == 3)
    }

    @Test("a signed-in caller is never served an anonymous answer, and never fills the cache")
    func signedInCallersBypassTheCache() async throws {
        let service = CountingService()
        let member = jsonHeaders([.authorization: "Bearer member-token"])
        try await withClient(cachingServer(service)) { client in
            let anonymous = text(try await post(client, #"{"query": "{ me }"}"#))
            #expect(anonymous == #"{"data":{"me":null}}"#)
            let memberAnswer = text(try await post(client, #"{"query": "{ me }"}"#, headers: member))
            #expect(memberAnswer == #"{"data":{"me":"ana@example.org"}}"#)
            let memberAgain = text(try await post(client, #"{"query": "{ me }"}"#, headers: member))
            #expect(memberAgain == #"{"data":{"me":"ana@example.org"}}"#)
            let anonymousAgain = text(try await post(client, #"{"query": "{ me }"}"#))
            #expect(anonymousAgain == #"{"data":{"me":null}}"#)
            // A refused credential is refused, never answered from the anonymous entry.
            let refused = try await post(client, #"{"query": "{ me }"}"#, headers: jsonHeaders([.authorization: "Bearer bad"]))
            #expect(refused.status == .unauthorized)
        }
        // The anonymous query ran once, the member's twice.
        #expect(service.executions == 3)
    }

    @Test("different variables, operation names and media types are different entries; variables in another order are not")
    func keyedByWhatDeterminesTheAnswer() async throws {
        let service = CountingService()
        let server = cachingServer(service)
        let query = "query Greet($name: String, $greeting: GreetingInput) { hello(name: $name, greeting: $greeting) }"
        let document = "query A { hello(name: \\\"a\\\") } query B { hello(name: \\\"b\\\") }"
        try await withClient(server) { client in
            let ana = try await post(client, #"{"query": "\#(query)", "variables": {"name": "Ana"}}"#)
            let bo = try await post(client, #"{"query": "\#(query)", "variables": {"name": "Bo"}}"#)
            #expect(text(ana) == #"{"data":{"hello":"Hello, Ana"}}"#)
            #expect(text(bo) == #"{"data":{"hello":"Hello, Bo"}}"#)
            let a = try await post(client, #"{"query": "\#(document)", "operationName": "A"}"#)
            let b = try await post(client, #"{"query": "\#(document)", "operationName": "B"}"#)
            #expect(text(a) == #"{"data":{"hello":"Hello, a"}}"#)
            #expect(text(b) == #"{"data":{"hello":"Hello, b"}}"#)
            let legacy = try await post(
                client, #"{"query": "\#(query)", "variables": {"name": "Ana"}}"#, headers: jsonHeaders(accept: "application/json"))
            #expect(legacy.headers[.contentType] == "application/json; charset=utf-8")
            #expect(text(legacy) == text(ana))
            // Six entries so far; the same variables in another order are the first entry again.
            let ordered = #""variables": {"name": "Ana", "greeting": {"word": "Hi", "punctuation": "!"}}"#
            let reordered = #""variables": {"greeting": {"punctuation": "!", "word": "Hi"}, "name": "Ana"}"#
            _ = try await post(client, #"{"query": "\#(query)", \#(ordered)}"#)
            _ = try await post(client, #"{"query": "\#(query)", \#(reordered)}"#)
        }
        #expect(service.executions == 6)
    }

    @Test("an answer with errors is never cached")
    func errorsAreNotCached() async throws {
        let service = CountingService()
        try await withClient(cachingServer(service)) { client in
            for _ in 1...2 {
                let response = try await post(client, #"{"query": "{ hello fail }"}"#)
                #expect(text(response).contains(#""message":"Internal server error.""#))
            }
        }
        #expect(service.executions == 2)
    }

    @Test("a GET of a persisted query from the cache keeps its ETag and answers 304 to If-None-Match")
    func persistedGETFromTheCache() async throws {
        let service = CountingService()
        let query = "{ hello }"
        let extensions = #"{"persistedQuery":{"version":1,"sha256Hash":"\#(PersistedQueryStore.sha256Hex(query))"}}"#
        try await withClient(cachingServer(service)) { client in
            _ = try await post(client, #"{"query": "\#(query)", "extensions": \#(extensions)}"#)
            let uri = getURI([("extensions", extensions)])
            let headers = jsonHeaders()
            let first = try await client.execute(uri: uri, method: .get, headers: headers)
            let second = try await client.execute(uri: uri, method: .get, headers: headers)
            #expect(first.status == .ok && second.status == .ok)
            #expect(text(second) == #"{"data":{"hello":"Hello, world"}}"#)
            let tag = try #require(first.headers[.eTag])
            #expect(second.headers[.eTag] == tag)
            #expect(second.headers[.cacheControl] == "public, max-age=60")
            var conditional = headers
            conditional[.ifNoneMatch] = tag
            let notModified = try await client.execute(uri: uri, method: .get, headers: conditional)
            #expect(notModified.status == .notModified)
        }
        // The POST that registered the query, and the first GET (another entry: its headers differ).
        #expect(service.executions == 2)
    }

    @Test("with the cache turned off by its setting, every request runs")
    func turnedOff() async throws {
        let service = CountingService()
        try await withClient(cachingServer(service) { $0.responseCacheBytes = 0 }) { client in
            for _ in 1...3 { _ = try await post(client, #"{"query": "{ hello }"}"#) }
        }
        #expect(service.executions == 3)
    }

    @Test("/metrics counts the response cache's hits and misses and its size")
    func metrics() async throws {
        let server = cachingServer(CountingService())
        try await withClient(server) { client in
            for _ in 1...3 { _ = try await post(client, #"{"query": "{ hello }"}"#) }
        }
        try await Application(router: server.makeMetricsRouter()).test(.router) { client in
            let response = try await client.execute(uri: "/metrics", method: .get)
            let metrics = text(response)
            #expect(metrics.contains(#"peerhub_response_cache_lookups_total{result="hit"} 2"#))
            #expect(metrics.contains(#"peerhub_response_cache_lookups_total{result="miss"} 1"#))
            #expect(metrics.contains("peerhub_response_cache_entries 1"))
        }
    }
}
