// PLACEHOLDER: the introspection types (__Schema, __Type, __Field, __InputValue, __EnumValue,
// __Directive, __TypeKind, __DirectiveLocation) and meta-fields (spec §4.2) are defined here.
/// The introspection types every schema contains (spec §4.2).
enum IntrospectionTypes {
    static let schema = GraphQLObjectType(name: "__Schema")
}
