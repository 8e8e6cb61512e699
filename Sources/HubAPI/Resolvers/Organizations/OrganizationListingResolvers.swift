import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.organizations` (the directory, by name) and `Query.organization`.
    mutating func addOrganizationListing() {
        object("Query", as: Root.self) { query in
            query.asyncField("organizations") { _, input in
                let request = try input.request
                var building = OrganizationListing()
                if let filter = input[argument: "filter"], !filter.isNull {
                    building.kinds = input.vocabularyList(filter[field: "kinds"])
                    building.countryCodes = filter[field: "countries"]?.stringList?.map { $0.uppercased() }
                    building.subdivisionCodes = filter[field: "subdivisions"]?.stringList
                    building.minimumPopulation = filter[field: "minimumPopulation"]?.intValue
                    building.maximumPopulation = filter[field: "maximumPopulation"]?.intValue
                    building.nameContains = filter[field: "name"]?.stringValue
                }
                let window = try ConnectionArguments(input).keysetWindow()
                let listing = building  // a constant: the read below runs on another thread
                let (page, organizations) = try await request.read { reader in
                    let page = try reader.organizations(listing, window: window)
                    return (page, try reader.organizations(ids: page.rows.map(\.id)))
                }
                let database = request.database
                return .object(
                    Connection(
                        page: page, records: organizations, window: window,
                        count: { try database.read { try $0.organizationCount(listing) } }))
            }
            query.field("organization") { _, input in
                guard let key = input[argument: "key"]?.stringValue else { return .null }
                return try input.request.database.read { try $0.organizations(keys: [key]) }[key].map { .object($0) }
                    ?? .null
            }
        }
        addConnection(of: "Organization")
    }
}
