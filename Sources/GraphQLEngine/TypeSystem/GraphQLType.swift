/// A type as a field, argument or variable refers to it: a named type, a list, or non-null
/// (spec §3.4 "Wrapping Types").
///
/// `nonNull` never wraps another `nonNull`; the schema builder and `typeFromAST` guarantee it.
public indirect enum GraphQLType: Sendable, Hashable, CustomStringConvertible {
    case named(GraphQLNamedType)
    case list(GraphQLType)
    case nonNull(GraphQLType)

    /// The named type at the core (`Int` in `[Int!]!`).
    public var namedType: GraphQLNamedType {
        switch self {
        case .named(let type): type
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    /// The type without its outermost non-null wrapper.
    public var nullableType: GraphQLType {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    /// Whether the outermost wrapper is non-null.
    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// Whether values of this type may be used as inputs: scalars, enums, input objects and
    /// wrappers of them (spec §3.4.4 "IsInputType").
    public var isInputType: Bool { namedType.isInputType }

    /// Whether values of this type may be outputs: anything but input objects (spec "IsOutputType").
    public var isOutputType: Bool { namedType.isOutputType }

    /// The type as GraphQL writes it: `[String!]!`.
    public var description: String {
        switch self {
        case .named(let type): type.name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }
}

/// One of the six kinds of named type (spec §3.4). Each kind is a class, so a type is shared
/// by reference across the schema and compared by identity.
public enum GraphQLNamedType: Sendable, Hashable, CustomStringConvertible {
    case scalar(GraphQLScalarType)
    case object(GraphQLObjectType)
    case interface(GraphQLInterfaceType)
    case union(GraphQLUnionType)
    case enumType(GraphQLEnumType)
    case inputObject(GraphQLInputObjectType)

    /// The type's name.
    public var name: String {
        switch self {
        case .scalar(let type): type.name
        case .object(let type): type.name
        case .interface(let type): type.name
        case .union(let type): type.name
        case .enumType(let type): type.name
        case .inputObject(let type): type.name
        }
    }

    /// The type's description, if any.
    public var typeDescription: String? {
        switch self {
        case .scalar(let type): type.description
        case .object(let type): type.description
        case .interface(let type): type.description
        case .union(let type): type.description
        case .enumType(let type): type.description
        case .inputObject(let type): type.description
        }
    }

    public var description: String { name }

    /// Scalars, enums and input objects (spec "IsInputType").
    public var isInputType: Bool {
        switch self {
        case .scalar, .enumType, .inputObject: true
        case .object, .interface, .union: false
        }
    }

    /// Anything but an input object (spec "IsOutputType").
    public var isOutputType: Bool {
        if case .inputObject = self { return false }
        return true
    }

    /// Scalars and enums: types whose values have no fields to select.
    public var isLeafType: Bool {
        switch self {
        case .scalar, .enumType: true
        default: false
        }
    }

    /// Objects, interfaces and unions: types that take a selection set.
    public var isCompositeType: Bool {
        switch self {
        case .object, .interface, .union: true
        default: false
        }
    }

    /// Interfaces and unions: types whose runtime type is one of several objects.
    public var isAbstractType: Bool {
        switch self {
        case .interface, .union: true
        default: false
        }
    }

    /// The fields of an object or interface type; empty for every other kind.
    public var fields: [GraphQLField] {
        switch self {
        case .object(let type): type.fields
        case .interface(let type): type.fields
        default: []
        }
    }

    /// The field named `name` of an object or interface type.
    public func field(named name: String) -> GraphQLField? {
        switch self {
        case .object(let type): type.field(named: name)
        case .interface(let type): type.field(named: name)
        default: nil
        }
    }

    /// Types are equal when they are the same instance.
    public static func == (lhs: GraphQLNamedType, rhs: GraphQLNamedType) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)): a === b
        case (.object(let a), .object(let b)): a === b
        case (.interface(let a), .interface(let b)): a === b
        case (.union(let a), .union(let b)): a === b
        case (.enumType(let a), .enumType(let b)): a === b
        case (.inputObject(let a), .inputObject(let b)): a === b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
