// The meta-fields available on every selection (spec §4.1 "Type Name Introspection",
// §4.2 "Schema Introspection"): `__schema` and `__type` on the query root, `__typename`
// everywhere. They are not listed in any type's fields; the validator and executor look them
// up by name. The executor answers `__typename` itself.

extension GraphQLField {
    /// `__schema: __Schema!` on the query root type.
    public static let schemaMetaField = GraphQLField(
        name: "__schema",
        description: "Access the current type schema of this server.",
        type: .nonNull(.named(.object(IntrospectionTypes.schema))),
        resolve: MetaFieldIntrospection.schema)

    /// `__type(name: String!): __Type` on the query root type.
    public static let typeMetaField = GraphQLField(
        name: "__type",
        description: "Request the type information of a single type.",
        type: .named(.object(IntrospectionTypes.type)),
        arguments: [GraphQLInputValue(name: "name", type: .nonNull(.named(.scalar(.string))))],
        resolve: MetaFieldIntrospection.type)

    /// `__typename: String!` on every object, interface and union.
    public static let typeNameMetaField = GraphQLField(
        name: "__typename",
        description: "The name of the current Object type at runtime.",
        type: .nonNull(.named(.scalar(.string))))
}
