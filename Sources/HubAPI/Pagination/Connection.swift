import GraphQLEngine
import HubStore
import Synchronization

/// A page of a Relay connection (Relay's "Cursor Connections Specification", §3 "Connection
/// Types"): its edges, `pageInfo`, and a `totalCount` counted only when asked for.
final class Connection: Sendable {
    /// An edge: a node and the cursor where it sits.
    struct Edge: Sendable {
        var cursor: Cursor
        var node: FieldValue
        /// For search results: the text that matched.
        var highlight: SearchHighlight? = nil
    }

    let edges: [Edge]
    let hasNextPage: Bool
    let hasPreviousPage: Bool
    /// For searches: counts the whole list per theme, country and year, when asked for.
    let facets: (@Sendable () throws -> ListingFacets)?
    private let counter: Mutex<Counter>

    private enum Counter {
        case counted(Int)
        case uncounted(@Sendable () throws -> Int)
    }

    /// A page whose total is `totalCount`.
    init(edges: [Edge], hasNextPage: Bool, hasPreviousPage: Bool, totalCount: Int) {
        self.facets = nil
        self.edges = edges
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        counter = Mutex(.counted(totalCount))
    }

    /// A page whose total is counted by `count`, once, if a client asks for it.
    init(
        edges: [Edge], hasNextPage: Bool, hasPreviousPage: Bool, count: @escaping @Sendable () throws -> Int,
        facets: (@Sendable () throws -> ListingFacets)? = nil
    ) {
        self.facets = facets
        self.edges = edges
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        counter = Mutex(.uncounted(count))
    }

    /// How many nodes the whole list has.
    func totalCount() throws -> Int {
        try counter.withLock { counter in
            switch counter {
            case .counted(let count): return count
            case .uncounted(let count):
                let total = try count()
                counter = .counted(total)
                return total
            }
        }
    }

    /// An empty page.
    static let empty = Connection(edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0)

    /// A page of a keyset listing: whether pages follow or precede it, from the window; its
    /// total from the page when the store counted it there, from `count` otherwise.
    convenience init(
        edges: [Edge], page: KeysetPage, window: KeysetWindow, count: @escaping @Sendable () throws -> Int,
        facets: (@Sendable () throws -> ListingFacets)? = nil
    ) {
        self.init(
            edges: edges, hasNextPage: window.fromEnd ? window.before != nil : page.hasMore,
            hasPreviousPage: window.fromEnd ? page.hasMore : window.after != nil,
            count: page.total.map { total in { @Sendable in total } } ?? count, facets: facets)
    }
}

extension Connection {
    /// A page of a keyset listing, each row's record of `records` as its node (a row whose
    /// record is missing is skipped) with, when searching, the snippet of its best-matching text.
    convenience init<Record: Sendable>(
        page: KeysetPage, records: [Int64: Record], window: KeysetWindow,
        snippets: [Int64: (language: Language, snippet: String)] = [:],
        count: @escaping @Sendable () throws -> Int, facets: (@Sendable () throws -> ListingFacets)? = nil
    ) {
        let edges = page.rows.compactMap { row -> Edge? in
            guard let record = records[row.id] else { return nil }
            let highlight = snippets[row.id].map { SearchHighlight(snippet: $0.snippet, language: $0.language.rawValue) }
            return Edge(cursor: .keyset(row.position), node: .object(record), highlight: highlight)
        }
        self.init(edges: edges, page: page, window: window, count: count, facets: facets)
    }
}

/// Where a search matched a result: a few words around the matches, each match between
/// `<mark>` and `</mark>`, and the language of the text that matched.
struct SearchHighlight: Sendable, Hashable {
    var snippet: String
    var language: String
}

extension Connection {
    /// The page `arguments` ask for of a list held in memory, in its order; cursors are the
    /// items' keys, so a cursor stays valid when items are added elsewhere in the list.
    static func paging<Item>(
        _ items: [Item], by arguments: ConnectionArguments, key: (Item) -> String, node: (Item) -> FieldValue
    ) throws -> Connection {
        var start = 0
        var end = items.count
        if let after = arguments.after {
            start = try position(of: after, argument: "after", in: items, key: key) + 1
        }
        if let before = arguments.before {
            end = max(start, try position(of: before, argument: "before", in: items, key: key))
        }
        var lower = start
        var upper = end
        if arguments.fromEnd {
            lower = max(start, end - arguments.limit)
        } else {
            upper = min(end, start + arguments.limit)
        }
        let edges = items[lower..<upper].map { Edge(cursor: .item(key($0)), node: node($0)) }
        return Connection(
            edges: edges, hasNextPage: upper < end || (arguments.fromEnd && end < items.count),
            hasPreviousPage: lower > start || (!arguments.fromEnd && start > 0), totalCount: items.count)
    }

    private static func position<Item>(
        of text: String, argument: String, in items: [Item], key: (Item) -> String
    ) throws -> Int {
        guard case .item(let wanted) = try Cursor(decoding: text, argument: argument) else {
            throw APIError.badInput(
                "Argument \"\(argument)\" is a cursor of another list; use a cursor this field returned.")
        }
        guard let index = items.firstIndex(where: { key($0) == wanted }) else {
            throw APIError.badInput(
                "Argument \"\(argument)\" points to an item no longer in this list; start again from the first page.")
        }
        return index
    }
}
