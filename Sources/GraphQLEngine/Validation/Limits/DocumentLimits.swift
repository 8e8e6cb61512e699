/// Bounds on the shape of a request document beyond what the parser limits, so a hostile
/// document is refused before it costs anything to validate or execute.
///
/// None of these is in the GraphQL specification; the defaults are far above what real
/// queries reach (the full introspection query has a selection depth of 13 and no aliases).
public struct DocumentLimits: Sendable, Hashable {
    /// The most tokens a document may have (passed on to the parser's ``ParseOptions``).
    public var maxTokens: Int
    /// The deepest selection nesting of any operation, fragments spread in place counted.
    public var maxDepth: Int
    /// The most aliased fields in a document.
    public var maxAliases: Int
    /// The most directives used in a document.
    public var maxDirectives: Int

    /// Limits with the given bounds.
    public init(maxTokens: Int = 15_000, maxDepth: Int = 25, maxAliases: Int = 100, maxDirectives: Int = 100) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxDirectives = maxDirectives
    }
}
