/// Turns what a person typed into an FTS5 query that cannot be a syntax error.
///
/// The text is cut at white space into terms; each term becomes an FTS5 string (in double
/// quotes, its own quotes doubled), so `AND`, `NEAR(`, `col:`, `^`, `-` and parentheses are
/// searched as text rather than read as operators. Terms are joined by FTS5's implicit AND. A
/// term ending in `*` matches as a prefix (`compost*` finds `compostage`). Terms with no letter or
/// digit are dropped, since the tokenizer would find nothing in them, and at most
/// `maximumTerms` terms of at most `maximumTermLength` characters are kept, so a hostile
/// string costs little.
public struct SearchPattern: Hashable, Sendable {
    /// The most terms a pattern keeps.
    public static let maximumTerms = 16
    /// The longest term kept, in characters; longer ones are cut.
    public static let maximumTermLength = 64

    /// The FTS5 query, e.g. `"montreal" "eau"*`.
    public let ftsQuery: String
    /// The terms kept, as typed (without a trailing `*`).
    public let terms: [String]

    /// The pattern for `text`, or nil when it has no searchable term.
    public init?(_ text: String) {
        var terms: [String] = []
        var parts: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            guard terms.count < Self.maximumTerms else { break }
            var term = String(word.prefix(Self.maximumTermLength))
            let isPrefix = term.hasSuffix("*")
            while term.hasSuffix("*") { term.removeLast() }
            guard term.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            // NUL ends a C string inside SQLite; nothing legitimate contains it.
            term = term.replacingOccurrences(of: "\0", with: " ")
            terms.append(term)
            parts.append("\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (isPrefix ? "*" : ""))
        }
        guard !parts.isEmpty else { return nil }
        self.terms = terms
        self.ftsQuery = parts.joined(separator: " ")
    }
}
