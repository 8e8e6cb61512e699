import GraphQLEngine
import GraphQLOverHTTP
import Testing

@testable import HubServer

/// The pure checks of a request: content type (CSRF), statuses by error code, persisted
/// queries, the execution gate, and hiding suggestions.
struct RequestChecksTests {
    @Test("application/json in UTF-8 is read", arguments: ["application/json", "Application/JSON; charset=utf-8", "application/json;charset=\"UTF-8\""])
    func jsonIsRead(contentType: String) {
        #expect(ContentTypeCheck.problem(contentType: contentType) == nil)
    }

    @Test(
        "types a page can send without a preflight are refused as CSRF",
        arguments: ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "TEXT/PLAIN;charset=utf-8"])
    func simpleTypesAreCSRF(contentType: String) {
        guard case .crossSiteContentType? = ContentTypeCheck.problem(contentType: contentType) else {
            Issue.record("\(contentType) was not refused as cross-site")
            return
        }
    }

    @Test("other or missing types are unsupported")
    func otherTypesAreUnsupported() {
        #expect(ContentTypeCheck.problem(contentType: nil) == .unsupportedContentType(nil))
        #expect(ContentTypeCheck.problem(contentType: "application/xml") == .unsupportedContentType("application/xml"))
        #expect(
            ContentTypeCheck.problem(contentType: "application/json; charset=latin1")
                == .unsupportedContentType("application/json; charset=latin1"))
        #expect(ContentTypeCheck.problem(contentType: "application/graphql") == .unsupportedContentType("application/graphql"))
    }

    @Test(
        "a response without data takes its status from its first error's code",
        arguments: [
            (ErrorCode.parseFailed, 400), (ErrorCode.validationFailed, 422), (ErrorCode.badUserInput, 422),
            (ErrorCode.depthLimitExceeded, 422), (ErrorCode.tokenLimitExceeded, 422), ("UNAUTHENTICATED", 401),
            ("FORBIDDEN", 403), ("RATE_LIMITED", 429), (ErrorCode.internalServerError, 500),
            (ErrorCode.deadlineExceeded, 503), ("SOMETHING_NEW", 422),
        ])
    func statusByCode(code: String, status: Int) {
        var error = GraphQLError("x")
        error.code = code
        #expect(ResponseStatus.code(hasData: false, errors: [error]) == status)
        #expect(ResponseStatus.code(hasData: true, errors: [error]) == 200)
    }

    @Test("persisted queries: text alone, hash alone, both matching, both mismatching")
    func persistedQueryResolution() throws {
        let store = PersistedQueryStore(capacity: 2)
        let text = "{ hello }"
        let reference = PersistedQueryReference(sha256Hash: PersistedQueryStore.sha256Hex(text))
        #expect(try store.resolve(query: text, reference: nil) == (text, nil))
        #expect(throws: RequestProblem.persistedQueryNotFound) { try store.resolve(query: nil, reference: reference) }
        #expect(throws: RequestProblem.persistedQueryHashMismatch) {
            try store.resolve(query: "{ other }", reference: reference)
        }
        let resolved = try store.resolve(query: text, reference: reference)
        #expect(resolved.register == reference)
        store.register(text, as: reference)
        #expect(try store.resolve(query: nil, reference: reference).query == text)
        #expect(throws: RequestProblem.self) { try store.resolve(query: nil, reference: nil) }
    }

    @Test("the SHA-256 is the one clients compute")
    func sha256MatchesClients() {
        // printf '{ __typename }' | sha256sum
        #expect(
            PersistedQueryStore.sha256Hex("{ __typename }")
                == "7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b")
    }

    @Test("the store keeps its capacity, the oldest going first")
    func persistedQueryStoreIsBounded() throws {
        let store = PersistedQueryStore(capacity: 2)
        let texts = ["{ a }", "{ b }", "{ c }"]
        for text in texts { store.register(text, as: PersistedQueryReference(sha256Hash: PersistedQueryStore.sha256Hex(text))) }
        #expect(store.count == 2)
        #expect(throws: RequestProblem.persistedQueryNotFound) {
            try store.resolve(query: nil, reference: PersistedQueryReference(sha256Hash: PersistedQueryStore.sha256Hex("{ a }")))
        }
        #expect(try store.resolve(query: nil, reference: PersistedQueryReference(sha256Hash: PersistedQueryStore.sha256Hex("{ c }"))).query == "{ c }")
    }

    @Test("the gate admits up to its capacity and refuses the rest without running them")
    func gateAdmitsUpToCapacity() async {
        let gate = ExecutionGate(capacity: 1)
        let latch = Latch()
        async let first = gate.withSlot { () async -> Int in
            await latch.wait()
            return 1
        }
        while latch.arrived == 0 { await Task.yield() }
        #expect(gate.inUse == 1)
        let refused = await gate.withSlot { () async -> Int in 2 }
        #expect(refused == nil)
        latch.open()
        #expect(await first == 1)
        #expect(gate.inUse == 0)
        #expect(await gate.withSlot { () async -> Int in 3 } == 3)
    }

    @Test("a body announced larger than the limit is refused from its Content-Length, before reading")
    func announcedBodyIsRefused() {
        let endpoint = GraphQLEndpoint(
            service: ExecutorService(RequestExecutor(schema: harnessSchema()), timeout: nil), callers: StubCallers(),
            persistedQueries: PersistedQueryStore(capacity: 1), gate: ExecutionGate(capacity: 1), metrics: nil,
            options: GraphQLEndpoint.Options(maxBodyBytes: 100))
        let head = EndpointRequestHead(method: "POST", contentType: "application/json", contentLength: 101)
        guard case .failure(let problem) = endpoint.precheck(head) else {
            Issue.record("an oversized body was accepted")
            return
        }
        #expect(problem == .bodyTooLarge(limit: 100))
        #expect(problem.status == .contentTooLarge)
        var fits = head
        fits.contentLength = 100
        #expect(throws: Never.self) { try endpoint.precheck(fits).get() }
    }

    @Test("a trailing Did you mean sentence is removed, other text kept")
    func suggestionsAreRemoved() {
        #expect(
            GraphQLEndpoint.withoutSuggestion("Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?")
                == "Cannot query field \"helo\" on type \"Query\".")
        #expect(GraphQLEndpoint.withoutSuggestion("Unknown type \"X\".") == "Unknown type \"X\".")
    }
}
