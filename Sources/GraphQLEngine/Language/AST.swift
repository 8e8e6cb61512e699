// The syntax tree of GraphQL documents (spec §2) and of the type-system language (spec §3).
//
// Every node is a value type named as graphql-js names it (`FieldNode`, `DocumentNode`) and
// carries its `Location`. Choices are enums with a case per kind, so code that walks the tree
// switches exhaustively instead of casting. Type-system extensions reuse the definition nodes:
// `extend type T` is a `.typeExtension(.object(…))` whose description is always nil.
//
// Each struct stores its location first and declares its public initializer in an extension,
// where it calls the memberwise initializer the compiler synthesizes (location first, so the two
// differ). The optimizer splits a struct into registers only up to six scalar parts; a bigger one
// assigned field by field in an initializer's body is built in a stack slot and copied out,
// retaining every part and releasing the original. The memberwise initializer builds it in place.

/// A name (spec §2.1.9), with where it was written.
public struct NameNode: Hashable, Sendable {
    public var location: Location
    public var value: String
}

extension NameNode {
    public init(value: String, location: Location = .none) {
        self.init(location: location, value: value)
    }
}

/// A whole document: executable definitions, type-system definitions or both (spec §2.2).
public struct DocumentNode: Hashable, Sendable {
    public var location: Location
    public var definitions: [DefinitionNode]
}

extension DocumentNode {
    public init(definitions: [DefinitionNode], location: Location = .none) {
        self.init(location: location, definitions: definitions)
    }
}

/// One top-level definition of a document.
public enum DefinitionNode: Hashable, Sendable {
    case operation(OperationDefinitionNode)
    case fragment(FragmentDefinitionNode)
    case schema(SchemaDefinitionNode)
    case type(TypeDefinitionNode)
    case directive(DirectiveDefinitionNode)
    /// `extend schema …`; the node's description is always nil.
    case schemaExtension(SchemaDefinitionNode)
    /// `extend scalar|type|interface|union|enum|input …`; the node's description is always nil.
    case typeExtension(TypeDefinitionNode)

    /// Where the definition was written.
    public var location: Location {
        switch self {
        case .operation(let node): node.location
        case .fragment(let node): node.location
        case .schema(let node), .schemaExtension(let node): node.location
        case .type(let node), .typeExtension(let node): node.location
        case .directive(let node): node.location
        }
    }

    /// Whether this is an operation or a fragment (spec §5.1.1, Executable Definitions).
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        default: false
        }
    }
}

// MARK: - Executable definitions (spec §2.3 – §2.12)

/// The three kinds of operation (spec §2.3).
public enum OperationType: String, Hashable, Sendable, CaseIterable {
    case query, mutation, subscription
}

/// `query Name($v: T) @d { … }`, or the shorthand `{ … }` (spec §2.3).
public struct OperationDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var operation: OperationType
    public var name: NameNode?
    public var variableDefinitions: [VariableDefinitionNode]
    public var directives: [DirectiveNode]
    public var selectionSet: SelectionSetNode
}

extension OperationDefinitionNode {
    public init(
        operation: OperationType, name: NameNode? = nil,
        variableDefinitions: [VariableDefinitionNode] = [], directives: [DirectiveNode] = [],
        selectionSet: SelectionSetNode, location: Location = .none
    ) {
        self.init(
            location: location, operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet)
    }
}

/// `$name: Type = default @d` (spec §2.10).
public struct VariableDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var variable: VariableNode
    public var type: TypeNode
    public var defaultValue: ValueNode?
    public var directives: [DirectiveNode]
}

extension VariableDefinitionNode {
    public init(
        variable: VariableNode, type: TypeNode, defaultValue: ValueNode? = nil,
        directives: [DirectiveNode] = [], location: Location = .none
    ) {
        self.init(
            location: location, variable: variable, type: type, defaultValue: defaultValue, directives: directives)
    }
}

/// `{ selection … }` (spec §2.4).
public struct SelectionSetNode: Hashable, Sendable {
    public var location: Location
    public var selections: [SelectionNode]
}

extension SelectionSetNode {
    public init(selections: [SelectionNode], location: Location = .none) {
        self.init(location: location, selections: selections)
    }
}

/// A field, a fragment spread or an inline fragment (spec §2.4).
public enum SelectionNode: Hashable, Sendable {
    case field(FieldNode)
    case fragmentSpread(FragmentSpreadNode)
    case inlineFragment(InlineFragmentNode)

    /// Where the selection was written.
    public var location: Location {
        switch self {
        case .field(let node): node.location
        case .fragmentSpread(let node): node.location
        case .inlineFragment(let node): node.location
        }
    }

