import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.practices` (search, filters, order, keyset pages, facets) and `Query.practice`.
    mutating func addPracticeListing() {
        object("Query", as: Root.self) { query in
            query.asyncField("practices") { _, input in
                let request = try input.request
                let listing = try PracticeListing(input, request: request)
                let window = try ConnectionArguments(input).keysetWindow()
                let (page, practices, snippets) = try await request.read { reader in
                    let page = try reader.practices(listing, window: window)
                    let ids = page.rows.map(\.id)
                    let practices = try reader.practices(ids: ids)
                    let snippets = try listing.text.map {
                        try reader.practiceSnippets(text: $0, practices: ids, language: listing.language)
                    }
                    return (page, practices, snippets ?? [:])
                }
                let database = request.database
                return .object(
                    Connection(
                        page: page, records: practices, window: window, snippets: snippets,
                        count: { try database.read { try $0.practiceCount(listing) } },
                        facets: { try database.read { try $0.practiceFacets(listing) } }))
            }
            query.field("practice") { _, input in
                guard let key = input[argument: "key"]?.stringValue else { return .null }
                let request = try input.request
                guard let practice = try request.database.read({ try $0.practices(keys: [key]) })[key],
                    request.canSee(practice)
                else { return .null }
                return .object(practice)
            }
        }
        addConnection(of: "Practice", withHighlights: true)
        object("PracticeConnection", as: Connection.self) { connection in
            connection.value("facets") { connection in
                .object(try connection.facets?() ?? ListingFacets())
            }
        }
        object("Facets", as: ListingFacets.self) { facets in
            facets.value("themes") { .list($0.themes.map { .object($0) }) }
            facets.value("countries") { .list($0.countries.map { .object($0) }) }
            facets.value("years") { .list($0.years.map { .object($0) }) }
        }
        object("FacetCount", as: FacetCount.self) { facet in
            facet.value("value") { .string($0.value) }
            facet.value("count") { .int($0.count) }
        }
    }
}

extension PracticeListing {
    /// The listing the arguments of `Query.practices` ask for, as `request`'s caller sees it.
    init(_ input: ResolverInput, request: RequestContext) throws {
        self.init()
        text = input[argument: "search"]?.stringValue
        language = input.optionalLanguage
        viewerAccountID = request.viewerAccountID
        includesAllUnpublished = request.seesAllUnpublished
        switch input[argument: "orderBy"]?.enumName {
        case "DATE": order = .newest
        case "REPLICATIONS": order = .replications
        default: order = text == nil ? .newest : .relevance
        }
        guard let filter = input[argument: "filter"], !filter.isNull else { return }
        themeCodes = filter[field: "themes"]?.stringList
        sdgTargetCodes = filter[field: "sdgTargets"]?.stringList
        countryCodes = filter[field: "countries"]?.stringList?.map { $0.uppercased() }
        regions = input.vocabularyList(filter[field: "regions"])
        programIDs = try filter[field: "programs"]?.stringList?.map {
            try GlobalID.id($0, of: .program, argument: "filter.programs")
        }
        organizationIDs = try filter[field: "organizations"]?.stringList?.map {
            try GlobalID.id($0, of: .organization, argument: "filter.organizations")
        }
        yearFrom = filter[field: "yearFrom"]?.intValue
        yearTo = filter[field: "yearTo"]?.intValue
        evidenceLevels = input.vocabularyList(filter[field: "evidenceLevels"])
        statuses = input.vocabularyList(filter[field: "statuses"])
    }
}
