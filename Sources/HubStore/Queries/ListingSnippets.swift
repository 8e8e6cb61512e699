import GRDB

/// The SQL of one kind of record's snippets, for `StoreReader.bestSnippets`. The table names are
/// this module's, never a caller's.
struct SnippetQueries {
    /// Takes the highlight markers, the FTS5 query, the record ids as a JSON array and the
    /// language twice; selects, for each matching text of those records, the record id, the
    /// language, the snippet and the text id.
    let snippets: String
    /// Takes the FTS5 query and text ids as a JSON array; selects each text id and its bm25 rank.
    let ranks: String
}

extension StoreReader {
    /// For each record searched for, the snippet of its best-matching text (lowest bm25 rank)
    /// and that text's language.
    ///
    /// One statement, which reads the texts of the records asked for and asks the index about
    /// each, without ranking them: bm25 needs statistics over every match of the query (each
    /// term's document frequency), which the index would gather again for each text. Only
    /// when a record has more than one matching text (English and French) does a second
    /// statement rank those texts, over the matches read once.
    func bestSnippets(
        _ queries: SnippetQueries, text: String, ids: some Collection<Int64>, language: Language?, start: String,
        end: String
    ) throws -> [Int64: (language: Language, snippet: String)] {
        guard let pattern = SearchPattern(text), !ids.isEmpty else { return [:] }
        var texts: [Int64: [(textID: Int64, language: Language, snippet: String)]] = [:]
        try forEach(
            queries.snippets,
            [start, end, pattern.ftsQuery, KeySet.json(ids), language?.rawValue, language?.rawValue]
        ) { row in
            texts[row[0], default: []].append((row[3], Language(rawValue: row[1]), row[2]))
        }
        let competing = texts.values.filter { $0.count > 1 }.flatMap { $0.map(\.textID) }
        var ranks: [Int64: Double] = [:]
        if !competing.isEmpty {
            try forEach(queries.ranks, [pattern.ftsQuery, KeySet.json(competing)]) { ranks[$0[0]] = $0[1] }
        }
        return texts.mapValues { candidates in
            // safe: every record in `texts` has at least one text.
            let best = candidates.min { (ranks[$0.textID] ?? 0, $0.textID) < (ranks[$1.textID] ?? 0, $1.textID) }!
            return (best.language, best.snippet)
        }
    }
}
