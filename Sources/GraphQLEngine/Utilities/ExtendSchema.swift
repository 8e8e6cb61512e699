// The shared core of `buildASTSchema` and `extendSchema` (graphql-js `extendSchemaImpl`):
// collect the document's definitions and extensions, make every named type (copies of the
// existing ones, new ones for new definitions), then fill in their fields and members, which
// may refer to any type, and finally the root types and directives.
//
// Type order matters: `GraphQLSchema.types` must list types as graphql-js does, so the type
// map keeps the existing types first, then new definitions in document order.

/// Builds a schema config from an existing one plus an SDL document.
struct SchemaExtender {
    private var typeDefinitions: [TypeDefinitionNode] = []
    private var typeExtensions: [String: [TypeDefinitionNode]] = [:]
    private var directiveDefinitions: [DirectiveDefinitionNode] = []
    private var schemaDefinition: SchemaDefinitionNode?
    private var schemaExtensions: [SchemaDefinitionNode] = []

    /// Whether repeated names among fields, arguments and values must be merged: only when the
    /// document was not validated.
    private(set) var mergesDuplicates = true

    /// Every named type by name, and the names in schema order.
    var typeMap: [String: GraphQLNamedType] = [:]
    private var typeOrder: [String] = []
    /// What a type name written in the document refers to, built once every type exists:
    /// the type (a built-in one for built-in names), and its `T` and `T!` references, shared
    /// by every field that uses them rather than allocated per use.
    private var references: [Reference] = []
    /// The position in `references` of each name's.
    private var referenceIndex = NameIndex()

    struct Reference {
        var type: GraphQLNamedType
        var named: GraphQLType
        var nonNull: GraphQLType

        init(_ type: GraphQLNamedType) {
            self.type = type
            self.named = .named(type)
            self.nonNull = .nonNull(named)
        }
    }

    /// The config of `config`'s schema extended by `document`; `isUnchanged` when the
    /// document defines and extends nothing.
    static func extend(
        _ config: SchemaConfig, with document: DocumentNode, validated: Bool
    ) throws(SchemaBuildError) -> SchemaConfig {
        var extender = SchemaExtender()
        extender.mergesDuplicates = !validated
        extender.collect(document)
        guard extender.hasChanges else {
            var unchanged = config
            unchanged.isUnchanged = true
            return unchanged
        }
        do {
            return try extender.extend(config)
        } catch {
            throw SchemaBuildError(errors: [error])
        }
    }

    private mutating func collect(_ document: DocumentNode) {
        for definition in document.definitions {
            switch definition {
            case .schema(let node): schemaDefinition = node
            case .schemaExtension(let node): schemaExtensions.append(node)
            case .type(let node): typeDefinitions.append(node)
            case .typeExtension(let node): typeExtensions[node.name.value, default: []].append(node)
            case .directive(let node): directiveDefinitions.append(node)
            case .operation, .fragment: break
            }
        }
    }

    private var hasChanges: Bool {
        !typeExtensions.isEmpty || !typeDefinitions.isEmpty || !directiveDefinitions.isEmpty
            || !schemaExtensions.isEmpty || schemaDefinition != nil
    }

