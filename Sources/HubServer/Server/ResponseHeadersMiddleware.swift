import HTTPTypes
import Hummingbird

/// Headers every response gets, errors included: `X-Request-ID` (the ID in the log lines),
/// `X-Content-Type-Options: nosniff`, and on HTTPS `Strict-Transport-Security`. A Hummingbird
/// error (404 for an unknown path) is turned into its response here so that it gets them too;
/// any other error becomes a bare 500, never its description.
struct ResponseHeadersMiddleware: RouterMiddleware {
    typealias Context = HubRequestContext

    /// The `Strict-Transport-Security` value, nil on plain HTTP.
    let strictTransportSecurity: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("Unexpected error while answering the request", metadata: ["error.type": "\(type(of: error))"])
            response = Response(status: .internalServerError)
        }
        // Hummingbird's request ID, read from the logger's metadata (as `context.id` does, without
        // its force unwrap: a log handler that keeps no metadata must not crash the server).
        if let id = context.logger[metadataKey: "hb.request.id"] { response.headers[.xRequestID] = id.description }
        response.headers[.xContentTypeOptions] = "nosniff"
        if let strictTransportSecurity { response.headers[.strictTransportSecurity] = strictTransportSecurity }
        return response
    }
}

extension HTTPField.Name {
    /// `X-Request-ID`.
    static let xRequestID = HTTPField.Name("X-Request-ID")!  // safe: a valid field name literal
}
