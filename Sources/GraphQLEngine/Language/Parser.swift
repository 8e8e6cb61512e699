/// Parses a GraphQL document: operations, fragments, type-system definitions and extensions
/// (spec §2 and §3; graphql-js `parse`).
///
/// Syntax errors are thrown as `GraphQLError`s worded as graphql-js words them, located at the
/// offending token.
///
/// ```swift
/// let document = try parse(Source("{ practices { title } }", name: "dashboard.graphql"))
/// ```
public func parse(_ source: Source, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> DocumentNode {
    try source.bytes.withUnsafeBufferPointer { (bytes) throws(GraphQLError) -> DocumentNode in
        var parser = Parser(bytes: bytes, options: options)
        return try parser.parseDocument()
    }
}

/// Parses a GraphQL document given as text (see `parse(_:options:)` for sources).
///
/// ```swift
/// let document = try parse("query Titles { practices { title } }")
/// ```
public func parse(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> DocumentNode {
    try parse(Source(text), options: options)
}

/// Parses a single value, such as `[42, {a: $b}]`; variables are allowed (graphql-js `parseValue`).
///
/// ```swift
/// let value = try parseValue("{ title: \"Compost\", tags: [GREEN] }")
/// ```
public func parseValue(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> ValueNode {
    try parseAlone(text, options: options) { (parser) throws(GraphQLError) in
        try parser.parseValueLiteral(isConst: false)
    }
}

/// Parses a single constant value, refusing variables (graphql-js `parseConstValue`).
///
/// ```swift
/// let value = try parseConstValue("[1, 2, 3]")
/// ```
public func parseConstValue(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> ValueNode {
    try parseAlone(text, options: options) { (parser) throws(GraphQLError) in
        try parser.parseValueLiteral(isConst: true)
    }
}

/// Parses a single type reference, such as `[Int!]!` (graphql-js `parseType`).
///
/// ```swift
/// let type = try parseType("[Practice!]!")
/// ```
public func parseType(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> TypeNode {
    try parseAlone(text, options: options) { (parser) throws(GraphQLError) in try parser.parseTypeReference() }
}

/// Parses `text` as exactly one thing: the start of the file, what `body` reads, the end.
private func parseAlone<Node>(
    _ text: String, options: ParseOptions, _ body: (inout Parser) throws(GraphQLError) -> Node
) throws(GraphQLError) -> Node {
    let source = Source(text)
    return try source.bytes.withUnsafeBufferPointer { (bytes) throws(GraphQLError) -> Node in
        var parser = Parser(bytes: bytes, options: options)
        try parser.expect(.startOfFile)
        let node = try body(&parser)
        try parser.expect(.endOfFile)
        return node
    }
}

/// A recursive-descent parser over the lexer's tokens, one function a grammar production
/// (spec Appendix C; graphql-js `Parser`).
///
/// It looks at one token (`token`), sometimes one more (`lookahead()`), and never backtracks.
/// Every node's location runs from its first token to the last token it consumed.
struct Parser: ~Copyable {
    /// The lexer, which reads the next token on demand.
    var lexer: Lexer
    /// The current token, not yet consumed.
    var token: Token
    /// The end of the last consumed token: where the node being parsed ends.
    var lastEnd: UInt32 = 0
    /// How many more tokens may be read, for `ParseOptions.maxTokens`.
    private var tokensLeft: Int
    /// Current nesting, for `ParseOptions.maxDepth`.
    private var depth = 0
    /// The limits.
    let options: ParseOptions
    /// Long names already made into strings.
    var names = NameTable()
    /// Buffers list items are gathered in.
    var scratch = ScratchBuffers()

    /// A parser positioned on the start-of-file token of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) {
        lexer = Lexer(bytes: bytes)
        token = Token(kind: .startOfFile, hasEscape: false, start: 0, end: 0, line: 1, column: 1)
        tokensLeft = options.maxTokens
        self.options = options
    }

    // MARK: - Document (spec §2.2)

    /// Document : Definition+
    ///
    /// The document's location spans the whole source.
    mutating func parseDocument() throws(GraphQLError) -> DocumentNode {
        try expect(.startOfFile)
        let mark = scratch.definitions.count
        repeat {
            let definition = try parseDefinition()
            scratch.definitions.push(definition)
        } while try !expectOptional(.endOfFile)
        let definitions = scratch.definitions.popItems(from: mark)
        let location = Location(start: 0, end: UInt32(truncatingIfNeeded: lexer.bytes.count), line: 1, column: 1)
        return DocumentNode(definitions: definitions, location: location)
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension
    ///
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition
    ///
    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    ///
    /// A description may start only type-system definitions (graphql-js 16 does not yet read
    /// descriptions on operations and fragments), so one is read past to find the keyword.
    mutating func parseDefinition() throws(GraphQLError) -> DefinitionNode {
        if token.kind == .braceL {
            return .operation(try parseOperationDefinition())
        }
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lookahead() : token
        if keyword.kind == .name {
            let word = Keyword(keyword, in: lexer)
            switch word {
            case .schema: return .schema(try parseSchemaDefinition())
            case .scalar: return .type(.scalar(try parseScalarTypeDefinition()))
            case .type: return .type(.object(try parseObjectTypeDefinition(keyword: "type")))
            case .interface: return .type(.interface(try parseObjectTypeDefinition(keyword: "interface")))
            case .union: return .type(.union(try parseUnionTypeDefinition()))
            case .enum: return .type(.enumType(try parseEnumTypeDefinition()))
            case .input: return .type(.inputObject(try parseInputObjectTypeDefinition()))
            case .directive: return .directive(try parseDirectiveDefinition())
            default: break
            }
            if hasDescription {
                throw error(.unexpectedDescription, at: token)
            }
            switch word {
            case .query, .mutation, .subscription: return .operation(try parseOperationDefinition())
            case .fragment: return .fragment(try parseFragmentDefinition())
            case .extend: return try parseTypeSystemExtension()
            default: break
            }
        }
        throw unexpected(keyword)
    }

    // MARK: - Token helpers

    /// Consumes the current token and reads the next, counting it against `maxTokens`
    /// (graphql-js `advanceLexer`).
    ///
    /// The lexer's main loop is inlined here (and in `lookahead()` only), so that the token
    /// goes straight into `token` and the many callers of this function stay small.
    @inline(never)
    mutating func advance() throws(GraphQLError) {
        lastEnd = token.end
        token = try lexer.nextToken()
        if token.kind != .endOfFile {
            tokensLeft &-= 1
            if tokensLeft < 0 {
                throw error(.tooManyTokens(options.maxTokens), at: token)
            }
        }
    }

    /// The syntax error `error`, located at `token`.
    @inline(__always)
    func error(_ error: SyntaxError, at token: Token) -> GraphQLError {
        SyntaxError.error(error, at: token, in: lexer.bytes)
    }

    /// `Expected <expected>, found <current token>.`
    @inline(__always)
    func expectationFailure(_ expected: String) -> GraphQLError {
        SyntaxError.expectation(expected, found: token, in: lexer.bytes)
    }

    /// The token after the current one, read without consuming anything.
    ///
    /// It is read by a copy of the lexer, and read again when the parser gets to it: looking
    /// ahead is rare (after a description, after `extend`), and reading every token through a
    /// slot for one looked at in advance would cost each token a check.
    func lookahead() throws(GraphQLError) -> Token {
        if token.kind == .endOfFile { return token }
        var ahead = lexer
        return try ahead.nextToken()
    }

    /// Consumes a token of `kind` and returns it, or throws `Expected …, found …`.
    @discardableResult @inline(__always)
    mutating func expect(_ kind: TokenKind) throws(GraphQLError) -> Token {
        let current = token
        guard current.kind == kind else {
            throw expectationFailure(kind.description)
        }
        try advance()
        return current
    }

    /// Consumes a token of `kind` if it is the current one; tells whether it did.
    @inline(__always)
    mutating func expectOptional(_ kind: TokenKind) throws(GraphQLError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword`, or throws `Expected "keyword", found …`.
    mutating func expectKeyword(_ keyword: StaticString) throws(GraphQLError) {
        guard lexer.token(token, is: keyword) else {
            throw expectationFailure("\"\(keyword)\"")
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is the current token; tells whether it did.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(GraphQLError) -> Bool {
        guard lexer.token(token, is: keyword) else { return false }
        try advance()
        return true
    }

    /// Whether the current token's value (graphql-js `token.value`) is `word`: a name spelling
    /// it, or a string whose value it is.
    ///
    /// Inlined: called out of line from a mutating method, the parser is copied to lend it.
    @inline(__always)
    func tokenValue(is word: StaticString) -> Bool {
        switch token.kind {
        case .name: lexer.token(token, is: word)
        case .string, .blockString: lexer.value(of: token) == word.description
        default: false
        }
    }

    /// The error `Unexpected …` for `token`, by default the current one.
    @inline(__always)
    func unexpected(_ token: Token? = nil) -> GraphQLError {
        SyntaxError.unexpectedToken(token ?? self.token, in: lexer.bytes)
    }

    /// Enters one level of nesting, refusing to go deeper than `maxDepth`; `at` is the token
    /// that opens the level.
    @inline(__always)
    mutating func enterNesting(at opening: Token) throws(GraphQLError) {
        depth += 1
        if depth > options.maxDepth {
            throw error(.tooDeep(options.maxDepth), at: opening)
        }
    }

    /// Leaves one level of nesting.
    @inline(__always)
    mutating func leaveNesting() {
        depth -= 1
    }

    /// Name :: NameStart NameContinue* (spec §2.1.9), as a node.
    @inline(__always)
    mutating func parseName() throws(GraphQLError) -> NameNode {
        let name = try expect(.name)
        let value = names.string(from: Int(name.start), to: Int(name.end), in: lexer.bytes)
        return NameNode(value: value, location: name.location(endingAt: name.end))
    }
}

/// The words that start definitions, recognized from a name token's bytes without making a string.
enum Keyword {
    case schema, scalar, type, interface, union, `enum`, input, directive
    case query, mutation, subscription, fragment, extend
    case other

    /// The keyword `token` spells, or `.other`.
    ///
    /// The lexer is borrowed: an initializer's parameters are otherwise passed owned, which
    /// costs a copy of the lexer at every call.
    init(_ token: Token, in lexer: borrowing Lexer) {
        let length = token.end - token.start
        guard token.kind == .name, length >= 4, length <= 12 else {
            self = .other
            return
        }
        switch lexer.bytes[Int(token.start)] {
        case 0x73:  // s
            self =
                lexer.token(token, is: "schema")
                ? .schema
                : lexer.token(token, is: "scalar")
                    ? .scalar
                    : lexer.token(token, is: "subscription") ? .subscription : .other
        case 0x74: self = lexer.token(token, is: "type") ? .type : .other
        case 0x69:  // i
            self =
                lexer.token(token, is: "interface")
                ? .interface
                : lexer.token(token, is: "input") ? .input : .other
        case 0x75: self = lexer.token(token, is: "union") ? .union : .other
        case 0x65:  // e
            self = lexer.token(token, is: "enum") ? .enum : lexer.token(token, is: "extend") ? .extend : .other
        case 0x64: self = lexer.token(token, is: "directive") ? .directive : .other
        case 0x71: self = lexer.token(token, is: "query") ? .query : .other
        case 0x6D: self = lexer.token(token, is: "mutation") ? .mutation : .other
        case 0x66: self = lexer.token(token, is: "fragment") ? .fragment : .other
        default: self = .other
        }
    }
}
