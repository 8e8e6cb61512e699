import Testing

@testable import HubStore

@Suite("Search ranking on generated practices")
struct SearchRankingTests {
    /// The practices a search should return, ranked by one query that scores every matching
    /// text, keeps each practice's best and sorts them all: what `search` computes from the
    /// best-ranked texts only.
    private func expected(_ reader: StoreReader, _ request: SearchRequest) throws -> [Int64] {
        guard let pattern = SearchPattern(request.text) else { return [] }
        return try reader.fetchAll(
            """
            WITH hits AS (
                SELECT t.practice_id AS id, practice_search.rowid AS text_id, practice_search.rank AS score
                FROM practice_search JOIN practice_text t ON t.id = practice_search.rowid
                WHERE practice_search MATCH ?1 AND (?2 IS NULL OR t.language = ?2)
            ), best AS (
                SELECT id, text_id, score, row_number() OVER (PARTITION BY id ORDER BY score, text_id) AS n
                FROM hits
            )
            SELECT best.id FROM best JOIN practice p ON p.id = best.id
            WHERE best.n = 1 AND (?3 OR p.status = 'published')
            ORDER BY best.score, best.id LIMIT ?4 OFFSET ?5
            """,
            [pattern.ftsQuery, request.language?.rawValue, request.includesUnpublished, request.limit, request.offset]
        ) { $0[0] }
    }

    @Test("pages, languages and drafts give the records a full ranking of every match gives")
    func bestTextsMatchAFullRanking() throws {
        let scratch = try ScratchDatabase()
        let database = try seededDatabase(scratch)
        var plan = SyntheticDataPlan(organizations: 600)
        plan.practicesPerTenOrganizations = 10
        try SyntheticData.generate(plan, into: database)
        for text in ["waste", "waste collection", "training", "formation municipal", "costs", "nothing-matches"] {
            for language in [nil, Language.english, Language.french] {
                for (limit, offset) in [(1, 0), (5, 0), (20, 40), (100, 0), (100, 250)] {
                    for includesUnpublished in [false, true] {
                        var request = SearchRequest(text: text)
                        request.scope = .practices
                        request.language = language
                        request.limit = limit
                        request.offset = offset
                        request.includesUnpublished = includesUnpublished
                        let (found, wanted) = try database.read { reader in
                            (try reader.search(request).map(\.id), try expected(reader, request))
                        }
                        #expect(found == wanted, "\(text) \(language?.rawValue ?? "any") \(limit)+\(offset) \(includesUnpublished)")
                    }
                }
            }
        }
    }
}
