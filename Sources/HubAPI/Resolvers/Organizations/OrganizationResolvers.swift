import GraphQLEngine
import HubStore

extension ResolverTable {
    /// The fields of `Organization`, `Subdivision`, `ParticipationEdge` and
    /// `ProgramParticipation`.
    mutating func addOrganizationResolvers() {
        object("Organization", as: Organization.self) { organization in
            organization.value("id") { .id(.organization, $0.id) }
            organization.value("key") { .string($0.key) }
            organization.value("kind") { .vocabulary($0.kind) }
            organization.field("name") { organization, input in organization.name.field(input) }
            organization.value("acronym") { .optional($0.acronym.map(FieldValue.string)) }
            organization.field("country") { organization, input in
                input.load(RecordLoaders.country, key: organization.countryID)
            }
            organization.field("subdivision") { organization, input in
                organization.subdivisionID.map { input.load(RecordLoaders.subdivision, key: $0) } ?? .null
            }
            organization.value("website") { .optional($0.website.map(FieldValue.string)) }
            organization.value("municipalType") { .optional($0.municipalType.map(FieldValue.string)) }
            organization.value("population") { .optional($0.population.map(FieldValue.int)) }
            organization.value("populationYear") { .optional($0.populationYear.map(FieldValue.int)) }
            organization.value("latitude") { .optional($0.latitude.map(FieldValue.float)) }
            organization.value("longitude") { .optional($0.longitude.map(FieldValue.float)) }
            organization.value("isFCMMember") { .boolean($0.isFCMMember) }
            organization.field("partnerships") { organization, input in
                try input.loadPage(PageLoaders.organizationParticipations, parent: organization.id)
            }
            organization.field("programs") { organization, input in
                input.load(ChildLoaders.organizationPrograms, key: organization.id)
            }
            organization.field("practices") { organization, input in
                try input.loadPage(PageLoaders.organizationPractices, parent: organization.id)
            }
            organization.field("people") { organization, input in
                try input.loadPage(PageLoaders.organizationPeople, parent: organization.id)
            }
            organization.field("activities") { organization, input in
                try input.loadPage(PageLoaders.organizationActivities, parent: organization.id)
            }
        }
        object("Subdivision", as: Subdivision.self) { subdivision in
            subdivision.value("id") { .id(.subdivision, $0.id) }
            subdivision.value("code") { .string($0.code) }
            subdivision.field("name") { subdivision, input in subdivision.name.field(input) }
            subdivision.value("type") { .string($0.type) }
            subdivision.field("country") { subdivision, input in
                input.load(RecordLoaders.country, key: subdivision.countryID)
            }
        }
        object("ParticipationConnection", as: Connection.self) { connection in
            connection.value("edges") { .list($0.edges.map { .object(ParticipationEdge(edge: $0)) }) }
            connection.value("pageInfo") { .object($0) }
            connection.value("totalCount") { .int(try $0.totalCount()) }
        }
        object("ParticipationEdge", as: ParticipationEdge.self) { edge in
            edge.value("cursor") { .string($0.edge.cursor.encoded) }
            edge.field("node") { edge, input in
                try edge.participant().map { input.load(RecordLoaders.partnership, key: $0.partnershipID) } ?? .null
            }
            edge.value("role") { edge in try edge.participant().map { .vocabulary($0.role) } ?? .null }
            edge.value("side") { edge in try edge.participant().map { .vocabulary($0.side) } ?? .null }
        }
        object("ProgramParticipation", as: ProgramRole.self) { participation in
            participation.field("program") { participation, input in
                input.load(RecordLoaders.program, key: participation.programID)
            }
            participation.value("role") { .vocabulary($0.role) }
        }
    }
}

/// An edge of an organization's partnerships: its node is the organization's `Participant`
/// record, which gives the partnership, the role and the side.
struct ParticipationEdge: Sendable {
    var edge: Connection.Edge

    func participant() throws -> Participant? {
        guard case .object(let value) = edge.node else { return nil }
        return value as? Participant
    }
}
