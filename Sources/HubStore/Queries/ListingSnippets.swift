import GRDB

extension StoreReader {
    /// For each record searched for, the snippet of its best-matching text (lowest bm25 rank)
    /// and that text's language, from `sql`: it takes the highlight markers, the FTS5 query, the
    /// ids as a JSON array and the language twice, and selects the record id, the language, the
    /// snippet and the rank.
    func bestSnippets(
        _ sql: String, text: String, ids: some Collection<Int64>, language: Language?, start: String, end: String
    ) throws -> [Int64: (language: Language, snippet: String)] {
        guard let pattern = SearchPattern(text), !ids.isEmpty else { return [:] }
        var result: [Int64: (language: Language, snippet: String, score: Double)] = [:]
        try forEach(sql, [start, end, pattern.ftsQuery, KeySet.json(ids), language?.rawValue, language?.rawValue]) {
            row in
            let id: Int64 = row[0]
            let score: Double = row[3]
            if let known = result[id], known.score <= score { return }
            result[id] = (Language(rawValue: row[1]), row[2], score)
        }
        return result.mapValues { ($0.language, $0.snippet) }
    }
}
