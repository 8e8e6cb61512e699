import GRDB

/// An organization reached from another through partnerships, and in how many steps.
public struct NetworkNeighbour: Hashable, Sendable {
    public var organizationID: Int64
    /// 1 for a direct partner, 2 for a partner's partner, …
    public var distance: Int
}

/// A chain of partnerships linking two organizations: `organizationIDs[i]` and
/// `organizationIDs[i + 1]` are both participants of `partnershipIDs[i]`.
public struct PartnershipChain: Hashable, Sendable {
    public var organizationIDs: [Int64]
    public var partnershipIDs: [Int64]
}

/// How connected an organization is: in how many partnerships, with how many distinct partners.
public struct NetworkDegree: Hashable, Sendable {
    public var organizationID: Int64
    public var partnerships: Int
    public var partners: Int
}

/// Two organizations linked by a partnership; a partnership of n participants gives an edge for
/// each pair, the smaller id first.
public struct NetworkEdge: Hashable, Sendable {
    public var partnershipID: Int64
    public var sourceID: Int64
    public var targetID: Int64
}

/// Graph queries over the partnership network.
///
/// Two organizations are neighbours when they take part in the same partnership that passes
/// the `NetworkFilter`. Walks go at most `maximumHops` steps, breadth first, one statement per
/// step for all the organizations the last step reached (`NetworkWalk`). A single recursive
/// common table expression would be one statement in all, but it cannot remember which
/// organizations it has reached (its `UNION` compares whole rows, and the rows carry the
/// distance), so it reads again the partnerships of every organization a later step reaches
/// back, hubs included; the walk reads each organization's partnerships once.
extension StoreReader {
    /// The most steps a walk takes.
    public static let maximumHops = 8

    /// The first `limit` organizations (all when nil) reachable from `organization` in at most
    /// `hops` steps, nearest first (then by id), without the organization itself.
    ///
    /// A breadth-first walk, one statement per step: each organization's partnerships are read
    /// once, at the step that first reaches it. The walk stops at the first step after which
    /// `limit` organizations are reached, since every one a further step would reach comes after
    /// them: a page of a hundred near a well-connected organization reads a few hundred rows
    /// instead of the partnerships of everything three steps away.
    public func partners(
        of organization: Int64, within hops: Int, limit: Int? = nil, filter: NetworkFilter = NetworkFilter()
    ) throws -> [NetworkNeighbour] {
        guard hops >= 1, limit.map({ $0 > 0 }) ?? true else { return [] }
        var walk = NetworkWalk(from: organization)
        while walk.depth < min(hops, Self.maximumHops), !walk.frontier.isEmpty {
            // `reached` counts the origin too.
            if let limit, walk.reached.count > limit { break }
            try walk.step(self, filter: filter)
        }
        let neighbours = walk.reached.compactMap { id, step in
            id == organization ? nil : NetworkNeighbour(organizationID: id, distance: step.distance)
        }
        .sorted { ($0.distance, $0.organizationID) < ($1.distance, $1.organizationID) }
        return limit.map { Array(neighbours.prefix($0)) } ?? neighbours
    }

