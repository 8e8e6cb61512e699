import Foundation
import GraphQLEngine
import GraphQLOverHTTP
import HubAPI

/// `/graphql`: GraphQL over HTTP (the current draft, "Request", "Response", "Status Codes")
/// without sockets. The HTTP glue checks what it can from the headers (``precheck(_:)``),
/// reads the body within the size limit, and hands the rest to ``respond(to:)``, which
/// decides the status, headers and body.
///
/// In order: method, `Accept`, `Content-Type` (CSRF), body size, JSON, parameters, persisted
/// query, credential, preparation (parse, limits, validation), mutation over GET, the cap on
/// concurrent executions, execution.
struct GraphQLEndpoint: Sendable {
    /// What the endpoint needs from the configuration.
    struct Options: Sendable {
        var maxBodyBytes = 100 * 1024
        var maxBatchSize = 0
        var allowsIntrospection = true
        var persistedQueryMaxAge = 60
    }

    let service: any GraphQLExecuting
    let callers: any CallerIdentifying
    let persistedQueries: PersistedQueryStore
    let gate: ExecutionGate
    let metrics: ServerMetrics?
    let options: Options
    /// Answers to anonymous queries; nil when disabled or when the service has no write
    /// generation to invalidate them by.
    var responseCache: ResponseCache? = nil

    /// What the headers alone decide: a refusal, or the response type and whether to read a body.
    func precheck(_ head: EndpointRequestHead) -> Result<ResponseMediaType, RequestProblem> {
        guard head.method == "GET" || head.method == "POST" else { return .failure(.methodNotAllowed(head.method)) }
        guard let mediaType = ResponseMediaType.negotiate(accept: head.accept) else {
            return .failure(.notAcceptable(head.accept ?? ""))
        }
        if head.method == "POST" {
            if let problem = ContentTypeCheck.problem(contentType: head.contentType) { return .failure(problem) }
            if let length = head.contentLength, length > options.maxBodyBytes {
                return .failure(.bodyTooLarge(limit: options.maxBodyBytes))
            }
        } else if (head.queryString?.utf8.count ?? 0) > options.maxBodyBytes {
            return .failure(.queryStringTooLong(limit: options.maxBodyBytes))
        }
        return .success(mediaType)
    }

    /// The response to a request whose head passed ``precheck(_:)`` and whose body (for POST)
    /// was read within the limit.
    func respond(to request: EndpointRequest, mediaType: ResponseMediaType) async -> EndpointResponse {
        if request.head.method == "POST" {
            let body: InputValue
            do throws(JSONReadError) {
                body = try JSONReader.read(request.body)
            } catch {
                return .problem(.invalidJSON(error.message), mediaType: mediaType)
            }
            if case .list(let elements) = body { return await respondToBatch(elements, request: request, mediaType: mediaType) }
            let parameters = Self.parameters { () throws(RequestParametersError) in try RequestParameters(json: body) }
            return await respondToOne(parameters, request, mediaType)
        }
        let parameters = Self.parameters { () throws(RequestParametersError) in
            try RequestParameters(queryString: request.head.queryString ?? "")
        }
        return await respondToOne(parameters, request, mediaType)
    }

    private func respondToBatch(_ elements: [InputValue], request: EndpointRequest, mediaType: ResponseMediaType) async
        -> EndpointResponse
    {
        guard options.maxBatchSize > 0 else { return .problem(.batchingDisabled, mediaType: mediaType) }
        guard elements.count <= options.maxBatchSize, !elements.isEmpty else {
            return .problem(.batchTooLarge(count: elements.count, limit: options.maxBatchSize), mediaType: mediaType)
        }
        var responses: [EndpointResponse] = []
        for element in elements {
            let parameters = Self.parameters { () throws(RequestParametersError) in try RequestParameters(json: element) }
            responses.append(await respondToOne(parameters, request, mediaType))
        }
        return .batch(responses, mediaType: mediaType)
    }

    /// The parameters `read` gives, or the refusal its error makes.
    private static func parameters(
        _ read: () throws(RequestParametersError) -> RequestParameters
    ) -> Result<RequestParameters, RequestProblem> {
        Result(catching: read).mapError(RequestProblem.init)
    }

    private func respondToOne(
        _ parsed: Result<RequestParameters, RequestProblem>, _ request: EndpointRequest, _ mediaType: ResponseMediaType
    ) async -> EndpointResponse {
        let parameters: RequestParameters
        let query: String
        let toRegister: PersistedQueryReference?
        do throws(RequestProblem) {
            parameters = try parsed.get()
            let resolved = try persistedQueries.resolve(query: parameters.query, reference: parameters.persistedQuery)
            query = resolved.query
            toRegister = resolved.register
        } catch {
            if error == .persistedQueryNotFound { metrics?.recordPersistedQueryLookup(hit: false) }
            return .problem(error, mediaType: mediaType)
        }
        if parameters.query == nil { metrics?.recordPersistedQueryLookup(hit: true) }

        // An anonymous request may be answered from the cache: no caller to identify, nothing to run.
        guard let responseCache, request.head.authorization == nil, let generation = service.writeGeneration else {
            return await run(query, parameters, toRegister, request, mediaType).response
        }
        let key = ResponseCacheKey(
            query: query, operationName: parameters.operationName, variables: parameters.variables,
            mediaType: mediaType, isGET: request.head.method == "GET")
        if case .hit(let entry) = await responseCache.lookup(key, generation: generation) {
            if let toRegister { persistedQueries.register(query, as: toRegister) }
            return cachedResponse(entry, parameters: parameters, request: request, mediaType: mediaType)
        }
        let (response, answer) = await run(query, parameters, toRegister, request, mediaType)
        if let answer {
            responseCache.store(
                ResponseCache.Entry(body: answer.body, entityTag: answer.entityTag, generation: generation, storedAt: .now),
                for: key)
        } else {
            responseCache.release(key)
        }
        return response
    }

