import GRDB

/// Where a record sits in an ordered listing: its sort value, then its id to break ties. A
/// page starts after (or ends before) such a position, so pages stay stable when records are
/// added elsewhere in the order (keyset pagination, not offsets).
public struct KeysetPosition: Hashable, Sendable {
    /// The value the listing is ordered by (ascending; descending orders store its negation).
    public enum SortValue: Hashable, Sendable {
        /// A number: a bm25 score, a negated year or count.
        case number(Double)
        /// A text: a name.
        case text(String)

        var databaseValue: DatabaseValue {
            switch self {
            case .number(let value): value.databaseValue
            case .text(let value): value.databaseValue
            }
        }
    }

    /// The sort value.
    public var value: SortValue
    /// The record's id, breaking ties.
    public var id: Int64

    /// A position.
    public init(value: SortValue, id: Int64) {
        self.value = value
        self.id = id
    }
}

/// Which part of an ordered listing to read: up to `limit` records after `after` and before
/// `before`, from the start, or (`fromEnd`) the last `limit` of them (Relay's `last`).
public struct KeysetWindow: Hashable, Sendable {
    /// Records strictly after this position.
    public var after: KeysetPosition?
    /// Records strictly before this position.
    public var before: KeysetPosition?
    /// How many records at most.
    public var limit: Int
    /// Whether to take the last `limit` records of the range instead of the first.
    public var fromEnd: Bool

    /// A window of the first `limit` records.
    public init(after: KeysetPosition? = nil, before: KeysetPosition? = nil, limit: Int, fromEnd: Bool = false) {
        self.after = after
        self.before = before
        self.limit = limit
        self.fromEnd = fromEnd
    }

    /// The keyset condition on a listing's `sort_value` and `id` columns, with parameters
    /// `:after_value`, `:after_id`, `:before_value`, `:before_id`.
    static let condition = """
        (:after_id IS NULL OR sort_value > :after_value OR (sort_value = :after_value AND id > :after_id))
        AND (:before_id IS NULL OR sort_value < :before_value OR (sort_value = :before_value AND id < :before_id))
        """

    /// `ORDER BY … LIMIT :limit` for the window's direction.
    var orderAndLimit: String {
        fromEnd ? "ORDER BY sort_value DESC, id DESC LIMIT :limit" : "ORDER BY sort_value, id LIMIT :limit"
    }

    /// The values of the condition's parameters; one more record than asked is read, to know
    /// whether there are more.
    var arguments: StatementArguments {
        [
            "after_value": after?.value.databaseValue, "after_id": after?.id,
            "before_value": before?.value.databaseValue, "before_id": before?.id,
            "limit": max(0, limit) + 1,
        ]
    }
}

/// One page of an ordered listing, in the listing's order.
public struct KeysetPage: Hashable, Sendable {
    /// A record of the page: its id, position and (for a search) its bm25 score.
    public struct Row: Hashable, Sendable {
        public var id: Int64
        public var position: KeysetPosition
    }

    /// The records, in order.
    public var rows: [Row]
    /// Whether records beyond the page exist in the window's direction (after it when reading
    /// forwards, before it when reading from the end).
    public var hasMore: Bool
    /// How many records the whole listing keeps, when the page's statement counted them (a
    /// search, which reads every match to rank them anyway, and found some); nil otherwise.
    public var total: Int? = nil
}

extension StoreReader {
    /// A page of a listing, from its `kept(id, sort_value)` common table expression (`kept AS
    /// (…)`, or several ending with it): one statement, reading one record more than the window
    /// asks for to tell whether there are more.
    ///
    /// With `counting`, the statement also counts every record the listing keeps (`total`): for
    /// a search, whose statement reads and ranks every match whatever the page, so the count
    /// costs a pass over rows already in memory instead of a second search.
    func keysetPage(
        kept: String, _ arguments: StatementArguments, window: KeysetWindow, counting: Bool = false
    ) throws -> KeysetPage {
        var arguments = arguments
        arguments += window.arguments
        var total: Int?
        // The window function runs over `kept` before the page's condition filters it.
        let sql =
            counting
            ? """
            WITH \(kept), counted AS (SELECT id, sort_value, count(*) OVER () AS total FROM kept)
            SELECT id, sort_value, total FROM counted WHERE \(KeysetWindow.condition) \(window.orderAndLimit)
            """
            : "WITH \(kept) SELECT id, sort_value FROM kept WHERE \(KeysetWindow.condition) \(window.orderAndLimit)"
        var rows = try fetchAll(sql, arguments) { row -> KeysetPage.Row in
            if counting { total = row["total"] }
            let id: Int64 = row["id"]
            let value: DatabaseValue = row["sort_value"]
            let sortValue: KeysetPosition.SortValue =
                switch value.storage {
                case .string(let text): .text(text)
                case .int64(let number): .number(Double(number))
                case .double(let number): .number(number)
                default: .number(0)
                }
            return KeysetPage.Row(id: id, position: KeysetPosition(value: sortValue, id: id))
        }
        let limit = max(0, window.limit)
        let hasMore = rows.count > limit
        if hasMore { rows.removeLast(rows.count - limit) }
        if window.fromEnd { rows.reverse() }
        return KeysetPage(rows: rows, hasMore: hasMore, total: total)
    }

    /// How many records a listing's `kept` common table expression keeps.
    func keptCount(_ kept: String, _ arguments: StatementArguments) throws -> Int {
        try fetchOne(Int.self, "WITH \(kept) SELECT count(*) FROM kept", arguments) ?? 0
    }
}
