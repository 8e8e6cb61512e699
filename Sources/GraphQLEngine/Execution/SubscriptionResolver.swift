// How a subscription's root field gets its events (spec §6.2.3 `ResolveFieldEventStream`), and
// binding those resolvers to a schema built from SDL.

/// Makes a subscription root field's source event stream (graphql-js's `subscribe` on a field):
/// a function of the root value, the field's coerced arguments, the request's context and
/// information about the field, called once when a client subscribes.
///
/// Each event becomes the root value of one execution of the subscription's selection set. The
/// root field's value is the event itself unless the field also has a `FieldResolver`, which
/// then receives the event as its `source`.
///
/// ```swift
/// let published = SubscriptionResolver.stream { input in
///     guard case .string(let region)? = input[argument: "region"] else { return hub.publishedPractices() }
///     return hub.publishedPractices(in: region)  // an AsyncStream<Practice>
/// }
/// ```
public struct SubscriptionResolver: Sendable {
    let subscribe: @Sendable (ResolverInput) async throws -> SourceEventStream

    /// A resolver answering with any `AsyncSequence` of `Sendable` events. An error it throws
    /// keeps the subscription from starting: the client gets it as a request error, located at
    /// the field.
    public static func stream<Events: AsyncSequence & Sendable>(
        _ subscribe: @escaping @Sendable (ResolverInput) async throws -> Events
    ) -> SubscriptionResolver where Events.Element: Sendable {
        SubscriptionResolver { input in SourceEventStream(try await subscribe(input)) }
    }
}

/// The subscription resolvers of `Resolvers`, by type name and field name.
///
/// ```swift
/// resolvers.subscriptions["Subscription", "practicePublished"] = .stream { _ in hub.publishedPractices() }
/// ```
public struct SubscriptionResolvers: Sendable {
    /// The resolvers by type name, then field name.
    public var byType: [String: [String: SubscriptionResolver]]

    /// A table holding `byType`.
    public init(byType: [String: [String: SubscriptionResolver]] = [:]) {
        self.byType = byType
    }

    /// The resolver of the field `field` of the type `type`.
    public subscript(type: String, field: String) -> SubscriptionResolver? {
        get { byType[type]?[field] }
        set { byType[type, default: [:]][field] = newValue }
    }
}

/// Binds `resolvers` to the fields of a schema that has not been shared yet; the problems
/// found. Only the subscription type's fields take one: anywhere else it would never run.
func bind(_ resolvers: SubscriptionResolvers, to schema: GraphQLSchema) -> [GraphQLError] {
    var errors: [GraphQLError] = []
    for (typeName, fieldResolvers) in resolvers.byType.sorted(by: { $0.key < $1.key }) {
        guard let subscriptionType = schema.subscriptionType, subscriptionType.name == typeName else {
            let problem =
                schema.subscriptionType.map { "\"\(typeName)\" is not the subscription type \"\($0.name)\"" }
                ?? "the schema has no subscription type"
            errors.append(
                GraphQLError(
                    "Resolvers give source streams for fields of \"\(typeName)\", but \(problem): only root fields of subscriptions have source streams."
                ))
            continue
        }
        for (fieldName, resolver) in fieldResolvers.sorted(by: { $0.key < $1.key }) {
            guard let position = subscriptionType.fieldPosition(named: fieldName) else {
                errors.append(
                    GraphQLError(
                        "Resolvers give a source stream for the field \"\(typeName).\(fieldName)\", but type \"\(typeName)\" has no field \"\(fieldName)\"."
                            + didYouMean(
                                suggestionList(fieldName, subscriptionType.fields.map(\.name)).map {
                                    "\(typeName).\($0)"
                                })
                    ))
                continue
            }
            subscriptionType.fields[position].subscribe = resolver
        }
    }
    return errors
}
