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
    /// with no searchable term returns no hits. Two statements per scope searched (more only when
    /// drafts or texts in other languages crowd out the best-ranked texts).
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
        let ranked = try bestTexts(index, pattern: pattern, request: request, count: count)
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

    /// The best-ranked text of each of the `count` best records (by score, then id) that the
    /// request lets through.
    ///
    /// SQLite ranks every matching text (bm25 needs each one's term counts), then sorts only
    /// the best few; the language, status and one-text-per-record rules are applied here to
    /// those, in rank order. When they leave fewer than `count` records (or a tie runs past the
    /// last one), the best four times as many texts are read again, until the matches run out.
    private func bestTexts(
        _ index: SearchIndex, pattern: SearchPattern, request: SearchRequest, count: Int
    ) throws -> [(id: Int64, textID: Int64, score: Double)] {
        var texts = 2 * count + 16
        while true {
            var best: [(id: Int64, textID: Int64, score: Double)] = []
            var seen: Set<Int64> = []
            var read = 0
            var complete = false
            try forEach(index.rankingSQL, [pattern.ftsQuery, texts]) { row in
                read += 1
                if complete { return }
                let id: Int64 = row[0]
                let score: Double = row[2]
                // Past `count` records, only those tied with the last still compete (by id).
                if best.count >= count, let last = best.last, score > last.score {
                    complete = true
                    return
                }
                guard request.language.map({ $0.rawValue == row[3] as String }) ?? true,
                    request.includesUnpublished || row[4] as String == "published",
                    seen.insert(id).inserted
                else { return }
                best.append((id, row[1], score))
            }
            if complete || read < texts {
                best.sort { ($0.score, $0.id) < ($1.score, $1.id) }
                return Array(best.prefix(count))
            }
            texts *= 4
        }
    }
}

/// The SQL of one full-text index. The table names are this module's, never a caller's.
private struct SearchIndex {
    let kind: SearchHit.Kind
    /// The `?2` best-ranked matching texts of `?1`, best first: record id, text id, score,
    /// language, status.
    let rankingSQL: String
    let snippetSQL: String

    static let practices = SearchIndex(
        kind: .practice,
        rankingSQL: """
            SELECT t.practice_id, h.rowid, h.rank, t.language, p.status
            FROM (
                SELECT rowid, rank FROM practice_search WHERE practice_search MATCH ?1
                ORDER BY rank, rowid LIMIT ?2
            ) h
            JOIN practice_text t ON t.id = h.rowid
            JOIN practice p ON p.id = t.practice_id
            ORDER BY h.rank, h.rowid
            """,
        snippetSQL: """
            SELECT practice_search.rowid, t.language, t.title,
                snippet(practice_search, -1, ?1, ?2, '…', 16)
            FROM practice_search JOIN practice_text t ON t.id = practice_search.rowid
            WHERE practice_search MATCH ?3 AND practice_search.rowid IN (SELECT value FROM json_each(?4))
            """)

    static let publications = SearchIndex(
        kind: .publication,
        // Publications have no drafts: every one is published.
        rankingSQL: """
            SELECT t.publication_id, h.rowid, h.rank, t.language, 'published'
            FROM (
                SELECT rowid, rank FROM publication_search WHERE publication_search MATCH ?1
                ORDER BY rank, rowid LIMIT ?2
            ) h
            JOIN publication_text t ON t.id = h.rowid
            ORDER BY h.rank, h.rowid
            """,
        snippetSQL: """
            SELECT publication_search.rowid, t.language, t.title,
                snippet(publication_search, -1, ?1, ?2, '…', 16)
            FROM publication_search JOIN publication_text t ON t.id = publication_search.rowid
            WHERE publication_search MATCH ?3 AND publication_search.rowid IN (SELECT value FROM json_each(?4))
            """)
}
