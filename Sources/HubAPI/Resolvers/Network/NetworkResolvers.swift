import GraphQLEngine
import HubStore

/// The parent value of `Network`'s fields: the network has no state of its own.
struct NetworkRoot: Sendable {}

extension ResolverTable {
    /// `Query.network` (researchers only, see `AccessPolicy`) and its analyses.
    mutating func addNetworkResolvers() {
        object("Query", as: Root.self) { query in
            query.value("network") { _ in .object(NetworkRoot()) }
        }
        object("Network", as: NetworkRoot.self) { network in
            network.asyncField("neighbours") { _, input in
                let organization = try GlobalID.id(
                    input[argument: "organization"]?.stringValue ?? "", of: .organization, argument: "organization")
                let hops = try input.bounded("hops", 1...StoreReader.maximumHops, default: 1)
                let first = try input.bounded("first", 1...ConnectionArguments.maximumPageSize, default: 100)
                let filter = try NetworkFilterArguments(input[argument: "filter"], argument: "filter")
                let neighbours = try await input.request.read { reader in
                    try reader.partners(
                        of: organization, within: hops, limit: first, filter: try filter.resolved(in: reader))
                }
                return .list(neighbours.map { .object($0) })
            }
            network.asyncField("shortestChain") { _, input in
                let from = try GlobalID.id(
                    input[argument: "from"]?.stringValue ?? "", of: .organization, argument: "from")
                let to = try GlobalID.id(input[argument: "to"]?.stringValue ?? "", of: .organization, argument: "to")
                let length = try input.bounded("maximumLength", 1...StoreReader.maximumHops, default: 6)
                let filter = try NetworkFilterArguments(input[argument: "filter"], argument: "filter")
                let chain = try await input.request.read { reader in
                    try reader.shortestChain(
                        from: from, to: to, maximumLength: length, filter: try filter.resolved(in: reader))
                }
                return chain.map { .object($0) } ?? .null
            }
            network.asyncField("ranking") { _, input in
                let first = try input.bounded("first", 1...ConnectionArguments.maximumPageSize, default: 10)
                let filter = try NetworkFilterArguments(input[argument: "filter"], argument: "filter")
                let degrees = try await input.request.read { reader in
                    try reader.mostConnected(limit: first, filter: try filter.resolved(in: reader))
                }
                return .list(degrees.map { .object($0) })
            }
            network.asyncField("edges") { _, input in
                let arguments = try ConnectionArguments(input)
                let after = try arguments.after.map { try EdgePosition(cursor: $0, argument: "after") }
                let before = try arguments.before.map { try EdgePosition(cursor: $0, argument: "before") }
                let filter = try NetworkFilterArguments(input[argument: "filter"], argument: "filter")
                let request = try input.request
                let (edges, hasMore, resolved) = try await request.read { reader in
                    let resolved = try filter.resolved(in: reader)
                    let (edges, hasMore) = try reader.networkEdges(
                        filter: resolved, after: after, before: before, limit: arguments.limit,
                        fromEnd: arguments.fromEnd)
                    return (edges, hasMore, resolved)
                }
                let database = request.database
                return .object(
                    Connection(
                        edges: edges.map { Connection.Edge(cursor: .item($0.cursorKey), node: .object($0)) },
                        hasNextPage: arguments.fromEnd ? before != nil : hasMore,
                        hasPreviousPage: arguments.fromEnd ? hasMore : after != nil,
                        count: { try database.read { try $0.networkEdgeCount(filter: resolved) } }))
            }
        }
        object("NetworkNeighbour", as: NetworkNeighbour.self) { neighbour in
            neighbour.field("organization") { neighbour, input in
                input.load(RecordLoaders.organization, key: neighbour.organizationID)
            }
            neighbour.value("distance") { .int($0.distance) }
        }
        object("PartnershipChain", as: PartnershipChain.self) { chain in
            chain.field("organizations") { chain, input in
                .list(chain.organizationIDs.map { input.load(RecordLoaders.organization, key: $0) })
            }
            chain.field("partnerships") { chain, input in
                .list(chain.partnershipIDs.map { input.load(RecordLoaders.partnership, key: $0) })
            }
            chain.value("length") { .int($0.partnershipIDs.count) }
        }
        object("OrganizationDegree", as: NetworkDegree.self) { degree in
            degree.field("organization") { degree, input in
                input.load(RecordLoaders.organization, key: degree.organizationID)
            }
            degree.value("partnerships") { .int($0.partnerships) }
            degree.value("partners") { .int($0.partners) }
        }
        addConnection(of: "NetworkEdge")
        object("NetworkEdge", as: NetworkEdge.self) { edge in
            edge.field("partnership") { edge, input in input.load(RecordLoaders.partnership, key: edge.partnershipID) }
            edge.field("source") { edge, input in input.load(RecordLoaders.organization, key: edge.sourceID) }
            edge.field("target") { edge, input in input.load(RecordLoaders.organization, key: edge.targetID) }
        }
    }
}

extension NetworkEdge {
    /// The edge's position as a cursor key: `partnership.source.target`.
    var cursorKey: String { "\(partnershipID).\(sourceID).\(targetID)" }
}

extension EdgePosition {
    /// The position a `NetworkEdgeConnection` cursor names.
    init(cursor: String, argument: String) throws {
        guard case .item(let key) = try Cursor(decoding: cursor, argument: argument) else {
            throw APIError.badInput(
                "Argument \"\(argument)\" is a cursor of another list; use a cursor this field returned.")
        }
        let parts = key.split(separator: ".").compactMap { Int64($0) }
        guard parts.count == 3 else {
            throw APIError.badInput("Argument \"\(argument)\" is not a cursor of the network's edges.")
        }
        self.init(partnershipID: parts[0], sourceID: parts[1], targetID: parts[2])
    }
}

extension ResolverInput {
    /// An `Int` argument within `range` (`default` when absent); `BAD_USER_INPUT` naming the
    /// argument and the range otherwise.
    func bounded(_ name: String, _ range: ClosedRange<Int>, default value: Int) throws -> Int {
        let given = self[argument: name]?.intValue ?? value
        guard range.contains(given) else {
            throw APIError.badInput(
                "\(info.parentType.name).\(info.fieldName) was given \(name): \(given); it must be between \(range.lowerBound) and \(range.upperBound)."
            )
        }
        return given
    }
}
