import GRDB

/// How many results of a listing fall in one value of a facet (a theme, a country, a year).
public struct FacetCount: Hashable, Sendable {
    /// The theme code, country ISO 3166-1 alpha-2 code, or year.
    public var value: String
    public var count: Int
}

/// The facet counts of a listing: how its results spread over themes, countries and years.
public struct ListingFacets: Hashable, Sendable {
    public var themes: [FacetCount] = []
    public var countries: [FacetCount] = []
    public var years: [FacetCount] = []

    /// No counts.
    public init() {}
}

extension StoreReader {
    /// The facets of a listing from `sql`, which selects rows of a facet's name (`theme`,
    /// `country`, `year`), a value and its count: themes and countries most first, years most
    /// recent first.
    func facets(_ sql: String, _ arguments: StatementArguments) throws -> ListingFacets {
        var facets = ListingFacets()
        try forEach(sql, arguments) { row in
            let count = FacetCount(value: row[1], count: row[2])
            switch row[0] as String {
            case "theme": facets.themes.append(count)
            case "country": facets.countries.append(count)
            default: facets.years.append(count)
            }
        }
        let mostFirst: (FacetCount, FacetCount) -> Bool = { ($0.count, $1.value) > ($1.count, $0.value) }
        facets.themes.sort(by: mostFirst)
        facets.countries.sort(by: mostFirst)
        facets.years.sort { $0.value > $1.value }
        return facets
    }
}
