import GraphQLEngine

/// How the API treats requests: the bounds every request must stay within, and whether the
/// schema may be introspected. The server fills it from its configuration.
public struct APIOptions: Sendable, Hashable {
    /// Bounds on a request document's tokens, depth, aliases and directives.
    public var documentLimits: DocumentLimits
    /// The highest static cost an operation may have (list fields multiply by their `first`).
    public var costBudget: Int
    /// Whether `__schema` and `__type` may be asked for (on by default). When off, validation
    /// messages do not suggest field names to anonymous callers.
    public var allowsIntrospection: Bool
    /// How many request documents are kept parsed and validated.
    public var cacheCapacity: Int
    /// How long one execution may run before it is stopped with an error.
    public var executionTimeout: Duration?

    /// Options with the given settings.
    public init(
        documentLimits: DocumentLimits = DocumentLimits(), costBudget: Int = 25_000,
        allowsIntrospection: Bool = true, cacheCapacity: Int = 1000,
        executionTimeout: Duration? = .seconds(10)
    ) {
        self.documentLimits = documentLimits
        self.costBudget = costBudget
        self.allowsIntrospection = allowsIntrospection
        self.cacheCapacity = cacheCapacity
        self.executionTimeout = executionTimeout
    }
}
