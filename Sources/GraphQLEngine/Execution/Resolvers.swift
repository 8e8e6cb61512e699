// Binding Swift code to a schema written in SDL: resolvers for fields, type resolvers for
// interfaces and unions, coercion for custom scalars. Bound once, when the schema is built, so
// execution never looks anything up by name.

/// The code behind a schema: what `buildSchema(_:resolvers:)` binds to the types it builds.
///
/// ```swift
/// var resolvers = Resolvers()
/// resolvers["Query", "practices"] = .sync { input in .list(store.practices.map { .object($0) }) }
/// resolvers.types["Actor"] = TypeResolver { value, _ in value is Person ? "Person" : "Organization" }
/// resolvers.scalars["DateTime"] = dateTimeCoercion
/// resolvers.subscriptions["Subscription", "practicePublished"] = .stream { _ in hub.publishedPractices() }
/// let schema = try buildSchema(Source(sdl), resolvers: resolvers)
/// ```
public struct Resolvers: Sendable {
    /// Field resolvers by object type name, then field name. Fields without one read their
    /// value by name from an `ObjectValue` parent.
    public var fields: [String: [String: FieldResolver]]
    /// Type resolvers of interfaces and unions, by type name.
    public var types: [String: TypeResolver]
    /// Coercion of custom scalars, by type name.
    public var scalars: [String: ScalarCoercion]
    /// Source event streams of the subscription type's fields.
    public var subscriptions: SubscriptionResolvers

    /// Resolvers from their tables.
    public init(
        fields: [String: [String: FieldResolver]] = [:], types: [String: TypeResolver] = [:],
        scalars: [String: ScalarCoercion] = [:], subscriptions: SubscriptionResolvers = SubscriptionResolvers()
    ) {
        self.fields = fields
        self.types = types
        self.scalars = scalars
        self.subscriptions = subscriptions
    }

    /// The resolver of the field `field` of the object type `type`.
    public subscript(type: String, field: String) -> FieldResolver? {
        get { fields[type]?[field] }
        set { fields[type, default: [:]][field] = newValue }
    }
}

/// Parses SDL, builds its schema and binds `resolvers` to it.
///
/// - Throws: `SchemaBuildError` with the SDL's errors, or with one error per resolver that
///   names a type or field the schema does not have (a typo would otherwise leave the field
///   silently unresolved).
public func buildSchema(
    _ source: Source, resolvers: Resolvers, options: BuildSchemaOptions = BuildSchemaOptions()
) throws(SchemaBuildError) -> GraphQLSchema {
    let schema = try buildSchema(source, options: options)
    let errors = bind(resolvers, to: schema)
    if !errors.isEmpty { throw SchemaBuildError(errors: errors) }
    return schema
}

/// Binds `resolvers` to a schema that has not been shared yet; the problems found.
func bind(_ resolvers: Resolvers, to schema: GraphQLSchema) -> [GraphQLError] {
    var errors: [GraphQLError] = []
    for (typeName, fieldResolvers) in resolvers.fields.sorted(by: { $0.key < $1.key }) {
        guard case .object(let object)? = schema.type(named: typeName) else {
            errors.append(GraphQLError(unboundMessage("field resolvers", for: typeName, in: schema, expecting: "an object type")))
            continue
        }
        for (fieldName, resolver) in fieldResolvers.sorted(by: { $0.key < $1.key }) {
            guard let position = object.fieldPosition(named: fieldName) else {
                errors.append(
                    GraphQLError(
                        "Resolvers name the field \"\(typeName).\(fieldName)\", but type \"\(typeName)\" has no field \"\(fieldName)\"."
                            + didYouMean(suggestionList(fieldName, object.fields.map(\.name)).map { "\(typeName).\($0)" })))
                continue
            }
            object.fields[position].resolve = resolver
        }
    }
    for (typeName, resolver) in resolvers.types.sorted(by: { $0.key < $1.key }) {
        switch schema.type(named: typeName) {
        case .interface(let interface)?: interface.resolveType = resolver
        case .union(let union)?: union.resolveType = resolver
        default:
            errors.append(GraphQLError(unboundMessage("a type resolver", for: typeName, in: schema, expecting: "an interface or a union")))
        }
    }
    for (typeName, coercion) in resolvers.scalars.sorted(by: { $0.key < $1.key }) {
        guard case .scalar(let scalar)? = schema.type(named: typeName), !scalar.isSpecified else {
            errors.append(GraphQLError(unboundMessage("a scalar coercion", for: typeName, in: schema, expecting: "a custom scalar")))
            continue
        }
        scalar.coercion = coercion
    }
    errors += bind(resolvers.subscriptions, to: schema)
    return errors
}

private func unboundMessage(_ what: String, for typeName: String, in schema: GraphQLSchema, expecting kind: String) -> String {
    guard let type = schema.type(named: typeName) else {
        return "Resolvers give \(what) for \"\(typeName)\", which is not a type of the schema."
            + didYouMean(suggestionList(typeName, schema.types.map(\.name)))
    }
    return "Resolvers give \(what) for \"\(typeName)\", which is \(type.kindDescription), not \(kind)."
}

extension GraphQLNamedType {
    fileprivate var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isSpecified ? "a built-in scalar" : "a scalar"
        case .object: "an object type"
        case .interface: "an interface"
        case .union: "a union"
        case .enumType: "an enum"
        case .inputObject: "an input object type"
        }
    }
}
