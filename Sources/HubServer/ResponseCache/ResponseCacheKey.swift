import GraphQLEngine

/// What an anonymous answer depends on, as the response cache keys it: the document's text
/// (a persisted query's hash resolves to the same text, so both share an entry), the operation
/// chosen, the variables in a canonical form, the response's media type and the method (a GET
/// answer carries `ETag` and `Cache-Control` headers a POST answer does not).
///
/// Nothing else in a request changes an anonymous answer: the API reads no locale, cookie or
/// client address for a query, and the server's configuration (introspection, limits, cost
/// budget) is fixed for the process, whose cache this is.
struct ResponseCacheKey: Hashable, Sendable {
    var query: String
    var operationName: String?
    /// The variables as JSON, object fields sorted by name at every depth, so that two requests
    /// that differ only in the order of their variables share an entry.
    var variables: [UInt8]
    var mediaType: ResponseMediaType
    var isGET: Bool

    /// The key a free slot of the cache holds, so that it keeps no request's text alive.
    static let vacant = ResponseCacheKey(query: "", operationName: nil, variables: [], mediaType: .json, isGET: false)
}

extension ResponseCacheKey {
    /// The key of a request for `operationName` in `query` with `variables`.
    init(
        query: String, operationName: String?, variables: [String: InputValue], mediaType: ResponseMediaType,
        isGET: Bool
    ) {
        self.query = query
        self.operationName = operationName
        var writer = JSONWriter()
        let fields = variables.map { InputValue.Field(name: $0.key, value: $0.value) }
        writer.writeValue(Self.canonical(.object(fields)))
        self.variables = writer.bytes
        self.mediaType = mediaType
        self.isGET = isGET
    }

    /// The bytes the key holds, counted against the cache's bound.
    var byteCount: Int { query.utf8.count + (operationName?.utf8.count ?? 0) + variables.count }

    /// `value` with the fields of every object sorted by name.
    private static func canonical(_ value: InputValue) -> InputValue {
        switch value {
        case .object(let fields):
            .object(
                fields.map { InputValue.Field(name: $0.name, value: canonical($0.value)) }
                    .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) })
        case .list(let elements):
            .list(elements.map(canonical))
        default:
            value
        }
    }
}
