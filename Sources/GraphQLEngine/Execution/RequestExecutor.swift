import Synchronization

// Serving requests (spec §6.1 "Executing Requests" behind a cache): a request's text is
// parsed, validated and planned once; later requests with the same text go straight to
// execution.

/// A GraphQL request as a client sends it (GraphQL over HTTP's `query`, `operationName`,
/// `variables`).
public struct GraphQLRequest: Sendable {
    /// The document's text.
    public var query: String
    /// Which operation to run when the document has several.
    public var operationName: String?
    /// The raw variable values.
    public var variables: [String: InputValue]

    /// A request for `query`.
    public init(query: String, operationName: String? = nil, variables: [String: InputValue] = [:]) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
    }
}

/// Executes requests against one schema, keeping the work that depends only on the request's
/// text — the parsed document, its validation, each operation's plans — in a bounded cache
/// (least recently used first out), so a repeated request skips parse, validate and planning.
///
/// ```swift
/// let executor = RequestExecutor(schema: schema)
/// let result = await executor.execute(GraphQLRequest(query: "{ practices { title } }"), context: member)
/// ```
public final class RequestExecutor: Sendable {
    /// The schema every request runs against.
    public let schema: GraphQLSchema
    private let parseOptions: ParseOptions
    private let limits: DocumentLimits?
    private let validationRules: [any ValidationRule.Type]
    private let cache: Mutex<DocumentCache>

    /// An executor for `schema` keeping up to `cacheCapacity` documents.
    ///
    /// - Parameters:
    ///   - parseOptions: limits on tokens and nesting for request documents.
    ///   - limits: bounds on tokens, depth, aliases and directives, checked after parsing and
    ///     before validation; a document beyond one is refused with that limit's error code.
    ///   - validationRules: the rules documents must pass (spec §5), by default all of them.
    public init(
        schema: GraphQLSchema, cacheCapacity: Int = 1000, parseOptions: ParseOptions = ParseOptions(),
        limits: DocumentLimits? = nil, validationRules: [any ValidationRule.Type] = specifiedRules
    ) {
        self.schema = schema
        self.parseOptions = limits?.parseOptions(parseOptions) ?? parseOptions
        self.limits = limits
        self.validationRules = validationRules
        self.cache = Mutex(DocumentCache(documents: LRUCache(capacity: max(1, cacheCapacity))))
    }

    /// How the cache of prepared documents has served requests so far, for an operator's metrics.
    public var cacheStatistics: DocumentCacheStatistics {
        cache.withLock {
            DocumentCacheStatistics(
                hits: $0.hits, misses: $0.misses, documents: $0.documents.count, capacity: $0.documents.capacity)
        }
    }

    /// Parses, validates and executes `request`, using the cache for everything but execution.
    ///
    /// Syntax errors (`GRAPHQL_PARSE_FAILED`), validation errors (`GRAPHQL_VALIDATION_FAILED`)
    /// and operation or variable errors (`BAD_USER_INPUT`) give a result without `data`.
    nonisolated(nonsending) public func execute(
        _ request: GraphQLRequest, context: any Sendable = (), rootValue: any Sendable = (),
        timeout: Duration? = nil
    ) async -> ExecutionResult {
        switch prepare(request) {
        case .failure(let errors):
            return ExecutionResult(requestErrors: errors.errors)
        case .success(let operation):
            return await operation.execute(
                variables: request.variables, context: context, rootValue: rootValue, timeout: timeout)
        }
    }

    /// The prepared operation `request` asks for, from the cache or made now; or the errors
    /// that keep it from running.
    public func prepare(_ request: GraphQLRequest) -> Result<PreparedOperation, RequestErrors> {
        let document = preparedDocument(request.query)
        return document.operation(named: request.operationName)
    }

    private func preparedDocument(_ query: String) -> PreparedDocument {
        let cached = cache.withLock { cache in
            let document = cache.documents.value(for: query)
            if document == nil { cache.misses += 1 } else { cache.hits += 1 }
            return document
        }
        if let cached { return cached }
        let prepared = PreparedDocument(
            query: query, schema: schema, parseOptions: parseOptions, limits: limits,
            validationRules: validationRules)
        cache.withLock { $0.documents.set(prepared, for: query) }
        return prepared
    }
}

/// The prepared documents by text, and how often a request found its own there.
private struct DocumentCache {
    var documents: LRUCache<String, PreparedDocument>
    var hits = 0
    var misses = 0
}

/// How a ``RequestExecutor``'s cache of prepared documents has served requests since it was made.
public struct DocumentCacheStatistics: Sendable, Equatable {
    /// Requests whose document was prepared already (no parse, validation or planning).
    public var hits: Int
    /// Requests whose document was prepared for them (and is now kept).
    public var misses: Int
    /// Documents held now.
    public var documents: Int
    /// The most documents it holds before forgetting the least recently used.
    public var capacity: Int

    public init(hits: Int, misses: Int, documents: Int, capacity: Int) {
        (self.hits, self.misses, self.documents, self.capacity) = (hits, misses, documents, capacity)
    }
}

/// The errors that keep a request from executing.
public struct RequestErrors: Error, Sendable {
    /// The errors, as the response lists them.
    public var errors: [GraphQLError]
}

/// A request document after parsing and validation, with its operations prepared on demand.
final class PreparedDocument: Sendable {
    private let document: Result<DocumentNode, RequestErrors>
    private let schema: GraphQLSchema
    private let operations = Mutex<[String?: Result<PreparedOperation, RequestErrors>]>([:])

    init(
        query: String, schema: GraphQLSchema, parseOptions: ParseOptions, limits: DocumentLimits?,
        validationRules: [any ValidationRule.Type]
    ) {
        self.schema = schema
        let document: DocumentNode
        do throws(GraphQLError) {
            document = try parse(Source(query), options: parseOptions)
        } catch {
            let recoded = limits?.recode(parseError: error) ?? error
            self.document = .failure(RequestErrors(errors: [recoded.withDefaultCode(ErrorCode.parseFailed)]))
            return
        }
        // Limits before validation: a document beyond them costs nothing more.
        if let limitErrors = limits?.check(document), !limitErrors.isEmpty {
            self.document = .failure(RequestErrors(errors: limitErrors))
            return
        }
        let errors = validate(schema: schema, document: document, rules: validationRules)
        if errors.isEmpty {
            self.document = .success(document)
        } else {
            self.document = .failure(
                RequestErrors(errors: errors.map { $0.withDefaultCode(ErrorCode.validationFailed) }))
        }
    }

    func operation(named name: String?) -> Result<PreparedOperation, RequestErrors> {
        if let known = operations.withLock({ $0[name] }) { return known }
        let prepared: Result<PreparedOperation, RequestErrors>
        switch document {
        case .failure(let errors):
            prepared = .failure(errors)
        case .success(let document):
            do throws(GraphQLError) {
                prepared = .success(try PreparedOperation(schema: schema, document: document, operationName: name))
            } catch {
                prepared = .failure(RequestErrors(errors: [error.withDefaultCode(ErrorCode.badUserInput)]))
            }
        }
        return operations.withLock { operations in
            if let existing = operations[name] { return existing }
            // Operation names come from clients: keep a bounded number per document.
            if operations.count < 16 { operations[name] = prepared }
            return prepared
        }
    }
}
