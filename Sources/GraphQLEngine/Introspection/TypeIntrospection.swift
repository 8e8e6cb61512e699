// Resolvers of `__Type`'s fields (spec §4.2.2 – §4.2.4): what each kind of type tells about
// itself, answering as graphql-js 16 does (null where a field does not apply to the kind).

/// The resolvers of `__Type`'s fields; the parent value is an `IntrospectedType`.
enum TypeIntrospection {
    static let kind = FieldResolver.property { (type: IntrospectedType) in
        switch type {
        case .named(.scalar): .enumValue("SCALAR")
        case .named(.object): .enumValue("OBJECT")
        case .named(.interface): .enumValue("INTERFACE")
        case .named(.union): .enumValue("UNION")
        case .named(.enumType): .enumValue("ENUM")
        case .named(.inputObject): .enumValue("INPUT_OBJECT")
        case .list: .enumValue("LIST")
        case .nonNull: .enumValue("NON_NULL")
        }
    }

    static let name = FieldResolver.property { (type: IntrospectedType) in
        guard case .named(let named) = type else { return .null }
        return .string(named.name)
    }

    static let description = FieldResolver.property { (type: IntrospectedType) in
        guard case .named(let named) = type else { return .null }
        return .optionalString(named.typeDescription)
    }

    static let specifiedByURL = FieldResolver.property { (type: IntrospectedType) in
        guard case .named(.scalar(let scalar)) = type else { return .null }
        return .optionalString(scalar.specifiedByURL)
    }

    /// `fields(includeDeprecated:)` of objects and interfaces, in definition order.
    static let fields = FieldResolver.introspecting { (type: IntrospectedType, includeDeprecated: Bool) in
        let owner: IntrospectedField.FieldOwner
        let fields: [GraphQLField]
        switch type {
        case .named(.object(let object)):
            owner = .object(object)
            fields = object.fields
        case .named(.interface(let interface)):
            owner = .interface(interface)
            fields = interface.fields
        default:
            return .null
        }
        var items: [FieldValue] = []
        items.reserveCapacity(fields.count)
        for index in fields.indices where includeDeprecated || fields[index].deprecationReason == nil {
            items.append(.object(IntrospectedField(owner: owner, index: Int32(index))))
        }
        return .list(items)
    }

    /// The interfaces an object or interface implements, in declaration order.
    static let interfaces = FieldResolver.property { (type: IntrospectedType) in
        switch type {
        case .named(.object(let object)): typeList(object.interfaces) { .interface($0) }
        case .named(.interface(let interface)): typeList(interface.interfaces) { .interface($0) }
        default: .null
        }
    }

    /// The possible types of a union or interface, in graphql-js's `getPossibleTypes` order: a
    /// union's members as declared, an interface's implementing objects in schema type order.
    static let possibleTypes = FieldResolver.sync { input in
        switch try input.parent(as: IntrospectedType.self) {
        case .named(.union(let union)):
            return typeList(union.types) { .object($0) }
        case .named(.interface(let interface)):
            return typeList(input.info.schema.implementations(of: interface).objects) { .object($0) }
        default:
            return .null
        }
    }

    /// `enumValues(includeDeprecated:)` of enums, in definition order.
    static let enumValues = FieldResolver.introspecting { (type: IntrospectedType, includeDeprecated: Bool) in
        guard case .named(.enumType(let enumType)) = type else { return .null }
        let values = enumType.values
        var items: [FieldValue] = []
        items.reserveCapacity(values.count)
        for index in values.indices where includeDeprecated || values[index].deprecationReason == nil {
            items.append(.object(IntrospectedEnumValue(type: enumType, index: Int32(index))))
        }
        return .list(items)
    }

    /// `inputFields(includeDeprecated:)` of input objects, in definition order.
    static let inputFields = FieldResolver.introspecting { (type: IntrospectedType, includeDeprecated: Bool) in
        guard case .named(.inputObject(let inputObject)) = type else { return .null }
        let fields = inputObject.fields
        return .inputValues(
            count: fields.count, includeDeprecated: includeDeprecated,
            isDeprecated: { fields[$0].deprecationReason != nil }, owner: .inputFields(inputObject))
    }

    /// The wrapped type of a list or non-null type.
    static let ofType = FieldResolver.property { (type: IntrospectedType) in
        switch type {
        case .named: .null
        case .list(let ofType), .nonNull(let ofType): .object(IntrospectedType(ofType))
        }
    }

    /// Whether an input object is `@oneOf` (spec §3.10.1); null for other kinds.
    static let isOneOf = FieldResolver.property { (type: IntrospectedType) in
        guard case .named(.inputObject(let inputObject)) = type else { return .null }
        return .boolean(inputObject.isOneOf)
    }

    private static func typeList<Element>(
        _ types: [Element], _ named: (Element) -> GraphQLNamedType
    ) -> FieldValue {
        .list(types.map { .object(IntrospectedType.named(named($0))) })
    }
}
