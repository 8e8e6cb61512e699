import GraphQLEngine
import HubStore

extension ResolverTable {
    /// The fields of `Organization`.
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
            organization.value("population") { .optional($0.population.map(FieldValue.int)) }
            organization.value("populationYear") { .optional($0.populationYear.map(FieldValue.int)) }
        }
    }
}
