// PLACEHOLDER: the built-in directives (spec §3.13): @skip, @include, @deprecated,
// @specifiedBy, @oneOf.
extension GraphQLDirective {
    /// The directives every schema has unless it declares its own of the same name.
    public static let specifiedDirectives: [GraphQLDirective] = []
}
