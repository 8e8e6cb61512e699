// Checking a parsed document against `DocumentLimits`, before validation: each check walks the
// syntax tree once (fragments measured once each), so a hostile document costs time in
// proportion to its size, not to what it would expand to.

extension ErrorCode {
    /// The document has more tokens than `DocumentLimits.maxTokens`.
    public static let tokenLimitExceeded = "TOKEN_LIMIT_EXCEEDED"
    /// An operation nests selections deeper than `DocumentLimits.maxDepth`.
    public static let depthLimitExceeded = "DEPTH_LIMIT_EXCEEDED"
    /// The document has more aliases than `DocumentLimits.maxAliases`.
    public static let aliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED"
    /// The document uses more directives than `DocumentLimits.maxDirectives`.
    public static let directiveLimitExceeded = "DIRECTIVE_LIMIT_EXCEEDED"
}

extension DocumentLimits {
    /// The parser options that enforce `maxTokens` (and keep `base`'s nesting limit).
    public func parseOptions(_ base: ParseOptions = ParseOptions()) -> ParseOptions {
        ParseOptions(maxTokens: min(maxTokens, base.maxTokens), maxDepth: base.maxDepth)
    }

    /// The errors for each bound `document` goes beyond, at most one per bound; empty when it
    /// stays within them all. Each error has its `extensions.code` (``ErrorCode/depthLimitExceeded``, …).
    ///
    /// ```swift
    /// let errors = DocumentLimits(maxDepth: 10).check(try parse("{ a { b { c } } }"))   // []
    /// ```
    public func check(_ document: DocumentNode) -> [GraphQLError] {
        var errors: [GraphQLError] = []
        if let error = checkDepth(document) { errors.append(error) }
        var counter = UsageCounter()
        counter.count(document)
        if counter.aliases.count > maxAliases {
            errors.append(
                limitError(
                    "The document has \(counter.aliases.count) aliases, more than the \(maxAliases) allowed; "
                        + "ask for fewer aliased fields, or split the request.",
                    at: counter.aliases[maxAliases], code: ErrorCode.aliasLimitExceeded))
        }
        if counter.directives.count > maxDirectives {
            errors.append(
                limitError(
                    "The document uses \(counter.directives.count) directives, more than the \(maxDirectives) allowed; "
                        + "use fewer directives, or split the request.",
                    at: counter.directives[maxDirectives], code: ErrorCode.directiveLimitExceeded))
        }
        return errors
    }

    /// The error for a parse that stopped at the token limit, with its own code; other parse
    /// errors are returned unchanged.
    public func recode(parseError error: GraphQLError) -> GraphQLError {
        guard error.message == SyntaxError.tooManyTokens(maxTokens).message else { return error }
        var recoded = error
        recoded.code = ErrorCode.tokenLimitExceeded
        return recoded
    }

    /// The first operation deeper than `maxDepth`, reported at its name (or its first token).
    private func checkDepth(_ document: DocumentNode) -> GraphQLError? {
        var measure = DepthMeasure(document: document)
        for case .operation(let operation) in document.definitions {
            let depth = measure.height(of: operation.selectionSet)
            guard depth > maxDepth else { continue }
            let name = operation.name.map { "Operation \"\($0.value)\"" } ?? "The anonymous operation"
            return limitError(
                "\(name) nests selections \(depth) levels deep (fragments counted), more than the \(maxDepth) allowed; "
                    + "ask for fewer nested levels, or split the request.",
                at: operation.name?.location ?? operation.location, code: ErrorCode.depthLimitExceeded)
        }
        return nil
    }

    private func limitError(_ message: String, at location: Location, code: String) -> GraphQLError {
        var error = GraphQLError(message, at: [location])
        error.code = code
        return error
    }
}

/// The selection depth of operations, fragment spreads counted as the selections they stand
/// for. Each fragment's height is computed once; a spread of a fragment being measured (a cycle,
/// which validation reports later) or of an unknown fragment counts as nothing.
private struct DepthMeasure {
    private var fragments: [String: FragmentDefinitionNode] = [:]
    private var heights: [String: Int] = [:]
    private var measuring: Set<String> = []

    init(document: DocumentNode) {
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
    }

    /// How many levels of fields `selectionSet` holds: `{ a }` is 1, `{ a { b } }` is 2.
    mutating func height(of selectionSet: SelectionSetNode) -> Int {
        var height = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                height = max(height, 1 + (field.selectionSet.map { self.height(of: $0) } ?? 0))
            case .inlineFragment(let fragment):
                height = max(height, self.height(of: fragment.selectionSet))
            case .fragmentSpread(let spread):
                height = max(height, fragmentHeight(spread.name.value))
            }
        }
        return height
    }

    private mutating func fragmentHeight(_ name: String) -> Int {
        if let known = heights[name] { return known }
        guard let fragment = fragments[name], !measuring.contains(name) else { return 0 }
        measuring.insert(name)
        let height = self.height(of: fragment.selectionSet)
        measuring.remove(name)
        heights[name] = height
        return height
    }
}

/// The aliases and directives written in a document, in source order.
private struct UsageCounter {
    var aliases: [Location] = []
    var directives: [Location] = []

    mutating func count(_ document: DocumentNode) {
        for definition in document.definitions {
            switch definition {
            case .operation(let operation):
                for variable in operation.variableDefinitions { count(variable.directives) }
                count(operation.directives)
                count(operation.selectionSet)
            case .fragment(let fragment):
                count(fragment.directives)
                count(fragment.selectionSet)
            default:
                continue
            }
        }
    }

    private mutating func count(_ selectionSet: SelectionSetNode) {
        for selection in selectionSet.selections {
            count(selection.directives)
            switch selection {
            case .field(let field):
                if let alias = field.alias { aliases.append(alias.location) }
                if let selectionSet = field.selectionSet { count(selectionSet) }
            case .inlineFragment(let fragment):
                count(fragment.selectionSet)
            case .fragmentSpread:
                continue
            }
        }
    }

    private mutating func count(_ directives: [DirectiveNode]) {
        for directive in directives { self.directives.append(directive.location) }
    }
}
