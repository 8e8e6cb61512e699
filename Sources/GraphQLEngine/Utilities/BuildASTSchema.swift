// Building a schema from SDL (spec §3 "Type System"; graphql-js `buildSchema`,
// `buildASTSchema`). The work is shared with `extendSchema`: building is extending an empty
// schema, then choosing default root types and adding the built-in directives.

/// Settings for `buildSchema`, `buildASTSchema` and `extendSchema`.
public struct BuildSchemaOptions: Sendable {
    /// Skip SDL validation (`validateSDL`) because the document is known to be valid, as
    /// graphql-js's `assumeValidSDL` does. Unknown type references are still reported.
    public var assumeValidSDL: Bool
    /// Options for parsing, used by `buildSchema`.
    public var parseOptions: ParseOptions

    /// Options with graphql-js's defaults: the SDL is validated.
    public init(assumeValidSDL: Bool = false, parseOptions: ParseOptions = ParseOptions()) {
        self.assumeValidSDL = assumeValidSDL
        self.parseOptions = parseOptions
    }
}

/// Why a schema could not be built: a syntax error, the SDL validation errors, or a
/// reference to a type that does not exist (`Unknown type: "Foo".`).
public struct SchemaBuildError: Error, Sendable, CustomStringConvertible {
    /// The problems found, in document order; each carries its locations.
    public var errors: [GraphQLError]

    /// An error carrying `errors`.
    public init(errors: [GraphQLError]) {
        self.errors = errors
    }

    /// The messages joined by blank lines, as graphql-js's `assertValidSDL` words its error.
    public var message: String { errors.map(\.message).joined(separator: "\n\n") }

    /// Each error with its locations, one after another.
    public var description: String { errors.map(\.description).joined(separator: "\n\n") }
}

/// Parses SDL, validates it and builds the schema it describes (graphql-js `buildSchema`).
///
/// Root types come from the `schema { … }` definition, or else are the types named `Query`,
/// `Mutation` and `Subscription`. The built-in directives are added unless the document
/// declares directives of the same names; the built-in scalars are reused when redefined.
///
/// ```swift
/// let schema = try buildSchema(Source("""
///     type Query { practice(id: ID!): Practice }
///     type Practice { id: ID!, title: String @deprecated(reason: "Use name.") }
///     """, name: "schema.graphql"))
/// schema.queryType?.field(named: "practice")?.type  // Practice
/// ```
///
/// - Throws: `SchemaBuildError` with the syntax error or every SDL validation error.
public func buildSchema(
    _ source: Source, options: BuildSchemaOptions = BuildSchemaOptions()
) throws(SchemaBuildError) -> GraphQLSchema {
    let document: DocumentNode
    do {
        document = try parse(source, options: options.parseOptions)
    } catch {
        throw SchemaBuildError(errors: [error])
    }
    return try buildASTSchema(document, options: options)
}

/// Parses SDL text and builds its schema; `buildSchema(Source(text))`.
public func buildSchema(
    _ text: String, options: BuildSchemaOptions = BuildSchemaOptions()
) throws(SchemaBuildError) -> GraphQLSchema {
    try buildSchema(Source(text), options: options)
}

/// Builds the schema a parsed SDL document describes, after validating it with `validateSDL`
/// unless `options.assumeValidSDL` (graphql-js `buildASTSchema`). Operations and fragments in
/// the document are ignored.
///
/// ```swift
/// let document = try parse(Source(sdl))
/// let schema = try buildASTSchema(document)
/// ```
///
/// - Throws: `SchemaBuildError` with every SDL validation error, or an unknown type reference.
public func buildASTSchema(
    _ document: DocumentNode, options: BuildSchemaOptions = BuildSchemaOptions()
) throws(SchemaBuildError) -> GraphQLSchema {
    if !options.assumeValidSDL {
        let errors = validateSDL(document, schemaToExtend: nil)
        if !errors.isEmpty { throw SchemaBuildError(errors: errors) }
    }
    var config = try SchemaExtender.extend(SchemaConfig(), with: document, validated: !options.assumeValidSDL)
    if config.astNode == nil {
        // Without a schema definition, the root types are found by name.
        for type in config.types {
            guard case .object(let object) = type else { continue }
            switch object.name {
            case "Query": config.query = object
            case "Mutation": config.mutation = object
            case "Subscription": config.subscription = object
            default: break
            }
        }
    }
    let declared = Set(config.directives.map(\.name))
    config.directives += GraphQLDirective.specifiedDirectives.filter { !declared.contains($0.name) }
    return try config.makeSchema()
}

/// Adds the types, fields, values, directives and root types an SDL document defines or
/// extends to a copy of `schema` (graphql-js `extendSchema`); `schema` itself is unchanged.
/// The document is first validated with `validateSDL(_:schemaToExtend:)` unless
/// `options.assumeValidSDL`.
///
/// ```swift
/// let extended = try extendSchema(schema, try parse("extend type Query { version: String }"))
/// ```
///
/// - Throws: `SchemaBuildError` with every SDL validation error, or an unknown type reference.
public func extendSchema(
    _ schema: GraphQLSchema, _ document: DocumentNode, options: BuildSchemaOptions = BuildSchemaOptions()
) throws(SchemaBuildError) -> GraphQLSchema {
    if !options.assumeValidSDL {
        let errors = validateSDL(document, schemaToExtend: schema)
        if !errors.isEmpty { throw SchemaBuildError(errors: errors) }
    }
    let config = SchemaConfig(schema)
    let extended = try SchemaExtender.extend(config, with: document, validated: !options.assumeValidSDL)
    if extended.isUnchanged { return schema }
    return try extended.makeSchema()
}

/// The parts a schema is made of, as the builder assembles them (graphql-js's schema config).
struct SchemaConfig {
    var description: String?
    var query: GraphQLObjectType?
    var mutation: GraphQLObjectType?
    var subscription: GraphQLObjectType?
    var types: [GraphQLNamedType] = []
    var directives: [GraphQLDirective] = []
    var astNode: SchemaDefinitionNode?
    var extensionASTNodes: [SchemaDefinitionNode] = []
    /// Set when the document added nothing, so that `extendSchema` returns the same schema.
    var isUnchanged = false

    init() {}

    /// The config of an existing schema.
    init(_ schema: GraphQLSchema) {
        description = schema.description
        query = schema.queryType
        mutation = schema.mutationType
        subscription = schema.subscriptionType
        types = schema.types
        directives = schema.directives
        astNode = schema.astNode
        extensionASTNodes = schema.extensionASTNodes
    }

    func makeSchema() throws(SchemaBuildError) -> GraphQLSchema {
        do {
            return try GraphQLSchema(
                description: description, query: query, mutation: mutation, subscription: subscription,
                types: types, directives: directives, astNode: astNode, extensionASTNodes: extensionASTNodes)
        } catch {
            throw SchemaBuildError(errors: [error])
        }
    }
}
