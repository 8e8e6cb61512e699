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

/// Graph queries over the partnership network, in SQL with recursive common table expressions.
///
/// Two organizations are neighbours when they take part in the same partnership that passes
/// the `NetworkFilter`. Walks go at most `maximumHops` steps.
extension StoreReader {
    /// The most steps a walk takes.
    public static let maximumHops = 8

    /// The organizations reachable from `organization` in at most `hops` steps, nearest first
    /// (then by id), without the organization itself.
    public func partners(
        of organization: Int64, within hops: Int, filter: NetworkFilter = NetworkFilter()
    ) throws -> [NetworkNeighbour] {
        guard hops >= 1 else { return [] }
        return try distances(from: organization, within: min(hops, Self.maximumHops), filter: filter)
            .filter { $0.key != organization }
            .map { NetworkNeighbour(organizationID: $0.key, distance: $0.value) }
            .sorted { ($0.distance, $0.organizationID) < ($1.distance, $1.organizationID) }
    }

    /// The shortest chain of partnerships from `start` to `end` of at most `maximumLength`
    /// partnerships, or nil when there is none. Among chains of equal length, the one through
    /// the smallest ids.
    ///
    /// It walks from both ends at once, each side half the length, so the rows it visits grow
    /// with the square root of what a walk from one end would visit.
    public func shortestChain(
        from start: Int64, to end: Int64, maximumLength: Int = 6, filter: NetworkFilter = NetworkFilter()
    ) throws -> PartnershipChain? {
        if start == end { return PartnershipChain(organizationIDs: [start], partnershipIDs: []) }
        let length = min(max(maximumLength, 0), Self.maximumHops)
        guard length >= 1 else { return nil }
        let fromStart = try distances(from: start, within: (length + 1) / 2, filter: filter)
        let fromEnd = try distances(from: end, within: length / 2, filter: filter)
        var meeting: (id: Int64, total: Int)?
        for (id, there) in fromStart {
            guard let back = fromEnd[id] else { continue }
            let total = there + back
            if total <= length, (total, id) < (meeting?.total ?? Int.max, meeting?.id ?? Int64.max) {
                meeting = (id, total)
            }
        }
        guard let meeting else { return nil }
        // Walk from the meeting point back to each end along strictly decreasing distances.
        let firstHalf = try walk(from: meeting.id, down: fromStart, filter: filter)
        let secondHalf = try walk(from: meeting.id, down: fromEnd, filter: filter)
        return PartnershipChain(
            organizationIDs: firstHalf.organizations.reversed() + [meeting.id] + secondHalf.organizations,
            partnershipIDs: firstHalf.partnerships.reversed() + secondHalf.partnerships)
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

    /// The distance of every organization within `hops` steps of `start`, `start` itself at 0:
    /// one recursive query.
    func distances(from start: Int64, within hops: Int, filter: NetworkFilter) throws -> [Int64: Int] {
        var result: [Int64: Int] = [start: 0]
        if hops == 0 { return result }
        let sql = filter.isEmpty ? Self.reachSQL : Self.filteredReachSQL
        var arguments: StatementArguments = ["start": start, "hops": hops]
        if !filter.isEmpty { arguments += filter.arguments }
        try forEach(sql, arguments) { row in
            result[row[0]] = row[1]
        }
        return result
    }

    /// One step back along decreasing `distance`s from `organization` to the walk's origin
    /// (distance 0), choosing the smallest ids; returns the organizations after `organization`
    /// and the partnerships taken.
    private func walk(
        from organization: Int64, down distance: [Int64: Int], filter: NetworkFilter
    ) throws -> (organizations: [Int64], partnerships: [Int64]) {
        var organizations: [Int64] = []
        var partnerships: [Int64] = []
        var current = organization
        // The walk starts at a reached organization and each step goes to a reached one.
        while let here = distance[current], here > 0 {
            var arguments = filter.arguments
            arguments += ["organization": current]
            var next: (organization: Int64, partnership: Int64)?
            try forEach(Self.neighboursSQL, arguments) { row in
                let candidate: Int64 = row[0]
                if next == nil, distance[candidate] == here - 1 {
                    next = (candidate, row[1])
                }
            }
            guard let next else {
                throw StoreError(.sqlite, "the network changed during a shortest-chain walk at organization \(current)")
            }
            organizations.append(next.organization)
            partnerships.append(next.partnership)
            current = next.organization
        }
        return (organizations, partnerships)
    }

    /// Distances from `:start` up to `:hops` steps, over every partnership.
    static let reachSQL = """
        WITH RECURSIVE reach(organization_id, depth) AS (
            SELECT :start, 0
            UNION
            SELECT p2.organization_id, reach.depth + 1
            FROM reach
            JOIN participant p1 ON p1.organization_id = reach.organization_id
            JOIN participant p2 ON p2.partnership_id = p1.partnership_id
            WHERE reach.depth < :hops AND p2.organization_id <> reach.organization_id
        )
        SELECT organization_id, min(depth) FROM reach GROUP BY organization_id
        """

    /// Distances from `:start` up to `:hops` steps, over the partnerships the filter keeps.
    static let filteredReachSQL = """
        WITH RECURSIVE reach(organization_id, depth) AS (
            SELECT :start, 0
            UNION
            SELECT p2.organization_id, reach.depth + 1
            FROM reach
            JOIN participant p1 ON p1.organization_id = reach.organization_id
            JOIN partnership pa ON pa.id = p1.partnership_id
            JOIN participant p2 ON p2.partnership_id = p1.partnership_id
            WHERE reach.depth < :hops AND p2.organization_id <> reach.organization_id
                AND \(NetworkFilter.condition)
        )
        SELECT organization_id, min(depth) FROM reach GROUP BY organization_id
        """

    /// The neighbours of `:organization` through the partnerships the filter keeps, with the
    /// partnership, smallest ids first.
    static let neighboursSQL = """
        SELECT p2.organization_id, p1.partnership_id
        FROM participant p1
        JOIN partnership pa ON pa.id = p1.partnership_id
        JOIN participant p2 ON p2.partnership_id = p1.partnership_id AND p2.organization_id <> p1.organization_id
        WHERE p1.organization_id = :organization AND \(NetworkFilter.condition)
        ORDER BY p2.organization_id, p1.partnership_id
        """
}
