// Resolvers of the fields of `__Field`, `__InputValue` and `__EnumValue` (spec §4.2.5, §4.2.6,
// and "__EnumValue"), answering as graphql-js 16 does. Each reads its definition in place
// through the owning type; nothing is copied but the values answered.

/// The resolvers of `__Field`'s fields; the parent value is an `IntrospectedField`.
enum FieldIntrospection {
    static let name = FieldResolver.property { (field: IntrospectedField) in field.read { .string($0.name) } }
    static let description = FieldResolver.property { (field: IntrospectedField) in
        field.read { .optionalString($0.description) }
    }

    /// `args(includeDeprecated:)`, in definition order.
    static let args = FieldResolver.introspecting { (field: IntrospectedField, includeDeprecated: Bool) in
        field.read { definition in
            let arguments = definition.arguments
            return .inputValues(
                count: arguments.count, includeDeprecated: includeDeprecated,
                isDeprecated: { arguments[$0].deprecationReason != nil }, owner: .fieldArguments(field))
        }
    }

    static let type = FieldResolver.property { (field: IntrospectedField) in
        field.read { .object(IntrospectedType($0.type)) }
    }
    static let isDeprecated = FieldResolver.property { (field: IntrospectedField) in
        field.read { .boolean($0.deprecationReason != nil) }
    }
    static let deprecationReason = FieldResolver.property { (field: IntrospectedField) in
        field.read { .optionalString($0.deprecationReason) }
    }
}

/// The resolvers of `__InputValue`'s fields; the parent value is an `IntrospectedInputValue`.
enum InputValueIntrospection {
    static let name = FieldResolver.property { (value: IntrospectedInputValue) in value.read { .string($0.name) } }
    static let description = FieldResolver.property { (value: IntrospectedInputValue) in
        value.read { .optionalString($0.description) }
    }
    static let type = FieldResolver.property { (value: IntrospectedInputValue) in
        value.read { .object(IntrospectedType($0.type)) }
    }

    /// The default value as GraphQL text, as graphql-js prints it: the literal read through
    /// the type and written back (`print(astFromValue(valueFromAST(literal)))`), so `1.0` for a
    /// `Float` is `"1"` and an input object's fields follow the type's order. Null when there
    /// is none or the type refuses the literal (graphql-js then has no default); a value
    /// without a literal form (an object from a custom scalar) is graphql-js's error.
    static let defaultValue = FieldResolver.property { (value: IntrospectedInputValue) throws -> FieldValue in
        try value.read { definition throws(GraphQLError) -> FieldValue in
            guard let literal = definition.defaultValue,
                let coerced = valueFromAST(literal, definition.type, nil),
                let node = try astFromValue(coerced, definition.type)
            else { return .null }
            return .string(printValue(node))
        }
    }

    static let isDeprecated = FieldResolver.property { (value: IntrospectedInputValue) in
        value.read { .boolean($0.deprecationReason != nil) }
    }
    static let deprecationReason = FieldResolver.property { (value: IntrospectedInputValue) in
        value.read { .optionalString($0.deprecationReason) }
    }
}

/// The resolvers of `__EnumValue`'s fields; the parent value is an `IntrospectedEnumValue`.
enum EnumValueIntrospection {
    static let name = FieldResolver.property { (value: IntrospectedEnumValue) in value.read { .string($0.name) } }
    static let description = FieldResolver.property { (value: IntrospectedEnumValue) in
        value.read { .optionalString($0.description) }
    }
    static let isDeprecated = FieldResolver.property { (value: IntrospectedEnumValue) in
        value.read { .boolean($0.deprecationReason != nil) }
    }
    static let deprecationReason = FieldResolver.property { (value: IntrospectedEnumValue) in
        value.read { .optionalString($0.deprecationReason) }
    }
}