    /// Identifies the caller, prepares and executes the request; returns the response and, for
    /// an answer the response cache may keep, its body (before any 304 emptied it) and `ETag`.
    private func run(
        _ query: String, _ parameters: RequestParameters, _ toRegister: PersistedQueryReference?,
        _ request: EndpointRequest, _ mediaType: ResponseMediaType
    ) async -> (response: EndpointResponse, answer: (body: [UInt8], entityTag: String?)?) {
        let caller: Caller
        do throws(AuthorizationError) {
            caller = try await callers.identify(
                authorization: request.head.authorization, clientAddress: request.head.clientAddress)
        } catch {
            return (.problem(.unauthenticated(error.message), mediaType: mediaType), nil)
        }

        let graphQLRequest = parameters.graphQLRequest(query: query)
        let operation: PreparedOperation
        switch service.prepare(graphQLRequest) {
        case .failure(let failure):
            let result = ExecutionResult(requestErrors: hidingSuggestions(failure.errors, from: caller))
            return (.result(result, operationName: parameters.operationName, mediaType: mediaType), nil)
        case .success(let prepared):
            operation = prepared
        }
        if let toRegister { persistedQueries.register(query, as: toRegister) }
        if request.head.method == "GET" && operation.operationType != .query {
            return (.problem(.operationNotAllowedOverGET(operation.operationType), mediaType: mediaType), nil)
        }

        guard let result = await gate.withSlot({ await service.execute(operation, of: graphQLRequest, caller: caller) }) else {
            return (.problem(.overloaded(retryAfterSeconds: 1), mediaType: mediaType), nil)
        }
        var response = EndpointResponse.result(result, operationName: parameters.operationName, mediaType: mediaType)
        let body = response.body
        var entityTag: String?
        if request.head.method == "GET" && parameters.persistedQuery != nil && response.status == 200 {
            entityTag = EndpointResponse.entityTag(of: response.body)
            response.makeCacheable(
                ifNoneMatch: request.head.ifNoneMatch, maxAge: options.persistedQueryMaxAge,
                isPrivate: request.head.authorization != nil, entityTag: entityTag)
        }
        // Only an error-free answer to a query may be kept: an error may come from timing (the
        // deadline, a busy database) rather than from the request.
        guard operation.operationType == .query, result.errors.isEmpty, result.hasData else { return (response, nil) }
        return (response, (body, entityTag))
    }

    /// The response to an anonymous request whose answer `entry` holds: as
    /// ``EndpointResponse/result(_:operationName:mediaType:)`` would make it for the same
    /// answer, cacheable headers (or 304) for a GET of a persisted query included.
    private func cachedResponse(
        _ entry: ResponseCache.Entry, parameters: RequestParameters, request: EndpointRequest, mediaType: ResponseMediaType
    ) -> EndpointResponse {
        var response = EndpointResponse(
            status: 200,
            headers: [HeaderField("Content-Type", mediaType.contentType(forStatus: 200)), HeaderField("Cache-Control", "no-store")],
            body: entry.body, operationName: parameters.operationName, errorCodes: [])
        if request.head.method == "GET" && parameters.persistedQuery != nil {
            response.makeCacheable(
                ifNoneMatch: request.head.ifNoneMatch, maxAge: options.persistedQueryMaxAge, isPrivate: false,
                entityTag: entry.entityTag)
        }
        return response
    }

    /// The errors without "Did you mean …?" hints, for an anonymous caller when introspection is
    /// off: the hints would name fields and types the caller could not look up.
    private func hidingSuggestions(_ errors: [GraphQLError], from caller: Caller) -> [GraphQLError] {
        guard !options.allowsIntrospection, caller.account == nil else { return errors }
        return errors.map { error in
            var error = error
            error.message = Self.withoutSuggestion(error.message)
            return error
        }
    }

    /// `message` without a trailing ` Did you mean …?` sentence (graphql-js's `didYouMean`).
    static func withoutSuggestion(_ message: String) -> String {
        guard message.hasSuffix("?"), let range = message.range(of: " Did you mean ", options: .backwards) else {
            return message
        }
        return String(message[..<range.lowerBound])
    }
}

/// The headers of a request the endpoint reads, before its body.
struct EndpointRequestHead: Sendable {
    var method: String
    var queryString: String?
    var accept: String?
    var contentType: String?
    var contentLength: Int?
    var authorization: String?
    var ifNoneMatch: String?
    var clientAddress: String?
}

/// A request as the endpoint sees it: its head and its whole body (empty for GET).
struct EndpointRequest: Sendable {
    var head: EndpointRequestHead
    var body: [UInt8] = []
}
