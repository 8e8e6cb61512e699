// The introspection types (spec §4.2, §4.5 "Schema Introspection"): __Schema, __Type, __Field,
// __InputValue, __EnumValue, __Directive, __TypeKind and __DirectiveLocation.
//
// Fields, arguments, descriptions and order are graphql-js 16's, plus `__Type.isOneOf`
// (spec §4.2.5, added in later graphql-js 16 releases). The resolvers are in the
// `…Introspection` files beside this one.

/// The introspection types every schema contains (spec §4.2).
public enum IntrospectionTypes {
    /// `__Schema`: the root of schema introspection.
    public static let schema: GraphQLObjectType = definitions.schema
    /// `__Type`: any named or wrapping type.
    public static let type: GraphQLObjectType = definitions.type
    /// `__Field`: a field of an object or interface.
    public static let field: GraphQLObjectType = definitions.field
    /// `__InputValue`: an argument or input field.
    public static let inputValue: GraphQLObjectType = definitions.inputValue
    /// `__EnumValue`: one value of an enum.
    public static let enumValue: GraphQLObjectType = definitions.enumValue
    /// `__Directive`: a directive definition.
    public static let directive: GraphQLObjectType = definitions.directive
    /// `__TypeKind`: the kinds of `__Type`.
    public static let typeKind: GraphQLEnumType = definitions.typeKind
    /// `__DirectiveLocation`: where directives may appear.
    public static let directiveLocation: GraphQLEnumType = definitions.directiveLocation

    /// The eight introspection types in graphql-js's order (`introspectionTypes`).
    public static let all: [GraphQLNamedType] = [
        .object(schema), .object(directive), .enumType(directiveLocation), .object(type),
        .object(field), .object(inputValue), .object(enumValue), .enumType(typeKind),
    ]

    /// Whether `name` is the name of an introspection type.
    public static func isIntrospectionTypeName(_ name: String) -> Bool {
        switch name {
        case "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue",
            "__EnumValue", "__TypeKind":
            true
        default: false
        }
    }

    private static let definitions = Definitions()
}

