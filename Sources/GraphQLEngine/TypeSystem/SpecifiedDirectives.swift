// The built-in directives (spec §3.13): @include, @skip, @deprecated, @specifiedBy and @oneOf,
// with graphql-js 16's descriptions, argument order and locations.

extension GraphQLDirective {
    /// `@include(if: Boolean!)`: keeps a field or fragment only when `if` is true (spec §3.13.2).
    public static let include = GraphQLDirective(
        name: "include",
        description:
            "Directs the executor to include this field or fragment only when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [
            GraphQLInputValue(
                name: "if", description: "Included when true.", type: .nonNull(.named(.scalar(.boolean))))
        ])

    /// `@skip(if: Boolean!)`: drops a field or fragment when `if` is true (spec §3.13.1).
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [
            GraphQLInputValue(
                name: "if", description: "Skipped when true.", type: .nonNull(.named(.scalar(.boolean))))
        ])

    /// The reason `@deprecated` gives when none is written.
    public static let defaultDeprecationReason = "No longer supported"

    /// `@deprecated(reason: String = "No longer supported")` (spec §3.13.3).
    ///
    /// As in graphql-js 16, `reason` is a nullable `String` (the spec writes `String!`).
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        arguments: [
            GraphQLInputValue(
                name: "reason",
                description:
                    "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                type: .named(.scalar(.string)),
                defaultValue: .string(defaultDeprecationReason, block: false, .none))
        ])

    /// `@specifiedBy(url: String!)` on scalars (spec §3.13.4).
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        locations: [.scalar],
        arguments: [
            GraphQLInputValue(
                name: "url", description: "The URL that specifies the behavior of this scalar.",
                type: .nonNull(.named(.scalar(.string))))
        ])

    /// `@oneOf` on input objects (spec §3.13.5). graphql-js 16.6 predates it; the description
    /// is the one later graphql-js 16 releases give.
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Indicates exactly one field must be supplied and this field must not be `null`.",
        locations: [.inputObject])

    /// The directives every schema has unless it declares its own of the same name, in
    /// graphql-js's order.
    public static let specifiedDirectives: [GraphQLDirective] = [include, skip, deprecated, specifiedBy, oneOf]

    /// Whether `name` is the name of a built-in directive.
    public static func isSpecifiedDirectiveName(_ name: String) -> Bool {
        switch name {
        case "include", "skip", "deprecated", "specifiedBy", "oneOf": true
        default: false
        }
    }

    /// Whether this is one of the built-in directives (by name, as graphql-js decides).
    public var isSpecified: Bool { GraphQLDirective.isSpecifiedDirectiveName(name) }
}
