import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.experts` and the fields of `Person` and `ExpertiseArea`. What a person did not
    /// agree to show has no field; `email` is also guarded by `AccessPolicy`.
    mutating func addPeopleResolvers() {
        object("Query", as: Root.self) { query in
            query.asyncField("experts") { _, input in
                let request = try input.request
                var building = ExpertListing()
                building.expertiseCodes = input[argument: "expertise"]?.stringList
                building.languages = input[argument: "languages"]?.stringList?.map { $0.lowercased() }
                building.includesPrivateProfiles = request.caller.account != nil
                let window = try ConnectionArguments(input).keysetWindow()
                let listing = building  // a constant: the read below runs on another thread
                let (page, people) = try await request.read { reader in
                    let page = try reader.experts(listing, window: window)
                    return (page, try reader.people(ids: page.rows.map(\.id)))
                }
                let database = request.database
                return .object(
                    Connection(
                        page: page, records: people, window: window, count: { try database.read { try $0.expertCount(listing) } }))
            }
            query.asyncField("expertiseAreas") { _, input in
                .list(try await input.request.read { try $0.allExpertiseAreas() }.map { .object($0) })
            }
        }
        addConnection(of: "Person")
        object("Person", as: Person.self) { person in
            person.value("id") { .id(.person, $0.id) }
            person.value("name") { .string($0.name) }
            person.value("position") { .optional($0.position.map(FieldValue.string)) }
            person.value("role") { .vocabulary($0.role) }
            person.field("organization") { person, input in
                person.organizationID.map { input.load(RecordLoaders.organization, key: $0) } ?? .null
            }
            person.field("languages") { person, input in input.load(ChildLoaders.languages, key: person.id) }
            person.field("expertise") { person, input in input.load(ChildLoaders.expertise, key: person.id) }
            person.value("contactable") { .boolean($0.isContactable) }
            // Consent first: without it there is no address to show, whoever asks.
            person.value("email") { person in
                person.isContactable ? .optional(person.email.map(FieldValue.string)) : .null
            }
        }
        object("ExpertiseArea", as: ExpertiseArea.self) { area in
            area.value("code") { .string($0.code) }
            area.field("name") { area, input in area.name.field(input) }
            area.field("parent") { area, input in
                area.parentID.map { input.load(RecordLoaders.expertiseArea, key: $0) } ?? .null
            }
        }
    }
}
