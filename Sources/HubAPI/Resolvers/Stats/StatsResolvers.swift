import GraphQLEngine
import HubStore

/// The parent value of `Stats`'s fields.
struct StatsRoot: Sendable {}

extension ResolverTable {
    /// `Query.stats`: aggregates for dashboards, each a list of flat rows.
    mutating func addStatsResolvers() {
        object("Query", as: Root.self) { query in
            query.value("stats") { _ in .object(StatsRoot()) }
        }
        object("Stats", as: StatsRoot.self) { stats in
            stats.asyncField("activePartnerships") { _, input in
                let from = input[argument: "from"]?.intValue ?? 0
                let to = input[argument: "to"]?.intValue ?? 0
                guard from <= to, to - from < 200 else {
                    throw APIError.badInput(
                        "Stats.activePartnerships needs from ≤ to, at most 200 years apart; got from: \(from), to: \(to)."
                    )
                }
                let grouping: PartnershipGrouping =
                    switch input[argument: "groupBy"]?.enumName {
                    case "PROGRAM": .program
                    case "COUNTRY": .country
                    case "REGION": .region
                    default: .total
                    }
                let filter = try NetworkFilterArguments(input[argument: "filter"], argument: "filter")
                let rows = try await input.request.read { reader in
                    try reader.activePartnershipsPerYear(
                        from: from, through: to, by: grouping, filter: try filter.resolved(in: reader))
                }
                return .list(rows.map { .object($0) })
            }
            stats.asyncField("fundingByPriority") { _, input in
                let basis = input.fundingBasis
                let (rows, themes) = try await input.request.read { reader in
                    (try reader.funding(by: .theme, basis: basis), try reader.allThemes())
                }
                let priorities = Set(themes.filter { $0.kind == .priority }.map(\.code))
                return .list(rows.filter { priorities.contains($0.group) }.map { .object($0) })
            }
            stats.asyncField("fundingByCountry") { _, input in
                let basis = input.fundingBasis
                return .list(
                    try await input.request.read { try $0.funding(by: .country, basis: basis) }.map { .object($0) })
            }
            stats.asyncField("practicesPerTheme") { _, input in
                .list(try await input.request.read { try $0.practicesPerTheme() }.map { .object($0) })
            }
            stats.asyncField("practicesPerSDGTarget") { _, input in
                .list(try await input.request.read { try $0.practicesPerSDGTarget() }.map { .object($0) })
            }
            stats.asyncField("mostReplicatedPractices") { _, input in
                let first = try input.bounded("first", 1...ConnectionArguments.maximumPageSize, default: 10)
                return .list(
                    try await input.request.read { try $0.mostReplicatedPractices(limit: first) }.map { .object($0) })
            }
            stats.asyncField("measurements") { _, input in
                let code = input[argument: "indicator"]?.stringValue
                return .list(
                    try await input.request.read { try $0.measurementRollups(indicatorCode: code) }.map { .object($0) })
            }
        }
        object("YearCount", as: YearCount.self) { row in
            row.value("year") { .int($0.year) }
            row.value("group") { .optional($0.group.map(FieldValue.string)) }
            row.value("count") { .int($0.count) }
        }
        object("FundingRow", as: FundingAllocation.self) { row in
            row.value("group") { .string($0.group) }
            row.value("cash") { .float(Double($0.cashCents) / 100) }
            row.value("inKind") { .float(Double($0.inKindCents) / 100) }
        }
        object("CountRow", as: GroupCount.self) { row in
            row.value("group") { .string($0.group) }
            row.value("count") { .int($0.count) }
        }
        object("ReplicationRow", as: ReplicationCount.self) { row in
            row.field("practice") { row, input in input.load(RecordLoaders.practice, key: row.practiceID) }
            row.value("replications") { .int($0.replications) }
            row.value("adopted") { .int($0.adopted) }
        }
        object("MeasurementRow", as: MeasurementRollup.self) { row in
            row.field("indicator") { row, input in input.load(RecordLoaders.indicator, key: row.indicatorID) }
            row.value("sex") { .enumValue($0.sex.uppercased()) }
            row.value("populationGroup") { .optional($0.populationGroup.map(FieldValue.string)) }
            row.value("total") { .float($0.total) }
            row.value("measurements") { .int($0.measurements) }
        }
    }
}

extension ResolverInput {
    /// The `basis` argument (the maximum contribution when absent).
    fileprivate var fundingBasis: FundingBasis {
        self[argument: "basis"]?.enumName.map(FundingBasis.init(enumName:)) ?? .maxContribution
    }
}
