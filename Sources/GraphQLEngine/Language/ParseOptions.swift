/// Limits that keep parsing hostile documents cheap.
///
/// The defaults are far above anything a real document reaches (the 368 KB GitHub schema has
/// about 20,000 tokens and nests 3 levels deep; the introspection query nests 10) yet refuse,
/// in little time and memory, documents built to exhaust the server.
///
/// ```swift
/// let options = ParseOptions(maxTokens: 5_000, maxDepth: 30)
/// let document = try parse(requestText, options: options)
/// ```
public struct ParseOptions: Sendable, Hashable {
    /// The most tokens a document may have (punctuators, names, values; comments and the end of
    /// the file do not count). More gives `Document contains more that N tokens. Parsing aborted.`,
    /// as graphql-js's option of the same name does.
    public var maxTokens: Int
    /// The deepest nesting allowed of selection sets, list and object values, and list and
    /// non-null type wrappers, counted together. Deeper gives
    /// `Document nesting exceeds the maximum depth of N.` The parser recurses once per level,
    /// so this is also what bounds its stack use: under 1 KB a level in release builds, about
    /// 2 KB in debug builds, so the default fits a 512 KB thread stack (a Swift task's on Darwin).
    public var maxDepth: Int

    /// The default limits: a million tokens and a depth of 200.
    public static let defaultMaxTokens = 1_000_000
    /// The default nesting limit.
    public static let defaultMaxDepth = 200

    /// Options with the given limits.
    public init(maxTokens: Int = ParseOptions.defaultMaxTokens, maxDepth: Int = ParseOptions.defaultMaxDepth) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}
