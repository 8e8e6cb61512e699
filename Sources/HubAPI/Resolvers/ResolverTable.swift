import GraphQLEngine

/// The hub's resolvers before they are bound to the schema: typed closures by type and field.
///
/// Each resolver file adds the fields of one type with `object(_:as:)`, reading its parent
/// value as a typed record; `resolvers(applying:)` wraps every field in the rule
/// `AccessPolicy` declares for it and hands the engine its `Resolvers`. Keeping our own table
/// (rather than filling `Resolvers` directly) is what lets the access rule be applied in one
/// place, when binding, instead of in each resolver.
struct ResolverTable: Sendable {
    /// A field's code.
    enum Body: Sendable {
        case sync(FieldResolver.Sync)
        case async(FieldResolver.Async)
    }

    private(set) var fields: [String: [String: Body]] = [:]
    /// Type resolvers of interfaces and unions.
    var types: [String: TypeResolver] = [:]
    /// Fields given a resolver twice: a mistake the binding check reports.
    private(set) var duplicates: [String] = []

    /// Adds the fields of the object type `typeName`, whose parent values are `Source`s.
    mutating func object<Source: Sendable>(
        _ typeName: String, as _: Source.Type, _ build: (inout ObjectResolvers<Source>) -> Void
    ) {
        var object = ObjectResolvers<Source>(typeName: typeName)
        build(&object)
        for (name, body) in object.fields {
            if fields[typeName]?[name] != nil { duplicates.append("\(typeName).\(name)") }
            fields[typeName, default: [:]][name] = body
        }
        duplicates += object.duplicates
    }

    /// The engine's resolvers, each field checking its access rule before it runs.
    func resolvers(applying policy: AccessPolicy) -> Resolvers {
        var resolvers = Resolvers(types: types)
        for (typeName, typeFields) in fields {
            for (fieldName, body) in typeFields {
                let rule = policy.rule(typeName, fieldName)
                resolvers[typeName, fieldName] =
                    switch (body, rule) {
                    case (.sync(let resolve), .anyone): .sync(resolve)
                    case (.async(let resolve), .anyone): .async(resolve)
                    case (.sync(let resolve), _):
                        .sync { input in
                            try rule.check(try input.request.caller, field: "\(typeName).\(fieldName)")
                            return try resolve(input)
                        }
                    case (.async(let resolve), _):
                        .async { input in
                            try rule.check(try input.request.caller, field: "\(typeName).\(fieldName)")
                            return try await resolve(input)
                        }
                    }
            }
        }
        return resolvers
    }
}

/// The resolvers of one object type's fields, given its parent values' Swift type.
struct ObjectResolvers<Source: Sendable> {
    let typeName: String
    fileprivate(set) var fields: [String: ResolverTable.Body] = [:]
    fileprivate(set) var duplicates: [String] = []

    fileprivate init(typeName: String) {
        self.typeName = typeName
    }

    /// A field computed from the parent value alone.
    mutating func value(_ name: String, _ read: @escaping @Sendable (Source) throws -> FieldValue) {
        add(name, .sync { input in try read(try input.parent(as: Source.self)) })
    }

    /// A field computed from the parent value, the arguments and the request (loads through
    /// batch loaders are made here).
    mutating func field(_ name: String, _ resolve: @escaping @Sendable (Source, ResolverInput) throws -> FieldValue) {
        add(name, .sync { input in try resolve(try input.parent(as: Source.self), input) })
    }

    /// A field that awaits the store (a root listing, a search).
    mutating func asyncField(
        _ name: String, _ resolve: @escaping @Sendable (Source, ResolverInput) async throws -> FieldValue
    ) {
        add(name, .async { input in try await resolve(try input.parent(as: Source.self), input) })
    }

    private mutating func add(_ name: String, _ body: ResolverTable.Body) {
        if fields[name] != nil { duplicates.append("\(typeName).\(name)") }
        fields[name] = body
    }
}

/// The parent value of the root types' fields: the engine's root value, nothing.
typealias Root = Void