/// Builds the mutually recursive introspection types once: the classes are created first,
/// then their fields, which refer to each other, are filled in.
private struct Definitions {
    let schema = GraphQLObjectType(
        name: "__Schema",
        description:
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations."
    )
    let directive = GraphQLObjectType(
        name: "__Directive",
        description:
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor."
    )
    let directiveLocation = GraphQLEnumType(
        name: "__DirectiveLocation",
        description:
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        values: DirectiveLocation.allCases.map {
            GraphQLEnumValue(name: $0.rawValue, description: $0.introspectionDescription)
        })
    let type = GraphQLObjectType(
        name: "__Type",
        description:
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types."
    )
    let field = GraphQLObjectType(
        name: "__Field",
        description:
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type."
    )
    let inputValue = GraphQLObjectType(
        name: "__InputValue",
        description:
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value."
    )
    let enumValue = GraphQLObjectType(
        name: "__EnumValue",
        description:
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string."
    )
    let typeKind = GraphQLEnumType(
        name: "__TypeKind",
        description: "An enum describing what kind of type a given `__Type` is.",
        values: [
            GraphQLEnumValue(name: "SCALAR", description: "Indicates this type is a scalar."),
            GraphQLEnumValue(
                name: "OBJECT",
                description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            GraphQLEnumValue(
                name: "INTERFACE",
                description:
                    "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
            ),
            GraphQLEnumValue(
                name: "UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field."),
            GraphQLEnumValue(
                name: "ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field."),
            GraphQLEnumValue(
                name: "INPUT_OBJECT",
                description: "Indicates this type is an input object. `inputFields` is a valid field."),
            GraphQLEnumValue(name: "LIST", description: "Indicates this type is a list. `ofType` is a valid field."),
            GraphQLEnumValue(
                name: "NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field."),
        ])

    init() {
        let string = GraphQLType.named(.scalar(.string))
        let nonNullString = GraphQLType.nonNull(string)
        let boolean = GraphQLType.named(.scalar(.boolean))
        let nonNullBoolean = GraphQLType.nonNull(boolean)
        let typeRef = GraphQLType.named(.object(type))
        let inputValueList = GraphQLType.nonNull(.list(.nonNull(.named(.object(inputValue)))))
        func nonNullList(_ inner: GraphQLType) -> GraphQLType { .nonNull(.list(.nonNull(inner))) }
        func define(
            _ name: String, _ type: GraphQLType, includeDeprecated: Bool = false, _ resolve: FieldResolver
        ) -> GraphQLField {
            define(name, type, nil, includeDeprecated: includeDeprecated, resolve)
        }
        func define(
            _ name: String, _ type: GraphQLType, _ description: String?, includeDeprecated: Bool = false,
            _ resolve: FieldResolver
        ) -> GraphQLField {
            let arguments =
                includeDeprecated
                ? [GraphQLInputValue(name: "includeDeprecated", type: boolean, defaultValue: .boolean(false, .none))]
                : []
            return GraphQLField(
                name: name, description: description, type: type, arguments: arguments, resolve: resolve)
        }

        schema.fields = [
            define("description", string, SchemaIntrospection.description),
            define(
                "types", nonNullList(typeRef), "A list of all types supported by this server.",
                SchemaIntrospection.types),
            define(
                "queryType", .nonNull(typeRef), "The type that query operations will be rooted at.",
                SchemaIntrospection.queryType),
            define(
                "mutationType", typeRef,
                "If this server supports mutation, the type that mutation operations will be rooted at.",
                SchemaIntrospection.mutationType),
            define(
                "subscriptionType", typeRef,
                // "support" (sic) is graphql-js 16's wording.
                "If this server support subscription, the type that subscription operations will be rooted at.",
                SchemaIntrospection.subscriptionType),
            define(
                "directives", nonNullList(.named(.object(directive))),
                "A list of all directives supported by this server.", SchemaIntrospection.directives),
        ]
        directive.fields = [
            define("name", nonNullString, DirectiveIntrospection.name),
            define("description", string, DirectiveIntrospection.description),
            define("isRepeatable", nonNullBoolean, DirectiveIntrospection.isRepeatable),
            define("locations", nonNullList(.named(.enumType(directiveLocation))), DirectiveIntrospection.locations),
            define("args", inputValueList, includeDeprecated: true, DirectiveIntrospection.args),
        ]
        type.fields = [
            define("kind", .nonNull(.named(.enumType(typeKind))), TypeIntrospection.kind),
            define("name", string, TypeIntrospection.name),
            define("description", string, TypeIntrospection.description),
            define("specifiedByURL", string, TypeIntrospection.specifiedByURL),
            define(
                "fields", .list(.nonNull(.named(.object(field)))), includeDeprecated: true, TypeIntrospection.fields),
            define("interfaces", .list(.nonNull(typeRef)), TypeIntrospection.interfaces),
            define("possibleTypes", .list(.nonNull(typeRef)), TypeIntrospection.possibleTypes),
            define(
                "enumValues", .list(.nonNull(.named(.object(enumValue)))), includeDeprecated: true,
                TypeIntrospection.enumValues),
            define(
                "inputFields", .list(.nonNull(.named(.object(inputValue)))), includeDeprecated: true,
                TypeIntrospection.inputFields),
            define("ofType", typeRef, TypeIntrospection.ofType),
            define("isOneOf", boolean, TypeIntrospection.isOneOf),
        ]
        field.fields = [
            define("name", nonNullString, FieldIntrospection.name),
            define("description", string, FieldIntrospection.description),
            define("args", inputValueList, includeDeprecated: true, FieldIntrospection.args),
            define("type", .nonNull(typeRef), FieldIntrospection.type),
            define("isDeprecated", nonNullBoolean, FieldIntrospection.isDeprecated),
            define("deprecationReason", string, FieldIntrospection.deprecationReason),
        ]
        inputValue.fields = [
            define("name", nonNullString, InputValueIntrospection.name),
            define("description", string, InputValueIntrospection.description),
            define("type", .nonNull(typeRef), InputValueIntrospection.type),
            define(
                "defaultValue", string,
                "A GraphQL-formatted string representing the default value for this input value.",
                InputValueIntrospection.defaultValue),
            define("isDeprecated", nonNullBoolean, InputValueIntrospection.isDeprecated),
            define("deprecationReason", string, InputValueIntrospection.deprecationReason),
        ]
        enumValue.fields = [
            define("name", nonNullString, EnumValueIntrospection.name),
            define("description", string, EnumValueIntrospection.description),
            define("isDeprecated", nonNullBoolean, EnumValueIntrospection.isDeprecated),
            define("deprecationReason", string, EnumValueIntrospection.deprecationReason),
        ]
    }
}

extension DirectiveLocation {
    /// The description `__DirectiveLocation` gives this location (graphql-js 16's wording).
    var introspectionDescription: String {
        switch self {
        case .query: "Location adjacent to a query operation."
        case .mutation: "Location adjacent to a mutation operation."
        case .subscription: "Location adjacent to a subscription operation."
        case .field: "Location adjacent to a field."
        case .fragmentDefinition: "Location adjacent to a fragment definition."
        case .fragmentSpread: "Location adjacent to a fragment spread."
        case .inlineFragment: "Location adjacent to an inline fragment."
        case .variableDefinition: "Location adjacent to a variable definition."
        case .schema: "Location adjacent to a schema definition."
        case .scalar: "Location adjacent to a scalar definition."
        case .object: "Location adjacent to an object type definition."
        case .fieldDefinition: "Location adjacent to a field definition."
        case .argumentDefinition: "Location adjacent to an argument definition."
        case .interface: "Location adjacent to an interface definition."
        case .union: "Location adjacent to a union definition."
        case .enumType: "Location adjacent to an enum definition."
        case .enumValue: "Location adjacent to an enum value definition."
        case .inputObject: "Location adjacent to an input object type definition."
        case .inputFieldDefinition: "Location adjacent to an input object field definition."
        }
    }
}
