/// A directive definition: built in (`@skip`, `@deprecated` …) or declared in SDL (spec §3.13).
public final class GraphQLDirective: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// Where the directive may be used, in declaration order.
    public internal(set) var locations: [DirectiveLocation]
    public internal(set) var arguments: [GraphQLInputValue]
    /// Whether the directive may be used more than once at one location.
    public internal(set) var isRepeatable: Bool
    public internal(set) var astNode: DirectiveDefinitionNode?

    public init(
        name: String, description: String? = nil, locations: [DirectiveLocation],
        arguments: [GraphQLInputValue] = [], isRepeatable: Bool = false,
        astNode: DirectiveDefinitionNode? = nil
    ) {
        self.name = name
        self.description = description
        self.locations = locations
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.astNode = astNode
    }

    /// The argument named `name`.
    public func argument(named name: String) -> GraphQLInputValue? {
        arguments.first { $0.name == name }
    }
}

/// The places a directive may appear (spec §3.13, `DirectiveLocation`).
public enum DirectiveLocation: String, Hashable, Sendable, CaseIterable {
    // Executable locations.
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    // Type-system locations.
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumType = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}