    /// The selection's directives.
    public var directives: [DirectiveNode] {
        switch self {
        case .field(let node): node.directives
        case .fragmentSpread(let node): node.directives
        case .inlineFragment(let node): node.directives
        }
    }
}

/// `alias: name(arguments) @d { … }` (spec §2.5).
public struct FieldNode: Hashable, Sendable {
    public var location: Location
    public var alias: NameNode?
    public var name: NameNode
    /// The arguments and directives, nil when there are neither: most fields have none, and
    /// an absent pair costs nothing to free with the tree, where two empty arrays cost two calls
    /// into the runtime.
    var extras: FieldExtras?
    public var selectionSet: SelectionSetNode?

    /// The arguments, in the order written.
    public var arguments: [ArgumentNode] {
        get { extras?.arguments ?? [] }
        set { extras = FieldExtras(arguments: newValue, directives: directives) }
    }

    /// The directives, in the order written.
    public var directives: [DirectiveNode] {
        get { extras?.directives ?? [] }
        set { extras = FieldExtras(arguments: arguments, directives: newValue) }
    }

    /// The key this field has in the response: its alias, or else its name (spec §2.7).
    public var responseKey: String { alias?.value ?? name.value }
}

extension FieldNode {
    public init(
        alias: NameNode? = nil, name: NameNode, arguments: [ArgumentNode] = [],
        directives: [DirectiveNode] = [], selectionSet: SelectionSetNode? = nil,
        location: Location = .none
    ) {
        self.init(
            location: location, alias: alias, name: name,
            extras: FieldExtras(arguments: arguments, directives: directives), selectionSet: selectionSet)
    }
}

/// A field's arguments and directives, kept together so that a field with neither stores nil.
struct FieldExtras: Hashable, Sendable {
    var arguments: [ArgumentNode]
    var directives: [DirectiveNode]

    /// The pair, or nil when both lists are empty.
    init?(arguments: [ArgumentNode], directives: [DirectiveNode]) {
        if arguments.isEmpty && directives.isEmpty { return nil }
        self.arguments = arguments
        self.directives = directives
    }
}

/// `name: value` in a field's or directive's arguments (spec §2.6).
public struct ArgumentNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
    public var value: ValueNode
}

extension ArgumentNode {
    public init(name: NameNode, value: ValueNode, location: Location = .none) {
        self.init(location: location, name: name, value: value)
    }
}

/// `...Name @d` (spec §2.8).
public struct FragmentSpreadNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
    public var directives: [DirectiveNode]
}

extension FragmentSpreadNode {
    public init(name: NameNode, directives: [DirectiveNode] = [], location: Location = .none) {
        self.init(location: location, name: name, directives: directives)
    }
}

/// `... on Type @d { … }`, the type condition being optional (spec §2.8.2).
public struct InlineFragmentNode: Hashable, Sendable {
    public var location: Location
    public var typeCondition: NamedTypeNode?
    public var directives: [DirectiveNode]
    public var selectionSet: SelectionSetNode
}

extension InlineFragmentNode {
    public init(
        typeCondition: NamedTypeNode? = nil, directives: [DirectiveNode] = [],
        selectionSet: SelectionSetNode, location: Location = .none
    ) {
        self.init(location: location, typeCondition: typeCondition, directives: directives, selectionSet: selectionSet)
    }
}

/// `fragment Name on Type @d { … }` (spec §2.8).
public struct FragmentDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
    public var typeCondition: NamedTypeNode
    public var directives: [DirectiveNode]
    public var selectionSet: SelectionSetNode
}

extension FragmentDefinitionNode {
    public init(
        name: NameNode, typeCondition: NamedTypeNode, directives: [DirectiveNode] = [],
        selectionSet: SelectionSetNode, location: Location = .none
    ) {
        self.init(
            location: location, name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet)
    }
}

// MARK: - Values (spec §2.9)

/// An input value as written: a literal, a list, an object or a variable.
///
/// Constant contexts (default values, type-system directives) use the same node; the parser
/// refuses variables there. Not `indirect`: lists and objects hold their items in arrays, so
/// no case needs a box of its own.
public enum ValueNode: Hashable, Sendable {
    case variable(VariableNode)
    /// An Int literal, kept as written (`-0`, `123`).
    case int(String, Location)
    /// A Float literal, kept as written (`1.5e3`).
    case float(String, Location)
    /// A string; `block` tells whether it was written as a block string (`"""…"""`).
    case string(String, block: Bool, Location)
    case boolean(Bool, Location)
    case null(Location)
    case enumValue(String, Location)
    case list([ValueNode], Location)
    case object([ObjectFieldNode], Location)

