import HTTPTypes
import Hummingbird

/// Applies a ``CORSPolicy``: answers preflights (`OPTIONS` with `Access-Control-Request-Method`)
/// itself, and adds the CORS headers to the responses for allowed origins. With origins
/// configured, every response says `Vary: Origin`, so caches keep one answer per origin.
struct HubCORSMiddleware: RouterMiddleware {
    typealias Context = HubRequestContext

    let policy: CORSPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let origin = request.headers[.origin]
        if request.method == .options, let origin, let method = request.headers[.accessControlRequestMethod] {
            switch policy.preflight(origin: origin, method: method, requestHeaders: request.headers[.accessControlRequestHeaders]) {
            case .refused:
                var headers = HTTPFields()
                headers[.vary] = "Origin"
                return Response(status: .forbidden, headers: headers)
            case .allowed(let fields):
                var headers = HTTPFields()
                for field in fields { headers.set(field) }
                headers[.vary] = "Origin"
                return Response(status: .noContent, headers: headers)
            }
        }
        var response = try await next(request, context)
        for field in policy.responseHeaders(origin: origin) { response.headers.set(field) }
        if !policy.allowedOrigins.isEmpty {
            let vary = response.headers[.vary]
            response.headers[.vary] = vary.map { $0 + ", Origin" } ?? "Origin"
        }
        return response
    }
}

extension HTTPFields {
    /// Sets `field`, replacing any value of the same name.
    mutating func set(_ field: HeaderField) {
        guard let name = HTTPField.Name(field.name) else { return }
        self[name] = field.value
    }
}
