import GraphQLEngine

/// The HTTP status of a GraphQL response (GraphQL over HTTP, "Status Codes"): 200 whenever
/// `data` is present (field errors included, as the spec's "Field errors encountered during
/// execution" example says); otherwise the request error decides, by its `extensions.code`.
enum ResponseStatus {
    /// The status for a response with or without `data` and with these errors.
    static func code(hasData: Bool, errors: [GraphQLError]) -> Int {
        if hasData { return 200 }
        return errors.first.map { status(forCode: $0.code) } ?? 200
    }

    /// The status of a request error with `code`:
    /// - 400 when the document does not parse;
    /// - 422 when it does not validate, is beyond a limit or over the cost budget, when the
    ///   operation cannot be chosen or the variables do not coerce, and for unknown codes;
    /// - 401 / 403 for authorization, 429 when rate-limited;
    /// - 503 when the deadline passed or the execution was cancelled, 500 for an internal error.
    static func status(forCode code: String?) -> Int {
        switch code {
        case ErrorCode.parseFailed: 400
        case "UNAUTHENTICATED": 401
        case "FORBIDDEN": 403
        case "RATE_LIMITED": 429
        case ErrorCode.internalServerError: 500
        case ErrorCode.deadlineExceeded, ErrorCode.cancelled: 503
        default: 422
        }
    }
}
