/// A schema: the root operation types, every named type reachable from them, and the
/// directives (spec §3.3). Immutable once built and shared freely between requests.
///
/// Most schemas are built from SDL with `buildSchema(_:)`; this initializer is the low-level
/// entry point that the builder ends with.
public final class GraphQLSchema: @unchecked Sendable {
    // Sendable: every stored property is a `let`; the types it refers to are no longer mutated
    // once they are handed to a schema.

    public let description: String?
    public let queryType: GraphQLObjectType?
    public let mutationType: GraphQLObjectType?
    public let subscriptionType: GraphQLObjectType?
    /// Every named type, introspection types included, in the order graphql-js 16 lists them
    /// (which is the order introspection reports).
    public let types: [GraphQLNamedType]
    /// The directives, the specified ones included.
    public let directives: [GraphQLDirective]
    public let astNode: SchemaDefinitionNode?
    public let extensionASTNodes: [SchemaDefinitionNode]

    private let typeMap: [String: GraphQLNamedType]
    private let implementationMap: [String: Implementations]
    /// The result of `validateSchema`, computed on first use.
    let validationCache = SchemaValidationCache()

    /// The object and interface types that implement an interface, in type order.
    public struct Implementations: Sendable {
        public var objects: [GraphQLObjectType] = []
        public var interfaces: [GraphQLInterfaceType] = []
    }

    /// Collects every type reachable from `types`, the root types, the directives' arguments and
    /// the introspection types, in graphql-js's order.
    ///
    /// - Throws: a `GraphQLError` when two different types share a name.
    public init(
        description: String? = nil,
        query: GraphQLObjectType?, mutation: GraphQLObjectType? = nil,
        subscription: GraphQLObjectType? = nil, types: [GraphQLNamedType] = [],
        directives: [GraphQLDirective] = GraphQLDirective.specifiedDirectives,
        astNode: SchemaDefinitionNode? = nil, extensionASTNodes: [SchemaDefinitionNode] = []
    ) throws(GraphQLError) {
        self.description = description
        self.queryType = query
        self.mutationType = mutation
        self.subscriptionType = subscription
        self.directives = directives
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes

        var collector = ReferencedTypeCollector()
        // The given types keep their order; each is followed by the new types it references.
        for type in types { collector.seen.insert(type.identity) }
        for type in types {
            collector.ordered.append(type)
            collector.collectReferences(of: type)
        }
        for root in [query, mutation, subscription].compactMap({ $0 }) {
            collector.collect(.object(root))
        }
        for directive in directives {
            for argument in directive.arguments { collector.collect(argument.type.namedType) }
        }
        collector.collect(.object(IntrospectionTypes.schema))

        var typeMap: [String: GraphQLNamedType] = [:]
        var implementationMap: [String: Implementations] = [:]
        typeMap.reserveCapacity(collector.ordered.count)
        for type in collector.ordered {
            if typeMap[type.name] != nil {
                throw GraphQLError(
                    "Schema must contain uniquely named types but contains multiple types named \"\(type.name)\".")
            }
            typeMap[type.name] = type
            switch type {
            case .object(let object):
                for interface in object.interfaces {
                    implementationMap[interface.name, default: Implementations()].objects.append(object)
                }
            case .interface(let interface):
                for parent in interface.interfaces {
                    implementationMap[parent.name, default: Implementations()].interfaces.append(interface)
                }
            default:
                break
            }
        }
        self.types = collector.ordered
        self.typeMap = typeMap
        self.implementationMap = implementationMap
    }

    /// The named type called `name`, if the schema has one.
    public func type(named name: String) -> GraphQLNamedType? { typeMap[name] }

    /// The root type for an operation type, if the schema defines it.
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        switch operation {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
    }

    /// The directive called `name`, if the schema has one.
    public func directive(named name: String) -> GraphQLDirective? {
        directives.first { $0.name == name }
    }

    /// The objects and interfaces implementing `interface`.
    public func implementations(of interface: GraphQLInterfaceType) -> Implementations {
        implementationMap[interface.name] ?? Implementations()
    }

    /// The object types a value of an abstract type may have at run time: a union's members,
    /// or the objects implementing an interface. Empty for other kinds.
    public func possibleTypes(of type: GraphQLNamedType) -> [GraphQLObjectType] {
        switch type {
        case .union(let union): union.types
        case .interface(let interface): implementations(of: interface).objects
        case .object(let object): [object]
        default: []
        }
    }

    /// Whether `maybeSubType` is a member of the union or implements the interface `abstractType`.
    public func isSubType(_ abstractType: GraphQLNamedType, _ maybeSubType: GraphQLNamedType) -> Bool {
        switch (abstractType, maybeSubType) {
        case (.union(let union), .object(let object)):
            return union.types.contains { $0 === object }
        case (.interface(let interface), .object(let object)):
            return object.interfaces.contains { $0 === interface }
        case (.interface(let interface), .interface(let candidate)):
            return candidate.interfaces.contains { $0 === interface }
        default:
            return false
        }
    }
}

/// Walks type references depth first, recording each named type once, in first-seen order
/// (graphql-js's `collectReferencedTypes`).
private struct ReferencedTypeCollector {
    var seen: Set<ObjectIdentifier> = []
    var ordered: [GraphQLNamedType] = []

    mutating func collect(_ type: GraphQLNamedType) {
        guard seen.insert(type.identity).inserted else { return }
        ordered.append(type)
        collectReferences(of: type)
    }

    mutating func collectReferences(of type: GraphQLNamedType) {
        switch type {
        case .union(let union):
            for member in union.types { collect(.object(member)) }
        case .object(let object):
            for interface in object.interfaces { collect(.interface(interface)) }
            collectFields(object.fields)
        case .interface(let interface):
            for parent in interface.interfaces { collect(.interface(parent)) }
            collectFields(interface.fields)
        case .inputObject(let input):
            collectInputValues(input.fields)
        case .scalar, .enumType:
            break
        }
    }

    // Indexing reads only the types; iterating would copy every field and argument.
    private mutating func collectFields(_ fields: [GraphQLField]) {
        for index in fields.indices {
            collect(fields[index].type.namedType)
            collectInputValues(fields[index].arguments)
        }
    }

    private mutating func collectInputValues(_ values: [GraphQLInputValue]) {
        for index in values.indices { collect(values[index].type.namedType) }
    }
}

extension GraphQLNamedType {
    /// The identity of the class instance behind the type.
    var identity: ObjectIdentifier {
        switch self {
        case .scalar(let type): ObjectIdentifier(type)
        case .object(let type): ObjectIdentifier(type)
        case .interface(let type): ObjectIdentifier(type)
        case .union(let type): ObjectIdentifier(type)
        case .enumType(let type): ObjectIdentifier(type)
        case .inputObject(let type): ObjectIdentifier(type)
        }
    }
}
