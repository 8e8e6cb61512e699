// How the introspection resolvers read their parent value. They run for every field of an
// introspection response (some 100,000 on GitHub's schema), so reading the parent is kept to a
// type comparison and a copy instead of the runtime's general cast.

extension FieldResolver {
    /// A resolver of an introspection field: `read` gets the parent value, which must be a
    /// `Source` (as `property(_:)`, more cheaply).
    static func introspecting<Source: Sendable>(
        _ read: @escaping @Sendable (Source) throws -> FieldValue
    ) -> FieldResolver {
        .sync { input in try read(try input.parent(as: Source.self)) }
    }

    /// A resolver of an introspection field taking `includeDeprecated: Boolean = false`: `read`
    /// gets the parent value, which must be a `Source`, and whether deprecated items are wanted.
    static func introspecting<Source: Sendable>(
        _ read: @escaping @Sendable (Source, _ includeDeprecated: Bool) throws -> FieldValue
    ) -> FieldResolver {
        .sync { input in
            let source = try input.parent(as: Source.self)
            // `includeDeprecated` is the field's only argument and has a default, so coercion
            // (spec §6.4.1) leaves exactly one entry: read it without hashing its name.
            guard case .boolean(true)? = input.arguments.first?.value else { return try read(source, false) }
            return try read(source, true)
        }
    }
}

extension ResolverInput {
    /// The parent value as a `Source`, or an error naming the field and both types.
    @inline(__always)
    func parent<Source: Sendable>(as _: Source.Type) throws(GraphQLError) -> Source {
        // Opening the existential compares its dynamic type with `Source` directly; `as?` goes
        // through the runtime's general cast, which showed as a tenth of introspection's time.
        func exactly<Value: Sendable>(_ value: Value) -> Source? {
            guard Value.self == Source.self else { return nil }
            return unsafeBitCast(value, to: Source.self)  // safe: `Value` is `Source`, checked above
        }
        guard let source = exactly(self.source) else {
            throw GraphQLError(
                "Field \"\(info.parentType.name).\(info.fieldName)\" expects its parent value to be a \(Source.self), got a \(type(of: self.source))."
            )
        }
        return source
    }
}