    /// Where the value was written.
    public var location: Location {
        switch self {
        case .variable(let node): node.location
        case .int(_, let location), .float(_, let location), .string(_, _, let location),
            .boolean(_, let location), .null(let location), .enumValue(_, let location),
            .list(_, let location), .object(_, let location):
            location
        }
    }
}

/// `$name` (spec §2.10).
public struct VariableNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
}

extension VariableNode {
    public init(name: NameNode, location: Location = .none) {
        self.init(location: location, name: name)
    }
}

/// `name: value` inside an input object literal (spec §2.9.8).
public struct ObjectFieldNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
    public var value: ValueNode
}

extension ObjectFieldNode {
    public init(name: NameNode, value: ValueNode, location: Location = .none) {
        self.init(location: location, name: name, value: value)
    }
}

// MARK: - Type references (spec §2.11)

/// A reference to a type as written: `Name`, `[T]` or `T!`.
public enum TypeNode: Hashable, Sendable {
    case named(NamedTypeNode)
    // Only the wrappers are boxed: a named type, the most common, is stored inline.
    indirect case list(TypeNode, Location)
    /// The wrapped type is never itself `.nonNull`; the parser guarantees it.
    indirect case nonNull(TypeNode, Location)

    /// Where the reference was written.
    public var location: Location {
        switch self {
        case .named(let node): node.location
        case .list(_, let location), .nonNull(_, let location): location
        }
    }

    /// The named type at the core of the reference (`Int` in `[Int!]!`).
    public var namedType: NamedTypeNode {
        switch self {
        case .named(let node): node
        case .list(let inner, _), .nonNull(let inner, _): inner.namedType
        }
    }
}

/// A type's name used as a reference.
public struct NamedTypeNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
}

extension NamedTypeNode {
    public init(name: NameNode, location: Location = .none) {
        self.init(location: location, name: name)
    }
}

/// `@name(arguments)` (spec §2.12).
public struct DirectiveNode: Hashable, Sendable {
    public var location: Location
    public var name: NameNode
    public var arguments: [ArgumentNode]
}

extension DirectiveNode {
    public init(name: NameNode, arguments: [ArgumentNode] = [], location: Location = .none) {
        self.init(location: location, name: name, arguments: arguments)
    }
}

// MARK: - Type-system definitions and extensions (spec §3)

/// A description: the string literal before a definition (spec §3.2).
public typealias DescriptionNode = StringValueNode

/// A string literal kept with its form, for descriptions.
public struct StringValueNode: Hashable, Sendable {
    public var location: Location
    public var value: String
    public var block: Bool
}

extension StringValueNode {
    public init(value: String, block: Bool = false, location: Location = .none) {
        self.init(location: location, value: value, block: block)
    }
}

/// `schema @d { query: Q … }`, or with `extend` its extension (spec §3.3).
public struct SchemaDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var directives: [DirectiveNode]
    public var operationTypes: [OperationTypeDefinitionNode]
}

extension SchemaDefinitionNode {
    public init(
        description: DescriptionNode? = nil, directives: [DirectiveNode] = [],
        operationTypes: [OperationTypeDefinitionNode], location: Location = .none
    ) {
        self.init(location: location, description: description, directives: directives, operationTypes: operationTypes)
    }
}

/// `query: TypeName` inside a schema definition (spec §3.3.1).
public struct OperationTypeDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var operation: OperationType
    public var type: NamedTypeNode
}

extension OperationTypeDefinitionNode {
    public init(operation: OperationType, type: NamedTypeNode, location: Location = .none) {
        self.init(location: location, operation: operation, type: type)
    }
}

/// A named type's definition, or with `extend` its extension (spec §3.4).
public enum TypeDefinitionNode: Hashable, Sendable {
    case scalar(ScalarTypeDefinitionNode)
    case object(ObjectTypeDefinitionNode)
    case interface(InterfaceTypeDefinitionNode)
    case union(UnionTypeDefinitionNode)
    case enumType(EnumTypeDefinitionNode)
    case inputObject(InputObjectTypeDefinitionNode)

    /// The defined type's name.
    public var name: NameNode {
        switch self {
        case .scalar(let node): node.name
        case .object(let node): node.name
        case .interface(let node): node.name
        case .union(let node): node.name
        case .enumType(let node): node.name
        case .inputObject(let node): node.name
        }
    }

