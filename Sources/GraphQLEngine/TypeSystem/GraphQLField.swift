/// A field of an object or interface type (spec §3.6.1).
public struct GraphQLField: Sendable {
    public var name: String
    public var description: String?
    public var type: GraphQLType
    /// The field's arguments, in definition order.
    public var arguments: [GraphQLInputValue]
    /// Why the field is deprecated, when it is (`@deprecated(reason:)`).
    public var deprecationReason: String?
    /// The definition this field was built from, when it came from SDL.
    public var astNode: FieldDefinitionNode?
    /// How the field's value is produced; nil binds the default resolver, which reads the
    /// field by name from an `ObjectValue` parent (graphql-js `defaultFieldResolver`).
    public var resolve: FieldResolver?
    /// For a root field of the subscription type: how its source event stream is made (spec
    /// §6.2.3 `ResolveFieldEventStream`, graphql-js `subscribe`); ignored on other fields.
    public var subscribe: SubscriptionResolver?

    public init(
        name: String, description: String? = nil, type: GraphQLType,
        arguments: [GraphQLInputValue] = [], deprecationReason: String? = nil,
        astNode: FieldDefinitionNode? = nil, resolve: FieldResolver? = nil,
        subscribe: SubscriptionResolver? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.arguments = arguments
        self.deprecationReason = deprecationReason
        self.astNode = astNode
        self.resolve = resolve
        self.subscribe = subscribe
    }

    /// The argument named `name`.
    public func argument(named name: String) -> GraphQLInputValue? {
        arguments.first { $0.name == name }
    }
}

/// An argument of a field or directive, or a field of an input object: what introspection
/// calls `__InputValue` (spec §3.6.1, §3.10).
public struct GraphQLInputValue: Sendable {
    public var name: String
    public var description: String?
    public var type: GraphQLType
    /// The default value as written in SDL, a constant value node; nil when there is none.
    public var defaultValue: ValueNode?
    /// Why the argument or input field is deprecated, when it is.
    public var deprecationReason: String?
    /// The definition this value was built from, when it came from SDL.
    public var astNode: InputValueDefinitionNode?

    public init(
        name: String, description: String? = nil, type: GraphQLType,
        defaultValue: ValueNode? = nil, deprecationReason: String? = nil,
        astNode: InputValueDefinitionNode? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }
}

/// One value of an enum type (spec §3.9).
public struct GraphQLEnumValue: Sendable {
    public var name: String
    public var description: String?
    public var deprecationReason: String?
    public var astNode: EnumValueDefinitionNode?

    public init(
        name: String, description: String? = nil, deprecationReason: String? = nil,
        astNode: EnumValueDefinitionNode? = nil
    ) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }
}
