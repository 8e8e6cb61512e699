// Resolvers of the meta-fields `__schema` and `__type(name:)` (spec §4.2) and of the fields of
// `__Schema` and `__Directive` (spec §4.2.1, §4.2.7), answering as graphql-js 16 does.

/// The resolvers of the query root's meta-fields `__schema` and `__type`.
enum MetaFieldIntrospection {
    /// `__schema`: the schema being executed.
    static let schema = FieldResolver.sync { input in .object(input.info.schema) }

    /// `__type(name:)`: the named type called `name`, or null when the schema has none.
    static let type = FieldResolver.sync { input in
        guard case .string(let name)? = input[argument: "name"], let type = input.info.schema.type(named: name) else {
            return .null
        }
        return .object(IntrospectedType.named(type))
    }
}

/// The resolvers of `__Schema`'s fields; the parent value is the `GraphQLSchema`.
enum SchemaIntrospection {
    static let description = FieldResolver.property { (schema: GraphQLSchema) in
        .optionalString(schema.description)
    }

    /// Every named type, in the schema's order (graphql-js `Object.values(schema.getTypeMap())`).
    static let types = FieldResolver.property { (schema: GraphQLSchema) in
        .list(schema.types.map { .object(IntrospectedType.named($0)) })
    }

    static let queryType = FieldResolver.property { (schema: GraphQLSchema) in rootType(schema.queryType) }
    static let mutationType = FieldResolver.property { (schema: GraphQLSchema) in rootType(schema.mutationType) }
    static let subscriptionType = FieldResolver.property { (schema: GraphQLSchema) in
        rootType(schema.subscriptionType)
    }

    static let directives = FieldResolver.property { (schema: GraphQLSchema) in
        .list(schema.directives.map { .object($0) })
    }

    private static func rootType(_ type: GraphQLObjectType?) -> FieldValue {
        guard let type else { return .null }
        return .object(IntrospectedType.named(.object(type)))
    }
}

/// The resolvers of `__Directive`'s fields; the parent value is the `GraphQLDirective`.
enum DirectiveIntrospection {
    static let name = FieldResolver.property { (directive: GraphQLDirective) in .string(directive.name) }
    static let description = FieldResolver.property { (directive: GraphQLDirective) in
        .optionalString(directive.description)
    }
    static let isRepeatable = FieldResolver.property { (directive: GraphQLDirective) in
        .boolean(directive.isRepeatable)
    }

    /// The locations in declaration order, as `__DirectiveLocation` values.
    static let locations = FieldResolver.property { (directive: GraphQLDirective) in
        .list(directive.locations.map { .enumValue($0.rawValue) })
    }

    /// `args(includeDeprecated:)`: deprecated arguments only when asked for.
    static let args = FieldResolver.introspecting { (directive: GraphQLDirective, includeDeprecated: Bool) in
        let arguments = directive.arguments
        return .inputValues(
            count: arguments.count, includeDeprecated: includeDeprecated,
            isDeprecated: { arguments[$0].deprecationReason != nil },
            owner: .directiveArguments(directive))
    }
}

extension FieldValue {
    /// A nullable `String` value.
    static func optionalString(_ value: String?) -> FieldValue {
        guard let value else { return .null }
        return .string(value)
    }

    /// The `__InputValue` objects for the `count` input values of `owner`, leaving out the
    /// deprecated ones unless `includeDeprecated`.
    static func inputValues(
        count: Int, includeDeprecated: Bool, isDeprecated: (Int) -> Bool,
        owner: IntrospectedInputValue.InputValueOwner
    ) -> FieldValue {
        var items: [FieldValue] = []
        items.reserveCapacity(count)
        for index in 0..<count where includeDeprecated || !isDeprecated(index) {
            items.append(.object(IntrospectedInputValue(owner: owner, index: Int32(index))))
        }
        return .list(items)
    }
}