    /// The shortest chain of partnerships from `start` to `end` of at most `maximumLength`
    /// partnerships, or nil when there is none. Among chains of equal length, it goes through
    /// the smallest meeting organization, each reached from the smallest organization before it.
    ///
    /// It walks from both ends, one step at a time from the end whose last step reached fewer
    /// organizations, and stops at the first step where the walks meet: the rows it reads grow
    /// with the square root of what a walk from one end would read.
    public func shortestChain(
        from start: Int64, to end: Int64, maximumLength: Int = 6, filter: NetworkFilter = NetworkFilter()
    ) throws -> PartnershipChain? {
        if start == end { return PartnershipChain(organizationIDs: [start], partnershipIDs: []) }
        let length = min(max(maximumLength, 0), Self.maximumHops)
        var fromStart = NetworkWalk(from: start)
        var fromEnd = NetworkWalk(from: end)
        while fromStart.depth + fromEnd.depth < length, !fromStart.frontier.isEmpty, !fromEnd.frontier.isEmpty {
            let startSide = fromStart.frontier.count <= fromEnd.frontier.count
            if startSide { try fromStart.step(self, filter: filter) } else { try fromEnd.step(self, filter: filter) }
            let (walked, other) = startSide ? (fromStart, fromEnd) : (fromEnd, fromStart)
            // The walks first meet among the organizations this step reached.
            var meeting: (total: Int, id: Int64)?
            for id in walked.frontier {
                guard let there = other.reached[id] else { continue }
                let total = walked.depth + there.distance
                if let best = meeting, (best.total, best.id) <= (total, id) { continue }
                meeting = (total, id)
            }
            guard let meeting else { continue }
            let first = fromStart.path(to: meeting.id)
            let second = fromEnd.path(to: meeting.id)
            return PartnershipChain(
                organizationIDs: first.organizations + second.organizations.reversed().dropFirst(),
                partnershipIDs: first.partnerships + second.partnerships.reversed())
        }
        return nil
    }

    /// For each organization, how many partnerships it is in and how many distinct partners
    /// they give it.
    public func degrees(
        of organizations: some Collection<Int64>, filter: NetworkFilter = NetworkFilter()
    ) throws -> [Int64: NetworkDegree] {
        var result: [Int64: NetworkDegree] = [:]
        for id in organizations {
            result[id] = NetworkDegree(organizationID: id, partnerships: 0, partners: 0)
        }
        if organizations.isEmpty { return result }
        var arguments = filter.arguments
        arguments += ["organizations": KeySet.json(organizations)]
        try forEach(
            """
            SELECT p1.organization_id, count(DISTINCT p1.partnership_id), count(DISTINCT p2.organization_id)
            FROM participant p1
            JOIN partnership pa ON pa.id = p1.partnership_id
            LEFT JOIN participant p2
                ON p2.partnership_id = p1.partnership_id AND p2.organization_id <> p1.organization_id
            WHERE p1.organization_id IN (SELECT value FROM json_each(:organizations))
                AND \(NetworkFilter.condition)
            GROUP BY p1.organization_id
            """, arguments
        ) { row in
            let id: Int64 = row[0]
            result[id] = NetworkDegree(organizationID: id, partnerships: row[1], partners: row[2])
        }
        return result
    }

    /// The organizations with the most distinct partners, most first (then by id).
    public func mostConnected(limit: Int, filter: NetworkFilter = NetworkFilter()) throws -> [NetworkDegree] {
        var arguments = filter.arguments
        arguments += ["limit": max(0, limit)]
        return try fetchAll(
            """
            SELECT p1.organization_id, count(DISTINCT p1.partnership_id) AS partnerships,
                count(DISTINCT p2.organization_id) AS partners
            FROM participant p1
            JOIN partnership pa ON pa.id = p1.partnership_id
            LEFT JOIN participant p2
                ON p2.partnership_id = p1.partnership_id AND p2.organization_id <> p1.organization_id
            WHERE \(NetworkFilter.condition)
            GROUP BY p1.organization_id
            ORDER BY partners DESC, partnerships DESC, p1.organization_id
            LIMIT :limit
            """, arguments
        ) { NetworkDegree(organizationID: $0[0], partnerships: $0[1], partners: $0[2]) }
    }

    /// The edges of the network, a page at a time in partnership order: those of partnerships
    /// after `afterPartnership`, at most `limit` partnerships' worth.
    public func networkEdges(
        filter: NetworkFilter = NetworkFilter(), afterPartnership: Int64? = nil, limit: Int = 1000
    ) throws -> [NetworkEdge] {
        var arguments = filter.arguments
        arguments += ["after": afterPartnership ?? Int64.min, "limit": max(0, limit)]
        return try fetchAll(
            """
            WITH page AS (
                SELECT pa.id FROM partnership pa
                WHERE pa.id > :after AND \(NetworkFilter.condition)
                ORDER BY pa.id LIMIT :limit
            )
            SELECT page.id, a.organization_id, b.organization_id
            FROM page
            JOIN participant a ON a.partnership_id = page.id
            JOIN participant b ON b.partnership_id = page.id AND b.organization_id > a.organization_id
            ORDER BY page.id, a.organization_id, b.organization_id
            """, arguments
        ) { NetworkEdge(partnershipID: $0[0], sourceID: $0[1], targetID: $0[2]) }
    }

