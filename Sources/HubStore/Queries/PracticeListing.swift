import GRDB

/// Which practices a listing keeps, and who is asking (drafts are visible to their author and
/// to admins only). Each condition left nil does not filter; list conditions keep a practice
/// matching any of their values.
public struct PracticeListing: Hashable, Sendable {
    /// How the listing is ordered; ties go by id.
    public struct Order: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Best bm25 match first (by id when there is no search text).
        public static let relevance = Order(rawValue: "relevance")
        /// Most recent year first; practices without a year last.
        public static let newest = Order(rawValue: "newest")
        /// Most replicated first.
        public static let replications = Order(rawValue: "replications")
    }

    /// What the person typed (see `SearchPattern`); nil lists without searching.
    public var text: String?
    /// Only practices with a text in this language (and, when searching, matching in it).
    public var language: Language?
    /// Theme codes (`local-governance`, …).
    public var themeCodes: [String]?
    /// SDG target codes (`11.5`, …).
    public var sdgTargetCodes: [String]?
    /// ISO 3166-1 alpha-2 codes of the lead organization's country.
    public var countryCodes: [String]?
    /// FCM regions of the lead organization's country.
    public var regions: [Region]?
    public var programIDs: [Int64]?
    /// Lead organizations.
    public var organizationIDs: [Int64]?
    /// Practices of this year or later.
    public var yearFrom: Int?
    /// Practices of this year or earlier.
    public var yearTo: Int?
    public var evidenceLevels: [EvidenceLevel]?
    public var statuses: [PracticeStatus]?
    /// Practices submitted by these accounts.
    public var authorAccountIDs: [Int64]?
    /// The account asking: unpublished practices it authored are listed.
    public var viewerAccountID: Int64?
    /// Whether every unpublished practice is listed (admins).
    public var includesAllUnpublished = false
    public var order: Order = .relevance

    /// Every published practice, by relevance.
    public init() {}

    /// The named parameters of the conditions below.
    var arguments: StatementArguments {
        [
            "language": language?.rawValue,
            "themes": themeCodes.map(KeySet.json), "sdgs": sdgTargetCodes.map(KeySet.json),
            "countries": countryCodes.map(KeySet.json), "regions": regions.map { KeySet.json($0.map(\.rawValue)) },
            "programs": programIDs.map(KeySet.json), "organizations": organizationIDs.map(KeySet.json),
            "year_from": yearFrom, "year_to": yearTo,
            "evidence": evidenceLevels.map { KeySet.json($0.map(\.rawValue)) },
            "statuses": statuses.map { KeySet.json($0.map(\.rawValue)) }, "authors": authorAccountIDs.map(KeySet.json),
            "viewer": viewerAccountID, "all_unpublished": includesAllUnpublished,
        ]
    }

    /// The conditions on the practice aliased `p`.
    static let condition = """
        (p.status = 'published' OR :all_unpublished OR p.author_account_id = :viewer)
        AND (:statuses IS NULL OR p.status IN (SELECT value FROM json_each(:statuses)))
        AND (:authors IS NULL OR p.author_account_id IN (SELECT value FROM json_each(:authors)))
        AND (:evidence IS NULL OR p.evidence_level IN (SELECT value FROM json_each(:evidence)))
        AND (:programs IS NULL OR p.program_id IN (SELECT value FROM json_each(:programs)))
        AND (:organizations IS NULL OR p.lead_organization_id IN (SELECT value FROM json_each(:organizations)))
        AND (:year_from IS NULL OR p.year >= :year_from) AND (:year_to IS NULL OR p.year <= :year_to)
        AND (:language IS NULL OR EXISTS (
            SELECT 1 FROM practice_text lt WHERE lt.practice_id = p.id AND lt.language = :language))
        AND (:themes IS NULL OR EXISTS (
            SELECT 1 FROM practice_theme pt JOIN theme t ON t.id = pt.theme_id
            WHERE pt.practice_id = p.id AND t.code IN (SELECT value FROM json_each(:themes))))
        AND (:sdgs IS NULL OR EXISTS (
            SELECT 1 FROM practice_sdg_target ps JOIN sdg_target s ON s.id = ps.sdg_target_id
            WHERE ps.practice_id = p.id AND s.code IN (SELECT value FROM json_each(:sdgs))))
        AND (:countries IS NULL AND :regions IS NULL OR EXISTS (
            SELECT 1 FROM organization lo JOIN country lc ON lc.id = lo.country_id
            WHERE lo.id = p.lead_organization_id
                AND (:countries IS NULL OR lc.iso2 IN (SELECT value FROM json_each(:countries)))
                AND (:regions IS NULL OR lc.fcm_region IN (SELECT value FROM json_each(:regions)))))
        """

    /// `kept(id, score, sort_value)`: the practices the listing keeps, as a common table
    /// expression. Searching, the score is the best bm25 rank of the practice's texts. Each match
    /// is looked up in migration 10's covering indexes, named since SQLite would read the tables.
    var keptCTE: String {
        let sortValue =
            switch order {
            case .newest: "-coalesce(p.year, 0)"
            case .replications: "-(SELECT count(*) FROM replication r WHERE r.practice_id = p.id)"
            default: "m.score"
            }
        let matched =
            text == nil
            ? "SELECT id, 0.0 AS score FROM practice"
            : """
            SELECT t.practice_id AS id, min(practice_search.rank) AS score
            FROM practice_search JOIN practice_text t INDEXED BY practice_text_owner ON t.id = practice_search.rowid
            WHERE practice_search MATCH :pattern AND (:language IS NULL OR t.language = :language)
            GROUP BY t.practice_id
            """
        return """
            matched AS (\(matched)),
            kept AS (
                SELECT p.id AS id, m.score AS score, \(sortValue) AS sort_value
                FROM matched m JOIN practice p INDEXED BY practice_listed ON p.id = m.id
                WHERE \(Self.condition)
            )
            """
    }

    /// The arguments with the search pattern; nil when the text has nothing to search (the
    /// listing then keeps nothing).
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
    /// One page of the practices `listing` keeps, in its order: one statement, which also counts
    /// them all (`KeysetPage.total`) when searching.
    ///
    /// ```swift
    /// var listing = PracticeListing()
    /// listing.text = "déchets"
    /// let page = try database.read { try $0.practices(listing, window: KeysetWindow(limit: 10)) }
    /// ```
    public func practices(_ listing: PracticeListing, window: KeysetWindow) throws -> KeysetPage {
        guard let arguments = listing.searchArguments() else { return KeysetPage(rows: [], hasMore: false) }
        return try keysetPage(kept: listing.keptCTE, arguments, window: window, counting: listing.text != nil)
    }

    /// How many practices `listing` keeps.
    public func practiceCount(_ listing: PracticeListing) throws -> Int {
        guard let arguments = listing.searchArguments() else { return 0 }
        return try keptCount(listing.keptCTE, arguments)
    }

    /// How the practices `listing` keeps spread over themes, lead countries and years, most
    /// first: one statement.
    public func practiceFacets(_ listing: PracticeListing) throws -> ListingFacets {
        guard let arguments = listing.searchArguments() else { return ListingFacets() }
        return try facets(
            """
            WITH \(listing.keptCTE)
            SELECT 'theme', t.code, count(*) FROM kept
                JOIN practice_theme pt ON pt.practice_id = kept.id JOIN theme t ON t.id = pt.theme_id GROUP BY t.code
            UNION ALL
            SELECT 'country', c.iso2, count(*) FROM kept JOIN practice p ON p.id = kept.id
                JOIN organization o ON o.id = p.lead_organization_id JOIN country c ON c.id = o.country_id
                GROUP BY c.iso2
            UNION ALL
            SELECT 'year', CAST(p.year AS TEXT), count(*) FROM kept JOIN practice p ON p.id = kept.id
                WHERE p.year IS NOT NULL GROUP BY p.year
            """, arguments)
    }

    /// For each practice searched for, the snippet of its best-matching text with matches
    /// between `start` and `end`, and that text's language: one statement, which reads the
    /// texts of those practices and asks the index about each (`CROSS JOIN` keeps that order;
    /// the other would go through every match of the search), and a second when a practice
    /// matched in two languages (see `bestSnippets`).
    public func practiceSnippets(
        text: String, practices: some Collection<Int64>, language: Language?, start: String = "<mark>",
        end: String = "</mark>"
    ) throws -> [Int64: (language: Language, snippet: String)] {
        try bestSnippets(
            SnippetQueries(
                snippets: """
                    SELECT t.practice_id, t.language, snippet(practice_search, -1, ?, ?, '…', 16), t.id
                    FROM practice_text t CROSS JOIN practice_search ON practice_search.rowid = t.id
                    WHERE practice_search MATCH ? AND t.practice_id IN (SELECT value FROM json_each(?))
                        AND (? IS NULL OR t.language = ?)
                    """,
                // `+rowid`: read the matches once and keep these texts, rather than search
                // again for each.
                ranks: """
                    SELECT rowid, rank FROM practice_search
                    WHERE practice_search MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
                    """),
            text: text, ids: practices, language: language, start: start, end: end)
    }
}