    /// The definition's description, if any.
    public var description: DescriptionNode? {
        switch self {
        case .scalar(let node): node.description
        case .object(let node): node.description
        case .interface(let node): node.description
        case .union(let node): node.description
        case .enumType(let node): node.description
        case .inputObject(let node): node.description
        }
    }

    /// The directives applied to the definition.
    public var directives: [DirectiveNode] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumType(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }

    /// Where the definition was written.
    public var location: Location {
        switch self {
        case .scalar(let node): node.location
        case .object(let node): node.location
        case .interface(let node): node.location
        case .union(let node): node.location
        case .enumType(let node): node.location
        case .inputObject(let node): node.location
        }
    }
}

/// `scalar Name @d` (spec §3.5).
public struct ScalarTypeDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var directives: [DirectiveNode]
}

extension ScalarTypeDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
        location: Location = .none
    ) {
        self.init(location: location, description: description, name: name, directives: directives)
    }
}

/// `type Name implements I & J @d { fields }` (spec §3.6).
public struct ObjectTypeDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var interfaces: [NamedTypeNode]
    public var directives: [DirectiveNode]
    public var fields: [FieldDefinitionNode]
}

extension ObjectTypeDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, interfaces: [NamedTypeNode] = [],
        directives: [DirectiveNode] = [], fields: [FieldDefinitionNode] = [],
        location: Location = .none
    ) {
        self.init(
            location: location, description: description, name: name, interfaces: interfaces, directives: directives,
            fields: fields)
    }
}

/// `interface Name implements I @d { fields }` (spec §3.7); same shape as an object type.
public typealias InterfaceTypeDefinitionNode = ObjectTypeDefinitionNode

/// `name(arguments): Type @d` in an object or interface type (spec §3.6.1).
public struct FieldDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var arguments: [InputValueDefinitionNode]
    public var type: TypeNode
    public var directives: [DirectiveNode]
}

extension FieldDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode,
        arguments: [InputValueDefinitionNode] = [], type: TypeNode,
        directives: [DirectiveNode] = [], location: Location = .none
    ) {
        self.init(
            location: location, description: description, name: name, arguments: arguments, type: type,
            directives: directives)
    }
}

/// `name: Type = default @d`: an argument or an input object's field (spec §3.6.1, §3.10).
public struct InputValueDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var type: TypeNode
    public var defaultValue: ValueNode?
    public var directives: [DirectiveNode]
}

extension InputValueDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, type: TypeNode,
        defaultValue: ValueNode? = nil, directives: [DirectiveNode] = [],
        location: Location = .none
    ) {
        self.init(
            location: location, description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives)
    }
}

/// `union Name @d = A | B` (spec §3.8).
public struct UnionTypeDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var directives: [DirectiveNode]
    public var types: [NamedTypeNode]
}

extension UnionTypeDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
        types: [NamedTypeNode] = [], location: Location = .none
    ) {
        self.init(location: location, description: description, name: name, directives: directives, types: types)
    }
}

/// `enum Name @d { VALUES }` (spec §3.9).
public struct EnumTypeDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var directives: [DirectiveNode]
    public var values: [EnumValueDefinitionNode]
}

extension EnumTypeDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
        values: [EnumValueDefinitionNode] = [], location: Location = .none
    ) {
        self.init(location: location, description: description, name: name, directives: directives, values: values)
    }
}

/// One value of an enum type, with its description and directives (spec §3.9).
public struct EnumValueDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var directives: [DirectiveNode]
}

extension EnumValueDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
        location: Location = .none
    ) {
        self.init(location: location, description: description, name: name, directives: directives)
    }
}

/// `input Name @d { fields }` (spec §3.10).
public struct InputObjectTypeDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var directives: [DirectiveNode]
    public var fields: [InputValueDefinitionNode]
}

extension InputObjectTypeDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
        fields: [InputValueDefinitionNode] = [], location: Location = .none
    ) {
        self.init(location: location, description: description, name: name, directives: directives, fields: fields)
    }
}

/// `directive @name(arguments) repeatable on LOCATION | …` (spec §3.13).
public struct DirectiveDefinitionNode: Hashable, Sendable {
    public var location: Location
    public var description: DescriptionNode?
    public var name: NameNode
    public var arguments: [InputValueDefinitionNode]
    public var isRepeatable: Bool
    public var locations: [NameNode]
}

extension DirectiveDefinitionNode {
    public init(
        description: DescriptionNode? = nil, name: NameNode,
        arguments: [InputValueDefinitionNode] = [], isRepeatable: Bool = false,
        locations: [NameNode], location: Location = .none
    ) {
        self.init(
            location: location, description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations)
    }
}
