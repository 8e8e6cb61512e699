import GRDB

/// Which partnerships count as edges of the partnership network: those of some programs, with
/// a participant in some countries, on some themes, active in a year. Each condition left nil
/// does not filter.
public struct NetworkFilter: Hashable, Sendable {
    /// Partnerships of one of these programs.
    public var programIDs: [Int64]? = nil
    /// Partnerships with at least one participant in one of these countries.
    public var countryIDs: [Int64]? = nil
    /// Partnerships on at least one of these themes.
    public var themeIDs: [Int64]? = nil
    /// Partnerships running in this year: started in it or before, and not ended before it
    /// (one without an end date is still running). Those without a start date are left out.
    public var year: Int? = nil

    /// No filter: every partnership.
    public init() {}

    /// Whether no condition is set.
    public var isEmpty: Bool { programIDs == nil && countryIDs == nil && themeIDs == nil && year == nil }

    /// The condition on the partnership aliased `pa`, with named parameters `:programs`,
    /// `:countries`, `:themes` and `:year`; see `arguments`.
    static let condition = """
        (:programs IS NULL OR pa.program_id IN (SELECT value FROM json_each(:programs)))
        AND (:year IS NULL OR (pa.start_year <= :year AND coalesce(pa.end_year, :year) >= :year))
        AND (:themes IS NULL OR EXISTS (
            SELECT 1 FROM partnership_theme pt
            WHERE pt.partnership_id = pa.id AND pt.theme_id IN (SELECT value FROM json_each(:themes))))
        AND (:countries IS NULL OR EXISTS (
            SELECT 1 FROM participant pc JOIN organization oc ON oc.id = pc.organization_id
            WHERE pc.partnership_id = pa.id AND oc.country_id IN (SELECT value FROM json_each(:countries))))
        """

    /// The values of the parameters of `condition`.
    var arguments: StatementArguments {
        [
            "programs": programIDs.map(KeySet.json),
            "countries": countryIDs.map(KeySet.json),
            "themes": themeIDs.map(KeySet.json),
            "year": year,
        ]
    }
}
