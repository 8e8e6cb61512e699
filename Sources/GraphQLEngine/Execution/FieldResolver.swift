/// How a field's value is produced (graphql-js `GraphQLFieldResolver`): a function of the parent
/// value, the coerced arguments, the request's context and information about the field.
///
/// A synchronous resolver is called inline: its answer costs no task, future or allocation
/// beyond the value itself. An asynchronous one runs after the synchronous pass over the
/// current level, concurrently with its siblings; prefer a batch loader
/// (`ResolverInput.load(_:key:)`) when siblings fetch related records.
///
/// ```swift
/// let title = FieldResolver.sync { input in
///     guard let practice = input.source as? Practice else { return .null }
///     return .string(practice.title)
/// }
/// ```
public struct FieldResolver: Sendable {
    /// A resolver that answers at once.
    public typealias Sync = @Sendable (ResolverInput) throws -> FieldValue
    /// A resolver that may suspend.
    public typealias Async = @Sendable (ResolverInput) async throws -> FieldValue

    enum Body: Sendable {
        case sync(Sync)
        case async(Async)
    }

    let body: Body

    /// A resolver that answers at once.
    public static func sync(_ resolve: @escaping Sync) -> FieldResolver { FieldResolver(body: .sync(resolve)) }

    /// A resolver that may suspend (a network call, a file read).
    public static func async(_ resolve: @escaping Async) -> FieldResolver { FieldResolver(body: .async(resolve)) }

    /// A resolver reading the parent value's property through `read`, given the parent's type:
    /// `.property { (practice: Practice) in .string(practice.title) }`. A parent of another
    /// type is a field error naming both types.
    public static func property<Source: Sendable>(
        _ read: @escaping @Sendable (Source) throws -> FieldValue
    ) -> FieldResolver {
        let reader = PropertyReader(read)
        return .sync { input in try input.readParent(with: reader) }
    }
}

/// The function of a property resolver, in a class so that the executor can call it on a
/// parent value of an opened type without copying the function (see
/// `ResolverInput.readParent(with:)`).
final class PropertyReader<Source>: Sendable {
    let read: @Sendable (Source) throws -> FieldValue

    init(_ read: @escaping @Sendable (Source) throws -> FieldValue) {
        self.read = read
    }
}

/// Decides the object type of a value returned for an interface or a union (graphql-js
/// `resolveType`): the name of one of the abstract type's possible types, or nil when it cannot
/// tell (an error for the field).
public struct TypeResolver: Sendable {
    let resolve: @Sendable (_ value: any Sendable, _ context: any Sendable) throws -> String?

    /// A type resolver from a function of the value and the request's context.
    public init(_ resolve: @escaping @Sendable (_ value: any Sendable, _ context: any Sendable) throws -> String?) {
        self.resolve = resolve
    }

    /// The resolver abstract types get when none is given: the value's `ObjectValue.typeName`.
    public static let byTypeName = TypeResolver { value, _ in (value as? any ObjectValue)?.typeName }
}
