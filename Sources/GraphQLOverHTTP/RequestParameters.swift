import GraphQLEngine

/// The parameters of a GraphQL-over-HTTP request (GraphQL over HTTP, "Request Parameters"):
/// `query`, `operationName`, `variables` and `extensions`, read from a POST body's JSON object
/// or a GET request's query string, before anything is parsed as GraphQL.
///
/// `query` may be absent when `extensions.persistedQuery` names a stored document.
///
/// ```swift
/// let body = try JSONReader.read(Array(#"{"query": "{ __typename }", "variables": {"n": 1}}"#.utf8))
/// let parameters = try RequestParameters(json: body)
/// let request = parameters.graphQLRequest(query: parameters.query ?? "")
/// ```
public struct RequestParameters: Sendable, Equatable {
    /// The document's text, if sent.
    public var query: String?
    /// The operation to run, nil for the document's only one.
    public var operationName: String?
    /// The raw variable values.
    public var variables: [String: InputValue] = [:]
    /// The automatic persisted query this request names (`extensions.persistedQuery`).
    public var persistedQuery: PersistedQueryReference?

    /// The parameters of a POST body's JSON value.
    ///
    /// - Throws: ``RequestParametersError/malformedRequest(_:)`` when the value is not an object
    ///   or a parameter has the wrong type (`null` counts as absent, as the spec says).
    public init(json value: InputValue) throws(RequestParametersError) {
        guard case .object(let fields) = value else {
            throw .malformedRequest("the request body must be a JSON object with a \"query\" string")
        }
        for field in fields {
            switch field.name {
            case "query":
                query = try Self.string(field.value, "query")
            case "operationName":
                operationName = try Self.string(field.value, "operationName")
            case "variables":
                variables = try Self.variables(field.value)
            case "extensions":
                persistedQuery = try Self.persistedQuery(in: field.value)
            default:
                continue  // "Servers … MUST ignore properties they do not understand."
            }
        }
    }

    /// The parameters of a GET request's query string (`application/x-www-form-urlencoded`);
    /// `variables` and `extensions` are JSON text, and an empty value counts as absent.
    ///
    /// - Throws: ``RequestParametersError/invalidJSON(_:)`` when `variables` or `extensions` is
    ///   not JSON, ``RequestParametersError/malformedRequest(_:)`` when a parameter has the wrong
    ///   type or is not UTF-8 once decoded.
    public init(queryString: String) throws(RequestParametersError) {
        for (name, value) in try FormURLEncoding.pairs(queryString) where !value.isEmpty {
            switch name {
            case "query":
                query = value
            case "operationName":
                operationName = value
            case "variables":
                variables = try Self.variables(Self.json(value, parameter: "variables"))
            case "extensions":
                persistedQuery = try Self.persistedQuery(in: Self.json(value, parameter: "extensions"))
            default:
                continue
            }
        }
    }

    /// The request the engine executes, once the query text is known.
    public func graphQLRequest(query: String) -> GraphQLRequest {
        GraphQLRequest(query: query, operationName: operationName, variables: variables)
    }

    private static func string(_ value: InputValue, _ name: String) throws(RequestParametersError) -> String? {
        switch value {
        case .null: return nil
        case .string(let string): return string
        default: throw .malformedRequest("the \"\(name)\" parameter must be a string")
        }
    }

    private static func variables(_ value: InputValue) throws(RequestParametersError) -> [String: InputValue] {
        switch value {
        case .null:
            return [:]
        case .object(let fields):
            var variables: [String: InputValue] = [:]
            for field in fields { variables[field.name] = field.value }
            return variables
        default:
            throw .malformedRequest("the \"variables\" parameter must be a JSON object (a map of names to values)")
        }
    }

    private static func persistedQuery(in extensions: InputValue) throws(RequestParametersError) -> PersistedQueryReference? {
        switch extensions {
        case .null:
            return nil
        case .object(let fields):
            guard let entry = fields.last(where: { $0.name == "persistedQuery" })?.value, entry != .null else {
                return nil
            }
            return try PersistedQueryReference(entry)
        default:
            throw .malformedRequest("the \"extensions\" parameter must be a JSON object")
        }
    }

    private static func json(_ text: String, parameter: String) throws(RequestParametersError) -> InputValue {
        do throws(JSONReadError) {
            return try JSONReader.read(Array(text.utf8))
        } catch {
            throw .invalidJSON("the \"\(parameter)\" parameter is not JSON: \(error.message)")
        }
    }
}

/// `extensions.persistedQuery` of an automatic persisted query: `{"version": 1, "sha256Hash": "…"}`.
public struct PersistedQueryReference: Sendable, Equatable {
    /// The SHA-256 of the query text, as 64 lowercase hexadecimal digits.
    public var sha256Hash: String

    /// The reference an `extensions.persistedQuery` value holds.
    ///
    /// - Throws: ``RequestParametersError/persistedQueryVersionNotSupported`` for a version
    ///   other than 1, ``RequestParametersError/malformedRequest(_:)`` for a missing or malformed
    ///   hash.
    public init(_ value: InputValue) throws(RequestParametersError) {
        guard case .object(let fields) = value else {
            throw .malformedRequest("\"extensions.persistedQuery\" must be an object with \"version\" and \"sha256Hash\"")
        }
        let version = fields.last { $0.name == "version" }?.value
        guard version == .int(1) else { throw .persistedQueryVersionNotSupported }
        guard case .string(let hash)? = fields.last(where: { $0.name == "sha256Hash" })?.value,
            hash.utf8.count == 64, hash.utf8.allSatisfy(\.isHexDigit)
        else {
            throw .malformedRequest("\"extensions.persistedQuery.sha256Hash\" must be 64 hexadecimal digits")
        }
        sha256Hash = hash.lowercased()
    }

    /// The reference to a known hash (64 lowercase hexadecimal digits).
    public init(sha256Hash: String) { self.sha256Hash = sha256Hash }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
