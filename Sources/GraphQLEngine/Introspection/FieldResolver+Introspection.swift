// Introspection fields taking `includeDeprecated`. They run for every type and field of an
// introspection response, so the argument is read without hashing its name.

extension FieldResolver {
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
