/// What a resolver answers for a field (spec §6.4.2 "Value Resolution"): a leaf value, an
/// object whose own fields are resolved next, a list, null, or a value still to be loaded.
///
/// The executor completes it against the field's type (spec §6.4.3 "Value Completion"):
/// leaves go through their type's result coercion, objects through the sub-selection.
///
/// ```swift
/// .string(practice.title)               // a String field
/// .object(practice.municipality)        // an object; its fields read from this value
/// .list(practices.map { .object($0) })  // a list of objects
/// ```
public enum FieldValue: Sendable {
    /// No value; a field error when the type is non-null.
    case null
    /// A scalar or enum value before result coercion (`.enumValue(name)` for enums).
    case leaf(InputValue)
    /// A source value for the fields of an object, interface or union type.
    case object(any Sendable)
    /// The items of a list type.
    case list([FieldValue])
    /// A value a batch loader will provide once the executor runs the batch
    /// (see `ResolverInput.load(_:key:)`).
    case pending(PendingLoad)

    /// A `String` or `ID` value.
    public static func string(_ value: String) -> FieldValue { .leaf(.string(value)) }
    /// An `Int` value.
    public static func int(_ value: Int) -> FieldValue { .leaf(.int(value)) }
    /// A `Float` value.
    public static func float(_ value: Double) -> FieldValue { .leaf(.float(value)) }
    /// A `Boolean` value.
    public static func boolean(_ value: Bool) -> FieldValue { .leaf(.boolean(value)) }
    /// An enum value, by name.
    public static func enumValue(_ name: String) -> FieldValue { .leaf(.enumValue(name)) }

    /// The value, or `.null` when it is nil.
    public static func optional(_ value: FieldValue?) -> FieldValue { value ?? .null }
}

extension FieldValue {
    /// A JSON-shaped value as a field value: lists stay lists, objects become sources whose
    /// fields the default resolver reads by name, everything else is a leaf.
    public init(_ value: InputValue) {
        switch value {
        case .null: self = .null
        case .list(let items): self = .list(items.map(FieldValue.init))
        case .object: self = .object(value)
        default: self = .leaf(value)
        }
    }

    /// The JSON-shaped value this is made of — leaves, nulls, `InputValue` objects and lists of
    /// them, as `init(_:)` makes — or nil when some part is another kind of source.
    var jsonData: InputValue? {
        switch self {
        case .null: return .null
        case .leaf(let value): return value
        case .object(let source): return source as? InputValue
        case .pending: return nil
        case .list(let items):
            var values: [InputValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard let value = item.jsonData else { return nil }
                values.append(value)
            }
            return .list(values)
        }
    }
}

/// A source value whose fields the default resolver reads by name, and which can say which
/// object type it is when it is returned for an interface or a union.
///
/// Fields with a resolver of their own never consult this; it is the convenient path for
/// records that mirror their type, as plain objects do in graphql-js.
public protocol ObjectValue: Sendable {
    /// The value of the field called `name`; `.null` when there is none.
    func fieldValue(named name: String) -> FieldValue
    /// The name of the object type this value is, when the schema cannot tell otherwise.
    var typeName: String? { get }
}

extension ObjectValue {
    /// By default a value does not say its type.
    public var typeName: String? { nil }
}

extension InputValue: ObjectValue {
    /// The field of an input-object-shaped value: JSON data can be served as it is.
    public func fieldValue(named name: String) -> FieldValue {
        self[field: name].map(FieldValue.init) ?? .null
    }

    /// The `__typename` field of the value, when it has one.
    public var typeName: String? {
        if case .string(let name)? = self[field: "__typename"] { return name }
        return nil
    }
}
