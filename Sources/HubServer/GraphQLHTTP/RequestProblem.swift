import GraphQLEngine
import GraphQLOverHTTP
import Hummingbird

/// A request refused by the HTTP layer before (or instead of) execution, with the status code
/// GraphQL over HTTP gives it ("Status Codes"). Every refusal is worded here, in one place: what
/// was wrong and how to fix it, never an internal error's text.
///
/// The client sees a GraphQL response with one error and no `data`:
/// `{"errors":[{"message":"…","extensions":{"code":"…"}}]}`.
enum RequestProblem: Error, Sendable, Equatable {
    /// A method other than GET and POST (or OPTIONS for CORS).
    case methodNotAllowed(String)
    /// A mutation (or subscription) asked for over GET.
    case operationNotAllowedOverGET(OperationType)
    /// No media type of `Accept` can be served.
    case notAcceptable(String)
    /// A POST whose content type is not `application/json`.
    case unsupportedContentType(String?)
    /// A POST whose content type a web page may send cross-site without a CORS preflight.
    case crossSiteContentType(String)
    /// A body larger than the limit (bytes).
    case bodyTooLarge(limit: Int)
    /// A body cut short: the connection ended, or went quiet past the read timeout, mid-body.
    case bodyIncomplete
    /// A request whose head and body did not arrive in full within the request timeout.
    case requestTimeout(limit: Duration)
    /// A GET query string longer than the limit (bytes).
    case queryStringTooLong(limit: Int)
    /// A body, or a JSON parameter, that is not JSON.
    case invalidJSON(String)
    /// JSON that is not a GraphQL-over-HTTP request (a parameter of the wrong type, no query).
    case malformedRequest(String)
    /// A JSON array (a batch) while batching is off.
    case batchingDisabled
    /// A batch with more requests than allowed.
    case batchTooLarge(count: Int, limit: Int)
    /// A persisted-query hash the server does not know, sent without the query.
    case persistedQueryNotFound
    /// A query whose SHA-256 is not the hash sent with it.
    case persistedQueryHashMismatch
    /// A persisted-query version other than 1.
    case persistedQueryVersionNotSupported
    /// A credential that does not identify anyone (forged, expired, revoked).
    case unauthenticated(String)
    /// Every execution slot is busy; retry after this many seconds.
    case overloaded(retryAfterSeconds: Int)

    /// The HTTP status of the refusal.
    var status: HTTPResponse.Status {
        switch self {
        case .methodNotAllowed, .operationNotAllowedOverGET: .methodNotAllowed
        case .notAcceptable: .notAcceptable
        case .unsupportedContentType, .crossSiteContentType: .unsupportedMediaType
        case .bodyTooLarge: .contentTooLarge
        case .bodyIncomplete, .requestTimeout: .requestTimeout
        case .queryStringTooLong: .uriTooLong
        case .invalidJSON, .persistedQueryHashMismatch, .persistedQueryVersionNotSupported: .badRequest
        case .malformedRequest, .batchingDisabled, .batchTooLarge: .unprocessableContent
        case .persistedQueryNotFound: .notFound
        case .unauthenticated: .unauthorized
        case .overloaded: .serviceUnavailable
        }
    }

    /// The `extensions.code` of the error.
    var code: String {
        switch self {
        case .methodNotAllowed, .operationNotAllowedOverGET: "METHOD_NOT_ALLOWED"
        case .notAcceptable: "NOT_ACCEPTABLE"
        case .unsupportedContentType: "UNSUPPORTED_MEDIA_TYPE"
        case .crossSiteContentType: "CSRF_PREVENTED"
        case .bodyTooLarge: "BODY_TOO_LARGE"
        case .bodyIncomplete: "BODY_INCOMPLETE"
        // Not BODY_INCOMPLETE: the client kept sending, only too slowly, and the fix differs
        // (send the request at once, not pause less); named after 408's reason phrase.
        case .requestTimeout: "REQUEST_TIMEOUT"
        case .queryStringTooLong: "QUERY_STRING_TOO_LONG"
        case .invalidJSON: "INVALID_JSON"
        case .malformedRequest: "BAD_REQUEST"
        case .batchingDisabled: "BATCHING_DISABLED"
        case .batchTooLarge: "BATCH_LIMIT_EXCEEDED"
        // Apollo's codes and messages, which persisted-query clients match.
        case .persistedQueryNotFound: "PERSISTED_QUERY_NOT_FOUND"
        case .persistedQueryHashMismatch: "PERSISTED_QUERY_HASH_MISMATCH"
        case .persistedQueryVersionNotSupported: "PERSISTED_QUERY_NOT_SUPPORTED"
        case .unauthenticated: "UNAUTHENTICATED"
        case .overloaded: "SERVER_BUSY"
        }
    }

