import GRDB

/// How partnerships are grouped in the per-year counts.
public struct PartnershipGrouping: Hashable, Sendable {
    let expression: String
    let needsParticipants: Bool
    /// The SQL groups by program id (read from the index); ids become keys afterwards.
    var groupsByProgramID = false

    /// All partnerships together; the group is nil.
    public static let total = PartnershipGrouping(expression: "NULL", needsParticipants: false)
    /// By program; the group is the program's key, nil for partnerships outside programs.
    public static let program = PartnershipGrouping(
        expression: "pa.program_id", needsParticipants: false, groupsByProgramID: true)
    /// By the countries of the participants (a partnership counts once in each of its
    /// countries); the group is the country's ISO 3166-1 alpha-2 code.
    public static let country = PartnershipGrouping(expression: "c.iso2", needsParticipants: true)
    /// By the FCM regions of the participants; the group is the region's code.
    public static let region = PartnershipGrouping(expression: "c.fcm_region", needsParticipants: true)
}

/// The number of partnerships running in a year, in one group.
public struct YearCount: Hashable, Sendable {
    public var year: Int
    /// The program key, country code or region code; nil for `.total`.
    public var group: String?
    public var count: Int
}

/// Money allocated to one country or theme, cash and in-kind apart, in cents.
public struct FundingAllocation: Hashable, Sendable {
    /// The country's ISO 3166-1 alpha-2 code, or the theme's code.
    public var group: String
    public var cashCents: Int64
    public var inKindCents: Int64
}

/// How many practices are about one theme or SDG target.
public struct GroupCount: Hashable, Sendable {
    /// The theme's code or the SDG target's code.
    public var group: String
    public var count: Int
}

/// How often a practice was taken up elsewhere.
public struct ReplicationCount: Hashable, Sendable {
    public var practiceID: Int64
    /// Every replication recorded, whatever its status.
    public var replications: Int
    /// Those that reached `adopted`.
    public var adopted: Int
}

