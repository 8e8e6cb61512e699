import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.partnerships`, `Query.partnership` and the fields of `Partnership`,
    /// `Participant` and `Activity`.
    mutating func addPartnershipResolvers() {
        object("Query", as: Root.self) { query in
            query.asyncField("partnerships") { _, input in
                let request = try input.request
                let filter = input[argument: "filter"]
                let network = try NetworkFilterArguments(filter, yearField: "activeIn", argument: "filter")
                var building = PartnershipListing()
                building.statuses = input.vocabularyList(filter?[field: "statuses"])
                building.organizationIDs = try filter?[field: "organizations"]?.stringList?.map {
                    try GlobalID.id($0, of: .organization, argument: "filter.organizations")
                }
                let window = try ConnectionArguments(input).keysetWindow()
                let listing = building  // a constant: the read below runs on another thread
                let (page, partnerships, resolved) = try await request.read { reader in
                    var resolved = listing
                    resolved.network = try network.resolved(in: reader)
                    let page = try reader.partnerships(resolved, window: window)
                    return (page, try reader.partnerships(ids: page.rows.map(\.id)), resolved)
                }
                let database = request.database
                return .object(
                    Connection(
                        page: page, records: partnerships, window: window,
                        count: { try database.read { try $0.partnershipCount(resolved) } }))
            }
            query.field("partnership") { _, input in
                guard let key = input[argument: "key"]?.stringValue else { return .null }
                return try input.request.database.read { try $0.partnerships(keys: [key]) }[key].map { .object($0) }
                    ?? .null
            }
        }
        addConnection(of: "Partnership")
        addConnection(of: "Activity")
        object("Partnership", as: Partnership.self) { partnership in
            partnership.value("id") { .id(.partnership, $0.id) }
            partnership.value("key") { .string($0.key) }
            partnership.field("title") { partnership, input in partnership.title.field(input) }
            partnership.field("description") { partnership, input in partnership.description.field(input) }
            partnership.value("type") { .vocabulary($0.type) }
            partnership.value("status") { .vocabulary($0.status) }
            partnership.field("program") { partnership, input in
                partnership.programID.map { input.load(RecordLoaders.program, key: $0) } ?? .null
            }
            partnership.value("startDate") { .optional($0.startDate.map(FieldValue.string)) }
            partnership.value("endDate") { .optional($0.endDate.map(FieldValue.string)) }
            partnership.value("mouDate") { .optional($0.mouDate.map(FieldValue.string)) }
            partnership.field("participants") { partnership, input in
                input.load(ChildLoaders.participants, key: partnership.id)
            }
            partnership.field("themes") { partnership, input in
                input.load(ChildLoaders.partnershipThemes, key: partnership.id)
            }
            partnership.field("activities") { partnership, input in
                try input.loadPage(PageLoaders.partnershipActivities, parent: partnership.id)
            }
            partnership.field("sources") { partnership, input in
                input.load(ChildLoaders.sources, key: SourceKey(entity: .partnership, id: partnership.id))
            }
            partnership.value("isIllustrative") { .boolean($0.isIllustrative) }
        }
        object("Participant", as: Participant.self) { participant in
            participant.field("organization") { participant, input in
                input.load(RecordLoaders.organization, key: participant.organizationID)
            }
            participant.value("role") { .vocabulary($0.role) }
            participant.value("side") { .vocabulary($0.side) }
        }
        object("Activity", as: Activity.self) { activity in
            activity.value("id") { .id(.activity, $0.id) }
            activity.value("key") { .string($0.key) }
            activity.value("type") { .vocabulary($0.type) }
            activity.field("title") { activity, input in activity.title.field(input) }
            activity.value("startDate") { .optional($0.startDate.map(FieldValue.string)) }
            activity.value("endDate") { .optional($0.endDate.map(FieldValue.string)) }
            activity.value("direction") { .optional($0.direction.map(FieldValue.vocabulary)) }
            activity.field("partnership") { activity, input in
                activity.partnershipID.map { input.load(RecordLoaders.partnership, key: $0) } ?? .null
            }
            activity.field("program") { activity, input in
                activity.programID.map { input.load(RecordLoaders.program, key: $0) } ?? .null
            }
            activity.field("places") { activity, input in input.load(ChildLoaders.activityPlaces, key: activity.id) }
            activity.field("participants") { activity, input in
                input.load(ChildLoaders.activityPeople, key: activity.id)
            }
        }
    }
}

/// A `NetworkFilter` (or `PartnershipFilter`) input as given: countries and themes by code,
/// which the store's filter takes as ids once looked up (`resolved(in:)`).
struct NetworkFilterArguments: Sendable, Hashable {
    var programIDs: [Int64]?
    var countryCodes: [String]?
    var themeCodes: [String]?
    var year: Int?

    /// No condition.
    init() {}

    /// The filter an input object asks for; `yearField` names its year (`year`, `activeIn`).
    init(_ input: InputValue?, yearField: String = "year", argument: String) throws {
        guard let input, !input.isNull else { return }
        programIDs = try input[field: "programs"]?.stringList?.map {
            try GlobalID.id($0, of: .program, argument: "\(argument).programs")
        }
        countryCodes = input[field: "countries"]?.stringList?.map { $0.uppercased() }
        themeCodes = input[field: "themes"]?.stringList
        year = input[field: yearField]?.intValue
    }

    /// The store's filter, codes looked up (one statement each when given).
    func resolved(in reader: StoreReader) throws -> NetworkFilter {
        var filter = NetworkFilter()
        filter.programIDs = programIDs
        filter.countryIDs = try countryCodes.map { try reader.countryIDs(codes: $0) }
        filter.themeIDs = try themeCodes.map { try reader.themeIDs(codes: $0) }
        filter.year = year
        return filter
    }
}
