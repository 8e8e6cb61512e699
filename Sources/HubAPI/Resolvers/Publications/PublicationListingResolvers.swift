import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.publications` (search, filters, order, keyset pages, facets) and
    /// `Query.publication`.
    mutating func addPublicationListing() {
        object("Query", as: Root.self) { query in
            query.asyncField("publications") { _, input in
                let request = try input.request
                let listing = try PublicationListing(input)
                let window = try ConnectionArguments(input).keysetWindow()
                let (page, publications, snippets) = try await request.read { reader in
                    let page = try reader.publications(listing, window: window)
                    let ids = page.rows.map(\.id)
                    let publications = try reader.publications(ids: ids)
                    let snippets = try listing.text.map {
                        try reader.publicationSnippets(text: $0, publications: ids, language: listing.language)
                    }
                    return (page, publications, snippets ?? [:])
                }
                let database = request.database
                return .object(
                    Connection(
                        page: page, records: publications, window: window, snippets: snippets,
                        count: { try database.read { try $0.publicationCount(listing) } },
                        facets: { try database.read { try $0.publicationFacets(listing) } }))
            }
            query.field("publication") { _, input in
                guard let key = input[argument: "key"]?.stringValue else { return .null }
                return try input.request.database.read { try $0.publications(keys: [key]) }[key].map { .object($0) }
                    ?? .null
            }
        }
        addConnection(of: "Publication", withHighlights: true)
        object("PublicationConnection", as: Connection.self) { connection in
            connection.value("facets") { .object(try $0.facets?() ?? ListingFacets()) }
        }
    }
}

extension PublicationListing {
    /// The listing the arguments of `Query.publications` ask for.
    init(_ input: ResolverInput) throws {
        self.init()
        text = input[argument: "search"]?.stringValue
        language = input.optionalLanguage
        switch input[argument: "orderBy"]?.enumName {
        case "DATE": order = .newest
        case "CITATIONS": order = .citations
        default: order = text == nil ? .newest : .relevance
        }
        guard let filter = input[argument: "filter"], !filter.isNull else { return }
        themeCodes = filter[field: "themes"]?.stringList
        countryCodes = filter[field: "countries"]?.stringList?.map { $0.uppercased() }
        programIDs = try filter[field: "programs"]?.stringList?.map {
            try GlobalID.id($0, of: .program, argument: "filter.programs")
        }
        organizationIDs = try filter[field: "organizations"]?.stringList?.map {
            try GlobalID.id($0, of: .organization, argument: "filter.organizations")
        }
        yearFrom = filter[field: "yearFrom"]?.intValue
        yearTo = filter[field: "yearTo"]?.intValue
        types = input.vocabularyList(filter[field: "types"])
    }
}
