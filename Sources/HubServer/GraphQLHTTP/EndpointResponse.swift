import Crypto
import GraphQLEngine

/// What the GraphQL endpoint answers: status, headers and body, plus what the request log and
/// the metrics record (never variables or credentials).
struct EndpointResponse: Sendable {
    /// The HTTP status.
    var status: Int
    /// Headers beyond those every response gets.
    var headers: [HeaderField]
    /// The body: a GraphQL response in JSON (empty for 304).
    var body: [UInt8]
    /// The operation's name, when the request gave one, for the log.
    var operationName: String?
    /// The `extensions.code` of each error, for the log and the metrics.
    var errorCodes: [String]
    /// The messages of the internal errors the client saw only as "Internal server error.", for
    /// the log, so that an operator can still find out what failed.
    var internalErrorMessages: [String] = []

    /// The response to an execution (or a request that failed to prepare): 200 with `data`,
    /// else the status its first error's code gives. A `RATE_LIMITED` error's
    /// `extensions.retryAfter` becomes `Retry-After`.
    static func result(_ result: ExecutionResult, operationName: String?, mediaType: ResponseMediaType) -> EndpointResponse {
        var result = result
        // A resolver's unexpected error is rendered by its description; clients get a fixed
        // message instead, so that no Swift error, type name or path leaves the server. The
        // original goes to the log only.
        var internalErrorMessages: [String] = []
        for index in result.errors.indices where result.errors[index].code == ErrorCode.internalServerError {
            internalErrorMessages.append(result.errors[index].description)
            result.errors[index].message = "Internal server error."
        }
        let status = ResponseStatus.code(hasData: result.hasData, errors: result.errors)
        var headers = [
            HeaderField("Content-Type", mediaType.contentType(forStatus: status)), HeaderField("Cache-Control", "no-store"),
        ]
        if let retryAfter = result.errors.lazy.compactMap(\.retryAfterSeconds).first {
            headers.append(HeaderField("Retry-After", String(retryAfter)))
        }
        return EndpointResponse(
            status: status, headers: headers, body: result.jsonBytes(), operationName: operationName,
            errorCodes: result.errors.map { $0.code ?? ErrorCode.internalServerError },
            internalErrorMessages: internalErrorMessages)
    }

    /// The response refusing a request, with the headers its status requires.
    static func problem(_ problem: RequestProblem, mediaType: ResponseMediaType) -> EndpointResponse {
        let status = Int(problem.status.code)
        var headers = [
            HeaderField("Content-Type", mediaType.contentType(forStatus: status)), HeaderField("Cache-Control", "no-store"),
        ]
        for field in problem.headers { headers.append(HeaderField(field.name.rawName, field.value)) }
        return EndpointResponse(
            status: status, headers: headers, body: ExecutionResult(requestErrors: [problem.graphQLError]).jsonBytes(),
            operationName: nil, errorCodes: [problem.code])
    }

    /// A batch's responses as one JSON array, status 200.
    static func batch(_ responses: [EndpointResponse], mediaType: ResponseMediaType) -> EndpointResponse {
        var body: [UInt8] = [UInt8(ascii: "[")]
        for (index, response) in responses.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: response.body)
        }
        body.append(UInt8(ascii: "]"))
        return EndpointResponse(
            status: 200,
            headers: [HeaderField("Content-Type", mediaType.contentType(forStatus: 200)), HeaderField("Cache-Control", "no-store")],
            body: body, operationName: nil, errorCodes: responses.flatMap(\.errorCodes),
            internalErrorMessages: responses.flatMap(\.internalErrorMessages))
    }

    /// Makes a 200 response to a GET of a persisted query cacheable: a strong `ETag` over the
    /// body, `Cache-Control` with `max-age`, and 304 without a body when `ifNoneMatch` lists the
    /// tag (RFC 9110 §13.1.2). Responses for a credential are `private`.
    /// `entityTag` is the body's tag when it is known already (``entityTag(of:)``).
    mutating func makeCacheable(ifNoneMatch: String?, maxAge: Int, isPrivate: Bool, entityTag: String? = nil) {
        let tag = entityTag ?? Self.entityTag(of: body)
        headers.removeAll { $0.name == "Cache-Control" }
        headers.append(HeaderField("Cache-Control", "\(isPrivate ? "private" : "public"), max-age=\(maxAge)"))
        headers.append(HeaderField("ETag", tag))
        headers.append(HeaderField("Vary", "Accept, Authorization"))
        guard let ifNoneMatch else { return }
        let listed = ifNoneMatch.split(separator: ",").map { $0.trimmingSpaces }
        if listed.contains("*") || listed.contains(where: { $0 == tag || $0 == "W/" + tag }) {
            status = 304
            body = []
            headers.removeAll { $0.name == "Content-Type" }
        }
    }

    /// The strong `ETag` of `body`: a quoted prefix of its SHA-256.
    static func entityTag(of body: [UInt8]) -> String {
        "\"" + SHA256.hash(data: body).prefix(16).hexString + "\""
    }
}

extension GraphQLError {
    /// `extensions.retryAfter` (seconds) of a `RATE_LIMITED` error.
    var retryAfterSeconds: Int? {
        guard code == "RATE_LIMITED", case .int(let seconds)? = extensions.first(where: { $0.name == "retryAfter" })?.value
        else { return nil }
        return seconds
    }
}
