/// What a resolver receives (graphql-js's `source`, `args`, `context` and `info`): the parent
/// value, the field's coerced arguments, the request's context and where the field is.
public struct ResolverInput: @unchecked Sendable {
    // @unchecked: `info` refers to the running execution, which a resolver only reads while it
    // runs; the executor does not change it while asynchronous resolvers are in flight.

    /// The value of the parent object (the root value for root fields).
    public let source: any Sendable
    /// The field's arguments after coercion (spec §6.4.1), defaults applied; an argument that
    /// was left out and has no default is absent, one given as `null` is `.null`.
    public internal(set) var arguments: [String: InputValue]
    /// Which field is being resolved, where, and for which operation.
    public internal(set) var info: ResolveInfo

    /// The context the request was executed with: the caller's identity, per-request services.
    public var context: any Sendable { info.execution.context }

    /// The argument called `name`, when it has a value.
    public subscript(argument name: String) -> InputValue? { arguments[name] }

    /// The parent value as a `Source`; a field error naming the field and both types when it
    /// is something else.
    ///
    /// Every typed resolver starts here, so the common case, a parent of exactly that type, is
    /// a comparison of type metadata and a copy, without the runtime's general cast (which was
    /// a tenth of introspection's time).
    public func parent<Source: Sendable>(as _: Source.Type) throws(GraphQLError) -> Source {
        // The existential is opened explicitly: `any Sendable` conforms to `Sendable` itself,
        // so passing it to a generic function would bind `any Sendable`, not the value's type.
        func exactly<Value>(_ value: Value) throws(GraphQLError) -> Source {
            guard Value.self == Source.self else { return try parentOfOtherType(as: Source.self) }
            return unsafeBitCast(value, to: Source.self)  // safe: `Value` is `Source`, checked above
        }
        return try _openExistential(source, do: exactly)
    }

    /// `reader` applied to the parent value as a `Source`, which it borrows in place: a parent
    /// of exactly that type (the common case) is neither copied nor cast, and the generic code
    /// asks the runtime for no type metadata and counts no references. What
    /// `FieldResolver.property` runs for every field.
    @inline(__always)
    func readParent<Source: Sendable>(with reader: PropertyReader<Source>) throws -> FieldValue {
        func borrowed<Value>(_ value: Value) throws -> FieldValue {
            guard Value.self == Source.self else { return try reader.read(try parentOfOtherType(as: Source.self)) }
            // safe: `Value` is `Source` (checked above), so the reader is a reader of `Value`.
            return try unsafeDowncast(reader, to: PropertyReader<Value>.self).read(value)
        }
        return try _openExistential(source, do: borrowed)
    }

    /// A subclass instance or a wrapped value still casts; anything else is the field's error.
    /// Out of line, so the general cast stays off the common path.
    @inline(never)
    private func parentOfOtherType<Source: Sendable>(as _: Source.Type) throws(GraphQLError) -> Source {
        guard let source = self.source as? Source else {
            throw GraphQLError(
                "Field \"\(info.parentType.name).\(info.fieldName)\" expects its parent value to be a \(Source.self), got a \(type(of: self.source))."
            )
        }
        return source
    }

    /// The value `loader` gives for `key`. Every key asked for by the fields of one level of
    /// the response (all items of a list, say) is loaded with a single call to the loader, once
    /// the executor has run the synchronous resolvers of that level; a key asked for twice in
    /// one request is loaded once. Keys an asynchronous resolver asks for are loaded with the
    /// next level's keys.
    public func load<Key>(_ loader: BatchLoader<Key>, key: Key) -> FieldValue {
        if info.isAsynchronous {
            return .pending(PendingLoad(batch: UnregisteredKey(loader: loader, key: key), index: 0))
        }
        return info.execution.batch(for: loader).value(for: key)
    }
}

/// Information about the field being resolved (graphql-js `GraphQLResolveInfo`).
public struct ResolveInfo: @unchecked Sendable {
    // Unowned: the execution holds its plan and outlives every resolver it calls (it awaits
    // the asynchronous ones), and skipping two reference counts per field shows in profiles.
    unowned(unsafe) let field: FieldPlan
    unowned(unsafe) let execution: Execution
    let slot: Int32
    /// Whether the field's resolver is asynchronous: it runs beside others, so its loads are
    /// registered later by the executor (see `UnregisteredKey`).
    var isAsynchronous = false

    /// The field's name in the schema.
    public var fieldName: String { field.definition.name }
    /// The key the field's value has in the response: its alias, or its name.
    public var responseKey: String { field.responseKey }
    /// The field's nodes in the document: one, or several merged under the same response key.
    public var fieldNodes: [FieldNode] { field.fieldNodes }
    /// The field's type.
    public var returnType: GraphQLType { field.definition.type }
    /// The object type the field belongs to.
    public var parentType: GraphQLObjectType { field.parentType }
    /// The field's response path: response keys and list indices from the root.
    public var path: [PathComponent] { execution.path(to: slot) }
    /// The schema being executed.
    public var schema: GraphQLSchema { execution.plan.schema }
    /// The operation being executed.
    public var operation: OperationDefinitionNode { execution.plan.operation }
    /// The document's fragments by name.
    public var fragments: [String: FragmentDefinitionNode] { execution.plan.fragments }
    /// The operation's coerced variable values.
    public var variableValues: [String: InputValue] { execution.variables }
    /// The value the root fields were resolved on.
    public var rootValue: any Sendable { execution.rootValue }
}
