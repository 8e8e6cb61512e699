import GRDB

/// What to search for, in what, and which page of the results.
public struct SearchRequest: Hashable, Sendable {
    /// What to search: practices, publications, or both.
    public struct Scope: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let practices = Scope(rawValue: 1)
        public static let publications = Scope(rawValue: 2)
        public static let all: Scope = [.practices, .publications]
    }

    /// What the person typed; see `SearchPattern` for how it is read.
    public var text: String
    public var scope: Scope = .all
    /// Only texts in this language, or (nil) in any, keeping each record's best-ranked language.
    public var language: Language? = nil
    /// Whether drafts and practices in review are found too (their authors and moderators).
    public var includesUnpublished = false
    /// How many hits to return (at most 100), after skipping `offset`.
    public var limit = 20
    public var offset = 0
    /// What goes around each matched term in `SearchHit.snippet`.
    public var highlightStart = "<mark>"
    public var highlightEnd = "</mark>"

    /// A search for `text` in everything, first page.
    public init(text: String) {
        self.text = text
    }
}

/// A practice or publication that matched, with the text that matched best.
public struct SearchHit: Hashable, Sendable {
    /// What the hit is.
    public struct Kind: StoreVocabulary {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let practice = Kind(rawValue: "practice")
        public static let publication = Kind(rawValue: "publication")
    }

    public var kind: Kind
    /// The practice's or publication's id.
    public var id: Int64
    /// The language of the text that matched.
    public var language: Language
    public var title: String
    /// A few words around the matches, each match between the request's highlight markers.
    public var snippet: String
    /// bm25: lower is a better match. Comparable between practices and publications only
    /// roughly, as each index has its own statistics.
    public var score: Double
}

extension StoreReader {
    /// Full-text search over practices and publications, ranked by bm25, with snippets.
    ///
    /// Accents are folded (`Montreal` finds `Montréal`); a record whose English and French texts
    /// both match is returned once, with its better-ranked text. Any string is accepted: one
    /// with no searchable term returns no hits. Two statements per scope searched.
    ///
    /// ```swift
    /// var request = SearchRequest(text: "gestion des déchets")
    /// request.scope = .practices
    /// let hits = try database.read { try $0.search(request) }
    /// ```
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        guard let pattern = SearchPattern(request.text) else { return [] }
        let limit = max(0, min(request.limit, 100))
        let offset = max(0, request.offset)
        guard limit > 0 else { return [] }
        var hits: [SearchHit] = []
        if request.scope.contains(.practices) {
            hits += try searchIndex(.practices, pattern: pattern, request: request, count: offset + limit)
        }
        if request.scope.contains(.publications) {
            hits += try searchIndex(.publications, pattern: pattern, request: request, count: offset + limit)
        }
        hits.sort { ($0.score, $0.kind.rawValue, $0.id) < ($1.score, $1.kind.rawValue, $1.id) }
        return Array(hits.dropFirst(offset).prefix(limit))
    }

    /// The best `count` hits of one index: ranked ids first, then titles and snippets for those
    /// only, since a snippet costs far more than a score.
    private func searchIndex(
        _ index: SearchIndex, pattern: SearchPattern, request: SearchRequest, count: Int
    ) throws -> [SearchHit] {
        var ranked: [(id: Int64, textID: Int64, score: Double)] = []
        try forEach(
            index.rankingSQL,
            [pattern.ftsQuery, request.language?.rawValue, request.includesUnpublished, count]
        ) { row in
            ranked.append((row[0], row[1], row[2]))
        }
        if ranked.isEmpty { return [] }
        var details: [Int64: (language: Language, title: String, snippet: String)] = [:]
        try forEach(
            index.snippetSQL,
            [request.highlightStart, request.highlightEnd, pattern.ftsQuery, KeySet.json(ranked.map(\.textID))]
        ) { row in
            details[row[0]] = (Language(rawValue: row[1]), row[2], row[3])
        }
        return ranked.compactMap { hit in
            details[hit.textID].map {
                SearchHit(
                    kind: index.kind, id: hit.id, language: $0.language, title: $0.title, snippet: $0.snippet,
                    score: hit.score)
            }
        }
    }
}

/// The SQL of one full-text index. The table names are this module's, never a caller's.
private struct SearchIndex {
    let kind: SearchHit.Kind
    let rankingSQL: String
    let snippetSQL: String

    static let practices = SearchIndex(
        kind: .practice,
        rankingSQL: """
            WITH hits AS (
                SELECT t.practice_id AS id, practice_search.rowid AS text_id, practice_search.rank AS score
                FROM practice_search JOIN practice_text t ON t.id = practice_search.rowid
                WHERE practice_search MATCH ?1 AND (?2 IS NULL OR t.language = ?2)
            ), best AS (
                SELECT id, text_id, score, row_number() OVER (PARTITION BY id ORDER BY score, text_id) AS n
                FROM hits
            )
            SELECT best.id, best.text_id, best.score FROM best JOIN practice p ON p.id = best.id
            WHERE best.n = 1 AND (?3 OR p.status = 'published')
            ORDER BY best.score, best.id LIMIT ?4
            """,
        snippetSQL: """
            SELECT practice_search.rowid, t.language, t.title,
                snippet(practice_search, -1, ?1, ?2, '…', 16)
            FROM practice_search JOIN practice_text t ON t.id = practice_search.rowid
            WHERE practice_search MATCH ?3 AND practice_search.rowid IN (SELECT value FROM json_each(?4))
            """)

    static let publications = SearchIndex(
        kind: .publication,
        rankingSQL: """
            WITH hits AS (
                SELECT t.publication_id AS id, publication_search.rowid AS text_id,
                    publication_search.rank AS score
                FROM publication_search JOIN publication_text t ON t.id = publication_search.rowid
                WHERE publication_search MATCH ?1 AND (?2 IS NULL OR t.language = ?2)
            ), best AS (
                SELECT id, text_id, score, row_number() OVER (PARTITION BY id ORDER BY score, text_id) AS n
                FROM hits
            )
            SELECT id, text_id, score FROM best
            WHERE n = 1 -- ?3, unpublished, does not apply: publications have no drafts
            ORDER BY score, id LIMIT ?4
            """,
        snippetSQL: """
            SELECT publication_search.rowid, t.language, t.title,
                snippet(publication_search, -1, ?1, ?2, '…', 16)
            FROM publication_search JOIN publication_text t ON t.id = publication_search.rowid
            WHERE publication_search MATCH ?3 AND publication_search.rowid IN (SELECT value FROM json_each(?4))
            """)
}
