import HTTPTypes
import Hummingbird
import Logging

/// The Hummingbird side of `/graphql`: turns a request into the endpoint's values, reads the
/// body no further than the size limit (refusing from `Content-Length` before reading, and
/// while streaming when there is none), then writes the endpoint's answer, logs one line for it
/// and counts it in the metrics.
struct GraphQLRoute: Sendable {
    let endpoint: GraphQLEndpoint

    func respond(to request: Request, context: HubRequestContext) async -> Response {
        if request.method == .options {
            // A plain OPTIONS (CORS preflights are answered by the CORS middleware): what is allowed.
            var headers = HTTPFields()
            headers[.allow] = "GET, POST, OPTIONS"
            return Response(status: .noContent, headers: headers)
        }
        let start = ContinuousClock.now
        let head = EndpointRequestHead(
            method: request.method.rawValue, queryString: request.uri.query, accept: request.headers[.accept],
            contentType: request.headers[.contentType],
            contentLength: request.headers[.contentLength].flatMap { Int($0) },
            authorization: request.headers[.authorization], ifNoneMatch: request.headers[.ifNoneMatch],
            clientAddress: context.clientAddress)
        let answer: EndpointResponse
        switch endpoint.precheck(head) {
        case .failure(let problem):
            answer = .problem(problem, mediaType: .graphQLResponseJSON)
        case .success(let mediaType):
            if head.method == "POST" {
                switch await Self.readBody(request, limit: endpoint.options.maxBodyBytes) {
                case .success(let body):
                    answer = await endpoint.respond(to: EndpointRequest(head: head, body: body), mediaType: mediaType)
                case .failure(let problem):
                    answer = .problem(problem, mediaType: mediaType)
                }
            } else {
                answer = await endpoint.respond(to: EndpointRequest(head: head), mediaType: mediaType)
            }
        }
        let elapsed = ContinuousClock.now - start
        record(answer, method: head.method, elapsed: elapsed, logger: context.logger)
        return Self.response(answer)
    }

    /// The body's bytes; `bodyTooLarge` once more than `limit` arrived (the rest is not read),
    /// `requestTimeout` when the request's deadline passed while it arrived (see
    /// ``RequestDeadlineHandler``), `bodyIncomplete` when the connection ended before the body
    /// did (the client closed it, or sent nothing for the read timeout and the server closed it).
    static func readBody(_ request: Request, limit: Int) async -> Result<[UInt8], RequestProblem> {
        var bytes: [UInt8] = []
        do {
            for try await buffer in request.body {
                guard bytes.count + buffer.readableBytes <= limit else { return .failure(.bodyTooLarge(limit: limit)) }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        } catch let deadline as RequestDeadlineExceeded {
            return .failure(.requestTimeout(limit: deadline.limit))
        } catch {
            return .failure(.bodyIncomplete)
        }
        return .success(bytes)
    }

    static func response(_ answer: EndpointResponse) -> Response {
        var headers = HTTPFields()
        headers.reserveCapacity(answer.headers.count + 4)
        for field in answer.headers {
            // The endpoint's header names are distinct; the usual ones need no parsing.
            guard let name = knownNames[field.name] ?? HTTPField.Name(field.name) else { continue }
            headers.append(HTTPField(name: name, value: field.value))
        }
        guard !answer.body.isEmpty else { return Response(status: .init(code: answer.status), headers: headers) }
        headers[.contentLength] = String(answer.body.count)
        return Response(
            status: .init(code: answer.status), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// The header names the endpoint sets, by their text.
    private static let knownNames: [String: HTTPField.Name] = [
        "Content-Type": .contentType, "Cache-Control": .cacheControl, "ETag": .eTag, "Vary": .vary,
        "Retry-After": .retryAfter, "Allow": .allow,
    ]

    /// One log line per request: request ID (from the logger), method, operation name, status,
    /// duration and error codes — never the query's variables, nor any credential; then one
    /// line for each internal error, with the message the client did not see.
    private func record(_ answer: EndpointResponse, method: String, elapsed: Duration, logger: Logger) {
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var metadata: Logger.Metadata = [
            "http.method": .string(method), "http.status": .string(String(answer.status)),
            "duration_ms": .string(String((milliseconds * 1000).rounded() / 1000)),
        ]
        if let name = answer.operationName { metadata["graphql.operation"] = .string(String(name.prefix(100))) }
        if !answer.errorCodes.isEmpty { metadata["graphql.error_codes"] = "\(Set(answer.errorCodes).sorted().joined(separator: ","))" }
        logger.info("graphql request", metadata: metadata)
        for message in answer.internalErrorMessages {
            logger.error("graphql internal error", metadata: ["graphql.error": "\(message)"])
        }
        endpoint.metrics?.recordResponse(status: answer.status, duration: elapsed)
        endpoint.metrics?.recordErrors(codes: answer.errorCodes)
    }
}
