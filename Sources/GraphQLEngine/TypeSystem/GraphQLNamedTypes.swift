// The six kinds of named type (spec §3.5 – §3.10).
//
// They are classes because types refer to each other in cycles (`Organization.partnerships`
// returns `Partnership`, whose `participants` return `Organization`) and are compared by
// identity. Their `internal(set)` properties are written only while a schema is being built,
// before it is shared; after that nothing mutates them, which is why `@unchecked Sendable` holds.

/// A scalar type: a leaf value such as `Int` or a custom `DateTime` (spec §3.5).
public final class GraphQLScalarType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// The URL of the scalar's specification (`@specifiedBy(url:)`).
    public internal(set) var specifiedByURL: String?
    public internal(set) var astNode: ScalarTypeDefinitionNode?
    public internal(set) var extensionASTNodes: [ScalarTypeDefinitionNode] = []
    /// How values of this scalar are coerced; `.passThrough` unless given.
    public internal(set) var coercion: ScalarCoercion

    public init(
        name: String, description: String? = nil, specifiedByURL: String? = nil,
        astNode: ScalarTypeDefinitionNode? = nil, coercion: ScalarCoercion = .passThrough
    ) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.astNode = astNode
        self.coercion = coercion
    }
}

/// An object type: a set of named fields (spec §3.6).
public final class GraphQLObjectType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// The fields, in definition order.
    public internal(set) var fields: [GraphQLField] = [] { didSet { fieldIndex = .init(indexing: fields) } }
    /// The interfaces this type implements, in declaration order.
    public internal(set) var interfaces: [GraphQLInterfaceType] = []
    public internal(set) var astNode: ObjectTypeDefinitionNode?
    public internal(set) var extensionASTNodes: [ObjectTypeDefinitionNode] = []
    private var fieldIndex = FieldIndex()

    public init(
        name: String, description: String? = nil, fields: [GraphQLField] = [],
        interfaces: [GraphQLInterfaceType] = [], astNode: ObjectTypeDefinitionNode? = nil
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        self.fieldIndex = FieldIndex(indexing: fields)
        self.interfaces = interfaces
        self.astNode = astNode
    }

    /// The field named `name`, if the type has one.
    public func field(named name: String) -> GraphQLField? {
        fieldIndex[name].map { fields[$0] }
    }

    /// The position in `fields` of the field named `name`, found without copying the field.
    func fieldPosition(named name: String) -> Int? { fieldIndex[name] }
}

/// An interface type: fields that every implementing type has (spec §3.7).
public final class GraphQLInterfaceType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// The fields, in definition order.
    public internal(set) var fields: [GraphQLField] = [] { didSet { fieldIndex = .init(indexing: fields) } }
    /// The interfaces this interface implements, in declaration order.
    public internal(set) var interfaces: [GraphQLInterfaceType] = []
    public internal(set) var astNode: InterfaceTypeDefinitionNode?
    public internal(set) var extensionASTNodes: [InterfaceTypeDefinitionNode] = []
    /// Decides the object type of a value returned for this interface; nil uses
    /// `TypeResolver.byTypeName`.
    public internal(set) var resolveType: TypeResolver?
    private var fieldIndex = FieldIndex()

    public init(
        name: String, description: String? = nil, fields: [GraphQLField] = [],
        interfaces: [GraphQLInterfaceType] = [], astNode: InterfaceTypeDefinitionNode? = nil,
        resolveType: TypeResolver? = nil
    ) {
        self.resolveType = resolveType
        self.name = name
        self.description = description
        self.fields = fields
        self.fieldIndex = FieldIndex(indexing: fields)
        self.interfaces = interfaces
        self.astNode = astNode
    }

    /// The field named `name`, if the interface has one.
    public func field(named name: String) -> GraphQLField? {
        fieldIndex[name].map { fields[$0] }
    }

    /// The position in `fields` of the field named `name`, found without copying the field.
    func fieldPosition(named name: String) -> Int? { fieldIndex[name] }
}

/// A union type: one of several object types (spec §3.8).
public final class GraphQLUnionType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// The member types, in declaration order.
    public internal(set) var types: [GraphQLObjectType] = []
    public internal(set) var astNode: UnionTypeDefinitionNode?
    public internal(set) var extensionASTNodes: [UnionTypeDefinitionNode] = []
    /// Decides the member type of a value returned for this union; nil uses
    /// `TypeResolver.byTypeName`.
    public internal(set) var resolveType: TypeResolver?

    public init(
        name: String, description: String? = nil, types: [GraphQLObjectType] = [],
        astNode: UnionTypeDefinitionNode? = nil, resolveType: TypeResolver? = nil
    ) {
        self.resolveType = resolveType
        self.name = name
        self.description = description
        self.types = types
        self.astNode = astNode
    }
}

/// An enum type: a closed set of named values (spec §3.9).
public final class GraphQLEnumType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// The values, in definition order.
    public internal(set) var values: [GraphQLEnumValue] = []
    public internal(set) var astNode: EnumTypeDefinitionNode?
    public internal(set) var extensionASTNodes: [EnumTypeDefinitionNode] = []

    public init(
        name: String, description: String? = nil, values: [GraphQLEnumValue] = [],
        astNode: EnumTypeDefinitionNode? = nil
    ) {
        self.name = name
        self.description = description
        self.values = values
        self.astNode = astNode
    }

    /// The value named `name`, if the enum has one.
    public func value(named name: String) -> GraphQLEnumValue? {
        values.first { $0.name == name }
    }
}

/// An input object type: named input fields, optionally `@oneOf` (spec §3.10).
public final class GraphQLInputObjectType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// The fields, in definition order.
    public internal(set) var fields: [GraphQLInputValue] = []
    /// Whether exactly one field must be given (`@oneOf`, spec §3.10.1).
    public internal(set) var isOneOf: Bool = false
    public internal(set) var astNode: InputObjectTypeDefinitionNode?
    public internal(set) var extensionASTNodes: [InputObjectTypeDefinitionNode] = []

    public init(
        name: String, description: String? = nil, fields: [GraphQLInputValue] = [],
        isOneOf: Bool = false, astNode: InputObjectTypeDefinitionNode? = nil
    ) {
        self.name = name
        self.description = description
        self.fields = fields
        self.isOneOf = isOneOf
        self.astNode = astNode
    }

    /// The field named `name`, if the input object has one.
    public func field(named name: String) -> GraphQLInputValue? {
        fields.first { $0.name == name }
    }
}

/// Finds a field by name without scanning: types like GitHub's `Repository` have 100+ fields.
struct FieldIndex: Sendable {
    private var positions = NameIndex()
    init() {}
    init(indexing fields: [GraphQLField]) {
        positions = NameIndex(capacity: fields.count)
        // Indexing reads only the name; iterating would copy every field (and its AST node).
        // The first of a repeated name is kept.
        for position in fields.indices { positions.insert(fields[position].name, position) }
    }
    subscript(name: String) -> Int? { positions[name] }
}
