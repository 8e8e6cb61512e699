import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HubServer

/// CORS, health and metrics through the routers.
struct ServerRoutesTests {
    let origin = "https://dashboard.example.org"

    @Test("no CORS origin is configured by default: no CORS header, even for a preflight")
    func corsOffByDefault() async throws {
        try await withClient(harnessServer()) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders([.origin: origin]), body: body(#"{"query": "{ hello }"}"#))
            #expect(response.headers[.accessControlAllowOrigin] == nil)
            var preflight = HTTPFields()
            preflight[.origin] = origin
            preflight[.accessControlRequestMethod] = "POST"
            let answer = try await client.execute(uri: "/graphql", method: .options, headers: preflight)
            #expect(answer.status == .forbidden)
            #expect(answer.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test("a configured origin is answered with its value; another origin is not reflected")
    func corsConfigured() async throws {
        try await withClient(harnessServer { $0.allowedOrigins = [origin] }) { client in
            let allowed = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders([.origin: origin]), body: body(#"{"query": "{ hello }"}"#))
            #expect(allowed.headers[.accessControlAllowOrigin] == origin)
            #expect(allowed.headers[.vary] == "Origin")
            let other = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders([.origin: "https://evil.example"]),
                body: body(#"{"query": "{ hello }"}"#))
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            var preflight = HTTPFields()
            preflight[.origin] = origin
            preflight[.accessControlRequestMethod] = "POST"
            preflight[.accessControlRequestHeaders] = "content-type, authorization"
            let answer = try await client.execute(uri: "/graphql", method: .options, headers: preflight)
            #expect(answer.status == .noContent)
            #expect(answer.headers[.accessControlAllowOrigin] == origin)
            #expect(answer.headers[.accessControlAllowMethods] == "GET, POST")
            #expect(answer.headers[.accessControlMaxAge] == "600")
        }
    }

    @Test("/health is live; /health/ready says whether the database answers")
    func health() async throws {
        try await withClient(harnessServer()) { client in
            let live = try await client.execute(uri: "/health", method: .get)
            #expect(live.status == .ok)
            #expect(text(live) == #"{"status":"pass"}"#)
            let ready = try await client.execute(uri: "/health/ready", method: .get)
            #expect(text(ready) == #"{"status":"pass","database":"reachable"}"#)
        }
        try await withClient(harnessServer(ready: false)) { client in
            let ready = try await client.execute(uri: "/health/ready", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(text(ready) == #"{"status":"fail","database":"unreachable"}"#)
        }
    }

    @Test("/metrics counts responses by status, errors by code, latency, lookups, and samples the store")
    func metrics() async throws {
        let server = harnessServer()
        try await withClient(server) { client in
            for _ in 1...2 {
                _ = try await client.execute(
                    uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello }"}"#))
            }
            _ = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ nope }"}"#))
            let hash = PersistedQueryStore.sha256Hex("{ unknown }")
            _ = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(),
                body: body(#"{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "\#(hash)"}}}"#))
        }
        try await Application(router: server.makeMetricsRouter()).test(.router) { client in
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let metrics = text(response)
            #expect(metrics.contains(#"peerhub_http_requests_total{status="200"} 2"#))
            #expect(metrics.contains(#"peerhub_http_requests_total{status="422"} 1"#))
            #expect(metrics.contains(#"peerhub_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1"#))
            #expect(metrics.contains(#"peerhub_persisted_query_lookups_total{result="miss"} 1"#))
            #expect(metrics.contains("peerhub_http_request_duration_seconds_count 4"))
            #expect(metrics.contains("peerhub_database_statements_total 42"))
            #expect(metrics.contains("peerhub_database_reads_in_flight 3"))
            #expect(metrics.contains("peerhub_database_readers 4"))
            // Each GraphQL request is prepared once: two documents new, the repeated one from the cache.
            #expect(metrics.contains(#"peerhub_document_cache_lookups_total{result="miss"} 2"#))
            #expect(metrics.contains(#"peerhub_document_cache_lookups_total{result="hit"} 1"#))
            #expect(metrics.contains("peerhub_document_cache_documents 2"))
            #expect(metrics.contains("peerhub_execution_slots 64"))
        }
    }
}
