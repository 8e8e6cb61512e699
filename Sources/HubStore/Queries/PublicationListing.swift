import GRDB

/// Which publications a listing keeps, and in what order. Each condition left nil does not
/// filter; list conditions keep a publication matching any of their values.
public struct PublicationListing: Hashable, Sendable {
    /// How the listing is ordered; ties go by id.
    public struct Order: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Best bm25 match first (by id when there is no search text).
        public static let relevance = Order(rawValue: "relevance")
        /// Most recent year first.
        public static let newest = Order(rawValue: "newest")
        /// Most cited first.
        public static let citations = Order(rawValue: "citations")
    }

    /// What the person typed (see `SearchPattern`); nil lists without searching.
    public var text: String?
    /// Only publications with a text in this language (and, searching, matching in it).
    public var language: Language?
    public var themeCodes: [String]?
    /// ISO 3166-1 alpha-2 codes of the countries the publication is about.
    public var countryCodes: [String]?
    public var programIDs: [Int64]?
    /// Publishers.
    public var organizationIDs: [Int64]?
    public var yearFrom: Int?
    public var yearTo: Int?
    public var types: [PublicationType]?
    public var order: Order = .relevance

    /// Every publication, by relevance.
    public init() {}

    static let condition = """
        (:types IS NULL OR pb.type IN (SELECT value FROM json_each(:types)))
        AND (:programs IS NULL OR EXISTS (SELECT 1 FROM publication_program pp WHERE pp.publication_id = pb.id
            AND pp.program_id IN (SELECT value FROM json_each(:programs))))
        AND (:organizations IS NULL OR pb.publisher_id IN (SELECT value FROM json_each(:organizations)))
        AND (:year_from IS NULL OR pb.year >= :year_from) AND (:year_to IS NULL OR pb.year <= :year_to)
        AND (:language IS NULL OR EXISTS (
            SELECT 1 FROM publication_text lt WHERE lt.publication_id = pb.id AND lt.language = :language))
        AND (:themes IS NULL OR EXISTS (
            SELECT 1 FROM publication_theme pt JOIN theme t ON t.id = pt.theme_id
            WHERE pt.publication_id = pb.id AND t.code IN (SELECT value FROM json_each(:themes))))
        AND (:countries IS NULL OR EXISTS (
            SELECT 1 FROM publication_country pc JOIN country c ON c.id = pc.country_id
            WHERE pc.publication_id = pb.id AND c.iso2 IN (SELECT value FROM json_each(:countries))))
        """

    var arguments: StatementArguments {
        [
            "language": language?.rawValue, "themes": themeCodes.map(KeySet.json),
            "countries": countryCodes.map(KeySet.json), "programs": programIDs.map(KeySet.json),
            "organizations": organizationIDs.map(KeySet.json), "year_from": yearFrom, "year_to": yearTo,
            "types": types.map { KeySet.json($0.map(\.rawValue)) },
        ]
    }

    /// `kept(id, score, sort_value)`, as `PracticeListing.keptCTE`.
    var keptCTE: String {
        let sortValue =
            switch order {
            case .newest: "-coalesce(pb.year, 0)"
            case .citations: "-(SELECT count(*) FROM publication_citation c WHERE c.cited_id = pb.id)"
            default: "m.score"
            }
        let matched =
            text == nil
            ? "SELECT id, 0.0 AS score FROM publication"
            : """
            SELECT t.publication_id AS id, min(publication_search.rank) AS score
            FROM publication_search JOIN publication_text t ON t.id = publication_search.rowid
            WHERE publication_search MATCH :pattern AND (:language IS NULL OR t.language = :language)
            GROUP BY t.publication_id
            """
        return """
            matched AS (\(matched)),
            kept AS (
                SELECT pb.id AS id, m.score AS score, \(sortValue) AS sort_value
                FROM matched m JOIN publication pb ON pb.id = m.id
                WHERE \(Self.condition)
            )
            """
    }

    /// The arguments with the search pattern; nil when the text has nothing to search.
    func searchArguments() -> StatementArguments? {
        var arguments = arguments
        if let text {
            guard let pattern = SearchPattern(text) else { return nil }
            arguments += ["pattern": pattern.ftsQuery]
        }
        return arguments
    }
}

extension StoreReader {
    /// One page of the publications `listing` keeps, in its order: one statement, which also counts
    /// them all (`KeysetPage.total`) when searching.
    public func publications(_ listing: PublicationListing, window: KeysetWindow) throws -> KeysetPage {
        guard let arguments = listing.searchArguments() else { return KeysetPage(rows: [], hasMore: false) }
        return try keysetPage(kept: listing.keptCTE, arguments, window: window, counting: listing.text != nil)
    }

    /// How many publications `listing` keeps.
    public func publicationCount(_ listing: PublicationListing) throws -> Int {
        guard let arguments = listing.searchArguments() else { return 0 }
        return try keptCount(listing.keptCTE, arguments)
    }

    /// How the publications `listing` keeps spread over themes, countries and years.
    public func publicationFacets(_ listing: PublicationListing) throws -> ListingFacets {
        guard let arguments = listing.searchArguments() else { return ListingFacets() }
        return try facets(
            """
            WITH \(listing.keptCTE)
            SELECT 'theme', t.code, count(*) FROM kept
                JOIN publication_theme pt ON pt.publication_id = kept.id JOIN theme t ON t.id = pt.theme_id
                GROUP BY t.code
            UNION ALL
            SELECT 'country', c.iso2, count(*) FROM kept
                JOIN publication_country pc ON pc.publication_id = kept.id JOIN country c ON c.id = pc.country_id
                GROUP BY c.iso2
            UNION ALL
            SELECT 'year', CAST(pb.year AS TEXT), count(*) FROM kept JOIN publication pb ON pb.id = kept.id
                WHERE pb.year IS NOT NULL GROUP BY pb.year
            """, arguments)
    }

    /// For each publication searched for, the snippet of its best-matching text and its
    /// language: one statement driven by those publications' texts, two when one matched in
    /// two languages (as for practices).
    public func publicationSnippets(
        text: String, publications: some Collection<Int64>, language: Language?, start: String = "<mark>",
        end: String = "</mark>"
    ) throws -> [Int64: (language: Language, snippet: String)] {
        try bestSnippets(
            SnippetQueries(
                snippets: """
                    SELECT t.publication_id, t.language, snippet(publication_search, -1, ?, ?, '…', 16), t.id
                    FROM publication_text t CROSS JOIN publication_search ON publication_search.rowid = t.id
                    WHERE publication_search MATCH ? AND t.publication_id IN (SELECT value FROM json_each(?))
                        AND (? IS NULL OR t.language = ?)
                    """,
                // `+rowid`: read the matches once and keep these texts, rather than search
                // again for each.
                ranks: """
                    SELECT rowid, rank FROM publication_search
                    WHERE publication_search MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
                    """),
            text: text, ids: publications, language: language, start: start, end: end)
    }
}
