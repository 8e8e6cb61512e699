import GRDB

/// Batched lookups the API's loaders need beyond `Children.swift`: each takes every parent of a
/// level and runs one statement, with an entry (possibly empty) for every parent asked for.
extension StoreReader {
    /// The activities of the partnerships each organization takes part in, in date order.
    public func activities(ofOrganizations organizations: some Collection<Int64>) throws -> [Int64: [Activity]] {
        var result: [Int64: [Activity]] = [:]
        for id in organizations { result[id] = [] }
        if organizations.isEmpty { return result }
        try forEach(
            """
            SELECT pc.organization_id AS parent, a.* FROM participant pc
            JOIN activity a ON a.partnership_id = pc.partnership_id
            WHERE pc.organization_id IN (SELECT value FROM json_each(?))
            ORDER BY pc.organization_id, a.start_date, a.id
            """, [KeySet.json(organizations)]
        ) { row in
            result[row["parent"], default: []].append(Activity(row: row))
        }
        return result
    }

    /// The programs that followed each program (whose predecessor it is).
    public func successors(ofPrograms programs: some Collection<Int64>) throws -> [Int64: [Program]] {
        try children("program", by: "predecessor_id", of: programs, orderBy: "id", Program.init(row:))
    }

    /// The programs each organization runs, funds or takes part in, with its role.
    public func programRoles(ofOrganizations organizations: some Collection<Int64>) throws -> [Int64: [ProgramRole]] {
        try children(
            "program_organization", by: "organization_id", of: organizations, orderBy: "program_id, role",
            ProgramRole.init(row:))
    }

    /// The publications that cite each publication, as ids.
    public func citingIDs(ofPublications publications: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_citation", from: "cited_id", to: "citing_id", of: publications)
    }

    /// The countries each publication is about, as ids.
    public func countryIDs(ofPublications publications: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_country", from: "publication_id", to: "country_id", of: publications)
    }

    /// The themes of each publication, as ids.
    public func themeIDs(ofPublications publications: some Collection<Int64>) throws -> [Int64: [Int64]] {
        try links("publication_theme", from: "publication_id", to: "theme_id", of: publications)
    }

    /// Publications by their `seeds/` key.
    public func publications(keys: some Collection<String>) throws -> [String: Publication] {
        try records("publication", keys: keys, Publication.init(row:))
    }

    /// The ids of the countries with these ISO 3166-1 alpha-2 codes (unknown codes have none).
    public func countryIDs(codes: some Collection<String>) throws -> [Int64] {
        try fetchAll(
            "SELECT id FROM country WHERE iso2 IN (SELECT value FROM json_each(?)) ORDER BY id", [KeySet.json(codes)]
        ) {
            $0[0]
        }
    }

    /// The ids of the themes with these codes (unknown codes have none).
    public func themeIDs(codes: some Collection<String>) throws -> [Int64] {
        try fetchAll(
            "SELECT id FROM theme WHERE code IN (SELECT value FROM json_each(?)) ORDER BY id", [KeySet.json(codes)]
        ) {
            $0[0]
        }
    }

    /// Every area of expertise, by code.
    public func allExpertiseAreas() throws -> [ExpertiseArea] {
        try fetchAll("SELECT * FROM expertise_area ORDER BY code", [], ExpertiseArea.init(row:))
    }
}

/// The measurements of one indicator summed for one disaggregation (all, women or men, and a
/// population group), over every program, practice and organization measured.
public struct MeasurementRollup: Hashable, Sendable {
    public var indicatorID: Int64
    /// `all`, `women` or `men`.
    public var sex: String
    /// The population group, nil for the whole population.
    public var populationGroup: String?
    /// The sum of the values.
    public var total: Double
    /// How many measurements were summed.
    public var measurements: Int
}

extension StoreReader {
    /// The measurements rolled up per indicator and disaggregation, by indicator code then
    /// `all`, `women`, `men`: rows a chart draws as they are. Only the indicator with
    /// `indicatorCode` when one is given.
    public func measurementRollups(indicatorCode: String? = nil) throws -> [MeasurementRollup] {
        try fetchAll(
            """
            SELECT m.indicator_id, m.sex, m.population_group, sum(m.value), count(*)
            FROM measurement m JOIN indicator i ON i.id = m.indicator_id
            WHERE ?1 IS NULL OR i.code = ?1
            GROUP BY m.indicator_id, m.sex, m.population_group
            ORDER BY i.code, CASE m.sex WHEN 'all' THEN 0 WHEN 'women' THEN 1 ELSE 2 END, m.population_group
            """, [indicatorCode]
        ) {
            MeasurementRollup(
                indicatorID: $0[0], sex: $0[1], populationGroup: $0[2], total: $0[3], measurements: $0[4])
        }
    }
}

/// Where an edge sits in the network's edge list: ordered by partnership, then source, then
/// target.
public struct EdgePosition: Hashable, Sendable {
    public var partnershipID: Int64
    public var sourceID: Int64
    public var targetID: Int64

    public init(partnershipID: Int64, sourceID: Int64, targetID: Int64) {
        self.partnershipID = partnershipID
        self.sourceID = sourceID
        self.targetID = targetID
    }
}

extension StoreReader {
    /// A page of the network's edges the filter keeps, after `after` and before `before`: the
    /// first `limit` (or the last, `fromEnd`), with whether more lie beyond the page in that
    /// direction. One statement.
    public func networkEdges(
        filter: NetworkFilter, after: EdgePosition?, before: EdgePosition?, limit: Int, fromEnd: Bool
    ) throws -> (edges: [NetworkEdge], hasMore: Bool) {
        var arguments = filter.arguments
        arguments += [
            "ap": after?.partnershipID, "as": after?.sourceID, "at": after?.targetID,
            "bp": before?.partnershipID, "bs": before?.sourceID, "bt": before?.targetID,
            "limit": max(0, limit) + 1,
        ]
        let order = fromEnd ? "ORDER BY 1 DESC, 2 DESC, 3 DESC" : "ORDER BY 1, 2, 3"
        var edges = try fetchAll(
            """
            SELECT pa.id, a.organization_id, b.organization_id
            FROM partnership pa
            JOIN participant a ON a.partnership_id = pa.id
            JOIN participant b ON b.partnership_id = pa.id AND b.organization_id > a.organization_id
            WHERE \(NetworkFilter.condition)
                AND (:ap IS NULL OR (pa.id, a.organization_id, b.organization_id) > (:ap, :as, :at))
                AND (:bp IS NULL OR (pa.id, a.organization_id, b.organization_id) < (:bp, :bs, :bt))
            \(order) LIMIT :limit
            """, arguments
        ) { NetworkEdge(partnershipID: $0[0], sourceID: $0[1], targetID: $0[2]) }
        let hasMore = edges.count > max(0, limit)
        if hasMore { edges.removeLast() }
        if fromEnd { edges.reverse() }
        return (edges, hasMore)
    }

    /// How many edges the network has under `filter`.
    public func networkEdgeCount(filter: NetworkFilter) throws -> Int {
        try fetchOne(
            Int.self,
            """
            SELECT count(*) FROM partnership pa
            JOIN participant a ON a.partnership_id = pa.id
            JOIN participant b ON b.partnership_id = pa.id AND b.organization_id > a.organization_id
            WHERE \(NetworkFilter.condition)
            """, filter.arguments) ?? 0
    }
}
