// The values the introspection types resolve on (spec §4.2): which type, field, input value or
// enum value of the schema an `__Type`, `__Field`, `__InputValue` or `__EnumValue` object
// describes. `__Schema` resolves on the `GraphQLSchema` itself and `__Directive` on the
// `GraphQLDirective`.
//
// Each is a class reference plus small indices: it fits an existential's inline buffer (three
// words), so handing one to the executor as `FieldValue.object` allocates nothing, and a field
// or argument is read in place through its owner instead of copying its definition (names,
// types and syntax nodes) for every value resolved.

/// The type an `__Type` object describes: a named type, or a list or non-null wrapper around
/// `ofType`. Wrappers keep the `GraphQLType` they wrap, so unwrapping allocates nothing.
enum IntrospectedType: Sendable {
    case named(GraphQLNamedType)
    /// `[ofType]`.
    case list(ofType: GraphQLType)
    /// `ofType!`.
    case nonNull(ofType: GraphQLType)

    /// The introspected form of a type as a field or argument refers to it.
    init(_ type: GraphQLType) {
        switch type {
        case .named(let named): self = .named(named)
        case .list(let inner): self = .list(ofType: inner)
        case .nonNull(let inner): self = .nonNull(ofType: inner)
        }
    }
}

/// The field an `__Field` object describes: field `index` of an object or interface type.
struct IntrospectedField: Sendable {
    let owner: FieldOwner
    let index: Int32

    /// An object or interface type: the types that have fields.
    enum FieldOwner: Sendable {
        case object(GraphQLObjectType)
        case interface(GraphQLInterfaceType)
    }

    /// Calls `body` with the field, read in place.
    @inline(__always)
    func read<Result>(_ body: (borrowing GraphQLField) throws -> Result) rethrows -> Result {
        switch owner {
        case .object(let type): try body(type.fields[Int(index)])
        case .interface(let type): try body(type.fields[Int(index)])
        }
    }
}

/// The argument or input field an `__InputValue` object describes: input value `index` of a
/// field's arguments, a directive's arguments or an input object's fields.
struct IntrospectedInputValue: Sendable {
    let owner: InputValueOwner
    let index: Int32

    /// Where the input value is declared.
    enum InputValueOwner: Sendable {
        /// The arguments of `field`.
        case fieldArguments(IntrospectedField)
        case directiveArguments(GraphQLDirective)
        case inputFields(GraphQLInputObjectType)
    }

    /// Calls `body` with the input value, read in place.
    @inline(__always)
    func read<Result>(_ body: (borrowing GraphQLInputValue) throws -> Result) rethrows -> Result {
        switch owner {
        case .fieldArguments(let field): try field.read { try body($0.arguments[Int(index)]) }
        case .directiveArguments(let directive): try body(directive.arguments[Int(index)])
        case .inputFields(let type): try body(type.fields[Int(index)])
        }
    }
}

/// The enum value an `__EnumValue` object describes: value `index` of `type`.
struct IntrospectedEnumValue: Sendable {
    let type: GraphQLEnumType
    let index: Int32

    /// Calls `body` with the enum value, read in place.
    @inline(__always)
    func read<Result>(_ body: (borrowing GraphQLEnumValue) throws -> Result) rethrows -> Result {
        try body(type.values[Int(index)])
    }
}
