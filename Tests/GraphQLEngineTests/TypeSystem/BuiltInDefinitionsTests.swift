import Testing

@testable import GraphQLEngine

/// The built-in definitions as graphql-js 16 declares them (plus `@oneOf` and `__Type.isOneOf`
/// from later graphql-js 16 releases), one line per type, field, value and directive.
private let expectedBuiltIns = #"""
    __Schema # "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations."
      description: String
      types: [__Type!]! # "A list of all types supported by this server."
      queryType: __Type! # "The type that query operations will be rooted at."
      mutationType: __Type # "If this server supports mutation, the type that mutation operations will be rooted at."
      subscriptionType: __Type # "If this server support subscription, the type that subscription operations will be rooted at."
      directives: [__Directive!]! # "A list of all directives supported by this server."
    __Directive # "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor."
      name: String!
      description: String
      isRepeatable: Boolean!
      locations: [__DirectiveLocation!]!
      args(includeDeprecated: Boolean = false): [__InputValue!]!
    __DirectiveLocation # "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies."
      QUERY # "Location adjacent to a query operation."
      MUTATION # "Location adjacent to a mutation operation."
      SUBSCRIPTION # "Location adjacent to a subscription operation."
      FIELD # "Location adjacent to a field."
      FRAGMENT_DEFINITION # "Location adjacent to a fragment definition."
      FRAGMENT_SPREAD # "Location adjacent to a fragment spread."
      INLINE_FRAGMENT # "Location adjacent to an inline fragment."
      VARIABLE_DEFINITION # "Location adjacent to a variable definition."
      SCHEMA # "Location adjacent to a schema definition."
      SCALAR # "Location adjacent to a scalar definition."
      OBJECT # "Location adjacent to an object type definition."
      FIELD_DEFINITION # "Location adjacent to a field definition."
      ARGUMENT_DEFINITION # "Location adjacent to an argument definition."
      INTERFACE # "Location adjacent to an interface definition."
      UNION # "Location adjacent to a union definition."
      ENUM # "Location adjacent to an enum definition."
      ENUM_VALUE # "Location adjacent to an enum value definition."
      INPUT_OBJECT # "Location adjacent to an input object type definition."
      INPUT_FIELD_DEFINITION # "Location adjacent to an input object field definition."
    __Type # "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types."
      kind: __TypeKind!
      name: String
      description: String
      specifiedByURL: String
      fields(includeDeprecated: Boolean = false): [__Field!]
      interfaces: [__Type!]
      possibleTypes: [__Type!]
      enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
      inputFields(includeDeprecated: Boolean = false): [__InputValue!]
      ofType: __Type
      isOneOf: Boolean
    __Field # "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type."
      name: String!
      description: String
      args(includeDeprecated: Boolean = false): [__InputValue!]!
      type: __Type!
      isDeprecated: Boolean!
      deprecationReason: String
    __InputValue # "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value."
      name: String!
      description: String
      type: __Type!
      defaultValue: String # "A GraphQL-formatted string representing the default value for this input value."
      isDeprecated: Boolean!
      deprecationReason: String
    __EnumValue # "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string."
      name: String!
      description: String
      isDeprecated: Boolean!
      deprecationReason: String
    __TypeKind # "An enum describing what kind of type a given `__Type` is."
      SCALAR # "Indicates this type is a scalar."
      OBJECT # "Indicates this type is an object. `fields` and `interfaces` are valid fields."
      INTERFACE # "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
      UNION # "Indicates this type is a union. `possibleTypes` is a valid field."
      ENUM # "Indicates this type is an enum. `enumValues` is a valid field."
      INPUT_OBJECT # "Indicates this type is an input object. `inputFields` is a valid field."
      LIST # "Indicates this type is a list. `ofType` is a valid field."
      NON_NULL # "Indicates this type is a non-null. `ofType` is a valid field."
    __schema: __Schema! # "Access the current type schema of this server."
    __type(name: String!): __Type # "Request the type information of a single type."
    __typename: String! # "The name of the current Object type at runtime."
    @include(if: Boolean! # "Included when true.") on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT # "Directs the executor to include this field or fragment only when the `if` argument is true."
    @skip(if: Boolean! # "Skipped when true.") on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT # "Directs the executor to skip this field or fragment when the `if` argument is true."
    @deprecated(reason: String = "No longer supported" # "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE # "Marks an element of a GraphQL schema as no longer supported."
    @specifiedBy(url: String! # "The URL that specifies the behavior of this scalar.") on SCALAR # "Exposes a URL that specifies the behavior of this scalar."
    @oneOf() on INPUT_OBJECT # "Indicates exactly one field must be supplied and this field must not be `null`."
    scalar String # "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text."
    scalar Int # "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1."
    scalar Float # "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point)."
    scalar Boolean # "The `Boolean` scalar type represents `true` or `false`."
    scalar ID # "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID."
    """#

@Suite struct BuiltInDefinitionsTests {
    @Test func introspectionTypesMetaFieldsDirectivesAndScalarsMatchGraphQLJS() {
        let actual = describeBuiltIns()
        let expected = expectedBuiltIns.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(actual.count == expected.count)
        for (line, (a, e)) in zip(actual, expected).enumerated() {
            #expect(a == e, "line \(line + 1)")
        }
    }

    @Test func specifiedDirectivesAreInGraphQLJSOrder() {
        #expect(
            GraphQLDirective.specifiedDirectives.map(\.name) == [
                "include", "skip", "deprecated", "specifiedBy", "oneOf",
            ])
        #expect(GraphQLDirective.specifiedDirectives.allSatisfy { !$0.isRepeatable })
        #expect(GraphQLDirective.deprecated.isSpecified)
        #expect(!GraphQLDirective(name: "auth", locations: [.field]).isSpecified)
    }

    @Test func specifiedScalarsAreInGraphQLJSOrder() {
        #expect(GraphQLScalarType.specifiedScalarTypes.map(\.name) == ["String", "Int", "Float", "Boolean", "ID"])
        #expect(GraphQLScalarType.int.isSpecified)
        #expect(!GraphQLScalarType(name: "DateTime").isSpecified)
    }

    @Test func introspectionTypeNamesAreRecognised() {
        #expect(IntrospectionTypes.all.allSatisfy { IntrospectionTypes.isIntrospectionTypeName($0.name) })
        #expect(!IntrospectionTypes.isIntrospectionTypeName("__Foo"))
    }
}

/// Renders the built-ins in the same one-line-per-item form as the expected text.
private func describeBuiltIns() -> [String] {
    var out: [String] = []
    for type in IntrospectionTypes.all {
        out.append(type.name + note(type.typeDescription))
        switch type {
        case .object(let object):
            for field in object.fields { out.append("  " + describe(field)) }
        case .enumType(let enumType):
            for value in enumType.values { out.append("  \(value.name)" + note(value.description)) }
        default:
            break
        }
    }
    for field in [GraphQLField.schemaMetaField, .typeMetaField, .typeNameMetaField] {
        out.append(describe(field))
    }
    for directive in GraphQLDirective.specifiedDirectives {
        let arguments = directive.arguments.map { describe($0) + note($0.description) }.joined(separator: ", ")
        let locations = directive.locations.map(\.rawValue).joined(separator: " | ")
        out.append(
            "@\(directive.name)(\(arguments))\(directive.isRepeatable ? " repeatable" : "") on \(locations)"
                + note(directive.description))
    }
    for scalar in GraphQLScalarType.specifiedScalarTypes {
        out.append("scalar \(scalar.name)" + note(scalar.description))
    }
    return out
}

private func describe(_ field: GraphQLField) -> String {
    let arguments = field.arguments.map(describe).joined(separator: ", ")
    return "\(field.name)\(arguments.isEmpty ? "" : "(\(arguments))"): \(field.type)" + note(field.description)
}

private func describe(_ argument: GraphQLInputValue) -> String {
    var text = "\(argument.name): \(argument.type)"
    switch argument.defaultValue {
    case .boolean(let value, _): text += " = \(value)"
    case .string(let value, _, _): text += " = " + json(value)
    default: break
    }
    return text
}

private func note(_ description: String?) -> String {
    description.map { " # " + json($0) } ?? ""
}

private func json(_ text: String) -> String {
    var out = "\""
    for character in text {
        switch character {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        default: out.append(character)
        }
    }
    return out + "\""
}