/// Aggregates for dashboards (domain.md §3.4, questions 1, 2, 4 and 8).
extension StoreReader {
    /// The partnerships running in each year from `firstYear` to `lastYear`, in each group: a
    /// partnership counts in every year from its start year to its end year, and one without an
    /// end is running through `lastYear`; one without a start year is left out.
    ///
    /// One statement: each partnership contributes +1 at its first counted year and −1 after its
    /// last, and the counts are running sums of those changes. Without a filter, in total or by
    /// program, the changes come from the partnerships counted by program and span of years
    /// (`partnership_span_count`, kept by triggers: a row per program and span of years, some
    /// thousands however many partnerships); otherwise they are counted per group and year from
    /// the partnerships themselves.
    public func activePartnershipsPerYear(
        from firstYear: Int, through lastYear: Int, by grouping: PartnershipGrouping = .total,
        filter: NetworkFilter = NetworkFilter()
    ) throws -> [YearCount] {
        guard firstYear <= lastYear else { return [] }
        var changes: [String?: [Int: Int]] = [:]
        if filter.isEmpty && !grouping.needsParticipants {
            try forEach(
                """
                SELECT \(grouping.groupsByProgramID ? "p.key" : "NULL"), s.start_year, s.end_year, s.partnerships
                FROM partnership_span_count s LEFT JOIN program p ON p.id = s.program_id
                WHERE s.start_year <= ? AND s.end_year >= ? AND s.partnerships > 0
                """, [lastYear, firstYear]
            ) { row in
                let group: String? = row[0]
                let start: Int = row[1]
                let end: Int = row[2]
                let count: Int = row[3]
                changes[group, default: [:]][max(start, firstYear), default: 0] += count
                if end < lastYear { changes[group, default: [:]][end + 1, default: 0] -= count }
            }
        } else {
            try countChanges(from: firstYear, through: lastYear, by: grouping, filter: filter) { group, year, change in
                changes[group, default: [:]][year, default: 0] += change
            }
        }
        var result: [YearCount] = []
        result.reserveCapacity(changes.count * (lastYear - firstYear + 1))
        for (group, groupChanges) in changes.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) {
            var running = 0
            for year in firstYear...lastYear {
                running += groupChanges[year] ?? 0
                result.append(YearCount(year: year, group: group, count: running))
            }
        }
        return result
    }

    /// The changes of the per-year counts, per group and year, counted from the partnerships
    /// that pass `filter`: +n in the first counted year of n partnerships, −n the year after
    /// the last.
    private func countChanges(
        from firstYear: Int, through lastYear: Int, by grouping: PartnershipGrouping, filter: NetworkFilter,
        _ body: (_ group: String?, _ year: Int, _ change: Int) -> Void
    ) throws {
        let join =
            grouping.needsParticipants
            ? "JOIN participant pp ON pp.partnership_id = pa.id JOIN organization o ON o.id = pp.organization_id JOIN country c ON c.id = o.country_id"
            : ""
        // A partnership counts once in a group, however many of its participants are in it.
        let count = grouping.needsParticipants ? "count(DISTINCT pa.id)" : "count(*)"
        // Without a filter the condition is left out, so the counts come from an index alone.
        let condition = filter.isEmpty ? "" : "AND \(NetworkFilter.condition)"
        var arguments = filter.isEmpty ? StatementArguments() : filter.arguments
        arguments += ["first": firstYear, "last": lastYear]
        var programKeys: [Int64: String] = [:]
        if grouping.groupsByProgramID {
            try forEach("SELECT id, key FROM program") { programKeys[$0[0]] = $0[1] }
        }
        try forEach(
            """
            SELECT grp, year, sum(change) FROM (
                SELECT \(grouping.expression) AS grp, max(pa.start_year, :first) AS year, \(count) AS change
                FROM partnership pa \(join)
                WHERE pa.start_year <= :last AND coalesce(pa.end_year, :last) >= :first \(condition)
                GROUP BY 1, 2
                UNION ALL
                SELECT \(grouping.expression), pa.end_year + 1, -\(count)
                FROM partnership pa \(join)
                WHERE pa.start_year <= :last AND pa.end_year >= :first AND pa.end_year < :last \(condition)
                GROUP BY 1, 2
            )
            GROUP BY grp, year
            """, arguments
        ) { row in
            let group: String? = grouping.groupsByProgramID ? (row[0] as Int64?).flatMap { programKeys[$0] } : row[0]
            body(group, row[1], row[2])
        }
    }

    /// Funding committed on one basis, allocated to countries by each program's country shares
    /// (`by: .country`) or to themes by its theme shares (`by: .theme`), cash and in-kind apart.
    ///
    /// A program's country or theme without a share gets an equal part of what the shares
    /// leave; a program with no country (or theme) is not counted. Only one basis is summed at
    /// a time, since adding a maximum contribution to an announced total counts money twice.
    public func funding(by allocation: FundingAllocationKey, basis: FundingBasis) throws -> [FundingAllocation] {
        try fetchAll(
            """
            WITH shares AS (
                SELECT program_id, \(allocation.target) AS target,
                    coalesce(share_pct / 100.0,
                        max(0.0, 1.0 - coalesce(sum(share_pct) OVER (PARTITION BY program_id), 0) / 100.0)
                        / sum(share_pct IS NULL) OVER (PARTITION BY program_id)) AS fraction
                FROM \(allocation.table)
            )
            SELECT \(allocation.label) AS grp,
                round(sum(CASE WHEN f.type = 'cash' THEN f.amount_cents * s.fraction ELSE 0 END)),
                round(sum(CASE WHEN f.type = 'in_kind' THEN f.amount_cents * s.fraction ELSE 0 END))
            FROM funding_commitment f
            JOIN shares s ON s.program_id = f.program_id
            \(allocation.join)
            WHERE f.basis = ?
            GROUP BY grp ORDER BY grp
            """, [basis.rawValue]
        ) { row in
            FundingAllocation(group: row[0], cashCents: Int64(row[1] as Double), inKindCents: Int64(row[2] as Double))
        }
    }

    /// The published practices about each theme, most first.
    public func practicesPerTheme() throws -> [GroupCount] {
        try fetchAll(
            """
            SELECT t.code, count(*) FROM practice_theme pt
            JOIN practice p ON p.id = pt.practice_id AND p.status = 'published'
            JOIN theme t ON t.id = pt.theme_id
            GROUP BY t.code ORDER BY 2 DESC, 1
            """
        ) { GroupCount(group: $0[0], count: $0[1]) }
    }

    /// The published practices about each SDG target, most first.
    public func practicesPerSDGTarget() throws -> [GroupCount] {
        try fetchAll(
            """
            SELECT s.code, count(*) FROM practice_sdg_target ps
            JOIN practice p ON p.id = ps.practice_id AND p.status = 'published'
            JOIN sdg_target s ON s.id = ps.sdg_target_id
            GROUP BY s.code ORDER BY 2 DESC, 1
            """
        ) { GroupCount(group: $0[0], count: $0[1]) }
    }

    /// The practices replicated most, most first (then by id).
    public func mostReplicatedPractices(limit: Int) throws -> [ReplicationCount] {
        try fetchAll(
            """
            SELECT practice_id, count(*), sum(status = 'adopted') FROM replication
            GROUP BY practice_id ORDER BY 2 DESC, 3 DESC, 1 LIMIT ?
            """, [max(0, limit)]
        ) { ReplicationCount(practiceID: $0[0], replications: $0[1], adopted: $0[2]) }
    }

    /// The replications of each practice, for the practices asked for.
    public func replicationCounts(ofPractices practices: some Collection<Int64>) throws -> [Int64: ReplicationCount] {
        var result: [Int64: ReplicationCount] = [:]
        for id in practices { result[id] = ReplicationCount(practiceID: id, replications: 0, adopted: 0) }
        if practices.isEmpty { return result }
        try forEach(
            """
            SELECT practice_id, count(*), sum(status = 'adopted') FROM replication
            WHERE practice_id IN (SELECT value FROM json_each(?)) GROUP BY practice_id
            """, [KeySet.json(practices)]
        ) { row in
            let id: Int64 = row[0]
            result[id] = ReplicationCount(practiceID: id, replications: row[1], adopted: row[2])
        }
        return result
    }
}

/// What funding is allocated to: countries or themes.
public struct FundingAllocationKey: Hashable, Sendable {
    let table: String
    let target: String
    let join: String
    let label: String

    /// By country, through `program_country` shares; groups are ISO alpha-2 codes.
    public static let country = FundingAllocationKey(
        table: "program_country", target: "country_id", join: "JOIN country g ON g.id = s.target", label: "g.iso2")
    /// By theme, through `program_theme` shares; groups are theme codes.
    public static let theme = FundingAllocationKey(
        table: "program_theme", target: "theme_id", join: "JOIN theme g ON g.id = s.target", label: "g.code")
}
