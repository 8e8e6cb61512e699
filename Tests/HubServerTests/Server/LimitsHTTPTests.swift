import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HubServer

/// Each request limit through the router: a clear error with its `extensions.code`, and the
/// server still answering afterwards.
struct LimitsHTTPTests {
    @Test("a body over the limit is 413, whether or not Content-Length announces it")
    func bodyLimit() async throws {
        try await withClient(harnessServer { $0.maxBodyBytes = 64 }) { client in
            let large = #"{"query": "{ hello }", "padding": "\#(String(repeating: "x", count: 100))"}"#
            let streamed = try await client.execute(uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(large))
            #expect(streamed.status == .contentTooLarge)
            #expect(text(streamed).contains(#""code":"BODY_TOO_LARGE""#))
            let small = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello }"}"#))
            #expect(small.status == .ok)
        }
    }

    @Test("a GET query string over the limit is 414")
    func queryStringLimit() async throws {
        try await withClient(harnessServer { $0.maxBodyBytes = 64 }) { client in
            let response = try await client.execute(
                uri: getURI([("query", "{ hello " + String(repeating: "__typename ", count: 20) + "}")]), method: .get)
            #expect(response.status == .uriTooLong)
        }
    }

    @Test(
        "document limits refuse with their code before validation",
        arguments: [
            ("{ greeting { next { next { text } } } }", ErrorCode.depthLimitExceeded),
            ("{ a: hello b: hello c: hello }", ErrorCode.aliasLimitExceeded),
            ("{ hello @skip(if: false) hello @skip(if: false) hello @skip(if: false) }", ErrorCode.directiveLimitExceeded),
            ("{ " + String(repeating: "hello ", count: 35) + "}", ErrorCode.tokenLimitExceeded),
        ])
    func documentLimits(query: String, code: String) async throws {
        let server = harnessServer {
            $0.api.documentLimits = DocumentLimits(maxTokens: 30, maxDepth: 3, maxAliases: 2, maxDirectives: 2)
        }
        try await withClient(server) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "\#(query)"}"#))
            #expect(response.status == .unprocessableContent)
            #expect(text(response).contains(#""code":"\#(code)""#))
            let fine = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello }"}"#))
            #expect(fine.status == .ok)
        }
    }

    @Test("over the cap on concurrent executions: 503 with Retry-After, and the running one finishes")
    func concurrencyCap() async throws {
        let latch = Latch()
        try await withClient(harnessServer(latch: latch) { $0.maxConcurrentExecutions = 1 }) { client in
            async let first = client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ wait }"}"#))
            while latch.arrived == 0 { try await Task.sleep(for: .milliseconds(1)) }
            let refused = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ hello }"}"#))
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(text(refused).contains(#""code":"SERVER_BUSY""#))
            latch.open()
            let finished = try await first
            #expect(text(finished) == #"{"data":{"wait":"done"}}"#)
        }
    }

    @Test("an execution past its deadline is stopped with DEADLINE_EXCEEDED")
    func executionDeadline() async throws {
        try await withClient(harnessServer { $0.api.executionTimeout = .milliseconds(20) }) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ slow }"}"#))
            #expect(text(response).contains(#""code":"DEADLINE_EXCEEDED""#))
        }
    }

    @Test("batches: refused by default; when enabled, answered as an array up to the limit")
    func batches() async throws {
        let batch = #"[{"query": "{ hello }"}, {"query": "{ nope }"}, {"qeury": 1}]"#
        try await withClient(harnessServer()) { client in
            let refused = try await client.execute(uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(batch))
            #expect(refused.status == .unprocessableContent)
            #expect(text(refused).contains("BATCHING_DISABLED"))
        }
        try await withClient(harnessServer { $0.maxBatchSize = 3 }) { client in
            let answered = try await client.execute(uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(batch))
            #expect(answered.status == .ok)
            let answer = text(answered)
            #expect(answer.hasPrefix(#"[{"data":{"hello":"Hello, world"}},{"errors":[{"message":"Cannot query field"#))
            #expect(answer.hasSuffix(#""code":"BAD_REQUEST"}}]}]"#))
        }
        try await withClient(harnessServer { $0.maxBatchSize = 2 }) { client in
            let tooMany = try await client.execute(uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(batch))
            #expect(text(tooMany).contains("BATCH_LIMIT_EXCEEDED"))
        }
    }

    @Test("introspection off: __schema and __type are refused; anonymous callers get no suggestions")
    func introspectionOff() async throws {
        try await withClient(harnessServer { $0.api.allowsIntrospection = false }) { client in
            let schema = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ __schema { types { name } } }"}"#))
            #expect(schema.status == .unprocessableContent)
            #expect(text(schema).contains("GraphQL introspection has been disabled, but the requested query contained the field \\\"__schema\\\"."))
            let anonymous = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ helo }"}"#))
            #expect(text(anonymous).contains(#"Cannot query field \"helo\" on type \"Query\".""#))
            #expect(!text(anonymous).contains("Did you mean"))
            let member = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders([.authorization: "Bearer member-token"]),
                body: body(#"{"query": "{ helo }"}"#))
            #expect(text(member).contains(#"Did you mean \"hello\"?"#))
            let typename = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ __typename }"}"#))
            #expect(text(typename) == #"{"data":{"__typename":"Query"}}"#)
        }
        try await withClient(harnessServer()) { client in
            let on = try await client.execute(
                uri: "/graphql", method: .post, headers: jsonHeaders(), body: body(#"{"query": "{ helo }"}"#))
            #expect(text(on).contains("Did you mean"))
        }
    }
}