    private mutating func extend(_ config: SchemaConfig) throws(GraphQLError) -> SchemaConfig {
        typeMap.reserveCapacity(config.types.count + typeDefinitions.count)
        typeOrder.reserveCapacity(config.types.count + typeDefinitions.count)

        // 1. Every named type, without fields or members yet. Existing types are copied (the
        // built-in ones are shared); a repeated definition keeps the first place, last node.
        var extended: [(old: GraphQLNamedType, new: GraphQLNamedType)] = []
        var defined: [GraphQLNamedType] = []
        defined.reserveCapacity(typeDefinitions.count)
        for existing in config.types {
            let copy = try copyShell(existing)
            register(copy)
            if copy != existing { extended.append((existing, copy)) }
        }
        for definition in typeDefinitions {
            let name = definition.name.value
            if let builtIn = StandardTypes.byName[name] {
                register(builtIn)
                continue
            }
            let type = try makeShell(definition)
            register(type)
            defined.append(type)
        }

        // A built-in name refers to the built-in type: it goes first, and the first is kept.
        references.reserveCapacity(typeMap.count + StandardTypes.byName.count)
        referenceIndex.reserveCapacity(typeMap.count + StandardTypes.byName.count)
        for (name, type) in StandardTypes.byName where referenceIndex.insert(name, references.count) == nil {
            references.append(Reference(type))
        }
        for (name, type) in typeMap where referenceIndex.insert(name, references.count) == nil {
            references.append(Reference(type))
        }

        // 2. Fields, interfaces, members, values and input fields, now that every name resolves.
        for (old, new) in extended { try fillExtended(old: old, new: new) }
        for type in defined { try fillDefined(type) }

        // 3. Root types: the existing ones, then the schema definition's, then extensions'.
        var result = SchemaConfig()
        result.query = config.query.flatMap { objectType(named: $0.name) }
        result.mutation = config.mutation.flatMap { objectType(named: $0.name) }
        result.subscription = config.subscription.flatMap { objectType(named: $0.name) }
        for node in (schemaDefinition.map { [$0] } ?? []) + schemaExtensions {
            for operationType in node.operationTypes {
                let type = try namedType(operationType.type)
                guard case .object(let object) = type else { continue }
                switch operationType.operation {
                case .query: result.query = object
                case .mutation: result.mutation = object
                case .subscription: result.subscription = object
                }
            }
        }

        // 4. Directives: the existing ones with their argument types replaced, then new ones.
        result.directives = config.directives.map(replaceDirective)
        for node in directiveDefinitions {
            result.directives.append(try buildDirective(node))
        }

        // graphql-js takes the description from this document's schema definition only.
        result.description = schemaDefinition?.description?.value
        result.types = typeOrder.compactMap { typeMap[$0] }
        result.astNode = schemaDefinition ?? config.astNode
        result.extensionASTNodes = config.extensionASTNodes + schemaExtensions
        return result
    }

    private mutating func register(_ type: GraphQLNamedType) {
        if typeMap.updateValue(type, forKey: type.name) == nil { typeOrder.append(type.name) }
    }

    /// The extensions the document makes to the type named `name`.
    func extensions(of name: String) -> [TypeDefinitionNode] { typeExtensions[name] ?? [] }

    // MARK: Type references

    /// The type a named reference denotes: a built-in, or a type of the new schema.
    ///
    /// - Throws: `Unknown type: "Foo".` when there is none (graphql-js's wording).
    func namedType(_ node: NamedTypeNode) throws(GraphQLError) -> GraphQLNamedType {
        try reference(node).type
    }

    private func reference(_ node: NamedTypeNode) throws(GraphQLError) -> Reference {
        let name = node.name.value
        if let position = referenceIndex[name] { return references[position] }
        throw GraphQLError("Unknown type: \"\(name)\".")
    }

    /// The type a reference denotes, wrappers included.
    func wrappedType(_ node: TypeNode) throws(GraphQLError) -> GraphQLType {
        switch node {
        case .named(let named): try reference(named).named
        case .nonNull(.named(let named), _): try reference(named).nonNull
        case .list(let inner, _): .list(try wrappedType(inner))
        case .nonNull(let inner, _): .nonNull(try wrappedType(inner))
        }
    }

    /// The same reference pointing at the new schema's type of the same name.
    func replaceType(_ type: GraphQLType) -> GraphQLType {
        switch type {
        case .named(let named): .named(typeMap[named.name] ?? named)
        case .list(let inner): .list(replaceType(inner))
        case .nonNull(let inner): .nonNull(replaceType(inner))
        }
    }

    private func objectType(named name: String) -> GraphQLObjectType? {
        if case .object(let object) = typeMap[name] { return object }
        return nil
    }

    // MARK: Directives

    private func replaceDirective(_ directive: GraphQLDirective) -> GraphQLDirective {
        // The built-in directives' arguments are built-in scalars, which are never replaced.
        if GraphQLDirective.specifiedDirectives.contains(where: { $0 === directive }) { return directive }
        return GraphQLDirective(
            name: directive.name, description: directive.description, locations: directive.locations,
            arguments: directive.arguments.map(replaceInputValue), isRepeatable: directive.isRepeatable,
            astNode: directive.astNode)
    }

    private func buildDirective(_ node: DirectiveDefinitionNode) throws(GraphQLError) -> GraphQLDirective {
        GraphQLDirective(
            name: node.name.value, description: node.description?.value,
            locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
            arguments: try buildInputValues(node.arguments), isRepeatable: node.isRepeatable, astNode: node)
    }
}

/// The built-in types, which SDL may redefine but never replaces: the specified scalars and
/// the introspection types (graphql-js `stdTypeMap`).
enum StandardTypes {
    static let byName: [String: GraphQLNamedType] = {
        var map: [String: GraphQLNamedType] = [:]
        for scalar in GraphQLScalarType.specifiedScalarTypes { map[scalar.name] = .scalar(scalar) }
        for type in IntrospectionTypes.all { map[type.name] = type }
        return map
    }()

}