    /// What went wrong and how to fix it.
    var message: String {
        switch self {
        case .methodNotAllowed(let method):
            "The \(method) method is not supported here; send GraphQL requests with GET (queries) or POST."
        case .operationNotAllowedOverGET(let operation):
            "Can only perform a \(operation.rawValue) operation from a POST request."
        case .notAcceptable(let accept):
            "None of the media types in Accept (\(Self.quoted(accept))) can be served; "
                + "accept application/graphql-response+json or application/json."
        case .unsupportedContentType(let type?):
            "The Content-Type \(Self.quoted(type)) is not supported; send the request as application/json."
        case .unsupportedContentType(nil):
            "A POST request needs a Content-Type; send the request as application/json."
        case .crossSiteContentType(let type):
            "A POST with Content-Type \(Self.quoted(type)) is refused: any web page can send it cross-site without "
                + "a CORS preflight (cross-site request forgery). Send the request as application/json."
        case .bodyTooLarge(let limit):
            "The request body is larger than the \(limit) bytes allowed; send a smaller document, "
                + "or a persisted query's hash instead of its text."
        case .bodyIncomplete:
            "The request body ended before its announced length or final chunk arrived; send the whole body "
                + "without pausing longer than the server's read timeout."
        case .requestTimeout(let limit):
            "The request did not arrive in full within the \(Self.seconds(limit)) seconds the server allows for "
                + "receiving one; send its head and body at once rather than a few bytes at a time."
        case .queryStringTooLong(let limit):
            "The query string is longer than the \(limit) bytes allowed; send the request with POST."
        case .invalidJSON(let detail):
            "The request is not valid JSON: \(detail)."
        case .malformedRequest(let detail):
            "The request is not a GraphQL-over-HTTP request: \(detail)."
        case .batchingDisabled:
            "Batched requests (a JSON array) are not accepted by this server; send one request at a time."
        case .batchTooLarge(let count, let limit):
            "The batch holds \(count) requests, more than the \(limit) allowed; send smaller batches."
        case .persistedQueryNotFound:
            "PersistedQueryNotFound"
        case .persistedQueryHashMismatch:
            "provided sha does not match query"
        case .persistedQueryVersionNotSupported:
            "Unsupported persisted query version; send \"version\": 1."
        case .unauthenticated(let message):
            message
        case .overloaded(let seconds):
            "The server is running as many operations as it allows; retry in \(seconds) second\(seconds == 1 ? "" : "s")."
        }
    }

    /// The refusal for parameters that could not be read.
    init(_ error: RequestParametersError) {
        switch error {
        case .invalidJSON(let detail): self = .invalidJSON(detail)
        case .malformedRequest(let detail): self = .malformedRequest(detail)
        case .persistedQueryVersionNotSupported: self = .persistedQueryVersionNotSupported
        }
    }

    /// The headers the status requires (`Allow` for 405, `Retry-After` for 503,
    /// `WWW-Authenticate` for 401).
    var headers: HTTPFields {
        var fields = HTTPFields()
        switch self {
        case .methodNotAllowed: fields[.allow] = "GET, POST, OPTIONS"
        case .operationNotAllowedOverGET: fields[.allow] = "POST"
        case .overloaded(let seconds): fields[.retryAfter] = String(seconds)
        case .unauthenticated: fields[.wwwAuthenticate] = "Bearer"
        default: break
        }
        return fields
    }

    /// The error as the response lists it.
    var graphQLError: GraphQLError {
        GraphQLError(message, extensions: [InputValue.Field(name: "code", value: .string(code))])
    }

    /// `limit` in seconds as a person writes them: `60`, `1.5`.
    private static func seconds(_ limit: Duration) -> String {
        let milliseconds = limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000
        return milliseconds % 1000 == 0 ? String(milliseconds / 1000) : String(Double(milliseconds) / 1000)
    }

    /// A header's value shown in a message, shortened so a huge header cannot fill the body.
    private static func quoted(_ text: String) -> String {
        text.count <= 100 ? text : String(text.prefix(100)) + "…"
    }
}
