// The five built-in scalars (spec §3.5.1 – §3.5.5), with graphql-js 16's descriptions.
//
// Their coercion rules (input literals, input values and results) live in
// `SpecifiedScalars+Coercion.swift`.

extension GraphQLScalarType {
    /// `Int`: a signed 32-bit integer (spec §3.5.1).
    public static let int = GraphQLScalarType(
        name: "Int",
        description:
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        coercion: .int)

    /// `Float`: a finite double-precision number (spec §3.5.2).
    public static let float = GraphQLScalarType(
        name: "Float",
        description:
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        coercion: .float)

    /// `String`: UTF-8 text (spec §3.5.3).
    public static let string = GraphQLScalarType(
        name: "String",
        description:
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        coercion: .string)

    /// `Boolean`: `true` or `false` (spec §3.5.4).
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "The `Boolean` scalar type represents `true` or `false`.",
        coercion: .boolean)

    /// `ID`: a unique identifier, serialized as a string (spec §3.5.5).
    public static let id = GraphQLScalarType(
        name: "ID",
        description:
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        coercion: .id)

    /// The built-in scalars in graphql-js's order: String, Int, Float, Boolean, ID.
    public static let specifiedScalarTypes: [GraphQLScalarType] = [.string, .int, .float, .boolean, .id]

    /// Whether `name` is one of the five built-in scalars' names.
    public static func isSpecifiedScalarName(_ name: String) -> Bool {
        switch name {
        case "String", "Int", "Float", "Boolean", "ID": true
        default: false
        }
    }

    /// Whether this is one of the five built-in scalars.
    public var isSpecified: Bool { GraphQLScalarType.isSpecifiedScalarName(name) }
}
