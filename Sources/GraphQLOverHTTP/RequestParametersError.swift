/// Why a request's parameters could not be read (GraphQL over HTTP, "Request Parameters"),
/// before anything is parsed as GraphQL. The server words each for the client and gives it a
/// status code; here it carries only what was wrong.
public enum RequestParametersError: Error, Sendable, Equatable {
    /// A JSON parameter (`variables` or `extensions` of a GET) that is not JSON: which one and
    /// why, with the byte where reading stopped.
    case invalidJSON(String)
    /// JSON that is not a GraphQL-over-HTTP request: a parameter of the wrong type, a
    /// malformed persisted-query hash, a query-string value that is not UTF-8.
    case malformedRequest(String)
    /// An `extensions.persistedQuery` whose `version` is not 1.
    case persistedQueryVersionNotSupported
}

extension RequestParametersError: CustomStringConvertible {
    /// What is wrong, for a person.
    public var description: String {
        switch self {
        case .invalidJSON(let detail), .malformedRequest(let detail): detail
        case .persistedQueryVersionNotSupported: "the persisted query's version is not 1"
        }
    }
}
