import GraphQLEngine

/// Why `HubAPI` refused to start: the schema and its resolvers do not match. Each problem
/// names the field (`Type.field`) and what to do.
public struct SchemaBindingError: Error, Sendable, CustomStringConvertible {
    /// The problems, one a line.
    public var problems: [String]

    /// The problems, one a line, after a heading.
    public var description: String {
        "schema.graphql and HubAPI's resolvers do not match:\n" + problems.map { "- " + $0 }.joined(separator: "\n")
    }
}

/// Builds the hub's schema from its SDL and binds the resolvers to it, refusing a field
/// without a resolver, a resolver without a field, a field given two resolvers, an access
/// rule naming no field and an interface without a type resolver.
enum SchemaBinding {
    static func bind(sdl: String, table: ResolverTable, policy: AccessPolicy) throws(SchemaBindingError)
        -> GraphQLSchema
    {
        let bare: GraphQLSchema
        do {
            bare = try buildSchema(Source(sdl, name: "schema.graphql"))
        } catch {
            throw SchemaBindingError(problems: error.errors.map { "schema.graphql: \($0.description)" })
        }
        var problems = table.duplicates.sorted().map { "\($0) is given two resolvers; keep one." }
        var fieldsInSchema: Set<String> = []
        for case .object(let object) in bare.types where !object.name.hasPrefix("__") {
            for field in object.fields {
                let coordinate = "\(object.name).\(field.name)"
                fieldsInSchema.insert(coordinate)
                if table.fields[object.name]?[field.name] == nil {
                    problems.append("\(coordinate) has no resolver; add one in Sources/HubAPI/Resolvers/.")
                }
            }
        }
        for case .interface(let interface) in bare.types where !interface.name.hasPrefix("__") {
            if table.types[interface.name] == nil {
                problems.append("interface \(interface.name) has no type resolver; add one to ResolverTable.types.")
            }
        }
        for (typeName, fields) in table.fields {
            for fieldName in fields.keys where !fieldsInSchema.contains("\(typeName).\(fieldName)") {
                problems.append(
                    "\(typeName).\(fieldName) has a resolver but schema.graphql has no such field; remove the resolver or add the field."
                )
            }
        }
        for coordinate in policy.rules.keys where !fieldsInSchema.contains(coordinate) {
            problems.append("AccessPolicy has a rule for \(coordinate), which schema.graphql does not have.")
        }
        if !problems.isEmpty { throw SchemaBindingError(problems: problems.sorted()) }
        do {
            return try buildSchema(Source(sdl, name: "schema.graphql"), resolvers: table.resolvers(applying: policy))
        } catch {
            throw SchemaBindingError(problems: error.errors.map(\.description))
        }
    }
}
