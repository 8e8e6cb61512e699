import GraphQLEngine

extension ResolverTable {
    /// The fields of `<Node>Connection` and `<Node>Edge` (Relay's cursor connections), whose
    /// parent values are `Connection`s and their edges; `PageInfo`'s fields once.
    mutating func addConnection(of node: String, withHighlights: Bool = false) {
        object("\(node)Connection", as: Connection.self) { connection in
            connection.value("edges") { .list($0.edges.map { .object($0) }) }
            connection.value("nodes") { .list($0.edges.map(\.node)) }
            connection.value("pageInfo") { .object($0) }
            connection.value("totalCount") { .int(try $0.totalCount()) }
        }
        object("\(node)Edge", as: Connection.Edge.self) { edge in
            edge.value("cursor") { .string($0.cursor.encoded) }
            edge.value("node") { $0.node }
            if withHighlights {
                edge.value("highlight") { edge in edge.highlight.map { .object($0) } ?? .null }
            }
        }
    }

    /// `PageInfo`, read from the `Connection` it describes; `SearchHighlight`.
    mutating func addPageInfo() {
        object("PageInfo", as: Connection.self) { page in
            page.value("hasNextPage") { .boolean($0.hasNextPage) }
            page.value("hasPreviousPage") { .boolean($0.hasPreviousPage) }
            page.value("startCursor") { page in page.edges.first.map { .string($0.cursor.encoded) } ?? .null }
            page.value("endCursor") { page in page.edges.last.map { .string($0.cursor.encoded) } ?? .null }
        }
        object("SearchHighlight", as: SearchHighlight.self) { highlight in
            highlight.value("snippet") { .string($0.snippet) }
            highlight.value("language") { .enumValue($0.language.uppercased()) }
        }
    }
}
