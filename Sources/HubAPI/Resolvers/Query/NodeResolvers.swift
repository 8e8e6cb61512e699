import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.node`, `Query.nodes` and the `Node` interface's type resolver (Relay's "Global
    /// Object Identification").
    mutating func addNodeResolvers() {
        object("Query", as: Root.self) { query in
            query.field("node") { _, input in
                guard let id = input[argument: "id"]?.stringValue else { return .null }
                return Self.node(GlobalID(decoding: id), input)
            }
            query.field("nodes") { _, input in
                let ids = input[argument: "ids"]?.stringList ?? []
                guard ids.count <= ConnectionArguments.maximumPageSize else {
                    throw APIError.badInput(
                        "Query.nodes takes at most \(ConnectionArguments.maximumPageSize) IDs, got \(ids.count); ask in several requests."
                    )
                }
                return .list(ids.map { Self.node(GlobalID(decoding: $0), input) })
            }
        }
        types["Node"] = TypeResolver { value, _ in Self.typeName(of: value) }
    }

    /// The object a global ID names, through its type's loader; null for an unknown ID.
    static func node(_ id: GlobalID?, _ input: ResolverInput) -> FieldValue {
        guard let id else { return .null }
        let loader: BatchLoader<Int64> =
            switch id.kind {
            case .practice: RecordLoaders.practice
            case .publication: RecordLoaders.publication
            case .organization: RecordLoaders.organization
            case .program: RecordLoaders.program
            case .partnership: RecordLoaders.partnership
            case .activity: RecordLoaders.activity
            case .person: RecordLoaders.person
            case .country: RecordLoaders.country
            case .subdivision: RecordLoaders.subdivision
            case .theme: RecordLoaders.theme
            case .sdgTarget: RecordLoaders.sdgTarget
            case .indicator: RecordLoaders.indicator
            case .replication: RecordLoaders.replication
            case .source: RecordLoaders.source
            }
        return input.load(loader, key: id.id)
    }

    /// The object type of a record returned for `Node`.
    static func typeName(of value: any Sendable) -> String? {
        switch value {
        case is Practice: GlobalID.Kind.practice.rawValue
        case is Publication: GlobalID.Kind.publication.rawValue
        case is Organization: GlobalID.Kind.organization.rawValue
        case is Program: GlobalID.Kind.program.rawValue
        case is Partnership: GlobalID.Kind.partnership.rawValue
        case is Activity: GlobalID.Kind.activity.rawValue
        case is Person: GlobalID.Kind.person.rawValue
        case is Country: GlobalID.Kind.country.rawValue
        case is Subdivision: GlobalID.Kind.subdivision.rawValue
        case is Theme: GlobalID.Kind.theme.rawValue
        case is SDGTarget: GlobalID.Kind.sdgTarget.rawValue
        case is Indicator: GlobalID.Kind.indicator.rawValue
        case is Replication: GlobalID.Kind.replication.rawValue
        case is HubStore.Source: GlobalID.Kind.source.rawValue
        default: nil
        }
    }
}

extension FieldValue {
    /// A global ID field's value.
    static func id(_ kind: GlobalID.Kind, _ id: Int64) -> FieldValue {
        .string(GlobalID(kind, id).encoded)
    }
}