    /// The organizations linked by a partnership the filter keeps to those of `organizations`,
    /// with the partnership: one row per (organization, partner, partnership).
    func partnerLinks(from organizations: [Int64], filter: NetworkFilter) throws -> [(from: Int64, to: Int64, partnership: Int64)] {
        var links: [(from: Int64, to: Int64, partnership: Int64)] = []
        var arguments: StatementArguments = [KeySet.json(organizations)]
        if !filter.isEmpty { arguments += filter.arguments }
        try forEach(filter.isEmpty ? Self.linksSQL : Self.filteredLinksSQL, arguments) { row in
            links.append((row[0], row[1], row[2]))
        }
        return links
    }

    /// The partners of the organizations in the JSON array `?1`, over every partnership.
    static let linksSQL = """
        SELECT p1.organization_id, p2.organization_id, p1.partnership_id
        FROM participant p1
        JOIN participant p2 ON p2.partnership_id = p1.partnership_id AND p2.organization_id <> p1.organization_id
        WHERE p1.organization_id IN (SELECT value FROM json_each(?1))
        """

    /// The partners of the organizations in the JSON array `?1`, over the partnerships the
    /// filter keeps.
    static let filteredLinksSQL = """
        SELECT p1.organization_id, p2.organization_id, p1.partnership_id
        FROM participant p1
        JOIN partnership pa ON pa.id = p1.partnership_id
        JOIN participant p2 ON p2.partnership_id = p1.partnership_id AND p2.organization_id <> p1.organization_id
        WHERE p1.organization_id IN (SELECT value FROM json_each(?1)) AND \(NetworkFilter.condition)
        """
}

/// A breadth-first walk over the partnership network from one organization: how far each
/// organization reached is, and the organization and partnership it was first reached through.
struct NetworkWalk {
    /// How an organization was reached.
    struct Step {
        var distance: Int
        /// The organization one step nearer the origin, and the partnership linking them; nil
        /// for the origin.
        var previous: (organization: Int64, partnership: Int64)?
    }

    private(set) var reached: [Int64: Step]
    /// The organizations the last step reached (the origin before the first step).
    private(set) var frontier: [Int64]
    /// The steps taken.
    private(set) var depth = 0

    init(from origin: Int64) {
        reached = [origin: Step(distance: 0, previous: nil)]
        frontier = [origin]
    }

    /// Takes one more step: reaches the partners of the frontier not reached yet, each through
    /// its smallest (organization, partnership) on the frontier.
    mutating func step(_ reader: StoreReader, filter: NetworkFilter) throws {
        depth += 1
        var next: [Int64: (organization: Int64, partnership: Int64)] = [:]
        for link in try reader.partnerLinks(from: frontier, filter: filter) where reached[link.to] == nil {
            if let known = next[link.to], (known.organization, known.partnership) <= (link.from, link.partnership) {
                continue
            }
            next[link.to] = (link.from, link.partnership)
        }
        frontier = next.keys.sorted()
        for (id, previous) in next {
            reached[id] = Step(distance: depth, previous: previous)
        }
    }

    /// The chain from the origin to a reached organization: its organizations, origin first,
    /// and the partnerships between them.
    func path(to organization: Int64) -> (organizations: [Int64], partnerships: [Int64]) {
        var organizations = [organization]
        var partnerships: [Int64] = []
        var current = organization
        while let previous = reached[current]?.previous {
            organizations.append(previous.organization)
            partnerships.append(previous.partnership)
            current = previous.organization
        }
        return (organizations.reversed(), partnerships.reversed())
    }
}
